/**
 * Which parts of a sentence assert anything: a question asserts nothing, and a statement inside
 * a condition or an open question ("if ...", "whether ...", "I wonder ...") is not stated as a
 * fact by its writer. Suggest keeps such readings out of the proposals (or far down the list).
 */

/** Words that open a clause whose content is not asserted. */
const HEDGES = ['if', 'whether', 'unless', 'wonder', 'wonders', 'wondered', 'suppose', 'supposing', 'imagine', 'hypothetically'];
const HEDGE_RE = new RegExp(`(?<![\\p{L}])(${HEDGES.join('|')})(?![\\p{L}])`, 'gu');

/**
 * Why a reading starting at `offset` (UTF-16, in the sentence) is not asserted: `question`, the
 * hedge word that governs it, or undefined when nothing before it hedges it.
 *
 * @example
 * ```ts
 * hedgeBefore('If Freedonia joins, Sylvania will follow.', 3); // 'if'
 * hedgeBefore('Did Freedonia join?', 4); // 'question'
 * ```
 */
export function hedgeBefore(sentence: string, offset: number): string | undefined {
  if (/\?\s*["'\u201D\u2019)]*\s*$/.test(sentence)) return 'question';
  const before = sentence.slice(0, Math.max(0, offset)).toLowerCase();
  // the nearest hedge before the statement governs it ("I wonder whether ..." -> whether)
  let found: { word: string; at: number } | undefined;
  for (const m of before.matchAll(HEDGE_RE)) {
    if (!found || m.index >= found.at) found = { word: m[1]!, at: m.index };
  }
  return found?.word;
}
