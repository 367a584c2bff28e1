/**
 * A definite noun phrase without its agent ("The energy deals with X were worth more than
 * US$ 15 billion", "The grants to Y ..."): the party the graph gives for that relation is the one
 * meant. The candidates are the subjects of the graph's claims about an entity the phrase names;
 * the claim is read once per candidate with it as the possessor ("C's energy deals with X ...").
 * Only when exactly one candidate gives a reading the graph decides is that reading used, and the
 * interpretation says whose it was taken to be; none, or several, leave the claim unread here.
 */
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { textMemo } from './text-memo.js';

// a phrase whose entities many parties relate to is no definite description of one (and bounds the work)
const MAX_CANDIDATES = 8;

/** The claim opens with "the" (the reader's gate, `needs`, tested first). */
export const IMPLIED_PARTY_NEEDS = /^\s*the\s/i;

/** The entities a phrase names (longest names first, left to right). */
export function namedEntities(ctx: CheckContext, phrase: string): string[] {
  const tokens = dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph);
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let step = 1;
    for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
      const found = resolveMention(ctx, tokens.slice(i, j));
      if (found.length === 1) {
        out.push(found[0]!.iri);
        step = j - i;
        break;
      }
    }
    i += step;
  }
  return [...new Set(out)];
}

/**
 * The rewrites of a claim opening with a definite noun phrase, one per candidate party ("The deals
 * with X ..." -> "C's deals with X ..."), with the candidate's label; empty when the claim is not
 * of that form.
 *
 * @example
 * ```ts
 * impliedParties(ctx, 'The energy deals with Sylvania were worth US$ 5 million.');
 * // [{ party: 'Freedonia', claim: "Freedonia's energy deals with Sylvania were worth US$ 5 million." }]
 * ```
 */
export function impliedParties(ctx: CheckContext, text: string): Array<{ party: string; claim: string }> {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19)
  return impliedPartiesMemo(ctx, text, () => impliedPartiesUncached(ctx, text));
}

const impliedPartiesMemo = textMemo<Array<{ party: string; claim: string }>>();

function impliedPartiesUncached(ctx: CheckContext, text: string): Array<{ party: string; claim: string }> {
  const t = normalizeTypography(text);
  if (!IMPLIED_PARTY_NEEDS.test(t)) return [];
  const m = /^the\s+(\S.*)$/i.exec(t.trim());
  if (!m) return [];
  const rest = m[1]!;
  const named = namedEntities(ctx, rest);
  const candidates = new Set<string>();
  for (const e of named) {
    for (const node of ctx.store.getSubjects(NS.rdf + 'object', e, null)) {
      for (const s of ctx.store.getObjects(node, NS.rdf + 'subject', null)) if (!named.includes(s.value)) candidates.add(s.value);
    }
  }
  if (candidates.size > MAX_CANDIDATES) return [];
  return [...candidates].sort().map((iri) => {
    const party = ctx.entityLabel.get(iri) ?? iri;
    return { party, claim: `${party}'s ${rest}` };
  });
}
