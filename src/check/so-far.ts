/**
 * "So far", "to date", "thus far", "up to now", "until now" (round 20): the time up to the
 * source's own, which is the time a claim without a date is checked for (the latest source,
 * src/check/timeline.ts). "The League has so far approved two loans" is read as "The League has
 * approved two loans"; the phrase is dropped only where it is the adverb of time (after the
 * perfect's auxiliary, at the end, or fronted), not "so far as" or "so far from". Round 38: "was
 * not yet a <noun>" is read as "was not a <noun>" (the time up to then).
 */
import { cachedRegExp } from './regex-memo.js';
const PHRASE = '(?:so far|thus far|to date|up to now|until now|up till now)';
const AFTER_AUX = cachedRegExp(`\\b(has|have|had|has not|have not|hasn't|haven't)\\s+${PHRASE}\\s+(?!as\\b|from\\b)`, 'i');
const AT_END = cachedRegExp(`,?\\s+${PHRASE}\\s*([.!?]?)$`, 'i');
// fronted with a comma, or without one before a clause that opens on a denial ("So far no loan has
// been approved": round 38, deeds37's left; a name after it is not told from "so far Freedonia's")
const FRONTED = cachedRegExp(`^${PHRASE}(?:,\\s+|\\s+(?=(?:no|none|nobody|nothing|neither)\\b))`, 'i');
// "was not yet a member in 2015": not a member then (the "yet" says it became one later, which is
// not checked), as "has not yet joined" is read (round 38, deeds37's left)
const NOT_YET_NOUN = cachedRegExp(`\\b(is|are|was|were)\\s+not\\s+yet\\s+(?=(?:a|an|the)\\s)`, 'i');

/**
 * The claim without its "so far", or undefined when it has none in those places.
 *
 * @example
 * ```ts
 * soFarRewrite('The League has so far approved two loans.'); // 'The League has approved two loans.'
 * ```
 */
export function soFarRewrite(text: string): string | undefined {
  const t = text.trim();
  let out = t.replace(AFTER_AUX, '$1 ').replace(AT_END, '$1').replace(NOT_YET_NOUN, '$1 not ');
  const fronted = FRONTED.exec(out);
  if (fronted) out = out.slice(fronted[0].length).replace(/^./, (c) => c.toUpperCase());
  return out !== t ? out : undefined;
}
