/**
 * A class noun after "the" that points back to a thing named earlier in the claim: "The League Bank has 57
 * founding members, and Rufus Firefly is the bank's first president" (the bank: the League Bank), "the
 * Articles of Agreement of the League Bank entered into force before the bank opened". The noun is a
 * class of the ontology or a lexicon `cg:classNoun` (src/check/kinds.ts `classNouns`); the thing is
 * the one entity named before it in the claim that is of that class. The claim is read with that
 * name in the noun's place.
 *
 * Not read: a noun phrase that is itself a name ("the opening ceremony"), a noun followed by "of"
 * or a clause that describes it ("the bank of X", "the bank led by X": src/check/described-thing.ts
 * reads those), and a noun with no or several things of its class named before it ("Acme Bank and
 * the League Bank ... the bank": which one is not said).
 *
 * The two candidate sources of the shared mechanism (src/check/definite-noun.ts, whose TSDoc gives
 * the one rule for several candidates): the thing of the class named before the noun, and the
 * things of the class the graph relates to the claim's other names (graphAnaphoraRewrite).
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classNounAt, inReportedSpeech, namedBefore, relatedOfClass } from './definite-noun.js';
import { normalizeTypography, tokenize } from './text.js';

const COPULA = /^(?:is|was|are|were|be|been|being|'s)$/i;
const NOT = /^(?:not|n't|never)$/i;

/**
 * The claim with its class-noun anaphor ("the bank") replaced by the name it points back to, and
 * a note; undefined when there is none.
 *
 * @example
 * ```ts
 * classAnaphoraRewrite(ctx, 'The Acme Bank opened in 2015, and Freedonia joined the bank.')?.claim;
 * // 'The Acme Bank opened in 2015, and Freedonia joined the Acme Bank.'
 * ```
 */
export function classAnaphoraRewrite(ctx: CheckContext, text: string): { claim: string; note: string } | undefined {
  const t = normalizeTypography(text);
  const toks = tokenize(t, ctx.morph);
  for (let i = 1; i < toks.length; i++) {
    const at = classNounAt(ctx, toks, i);
    if (!at || at === 'no anaphor') continue;
    const { n, cls } = at;
    // round 29: after a copula the noun describes the subject, it does not point back ("Zenda is
    // the city hosting the gala" was read "Zenda is Zenda hosting the gala"): the copular readers
    // take "X is the N V-ing / that V-ed ..." (src/check/question-shapes.ts)
    // ("X is the bank's president" keeps it: there the noun is a possessor inside the description)
    const afterCopula = (i >= 2 && COPULA.test(toks[i - 2]!.raw)) || (i >= 3 && NOT.test(toks[i - 2]!.raw) && COPULA.test(toks[i - 3]!.raw));
    if (afterCopula && toks[i + n]?.kind !== 'possessive') continue;
    const span = toks.slice(i, i + n);
    const before = namedBefore(ctx, toks.slice(0, i - 1)).filter((h) => isA(ctx, h.iri, cls));
    if (new Set(before.map((h) => h.iri)).size !== 1) continue;
    // the longest span that names it ("the Zenda pipeline", not "Zenda")
    const h = before.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    const ante = toks.slice(0, i - 1);
    const withThe = h.from > 0 && ante[h.from - 1]!.norm === 'the';
    const name = t.slice(ante[h.from]!.start, ante[h.to - 1]!.end);
    const said = t.slice(toks[i - 1]!.start, span.at(-1)!.end);
    const claim = `${t.slice(0, toks[i - 1]!.start)}${withThe ? 'the ' : ''}${name}${t.slice(span.at(-1)!.end)}`;
    return { claim, note: `"${said}" read as "${withThe ? 'the ' : ''}${name}", the one ${span.map((x) => x.raw).join(' ')} named before it in the claim` };
  }
  return undefined;
}

/**
 * "the region" with no thing of its class named in the claim (round 22): the one thing of that
 * class the graph's claims about the claim's other names relate. "Rufus concluded his state visit to
 * the region" is read with the one region the graph says anything of Rufus with; two such regions
 * (or none), a thing of the class named anywhere in the claim, no other name, or a claim about
 * what a source said leave it unread.
 *
 * @example
 * ```ts
 * graphAnaphoraRewrite(ctx, 'Rufus Firefly ended his visit to the region in May.')?.claim;
 * // 'Rufus Firefly ended his visit to Ruritania in May.' (the one region the graph relates to Rufus Firefly)
 * ```
 */
export function graphAnaphoraRewrite(ctx: CheckContext, text: string): { claim: string; note: string } | undefined {
  const t = normalizeTypography(text);
  if (!/\bthe\s/i.test(t)) return undefined;
  // in reported speech the noun is the speaker's word, whose referent the speaker's statements
  // give, not every claim of the graph ("the analysts said the bank had lent to the region"): not
  // read in the claim, nor in its inner claim checked against the source (ctx.scope)
  if (inReportedSpeech(ctx, t)) return undefined;
  const toks = tokenize(t, ctx.morph);
  for (let i = 1; i < toks.length; i++) {
    const at = classNounAt(ctx, toks, i);
    if (!at) continue;
    // a description ("the region of X") or a name ("the opening ceremony") is no anaphor
    if (at === 'no anaphor') return undefined;
    const { n, cls } = at;
    // round 29: after a copula the noun describes the subject, it does not point back ("Zenda is
    // the city hosting the gala" was read "Zenda is Zenda hosting the gala"): the copular readers
    // take "X is the N V-ing / that V-ed ..." (src/check/question-shapes.ts)
    // ("X is the bank's president" keeps it: there the noun is a possessor inside the description)
    const afterCopula = (i >= 2 && COPULA.test(toks[i - 2]!.raw)) || (i >= 3 && NOT.test(toks[i - 2]!.raw) && COPULA.test(toks[i - 3]!.raw));
    if (afterCopula && toks[i + n]?.kind !== 'possessive') continue;
    const span = toks.slice(i, i + n);
    const named = [...namedBefore(ctx, toks.slice(0, i - 1)), ...namedBefore(ctx, toks.slice(i + n))].map((h) => h.iri);
    // a thing of the class named in the claim is the class anaphor's (or makes the noun ambiguous)
    if (!named.length || named.some((iri) => isA(ctx, iri, cls))) return undefined;
    const related = relatedOfClass(ctx, [...new Set(named)], cls);
    if (related.size !== 1) return undefined;
    const iri = [...related][0]!;
    const name = ctx.entityLabel.get(iri) ?? iri;
    const said = t.slice(toks[i - 1]!.start, span.at(-1)!.end);
    return {
      claim: `${t.slice(0, toks[i - 1]!.start)}${name}${t.slice(span.at(-1)!.end)}`,
      note: `"${said}" read as ${name}, the one ${span.map((x) => x.raw).join(' ')} the graph's claims about the claim's other names relate`,
    };
  }
  return undefined;
}
