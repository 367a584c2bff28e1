/**
 * The time of a claim the source ties to a traveller's trip (`cg:duringTripOf`: "one of the
 * major takeaways from Firefly's visit was the signing of ..."), when the claim has no time of
 * its own: the trip's days (round 20b). The trip is the traveller's dated trip: the days of the
 * traveller's stated cg:visited claims with a start and an end day, when they all give the same
 * days (one trip; a traveller with several dated trips gives none).
 */
import type { CheckContext } from './context.js';
import { claimsByPredicate } from './claim-index.js';

/** The first and last day of a trip, as ISO dates. */
export interface TripSpan { start: string; end: string }

/**
 * The days of the traveller's one dated trip, or undefined when the graph dates none or several.
 *
 * @example
 * ```ts
 * tripSpan(ctx, 'https://w3id.org/claimgraph/resource/rufus-firefly'); // { start: '2014-03-02', end: '2014-03-08' }
 * ```
 */
export function tripSpan(ctx: CheckContext, traveller: string): TripSpan | undefined {
  const visited = ctx.axioms.properties.get('visited');
  if (!visited) return undefined;
  const spans = new Set<string>();
  for (const c of claimsByPredicate(ctx).get(visited) ?? []) {
    if (c.subject !== traveller || c.polarity !== 'positive' || c.modality !== 'stated') continue;
    const [start, end] = [c.qualifiers.get('startDate')?.[0], c.qualifiers.get('endDate')?.[0]];
    if (start && end) spans.add(`${start}|${end}`);
  }
  if (spans.size !== 1) return undefined;
  const [start, end] = [...spans][0]!.split('|') as [string, string];
  return { start, end };
}

/**
 * A claimed year or month (an ISO prefix) against a trip's days: inside it when both days fall in
 * the period, else `undefined` (the source does not say: a deed tied to a trip is not dated to
 * its day, and a period that only touches the trip may or may not hold it).
 *
 * @example
 * ```ts
 * periodHoldsTrip('2014-03', { start: '2014-03-02', end: '2014-03-08' }); // true
 * ```
 */
export function periodHoldsTrip(period: string, span: TripSpan): boolean {
  return span.start.startsWith(period) && span.end.startsWith(period);
}
