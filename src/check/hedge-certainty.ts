/**
 * A speaker's hedge said as certainty (round 18, branch attrib18): "Analysts in Gala City said
 * the bank would certainly lend to Sylvania", when the source reports them saying it "could".
 * In an attribution only (what a source said, never a fact of the world), a claim that carries a
 * certainty word of the lexicon (`cg:certaintyWord`: "certainly", "definitely", "is sure to")
 * misquotes a source that said the same thing only as a possibility (`cg:Possible`): the same
 * statement, checked against that source with the possibility's modality, is supported, so the
 * source said it hedged, and the claim's certainty is refuted. The other direction refutes
 * nothing: a claim that hedges what the source said for certain ("said the bank might lend",
 * the source saying "will") is supported by the entailment of src/check/verdict.ts, and a claim
 * without a certainty word ("said the bank would lend") stays undecided against a hedge.
 */
import { NS, type CheckContext } from './context.js';
import type { CheckResult } from './types.js';
import { evaluate, type Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

const cache = new WeakMap<object, RegExp | null>();

/** The lexicon's certainty words as one pattern (read once per lexicon). */
function certaintyPattern(ctx: CheckContext): RegExp | null {
  if (cache.has(ctx.lexicon)) return cache.get(ctx.lexicon)!;
  const words = ctx.lexicon.getQuads(null, `${NS.cg}certaintyWord`, null, null).map((q) => q.object.value.toLowerCase().trim()).filter(Boolean)
    .sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const rx = words.length ? cachedRegExp(`\\b(?:${words.join('|')})\\b`, 'i') : null;
  cache.set(ctx.lexicon, rx);
  return rx;
}

/**
 * Refutes "<source> said P with certainty" when the source said P only as a possibility;
 * undefined otherwise. `scoped` is the context checked against the source's claims only, `inner`
 * the undecided result of P against them.
 *
 * @example
 * ```ts
 * // the League report: "Analysts said the bank could lend to Sylvania" (a possibility)
 * hedgeAsCertainty(ctx, scoped, 'the bank will certainly lend to Sylvania', inner)?.verdict; // 'REFUTED'
 * ```
 */
export function hedgeAsCertainty(ctx: CheckContext, scoped: CheckContext, said: string, inner: CheckResult): Evaluation | undefined {
  const rx = certaintyPattern(ctx);
  const word = rx?.exec(said)?.[0];
  if (!word || inner.verdict !== 'NOT_ENOUGH_INFO' || inner.conflict) return undefined;
  const q = inner.interpretation;
  if (q.polarity !== 'positive' || (q.modality !== 'expected' && q.modality !== 'stated')) return undefined;
  const hedged = evaluate(scoped, { ...q, modality: 'possible' });
  if (hedged.verdict !== 'SUPPORTED') return undefined;
  const bearings = hedged.bearings.filter((b) => b.stance === 'supports').map((b) => ({ ...b, stance: 'refutes' as const, reason: 'misquoted-hedge' as const, note: `${b.note}, only as a possibility` }));
  if (!bearings.length) return undefined;
  return {
    verdict: 'REFUTED', reason: 'misquoted-hedge', conflict: false, bearings,
    explanation: `Refuted (a hedge said as certainty): the source says it only as a possibility, and the claim has it say so "${word}". ${hedged.explanation}`,
  };
}
