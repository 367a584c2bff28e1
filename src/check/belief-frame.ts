/**
 * Attribution frames that report a belief, not words (round 29, fix22): "Zed Q. is confident that
 * P", "Ann B. believes P", "in Zed Q.'s view, P". A reader comment is held whole, so a commenter is
 * not taken to have SAID what only another commenter's comment says (src/check/misattribution.ts,
 * said-words.ts, said-content.ts refute that swap); but nothing shows what the one named BELIEVES
 * about it: absence is no refutation, so such a claim stays NOT_ENOUGH_INFO, the other comment cited
 * as related. The frame's words are lexicon data (`cg:beliefFrameWord`).
 */
import type { Attribution } from './attribution.js';
import type { CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import type { CheckResult } from './types.js';
import type { Evaluation } from './verdict.js';

/**
 * Whether an attribution's frame (the claim's words outside its inner claim and its source) reports
 * what the source believes.
 *
 * @example
 * ```ts
 * isBeliefFrame(ctx, 'Zed Q. is confident Sylvania will join', { source: 'Zed Q.', inner: 'Sylvania will join', scope }); // true
 * isBeliefFrame(ctx, 'Zed Q. wrote that Sylvania will join', { source: 'Zed Q.', inner: 'Sylvania will join', scope }); // false
 * ```
 */
export function isBeliefFrame(ctx: CheckContext, text: string, a: Pick<Attribution, 'source' | 'inner'>): boolean {
  let frame = text;
  const at = frame.lastIndexOf(a.inner);
  if (at >= 0) frame = `${frame.slice(0, at)} ${frame.slice(at + a.inner.length)}`;
  const src = frame.indexOf(a.source);
  if (src >= 0) frame = `${frame.slice(0, src)} ${frame.slice(src + a.source.length)}`;
  const words = lexiconWords(ctx, 'beliefFrameWord');
  return frame.toLowerCase().split(/[^a-z]+/).some((w) => words.has(w));
}

/**
 * A refutation by a comment's words said as NOT_ENOUGH_INFO for a claim about a belief: `shows`
 * says what the comment shows instead, and the refutation's own words follow without their
 * "Refuted (...):" head.
 */
function asUndecidedBelief(explanation: string, shows: string): string {
  return `Not enough information: the claim reports what its source believes, and ${shows} (${explanation.replace(/^Refuted \([^)]*\):\s*/, '')})`;
}

/** A commenter-swap refutation said as NOT_ENOUGH_INFO: the other comment is related, not refuting. */
export function swapAsUndecided(explanation: string): string {
  return asUndecidedBelief(explanation, 'a comment held whole shows what its writer said, not what another reader believes');
}

/** An evaluation refuted by a comment's words, held as NOT_ENOUGH_INFO with its sentences related. */
function heldBelief(e: Evaluation, explanation: string): Evaluation {
  return { ...e, verdict: 'NOT_ENOUGH_INFO', conflict: false, explanation, bearings: e.bearings.map((b) => ({ ...b, stance: 'related' as const })) };
}

/** An evaluation of a commenter swap (reason `other-commenter`), held as NOT_ENOUGH_INFO with its sentences related (the comment's words). */
export function heldSwapEvaluation(e: Evaluation): Evaluation {
  return { ...heldBelief(e, swapAsUndecided(e.explanation)), reason: 'article-metadata' };
}

/**
 * Round 30 (fix23): a misquote held as NOT_ENOUGH_INFO when the claim reports what the writer
 * believes ("Zed Q. reckons / thinks / is sure Marsovia will host ...": {@link isBeliefFrame}).
 * The comment shows what its writer said; that Sylvania will host the summit does not show that
 * the writer does not believe Marsovia will (users23: "reckons" was refuted as a misquote). "Zed
 * Q. wrote / said that Marsovia ..." stays a misquote, refuted. The comment is cited as related.
 */
export function heldMisquote(e: Evaluation): Evaluation {
  return heldBelief(e, asUndecidedBelief(e.explanation, 'the comment, which the graph holds whole, shows what its writer said, not what the writer does not believe'));
}

/**
 * A commenter-swap result (reason `other-commenter`), held as NOT_ENOUGH_INFO with its sentences
 * related; without a reason of its own, so the undecided inner claim's reason stands.
 */
export function heldSwapResult<T extends Pick<CheckResult, 'verdict' | 'evidence' | 'explanation'> & Partial<Pick<CheckResult, 'reason'>>>(r: T): Omit<T, 'reason'> {
  const { reason: _swap, ...rest } = r;
  return { ...rest, verdict: 'NOT_ENOUGH_INFO', explanation: swapAsUndecided(r.explanation), evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })) };
}
