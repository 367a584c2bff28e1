/**
 * A purpose that belongs to another package: "Freedonia gave Grand Fenwick $105 million to develop Fenwick
 * International Airport", where the source gives that assistance its purposes (power facilities,
 * hospital equipment) and gives the airport as the purpose of Freedonia's aid to Marsovia. The claim
 * moves a purpose from one recipient's package to another's, which the source contradicts: it says
 * what each package is for.
 *
 * Refuted only when all of these hold (else the claim stays undecided, as any purpose the source
 * does not give: its list is not read as exhaustive):
 * - the claim names a purpose (or, in a list "for P1 and P2", one of them) that is a particular thing, not a field (`cg:Sector`: agriculture or
 *   infrastructure development may be the field of several packages);
 * - the donor's packages to the claim's recipient in the relation's family (the property, those
 *   above and below it), in the claim's modality and of its amount when it names one, all state
 *   purposes, and none this one (a group statement names no package);
 * - the source gives this purpose to a package of the same donor (or one it acts through) to
 *   another recipient.
 */
import { NS, type CheckContext } from './context.js';
import type { ClaimInfo, ClaimsByPredicate } from './claim-index.js';
import { compareQualifier, sameSide } from './qualifiers.js';
import { entityName, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The property, those above it, and those below any of them (`rdfs:subPropertyOf`). */
function family(ctx: CheckContext, p: string): string[] {
  const above = [...ctx.axioms.subProperties].filter(([, subs]) => subs.has(p)).map(([sup]) => sup);
  const out = new Set<string>([p, ...above]);
  for (const q of [...out]) for (const s of ctx.axioms.subProperties.get(q) ?? []) out.add(s);
  return [...out].sort();
}

/**
 * Finds the donor's package to the claim's recipient whose stated purposes leave out a purpose
 * the source gives another recipient's package (see the module comment).
 *
 * @example
 * ```ts
 * purposeElsewhereConflicts(ctx, reading, scopedIndex(ctx), push); // pushes the other package's purposes, refuting
 * ```
 */
export function purposeElsewhereConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const purpose = q.qualifiers.purpose;
  if (q.polarity !== 'positive' || !purpose || q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  // "for P1 and P2" says the package is for each of them: one moved from another package refutes
  // the whole list, as it would alone (round 17)
  const items = purpose.kind === 'entity' ? [purpose] : purpose.kind === 'entities' ? purpose.items : [];
  const donor = q.subject.iri;
  const recipient = q.object.iri;
  const byDonor = (c: ClaimInfo): boolean => c.polarity === 'positive' && (sameSide(q.subject, c.subject) || (c.qualifiers.get('actingPerson') ?? []).includes(donor));
  const claims = family(ctx, q.predicate).flatMap((prop) => index.get(prop) ?? []).filter(byDonor);
  // the claim's other qualifiers (an amount) pick the package it speaks of
  const rest = Object.entries(q.qualifiers).filter(([k]) => k !== 'purpose');
  const fits = (c: ClaimInfo): boolean => rest.every(([k, v]) => compareQualifier(ctx, k, v, c).r === 'match');
  // in the claim's modality (a pledge is not a grant made)
  const ours = claims.filter((c) => c.modality === q.modality && c.object.termType === 'NamedNode' && c.object.value === recipient && fits(c));
  const stated = ours.filter((c) => (c.qualifiers.get('purpose') ?? []).length);
  if (!stated.length) return;
  // a package without a purpose list beside them may be the one meant: undecided
  // (a group statement, "a donor to the region's countries", names no package)
  if (stated.length !== ours.filter((c) => !c.derivation?.endsWith('GroupExpansion')).length) return;
  const names = (c: ClaimInfo): string => (c.qualifiers.get('purpose') ?? []).map((x) => entityName(ctx, x)).join(', ');
  for (const { iri: p } of items) {
    if (ctx.entityTypes.get(p)?.has(`${NS.cg}Sector`)) continue;
    if (ours.some((c) => (c.qualifiers.get('purpose') ?? []).includes(p))) continue;
    const elsewhere = claims.find((c) => c.object.termType === 'NamedNode' && c.object.value !== recipient && (c.qualifiers.get('purpose') ?? []).includes(p));
    if (!elsewhere) continue;
    for (const c of stated) {
      push({ claim: c, stance: 'refutes', reason: 'qualifier-conflict',
        note: `the source gives this package to ${entityName(ctx, recipient)} the purposes ${names(c)} (claim ${shortIri(c.iri)}), and ${entityName(ctx, p)} as the purpose of the package to ${entityName(ctx, elsewhere.object.value)} (claim ${shortIri(elsewhere.iri)})` });
    }
    return;
  }
}
