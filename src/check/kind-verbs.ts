/**
 * What a thing carries, said as its kind (lexicon `cg:kindPhrase` on a class): "the canal pipeline
 * carries oil" says it is an oil pipeline, so a thing the graph holds as a kind the ontology
 * declares disjoint with that one refutes it (src/check/kinds.ts decides "X is a <class>"). Only
 * the refutation decides: a gas pipeline not yet built does not carry gas now, so the support of
 * the kind is no support of the claim (NOT_ENOUGH_INFO, the reading shown).
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { indefiniteArticle, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult, restate } from './result.js';
import { isA } from './claim-index.js';

const phrases = new WeakMap<object, Array<{ words: string[]; label: string; cls: string }>>();

/** The lexicon's kind phrases, each as its normalised words and the label of its class. */
function kindPhrases(ctx: CheckContext): Array<{ words: string[]; label: string; cls: string }> {
  let out = phrases.get(ctx.lexicon);
  if (out) return out;
  out = [];
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}kindPhrase`, null, null)) {
    const label = ctx.axioms.classLabels.get(q.subject.value);
    if (label) out.push({ words: tokenize(q.object.value, ctx.morph).map((t) => t.norm), label, cls: q.subject.value });
  }
  phrases.set(ctx.lexicon, out);
  return out;
}

/**
 * "X [will] carry oil" as "X is an oil pipeline"; undefined when the claim does not close with a
 * kind phrase after its subject (and an optional "will" / "would").
 *
 * @example
 * ```ts
 * kindByVerb(ctx, 'The canal pipeline carries oil.'); // { claim: 'The canal pipeline is an oil pipeline.', ... }
 * ```
 */
export function kindByVerb(ctx: CheckContext, text: string): { claim: string; phrase: string; cls: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]\s*$/, '');
  const toks = tokenize(t, ctx.morph);
  for (const { words, label, cls } of kindPhrases(ctx)) {
    const at = toks.length - words.length;
    if (at < 1 || !words.every((w, k) => toks[at + k]!.norm === w)) continue;
    let end = at;
    if (/^(?:will|would|can|could)$/i.test(toks[end - 1]!.raw)) end--;
    if (end < 1) return undefined;
    const subject = t.slice(0, toks[end]!.start).trim();
    return { claim: `${subject} is ${indefiniteArticle(label)} ${label}.`, phrase: t.slice(toks[at]!.start), cls };
  }
  return undefined;
}

/** The nearest class above `cls` (the one with the most classes above it): a pipeline for a gas pipeline. */
function nearestSuper(ctx: CheckContext, cls: string): string | undefined {
  let best: string | undefined;
  for (const s of ctx.axioms.superClasses.get(cls) ?? []) {
    if (s !== cls && (!best || (ctx.axioms.superClasses.get(s)?.size ?? 0) > (ctx.axioms.superClasses.get(best)?.size ?? 0))) best = s;
  }
  return best;
}

/**
 * The claim's result from its kind's: a refutation refutes it, a support decides nothing; undefined
 * when the subject is not of the class just above the phrase's ("Freedonia carries gas" says
 * nothing of a pipeline's kind: a state is no pipeline of any kind).
 */
export function withKindByVerb(ctx: CheckContext, text: string, read: { claim: string; phrase: string; cls: string }, r: CheckResult): CheckResult | undefined {
  const subject = r.interpretation.subject;
  const above = nearestSuper(ctx, read.cls);
  if (subject.kind !== 'entity' || !above || !isA(ctx, subject.iri, above)) return undefined;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "${read.phrase}" as its kind: "${read.claim}" (lexicon cg:kindPhrase)`] };
  if (r.verdict === 'REFUTED') return restate(r, text, { interpretation, explanation: `"${read.phrase}" says what kind of thing it is: "${read.claim}", which is refuted. ${r.explanation}` });
  return undecidedResult(restate(r, text, { interpretation }), `"${read.phrase}" says at least "${read.claim}", which is ${r.verdict === 'SUPPORTED' ? 'supported, but what a thing is meant to carry is not what it carries at a time' : 'not decided'}. ${r.explanation}`);
}
