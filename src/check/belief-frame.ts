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

/** A commenter-swap refutation said as NOT_ENOUGH_INFO: the other comment is related, not refuting. */
export function swapAsUndecided(explanation: string): string {
  return `Not enough information: the claim reports what its source believes, and a comment held whole shows what its writer said, not what another reader believes (${explanation.replace(/^Refuted \(another commenter\):\s*/, '')})`;
}

/** An evaluation of a commenter swap (reason `other-commenter`), held as NOT_ENOUGH_INFO with its sentences related (the comment's words). */
export function heldSwapEvaluation(e: Evaluation): Evaluation {
  return { ...e, verdict: 'NOT_ENOUGH_INFO', reason: 'article-metadata', conflict: false, explanation: swapAsUndecided(e.explanation), bearings: e.bearings.map((b) => ({ ...b, stance: 'related' as const })) };
}

/**
 * A commenter-swap result (reason `other-commenter`), held as NOT_ENOUGH_INFO with its sentences
 * related; without a reason of its own, so the undecided inner claim's reason stands.
 */
export function heldSwapResult<T extends Pick<CheckResult, 'verdict' | 'evidence' | 'explanation'> & Partial<Pick<CheckResult, 'reason'>>>(r: T): Omit<T, 'reason'> {
  const { reason: _swap, ...rest } = r;
  return { ...rest, verdict: 'NOT_ENOUGH_INFO', explanation: swapAsUndecided(r.explanation), evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })) };
}
