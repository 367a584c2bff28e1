/**
 * A single-valued value against a claim of another time (round 36, users29's F10): the sources
 * state a bank's count of prospective founding members, a country's share of the votes, a
 * pipeline's cost estimate or a buyer's first rank without a time of their own, as of the day they
 * were written. A claim that names another time ("The League had 21 prospective founding members in
 * 2014", "Sylvania was the largest importer of Marsovian gas in 2008", "Freedonia will hold 20
 * percent in 2020") was refuted by that value as another value of a single-valued property; issue
 * 15's time rule decides a claim for its own time, and no source speaks of it. The conflict is kept
 * when the source dates the value itself (its claim has a time qualifier: the readers of dates
 * compare them) or when the claim's time holds the source's day.
 *
 * @example
 * ```ts
 * // "The League had 21 prospective founding members in 2014" against 57, stated on 16 January 2016
 * otherTimeThanSource(ctx, q, c); // 'the source states it as of 2016-01-16, and the claim's time is 2014 ...'
 * ```
 */
import type { CheckContext } from './context.js';
import { TIME_QUALIFIERS, type ClaimInfo } from './claim-index.js';
import { periodEnd, periodStart, sourceTimes } from './timeline.js';
import type { Interpretation } from './types.js';

/** The claim's own time as an ISO period (a year, a month or a day said plainly), or undefined. */
function claimPeriod(ctx: CheckContext, q: Interpretation): { period: string; mention: string } | undefined {
  for (const name of ['date', 'month', 'year'] as const) {
    const v = q.qualifiers[name];
    if (!v) continue;
    if ((v.kind === 'date' || v.kind === 'month' || (v.kind === 'year' && !v.bound)) && /^\d{4}(-\d{2}){0,2}$/.test(v.value)) return { period: v.value, mention: v.mention ?? v.value };
    return undefined;
  }
  return ctx.asOf && /^\d{4}(-\d{2}){0,2}$/.test(ctx.asOf.period) ? { period: ctx.asOf.period, mention: ctx.asOf.mention } : undefined;
}

/**
 * A note when the claim names a time wholly apart from every day its source claim `c` may be of,
 * and `c` dates its value by no qualifier of its own: the value is the source's as of its day, and
 * says nothing of the claim's time. Undefined otherwise (the conflict stands).
 */
export function otherTimeThanSource(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  if (TIME_QUALIFIERS.some((n) => c.qualifiers.has(n))) return undefined;
  const at = claimPeriod(ctx, q);
  if (!at) return undefined;
  const lo = periodStart(at.period);
  const hi = periodEnd(at.period);
  const times = sourceTimes(ctx, c);
  if (!times.length || times.some((t) => !t)) return undefined;
  if (!times.every((t) => t!.hi < lo || t!.lo > hi)) return undefined;
  return `the source states its value as of ${times.map((t) => t!.label).join(' and ')}, with no time of its own, and the claim's time (${at.mention}) is another: the source says nothing of that time`;
}
