/**
 * The one first of a kind, said by a source (round 17, branch attrib17): "Gloria T. predicted that
 * Acme Bank's first loan would go to Marsovia", when Gloria T. wrote "Acme Bank will approve its
 * first loan to Sylvania". There is one first loan, so a source naming one recipient of it says
 * the contrary of another recipient: the claim is refuted by the source's own words.
 *
 * Read only inside an attribution, after the inner claim is undecided against its source, and
 * only when:
 * - the inner claim says "first <noun>" and is read as one positive relation between two entities;
 * - another object of the same subject and property, put in the claimed object's place, is
 *   supported against the same source, by a sentence that says "first <noun>" with the same noun
 *   (the source spoke of the first one, not of any);
 * - the two objects are apart (src/check/dated-place.ts `placeVerdict`: two cities, or places of
 *   two countries): a region holding the recipient ("the first loan will go to the League's
 *   region") is not another recipient.
 */
import { NS, type CheckContext } from './context.js';
import { placeVerdict } from './dated-place.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** "first loan", "first-ever loan": the noun after "first" (round 25: past a name before it, "the first Acme Bank loan"). */
const FIRST = /\b[Ff]irst(?:-ever)?\s+(?:[A-Z][\w-]*\s+)*([a-z]+)\b/;

/**
 * A refutation of an attributed claim by the source's own "first <noun>" of another object;
 * undefined when there is none.
 *
 * @example
 * ```ts
 * // Gloria T.'s comment: "Acme Bank will approve its first loan to Sylvania."
 * await firstRival(ctx, 'Acme Bank will approve its first loan to Marsovia', innerResult, checkInScope);
 * // { verdict: 'REFUTED', evidence: [...], explanation: '... one first loan ...' }
 * ```
 */
export async function firstRival(
  ctx: CheckContext,
  inner: string,
  read: CheckResult,
  checkInScope: (claim: string) => Promise<CheckResult | undefined>,
): Promise<Pick<CheckResult, 'verdict' | 'evidence' | 'explanation'> | undefined> {
  const noun = FIRST.exec(inner)?.[1]?.toLowerCase();
  const q = read.interpretation;
  if (!noun || read.verdict !== 'NOT_ENOUGH_INFO' || q.polarity !== 'positive') return undefined;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return undefined;
  const claimed = q.object.iri;
  const mention = mentionOf(ctx, inner, claimed);
  if (!mention) return undefined;
  const rivals = new Set<string>();
  for (const c of ctx.store.getSubjects(`${NS.rdf}subject`, q.subject.iri, null)) {
    if (!ctx.store.getObjects(c, `${NS.rdf}predicate`, null).some((p) => p.value === q.predicate)) continue;
    for (const o of ctx.store.getObjects(c, `${NS.rdf}object`, null)) if (o.termType === 'NamedNode' && o.value !== claimed) rivals.add(o.value);
  }
  const said = cachedRegExp(`\\bfirst(?:-ever)?\\s+${noun}\\b`, 'i');
  for (const rival of rivals) {
    if (placeVerdict(ctx, claimed, rival) !== 'REFUTED') continue;
    const label = ctx.entityLabel.get(rival);
    if (!label) continue;
    const other = `${inner.slice(0, mention.start)}${label}${inner.slice(mention.end)}`;
    const r = await checkInScope(other);
    if (r?.verdict !== 'SUPPORTED') continue;
    const first = r.evidence.filter((e) => e.stance === 'supports' && said.test(e.text));
    if (!first.length) continue;
    return {
      verdict: 'REFUTED',
      evidence: first.map((e) => ({ ...e, stance: 'refutes' as const })),
      explanation: `The source names ${label} for the first ${noun} ("${first[0]!.text}"), and there is one first ${noun}, so not ${q.object.label}.`,
    };
  }
  return undefined;
}

/** Where the claim names the object: the last span of up to five words that resolves to it alone. */
function mentionOf(ctx: CheckContext, text: string, iri: string): { start: number; end: number } | undefined {
  const toks = tokenize(text, ctx.morph);
  for (let i = toks.length - 1; i >= 0; i--) {
    for (let j = Math.min(toks.length, i + 5); j > i; j--) {
      const hits = resolveMention(ctx, dropIgnorable(toks.slice(i, j), ctx.morph));
      if (hits.length === 1 && hits[0]!.iri === iri) return { start: toks[i]!.start, end: toks[j - 1]!.end };
    }
  }
  return undefined;
}
