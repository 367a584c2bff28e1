/**
 * Round 36 (precision36): the tense of an expectation. "India and Pakistan were set to become full
 * members of the SCO by 2016" reports what was expected then (a 2015 source's "are set to"); a
 * later source's "not expected before 2017" says what is expected now, which does not make the
 * earlier expectation unsaid. The latest source decides a present expectation ("is set to"); a
 * past one ("was set to", "were expected to", "had been due to") is supported by a source that
 * states it at a time no denying source shares (src/check/verdict.ts byTime).
 *
 * @example
 * ```ts
 * pastExpectation('India was set to join the SCO by 2016.', interp); // true (interp.modality 'expected')
 * pastExpectation('India is set to join the SCO by 2016.', interp); // false
 * ```
 */
import type { Interpretation } from './types.js';
import type { Dated } from './timeline.js';

/**
 * A past form of "be" (grammar) before an expectation's marker word (the lexicon's cg:Expected
 * markers that take "be": "set to", "expected to", "due to", "poised to", "slated to",
 * "scheduled to", "about to", "going to"), with at most one adverb between.
 */
const PAST_EXPECTED = /\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+|also\s+|then\s+|once\s+|still\s+)?(?:set|expected|due|poised|slated|scheduled|about|going)\s+to\b/i;

/** Whether the claim says its expectation in the past tense ("were set to become ..."). */
export function pastExpectation(claim: string, interp: Interpretation): boolean {
  return interp.modality === 'expected' && PAST_EXPECTED.test(claim);
}

/**
 * For a past expectation with no claim time: the supporting source that no denying source shares
 * a time with (each denial wholly earlier or later), or undefined. Undated sources decide nothing.
 */
export function pastExpectationSource<B>(xs: Array<Dated<B>>): Dated<B> | undefined {
  if (xs.some((x) => !x.time)) return undefined;
  const denials = xs.filter((x) => x.stance === 'refutes');
  return xs.find((x) => x.stance === 'supports' && denials.every((d) => d.time!.lo > x.time!.hi || d.time!.hi < x.time!.lo));
}
