/**
 * An occasion adjunct that names a traveller's trip ("... during Firefly's visit", "In Firefly's March
 * 2014 tour of the region, ..."), checked against the graph's `cg:duringTripOf` qualifier: a claim
 * the source ties to the traveller's trip ("one of the major takeaways from the visit was the
 * signing of ...") supports the claim with its occasion. Without that qualifier the graph does not
 * tie the fact to the trip, and the claim without the adjunct only says less (src/check/rewrites.ts,
 * `withoutOccasion`: its support is NOT_ENOUGH_INFO).
 *
 * The adjunct must name one traveller by a possessive ("X's visit"; "the trip", "his visit" name
 * none), and a year or month it says must fall in the trip the graph dates for X (its cg:visited
 * claims with a start and an end day): "during Firefly's 2006 visit" is another trip.
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate } from './claim-index.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

const TRIP = /^(?:visit|visits|tour|tours|trip|trips|journey)$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The traveller an adjunct names by a possessive before a trip noun, with the trip's days. */
function tripOf(ctx: CheckContext, adjunct: string): { traveller: string; start: string; end: string } | undefined {
  const toks = tokenize(normalizeTypography(adjunct), ctx.morph);
  const trip = toks.findIndex((t) => TRIP.test(t.raw));
  const pos = toks.findIndex((t, k) => k < trip && t.kind === 'possessive');
  if (trip < 0 || pos < 1) return undefined;
  let traveller: string | undefined;
  for (let k = 0; k < pos && !traveller; k++) {
    const hit = resolveMention(ctx, dropIgnorable(toks.slice(k, pos), ctx.morph));
    if (hit.length === 1) traveller = hit[0]!.iri;
  }
  const visited = ctx.axioms.properties.get('visited');
  if (!traveller || !visited) return undefined;
  const spans = new Set((claimsByPredicate(ctx).get(visited) ?? [])
    .filter((c) => c.subject === traveller && c.polarity === 'positive' && c.modality === 'stated' && c.qualifiers.has('startDate') && c.qualifiers.has('endDate'))
    .map((c) => `${c.qualifiers.get('startDate')![0]}|${c.qualifiers.get('endDate')![0]}`));
  if (spans.size !== 1) return undefined;
  const [start, end] = [...spans][0]!.split('|') as [string, string];
  // a year or a month the adjunct says must be the trip's
  for (const t of toks) {
    const w = t.raw.toLowerCase();
    if (/^\d{4}$/.test(w) && (w < start.slice(0, 4) || w > end.slice(0, 4))) return undefined;
    const m = MONTHS.indexOf(w);
    if (m >= 0 && ![start, end].some((d) => Number(d.slice(5, 7)) === m + 1)) return undefined;
  }
  return { traveller, start, end };
}

/**
 * The result of a claim read without its occasion adjunct, when the adjunct names a trip the
 * supporting claims are tied to (`cg:duringTripOf`): SUPPORTED with the occasion; undefined
 * otherwise (the caller then treats the adjunct as one the graph does not record).
 *
 * @example
 * ```ts
 * withTripOccasion(ctx, 'Freedonia signed deals with Sylvania during Rufus\'s visit.', "during Rufus's visit", supported)?.verdict; // 'SUPPORTED'
 * ```
 */
export function withTripOccasion(ctx: CheckContext, text: string, adjunct: string, r: CheckResult): CheckResult | undefined {
  if (r.verdict !== 'SUPPORTED') return undefined;
  const trip = tripOf(ctx, adjunct);
  if (!trip) return undefined;
  const supports = r.evidence.filter((e) => e.stance === 'supports');
  const during = (claim: string): boolean => ctx.store.getObjects(claim, `${NS.cg}duringTripOf`, null).some((o) => o.value === trip.traveller);
  if (!supports.length || !supports.every((e) => during(e.claim))) return undefined;
  const who = entityName(ctx, trip.traveller);
  return {
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `"${adjunct}" read as ${who}'s trip (${trip.start} to ${trip.end}), which the source ties the fact to (cg:duringTripOf)`] },
    explanation: `Read with "${adjunct}" as ${who}'s trip of ${trip.start} to ${trip.end}: the source ties the fact to that trip. ${r.explanation}`,
  };
}
