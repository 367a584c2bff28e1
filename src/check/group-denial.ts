/**
 * A denial about a group applied to its members (round 11). On a relation whose group object
 * means "some member" (lexicon `cg:objectGroupQuantifier cg:Some`: a loan to a region is a loan
 * to one of its countries), the denial "no loan to the region has been approved" says that no
 * member got one: "The bank has approved a loan to <member>" is refuted by it, and "... has not
 * approved a loan to <member>" supported, with the group's denial cited.
 *
 * OWL semantics are kept: the denial must be on the claim's property or one above it (a denial of
 * a narrower property says nothing of a broader one), in the claim's modality, and must cover the
 * claim's time (`covers`, src/check/qualifiers.ts: a present-perfect denial "until" the article's
 * day covers a present-perfect claim, not a later year). The member is one the graph states
 * (`cg:partOf`, src/check/claim-index.ts `groupMembers`).
 */
import { localName, type CheckContext } from './context.js';
import { groupMembers, type ClaimsByPredicate } from './claim-index.js';
import { someMemberObjects } from './lexicon-words.js';
import { covers, sameSide } from './qualifiers.js';
import { entityName, labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The property and every property above it (rdfs:subPropertyOf, transitive). */
function withSupers(ctx: CheckContext, p: string): string[] {
  return [p, ...[...ctx.axioms.subProperties].filter(([, subs]) => subs.has(p)).map(([sup]) => sup).sort()];
}

/**
 * Refuter `group-denial`: "B approved a loan to M" against "no loan to G has been approved", M a
 * member of G.
 *
 * @example
 * ```ts
 * // graph: the Bank approvedLoanTo Ruritania (negative); Freedonia partOf Ruritania
 * groupDenialConflicts(ctx, bankLoanToFreedonia, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function groupDenialConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  if (q.object.kind !== 'entity') return;
  const member = q.object.iri;
  for (const p of withSupers(ctx, q.predicate)) {
    // annotated itself, or below an annotated property
    if (![...someMemberObjects(ctx)].some((a) => a === p || ctx.axioms.subProperties.get(a)?.has(p))) continue;
    for (const c of index.get(p) ?? []) {
      if (c.polarity !== 'negative' || c.modality !== q.modality || c.object.termType !== 'NamedNode' || c.object.value === member) continue;
      if (!sameSide(q.subject, c.subject) || !groupMembers(ctx, c.object.value).includes(member)) continue;
      const group = { kind: 'entity' as const, iri: c.object.value, label: entityName(ctx, c.object.value) };
      if (!covers(ctx, { ...q, predicate: p, object: group }, c)) continue;
      const note = `the source denies ${labelOf(ctx, localName(p))} ${entityName(ctx, c.object.value)} (claim ${shortIri(c.iri)}), which is read as "some member" of it (cg:objectGroupQuantifier), and ${entityName(ctx, member)} is a member`;
      if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'group-denial', note });
      else push({ claim: c, stance: 'supports', reason: 'group-denial', note: `${note}, so the denial holds` });
    }
  }
}
