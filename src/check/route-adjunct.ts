/**
 * The route or the means of a trip (round 20, branch idioms20): "Rufus Firefly stopped off in
 * Sylvania on his way to Marsovia", "Gloria Teasdale made her way to Sylvania by plane". The
 * adjunct says how or on which route the subject went, which the graph does not record; the claim
 * without it says less ("Rufus Firefly stopped off in Sylvania"), so src/check/rewrites.ts reads it
 * without the adjunct: a refutation of the rest refutes the claim, a support decides nothing
 * (NOT_ENOUGH_INFO, the reading shown).
 */
import { MONTH_WORD } from './calendar-names.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A means of travel after "by" ("by plane", "by special train"). */
const MEANS = /\s+by\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:private|special|chartered|official|state|military|presidential)\s+)?(?:plane|air|airplane|aeroplane|aircraft|jet|helicopter|car|motorcade|road|train|rail|sea|ship|boat|bus)\b/i;
/** The route of a trip (its place ends before a time: "on his way to P in 2006" keeps "in 2006"): "on his way to P", "en route to P", "on the way back from P" */
const ROUTE = cachedRegExp(`\\s+(?:on\\s+(?:his|her|their|its|the)\\s+way\\s+(?:back\\s+)?(?:to|from|home\\s+from)|en\\s+route\\s+(?:to|from))\\s+[^,.;!?]+?(?=\\s+(?:in|on|during)\\s+(?:\\d|${MONTH_WORD})|\\s*[,.;!?]|\\s*$)`, 'i');

/**
 * The claim without its route or means of travel, and the words dropped; undefined when it has
 * neither, or when a denial would make the shorter claim say more.
 *
 * @example
 * ```ts
 * withoutRoute('Rufus Firefly stopped off in Sylvania on his way to Marsovia.');
 * // { claim: 'Rufus Firefly stopped off in Sylvania.', adjunct: 'on his way to Marsovia' }
 * ```
 */
export function withoutRoute(input: string): { claim: string; adjunct: string } | undefined {
  const text = normalizeTypography(input).trim();
  if (/\b(?:not|never|no|nor|neither|without)\b|n't\b/i.test(text) || /\?$/.test(text)) return undefined;
  const dropped: string[] = [];
  let claim = text;
  for (const re of [ROUTE, MEANS]) {
    const m = re.exec(claim);
    if (!m) continue;
    dropped.push(m[0].trim());
    claim = `${claim.slice(0, m.index)}${claim.slice(m.index + m[0].length)}`;
  }
  if (!dropped.length) return undefined;
  // the rest must still be a clause: a subject and a verb (three words at least)
  if (claim.replace(/[.!]$/, '').trim().split(/\s+/).length < 3) return undefined;
  return { claim: claim.replace(/\s+([.!])$/, '$1'), adjunct: dropped.join(' ') };
}
