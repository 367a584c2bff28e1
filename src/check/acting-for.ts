/**
 * The people who act for named states, as those states (round 17): "The leaders of Freedonia and
 * Sylvania signed the treaty" is Freedonia and Sylvania signing it, as a source's "Leaders of X and
 * Y launched Z" is curated as the states' deed; likewise after "by" in a passive ("... was launched
 * by the presidents of Freedonia and Sylvania"). Only before a list of two or more capitalised
 * names (a count, "leaders of four countries", is src/check/notation.ts's); the recheck resolves
 * the names or leaves the claim unread. Only the words for whoever acts for a state ("leaders",
 * "representatives", "delegations"): a named office ("the presidents of Freedonia and Sylvania",
 * "heads of state") says who acted, and a source may show another office acting (a vice president
 * sent in the president's place), so the office is kept and read as such (round 37).
 */
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/**
 * The words for whoever acts for a state (as that state), as a regular expression group: the one
 * list of them, which src/check/notation.ts (a count of states: "leaders of four countries") and
 * src/check/closed-lists.ts (a count over a closed list) read too. A constant, not lexicon data:
 * every reader of it works on the text alone, without a CheckContext (src/suggest too).
 */
export const ACTORS = String.raw`(?:leaders|representatives|delegations)`;
const NAME = String.raw`[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*`;
const LIST = String.raw`${NAME}(?:\s*,\s*${NAME})*,?\s+and\s+${NAME}`;

/**
 * The claim with "the leaders of A, B and C" said as "A, B and C"; undefined without one.
 *
 * @example
 * ```ts
 * actingFor('The leaders of Freedonia and Sylvania signed the treaty.'); // 'Freedonia and Sylvania signed the treaty.'
 * actingFor('The treaty was signed by the presidents of Freedonia and Sylvania.'); // 'The treaty was signed by Freedonia and Sylvania.'
 * ```
 */
export function actingFor(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const front = cachedRegExp(String.raw`^(?:the\s+)?${ACTORS}\s+of\s+(?:the\s+)?(${LIST})(?=\s+[a-z])`, 'i').exec(t);
  if (front) return `${front[1]}${t.slice(front[0].length)}`;
  const by = cachedRegExp(String.raw`\bby\s+(?:the\s+)?${ACTORS}\s+of\s+(?:the\s+)?(${LIST})\b`).exec(t);
  if (by) return `${t.slice(0, by.index)}by ${by[1]}${t.slice(by.index + by[0].length)}`;
  return undefined;
}
