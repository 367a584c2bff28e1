/**
 * Two relations no pair of things has at once (OWL 2 `owl:propertyDisjointWith`): the guest of an
 * event is not its host (`cg:guestAt`, `cg:hostOf`). The graph never states who did not host a
 * ceremony, and `cg:hostOf` is not single-valued (an event may have two hosts), so "X hosted E" is
 * refuted only by what the source says X was there: a guest. The source's statement must be
 * positive, stated (not expected or possible), in the claim's modality, of the same subject and
 * object, and without qualifiers the claim does not match; a claim with a qualifier of its own
 * (a time, a place) is not read, as the source's statement may be of another occasion.
 *
 * A denial ("X did not host E") is supported by the same statement. The property's sub-properties
 * count as it (OWL: a sub-property of a disjoint property is disjoint too).
 */
import { localName, type CheckContext } from './context.js';
import type { ClaimsByPredicate } from './claim-index.js';
import { covers } from './qualifiers.js';
import { entityName, labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The properties disjoint with `p`: those declared so with it or with a property above it, and those below them. */
function disjointWith(ctx: CheckContext, p: string): string[] {
  const above = [p, ...[...ctx.axioms.subProperties].filter(([, subs]) => subs.has(p)).map(([sup]) => sup)];
  const out = new Set<string>();
  for (const a of above) {
    for (const d of ctx.axioms.disjointProperties.get(a) ?? []) {
      out.add(d);
      for (const s of ctx.axioms.subProperties.get(d) ?? []) out.add(s);
    }
  }
  return [...out].sort();
}

/**
 * Finds stated claims of a property disjoint with the claim's, between the same two entities (a
 * positive claim: refutes; a denial: supports). Reason `disjoint-property`.
 *
 * @example
 * ```ts
 * // graph: Gloria Teasdale guestAt the Founders Gala (cg:guestAt owl:propertyDisjointWith cg:hostOf)
 * disjointPropertyConflicts(ctx, teasdaleHostedTheGala, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function disjointPropertyConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity' || q.modality !== 'stated' || Object.keys(q.qualifiers).length) return;
  const [s, o] = [q.subject.iri, q.object.iri];
  for (const d of disjointWith(ctx, q.predicate)) {
    for (const c of index.get(d) ?? []) {
      if (c.polarity !== 'positive' || c.modality !== 'stated' || c.subject !== s || c.object.value !== o) continue;
      if (!covers(ctx, { ...q, predicate: d }, c)) continue;
      const note = `the source states ${entityName(ctx, s)} ${labelOf(ctx, localName(d))} ${entityName(ctx, o)} (claim ${shortIri(c.iri)}), and no two things are related both as ${labelOf(ctx, localName(d))} and as ${labelOf(ctx, localName(q.predicate))} (owl:propertyDisjointWith)`;
      if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'disjoint-property', note });
      else push({ claim: c, stance: 'supports', reason: 'disjoint-property', note: `${note}, so the denial holds` });
    }
  }
}
