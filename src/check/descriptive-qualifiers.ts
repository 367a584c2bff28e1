/**
 * Qualifiers of a claim that describe one of its participants rather than the statement ("the
 * Founders Gala in Sylvania took place on ...": "in Sylvania" describes the gala), which the verdict
 * may set aside; moved out of src/check/verdict.ts in round 37 to keep that module under 800 lines.
 *
 * @example
 * ```ts
 * descriptiveQualifiers(ctx, q); // [{ name: 'location', value: 'Sylvania', describes: 'Founders Gala', rival: false }]
 * ```
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, isA } from './claim-index.js';
import type { CheckValue, Interpretation } from './types.js';

/** True when two properties are one, or one is below the other, or both are below a third (rdfs:subPropertyOf). */
function sameFamily(ctx: CheckContext, a: string, b: string): boolean {
  if (a === b) return true;
  const subs = ctx.axioms.subProperties;
  if (subs.get(a)?.has(b) || subs.get(b)?.has(a)) return true;
  return [...subs.values()].some((below) => below.has(a) && below.has(b));
}

/** Qualifiers that place the deed in an office's line ("the first / last N to V"): meaning, never description. */
const ORDINAL_OFFICE_QUALIFIERS = new Set(['firstInOffice', 'lastInOffice']);

/**
 * Entity qualifiers the claim's relation never takes in the graph ("the Founders Gala in
 * Sylvania took place on ..." reads "in Sylvania" like a rank scope) whose entity the graph relates
 * directly to the subject or the object: the phrase then describes that participant rather than
 * qualifying the statement, and may be set aside. Any other unknown qualifier is kept (and
 * leaves the claim undecided). One a participant holds the claim's own kind of relation with is
 * marked `rival` (round 15): "Freedonia's grants to Sylvania were meant for roads in Grand
 * Fenwick", when Freedonia also aids Grand Fenwick, may name where the aid goes, not describe
 * Freedonia; it is set aside only for the verdict the claim without it entails (below).
 */
export function descriptiveQualifiers(ctx: CheckContext, q: Interpretation): Array<{ name: string; value: string; describes: string; rival: boolean }> {
  const claims = claimsByPredicate(ctx).get(q.predicate) ?? [];
  const out: Array<{ name: string; value: string; describes: string; rival: boolean }> = [];
  for (const [name, v] of Object.entries(q.qualifiers)) {
    if (v.kind !== 'entity' || claims.some((c) => c.qualifiers.has(name))) continue;
    // "the first / last N to V" is what the claim says, not a description of its doer: an office
    // the doer held does not make "S was the last N to visit O" the plain visit (round 22)
    if (ORDINAL_OFFICE_QUALIFIERS.has(name)) continue;
    // a thing held NEAR the place is not described by "in" it ("the ceremony in Zenda" where the
    // source says near Zenda: near is not in, as src/check/event-near.ts reads it; round 21)
    const near = `${NS.cg}heldNear`;
    const links = (side: string): string[] => [...ctx.store.getQuads(side, null, v.iri, null), ...ctx.store.getQuads(v.iri, null, side, null)].map((l) => l.predicate.value).filter((p) => p !== near);
    const sides = [q.subject, q.object].filter((x): x is Extract<CheckValue, { kind: 'entity' }> => x.kind === 'entity');
    const described = sides.find((side) => links(side.iri).length > 0);
    if (!described) continue;
    const rival = sides.some((side) => links(side.iri).some((p) => sameFamily(ctx, p, q.predicate)));
    // "X will help build a plant in P": a place said after an object the graph does not relate to
    // it reads as that object's place, not as a description of the subject the graph places in P
    // (round 21: "the company based in P" made "a plant in P" supported where the plant is
    // elsewhere); a rival participant is still set aside, since then only a refutation decides
    if (!rival && described === q.subject && q.object.kind === 'entity' && links(q.object.iri).length === 0 && isA(ctx, v.iri, `${NS.cg}Place`)) continue;
    out.push({ name, value: v.label, describes: described.label, rival });
  }
  return out;
}
