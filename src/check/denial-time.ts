/**
 * How far a denial reaches in time (moved out of src/check/verdict.ts in round 29, so the denial
 * of a broader relation, src/check/broader-denial.ts, is held by the same rule as a direct one:
 * "Freedonia was a shareholder of the League in 2030" was refuted there by a denial of 2016).
 */
import { NS, type CheckContext } from './context.js';
import { isA, TIME_QUALIFIERS, type ClaimInfo } from './claim-index.js';
import { eventDates } from './qualifiers.js';
import { periodEnd, sourceTimes } from './timeline.js';
import type { Interpretation } from './types.js';

/**
 * A denial without a time of its own holds as of its source's day: a claim dated in a year, month
 * or day that ends after every source's day is not covered by it ("Freedonia did not join the
 * League", said on 16 January 2016, decides neither "Freedonia joined the League in 2016" nor "...
 * in 2017"; it still decides "in 2015"). A bounded year counts by its last day (round 19:
 * "after 2016" has none, "before 2017" ends on 31 December 2016; both were refuted by the denial).
 * The day and the claim's time, or undefined.
 */
export function deniedOnlyUntil(ctx: CheckContext, q: Interpretation, c: ClaimInfo): { day: string; time: string } | undefined {
  if (c.polarity !== 'negative' || TIME_QUALIFIERS.some((n) => c.qualifiers.has(n))) return undefined;
  // round 30: "had not joined by 2017" (cg:byYear) reaches the end of its year as "in 2017" does
  // (it was supported, and "had joined by 2017" refuted, by a denial of 16 January 2016)
  const v = q.qualifiers.year ?? q.qualifiers.date ?? q.qualifiers.month ?? q.qualifiers.byYear;
  if (!v || !('value' in v) || typeof v.value !== 'string') return undefined;
  if (v.kind !== 'year' && v.kind !== 'date' && v.kind !== 'month') return undefined;
  const days = sourceTimes(ctx, c).map((t) => t?.hi);
  if (!days.length || days.some((d) => d === undefined)) return undefined;
  const latest = [...days].sort().pop()!;
  const end = claimTimeEnd(v);
  return end > latest ? { day: latest, time: v.kind === 'year' && v.bound ? `${BOUND_WORDS[v.bound]} ${v.value}` : v.value } : undefined;
}

/**
 * The other end of the same rule (round 36, fix29a; users29's F2): a denial without a time of its
 * own holds as of its source's day, and says nothing of a time that ends before the earliest of
 * its sources' days either ("Freedonia did not join the League", said on 16 January 2016, decides
 * neither "Freedonia was a member of the League in 2012" nor "... was not a member in 2012": a
 * state may have held and ended, and "not yet" is said of the source's day). A denial of an event
 * the graph dates ("did not attend the gala") holds at the event's time, which compareQualifier
 * gives it: not read here. The earliest day and the claim's time, or undefined.
 *
 * @example
 * ```ts
 * deniedOnlyFrom(ctx, q, c); // { day: '2016-01-16', time: '2012' } for "Freedonia was a member of the League in 2012"
 * ```
 */
export function deniedOnlyFrom(ctx: CheckContext, q: Interpretation, c: ClaimInfo): { day: string; time: string; never?: boolean } | undefined {
  if (c.polarity !== 'negative' || TIME_QUALIFIERS.some((n) => c.qualifiers.has(n))) return undefined;
  // round 37: a denial of a deed ("Freedonia did not join the League", cg:deedDenial) says the deed
  // was done at no time up to its day: every earlier time is decided by it, and so is "never"
  if (deedDenial(c)) return undefined;
  const dated = (iri: string): boolean => isA(ctx, iri, `${NS.cg}Event`) && eventDates(ctx, iri).length > 0;
  if (dated(c.subject) || (c.object.termType === 'NamedNode' && dated(c.object.value))) return undefined;
  const days = sourceTimes(ctx, c).map((t) => t?.lo);
  const known = days.length > 0 && days.every((d) => d !== undefined);
  // round 37: "Freedonia has never been a member of the League" says every time up to now; a state
  // denied at the source's day ("is not a member"), whichever day that is, says nothing of the times before it
  if (q.never && q.polarity === 'negative') return { day: known ? [...days].sort()[0]! : "its source's day", time: 'every time before it ("never")', never: true };
  if (!known) return undefined;
  const earliest = [...days].sort()[0]!;
  const v = q.qualifiers.year ?? q.qualifiers.date ?? q.qualifiers.month ?? q.qualifiers.byYear;
  if (!v || !('value' in v) || typeof v.value !== 'string') return undefined;
  if (v.kind !== 'year' && v.kind !== 'date' && v.kind !== 'month') return undefined;
  return claimTimeEnd(v) < earliest ? { day: earliest, time: v.kind === 'year' && v.bound ? `${BOUND_WORDS[v.bound]} ${v.value}` : v.value } : undefined;
}

/**
 * Whether the denial is of a deed (`cg:deedDenial true`: "did not join", "stayed out", "has not
 * signed"), not of a state at its source's day ("is not a member").
 *
 * @example
 * ```ts
 * deedDenial(claimOf('Freedonia did not join the League')); // true
 * ```
 */
export function deedDenial(c: ClaimInfo): boolean {
  return c.polarity === 'negative' && (c.qualifiers.get('deedDenial') ?? []).includes('true');
}

const BOUND_WORDS: Record<string, string> = { lt: 'before', le: 'in or before', gt: 'after', ge: 'in or after' };

/**
 * The last day a claimed time can reach: a year, month or day ends with its period; "before
 * 2017" (bound lt) with the last day of 2016, "in or before 2016" (le) with the last day of 2016;
 * "after 2016" (gt) and "from 2016 on" (ge) have no end, so they run past every source's day
 * ("Freedonia joined the League after 2016" is not decided by a denial of 16 January 2016).
 */
function claimTimeEnd(v: { kind: string; value: string; bound?: string }): string {
  if (v.kind !== 'year' || !v.bound) return periodEnd(v.value);
  if (v.bound === 'lt') return `${String(Number(v.value) - 1).padStart(4, '0')}-12-31`;
  if (v.bound === 'le') return periodEnd(v.value);
  return '9999-12-31';
}
