/**
 * Round 36 (precision36): the tense of an expectation. "Freedonia and Sylvania were set to become full
 * members of the League by 2016" reports what was expected then (a 2015 source's "are set to"); a
 * later source's "not expected before 2017" says what is expected now, which does not make the
 * earlier expectation unsaid. The latest source decides a present expectation ("is set to"); a
 * past one ("was set to", "were expected to", "had been due to") is supported by a source that
 * states it at a time no denying source shares (src/check/verdict.ts byTime).
 *
 * @example
 * ```ts
 * pastExpectation('Freedonia was set to join the League by 2016.', interp); // true (interp.modality 'expected')
 * pastExpectation('Freedonia is set to join the League by 2016.', interp); // false
 * ```
 */
import type { CheckResult, Interpretation } from './types.js';
import { undecidedResult } from './result.js';
import type { Dated } from './timeline.js';

/**
 * A past form of "be" (grammar) before an expectation's marker word (the lexicon's cg:Expected
 * markers that take "be": "set to", "expected to", "due to", "poised to", "slated to",
 * "scheduled to", "about to", "going to"), with a denial and at most one adverb between.
 */
const PAST_EXPECTED = /\b(?:was|were|had\s+been|wasn['\u2019]t|weren['\u2019]t|hadn['\u2019]t\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+|also\s+|then\s+|once\s+|still\s+)?(?:set|expected|due|poised|slated|scheduled|about|going)\s+to\b/i;

/** Whether the claim says its expectation in the past tense ("were set to become ..."). */
export function pastExpectation(claim: string, interp: Interpretation): boolean {
  return interp.modality === 'expected' && PAST_EXPECTED.test(claim);
}

/**
 * Round 40 (fix33b, users33's F1): a present frame of what is still to come. "Freedonia is set to join
 * the League", "is about / due / slated / scheduled / poised / expected / likely to", "plans to", "may
 * eventually", "might still" say the deed is not yet done: a source that states it done does not
 * support them (cg:entailsModality holds of a fact and what was to be expected of it, not of a
 * prospect it has overtaken). "will" and a bare "may" are no such frame (a fact entails them).
 */
const PROSPECT = /\b(?:(?:is|are|am|['\u2019]s|['\u2019]re)\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?(?:set|due|poised|slated|scheduled|about|expected|likely)\s+to|plans?\s+to|(?:is|are|am)\s+planning\s+to|(?:may|might|could|can)\s+(?:still|eventually)|(?:will|may|might|could)\s+(?:soon|finally|eventually)\s+be\s+about\s+to)\b/i;

/**
 * Whether the claim says its deed as a present prospect (`PROSPECT`), under cg:Expected or cg:Possible.
 *
 * @example
 * ```ts
 * presentProspect('Freedonia is set to join the League.', { modality: 'expected' } as Interpretation); // true
 * presentProspect('Freedonia will join the League.', { modality: 'expected' } as Interpretation);      // false
 * ```
 */
export function presentProspect(claim: string, interp: Pick<Interpretation, 'modality'>): boolean {
  return (interp.modality === 'expected' || interp.modality === 'possible') && PROSPECT.test(claim);
}

/**
 * The same rule for a reading built by another reader (a rewrite that loses the frame's words, "is
 * poised to become a League founding member"): a SUPPORTED result of a claim said as a present prospect,
 * decided by a fact's entailment, is held as NOT_ENOUGH_INFO.
 *
 * @example
 * ```ts
 * capProspect('Freedonia is poised to become a League member.', r).verdict; // 'NOT_ENOUGH_INFO' (r: a fact's entailment)
 * ```
 */
export function capProspect(text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED' || !presentProspect(text, r.interpretation) || !/\bas a fact, which entails it as\b/.test(r.explanation)) return r;
  return undecidedResult(r, `Read as a present prospect (the deed still to come), which a source that states the deed done does not support. Without it: ${r.verdict}: ${r.explanation}`, 'modality');
}

/**
 * For a past expectation with no claim time, sources that disagree: the source that states the
 * expectation (`stated`: its claim is positive) at a time no source of the other side shares (each
 * wholly earlier or later), or undefined. It decides: "were set to" is supported by it, "were not
 * set to" refuted by it, whatever a source of another time expected. Undated sources decide nothing.
 */
export function pastExpectationSource<B>(xs: Array<Dated<B>>, stated: (b: B) => boolean): Dated<B> | undefined {
  if (xs.some((x) => !x.time)) return undefined;
  return xs.find((x) => stated(x.b) && xs.every((y) => y.stance === x.stance || y.time!.lo > x.time!.hi || y.time!.hi < x.time!.lo));
}

/**
 * A past expectation denied only by sources that deny an expectation ("not expected before
 * 2017"), none stating it: the denial is of its own source's time, not of the time the claim
 * reports, so it refutes nothing.
 *
 * @example
 * ```ts
 * deniedOnlyLater(refutes, (b) => b.claim.modality === 'expected' && b.claim.polarity === 'negative'); // true
 * ```
 */
export function deniedOnlyLater<B>(refutes: B[], deniedExpectation: (b: B) => boolean): boolean {
  return refutes.length > 0 && refutes.every(deniedExpectation);
}
