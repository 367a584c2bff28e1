/**
 * Disjoint properties (`owl:propertyDisjointWith`, round 11): no pair of things is related by two
 * disjoint properties, so a source relating the pair by one refutes a claim relating it by the
 * other. The ontology declares a guest of an event (`cg:guestOf`: "X hosted Y at E" makes Y a
 * guest of E) disjoint with its host (`cg:hostOf`): "Y hosted E" is refuted by Y being a guest
 * there, with the claim that says so cited, and "Y did not host E" is supported by it.
 *
 * OWL semantics are kept: a property below one of the pair (rdfs:subPropertyOf) is disjoint with
 * the other too, so the source claim may be on a sub-property of one side and the claim on a
 * sub-property of the other; only positive, stated source claims on the same subject and object
 * count, and a claim that narrows its statement by a qualifier (a date, a place) is left to the
 * ordinary rules (a qualifier may make it another occasion).
 */
import { NS, localName, type CheckContext } from './context.js';
import type { ClaimsByPredicate } from './claim-index.js';
import { entityName, labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The property and every property above it (rdfs:subPropertyOf, transitive). */
function withSupers(ctx: CheckContext, p: string): string[] {
  const out = [p];
  for (const [sup, subs] of ctx.axioms.subProperties) if (subs.has(p)) out.push(sup);
  return out;
}

/** Every property disjoint with `p`: declared so with p or a property above it, and those below them. */
export function disjointWith(ctx: CheckContext, p: string): Set<string> {
  const out = new Set<string>();
  for (const up of withSupers(ctx, p)) {
    for (const d of ctx.axioms.disjointProperties.get(up) ?? []) {
      out.add(d);
      for (const sub of ctx.axioms.subProperties.get(d) ?? []) out.add(sub);
    }
  }
  return out;
}

/**
 * Refuter `disjoint-property`: "Y hosted E" against a source's "Y was a guest of E".
 *
 * @example
 * ```ts
 * // graph: Gloria Teasdale guestOf Founders Gala (ontology: cg:guestOf owl:propertyDisjointWith cg:hostOf)
 * disjointPropertyConflicts(ctx, teasdaleHostedTheGala, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function disjointPropertyConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  if (q.modality !== 'stated' || q.subject.kind !== 'entity' || q.object.kind !== 'entity' || Object.keys(q.qualifiers).length) return;
  const [s, o] = [q.subject.iri, q.object.iri];
  for (const p of disjointWith(ctx, q.predicate)) {
    for (const c of index.get(p) ?? []) {
      if (c.subject !== s || c.object.value !== o || c.polarity !== 'positive' || c.modality !== 'stated' || c.qualifiers.size) continue;
      const note = `the ontology declares ${labelOf(ctx, localName(q.predicate))} and ${labelOf(ctx, localName(p))} disjoint (owl:propertyDisjointWith), and the source states ${entityName(ctx, s)} ${labelOf(ctx, localName(p))} ${entityName(ctx, o)} (claim ${shortIri(c.iri)})`;
      if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'disjoint-property', note });
      else push({ claim: c, stance: 'supports', reason: 'disjoint-property', note: `${note}, so the denied statement is indeed not the case` });
    }
  }
}

export const GUEST_OF = `${NS.cg}guestOf`;
