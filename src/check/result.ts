/**
 * A check result from a reading and its evaluation: the evidence collected (in date order when the
 * verdict was decided by the sources' dates), the claim's time, and a word when every piece of
 * evidence is a reader's comment. Shared by `checkClaim` (src/check/index.ts) and the readers of a
 * claim no pattern reads as it stands (src/check/readers.ts).
 *
 * @example
 * ```ts
 * const r = finish(ctx, 'Freedonia is a member of the League.', interpretation, evaluateClaim(ctx, interpretation));
 * r.verdict; // 'SUPPORTED'
 * ```
 */
import { combineParts, type CompoundPart } from './compound.js';
import type { CheckContext } from './context.js';
import type { CheckResult, Interpretation } from './types.js';
import { collectEvidence, type Evaluation } from './verdict.js';

/**
 * A result read from another text (a rewrite, a part, a reading), restated as the claim's own:
 * the claim as said (trimmed), with `extra` (its explanation, its interpretation) over the rest.
 *
 * @example
 * ```ts
 * restate(r, text, { explanation: `Read as "${rewrite}". ${r.explanation}` });
 * ```
 */
export function restate<R extends CheckResult>(r: R, text: string, extra: Partial<R> = {}): R {
  return { ...r, claim: text.trim(), ...extra };
}

/** How many readings of an ambiguous claim are evaluated before settling. */
export const MAX_READINGS = 8;

/**
 * The result of one reading of `claim`.
 *
 * @example
 * ```ts
 * finish(ctx, claim, interp, ev).evidence; // the claims' sentences, cited
 * ```
 */
export function finish(ctx: CheckContext, claim: string, interpretation: Interpretation, ev: Evaluation): CheckResult {
  const evidence = collectEvidence(ctx, ev.bearings, { byDate: ev.byDate });
  if (ctx.asOf) interpretation = { ...interpretation, asOf: ctx.asOf.period };
  // a reader's comment is not the article's word: say so
  const fromComments = ev.reason !== 'article-metadata' && ev.reason !== 'other-commenter' && evidence.length > 0 && evidence.every((e) => e.segment === 'comment');
  return {
    claim,
    verdict: ev.verdict,
    interpretation,
    evidence,
    explanation: fromComments ? `${ev.explanation} The source is a reader comment, asserted by its commenter, not by the article's author.` : ev.explanation,
    reason: ev.reason,
    conflict: ev.conflict,
    ...(ev.amounts ? { amounts: ev.amounts } : {}),
  };
}

/**
 * The result of a claim read as several statements: the overall verdict by the compound rule
 * (src/check/compound.ts `combineParts`), each part listed with its own verdict and evidence.
 *
 * @example
 * ```ts
 * withParts(ctx, claim, readCompound(ctx, claim)!).parts!.length; // 2
 * ```
 */
export function withParts(ctx: CheckContext, claim: string, parts: CompoundPart[]): CheckResult {
  const r = finish(ctx, claim, parts[0]!.interpretation, combineParts(parts));
  r.parts = parts.map((p) => ({ text: p.text, verdict: p.evaluation.verdict, interpretation: p.interpretation, evidence: p.evidence ?? collectEvidence(ctx, p.evaluation.bearings, { byDate: p.evaluation.byDate }), explanation: p.evaluation.explanation }));
  // a part a reader read brings its evidence collected (src/check/compound-readers.ts)
  const cited = new Set(r.evidence.map((e) => `${e.claim}|${e.sentenceIri}`));
  for (const e of parts.flatMap((p) => p.evidence ?? [])) {
    if (!cited.has(`${e.claim}|${e.sentenceIri}`)) r.evidence.push(e);
    cited.add(`${e.claim}|${e.sentenceIri}`);
  }
  return r;
}

/**
 * A reading's result that does not decide the claim: NOT_ENOUGH_INFO (`no-claim`), its
 * sentences kept as related ones (near misses, not evidence), with `explanation` when given
 * (`reason` another when the reading was made but a word of the claim holds it, e.g. 'partial-match').
 *
 * @example
 * ```ts
 * const held = undecidedResult(r, `Read as "${other}", which says less than the claim. ${r.explanation}`);
 * held.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function undecidedResult(r: CheckResult, explanation: string = r.explanation, reason: NonNullable<CheckResult['reason']> = 'no-claim'): CheckResult {
  return {
    ...r, verdict: 'NOT_ENOUGH_INFO', reason, conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })), explanation,
  };
}
