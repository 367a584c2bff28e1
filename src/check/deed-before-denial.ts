/**
 * A deed at a time before a denial that it has been done (round 29, own29b). A present-perfect
 * denial until a day ("no loan to the League has been approved yet", said on the article's day)
 * covers no earlier year when it denies a state: "Freedonia has not been active in the region"
 * does not say it never was (src/check/qualifiers.ts `untilCovered`). A deed is another matter:
 * once done it stays done, so "has not been done up to that day" says it was done at no earlier
 * time. A relation the lexicon marks `cg:deedProperty true` (approving a loan) is such a deed:
 * "the Bank approved a loan to Freedonia in 2015 / in November 2015 / on 10 December 2015" is
 * covered by a denial until 16 January 2016 (refuted by it; the claim's denial supported), while
 * "in 2016" or "in January 2016" hold days after the denial's day and stay undecided, as does a
 * claim that names no time (said when? perhaps after every source).
 */
import type { CheckContext } from './context.js';
import { TIME_QUALIFIERS } from './claim-index.js';
import { flaggedProperties } from './lexicon-words.js';
import type { Interpretation } from './types.js';

/**
 * The relation properties the lexicon marks as deeds (`cg:deedProperty true`).
 *
 * @example
 * ```ts
 * deedProperties(ctx).has(NS.cg + 'approvedLoanTo'); // true
 * ```
 */
export function deedProperties(ctx: CheckContext): ReadonlySet<string> {
  return flaggedProperties(ctx, 'deedProperty');
}

/** The last day (YYYY-MM-DD) of a year, a month or a day. */
function lastDay(period: string): string | undefined {
  if (/^\d{4}$/.test(period)) return `${period}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  // the day before the next month's first (UTC, so no time zone moves it)
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? period : undefined;
}

/**
 * The last day of the one time the claim states (a year, "before" a year, a month, a day);
 * undefined when it states none, a time that does not end ("after 2015", "since 2015"), or more
 * than one time qualifier (not read here).
 */
function claimTimeEnd(q: Interpretation): string | undefined {
  const timed = Object.keys(q.qualifiers).filter((n) => (TIME_QUALIFIERS as readonly string[]).includes(n));
  if (timed.length !== 1) return undefined;
  const v = q.qualifiers[timed[0]!]!;
  if (timed[0] === 'year' && v.kind === 'year') {
    if (!v.bound || v.bound === 'le') return lastDay(v.value);
    if (v.bound === 'lt') return lastDay(String(Number(v.value) - 1));
    return undefined;
  }
  if (timed[0] === 'date' && (v.kind === 'date' || v.kind === 'month')) return lastDay(v.value);
  return undefined;
}

/**
 * Whether a denial of a deed until a day (`until`, YYYY-MM-DD: the present perfect's "up to now"
 * on its source's day) covers the claim's own time: the relation is a deed and the time the claim
 * states ends on or before that day.
 *
 * @example
 * ```ts
 * // query: the Bank approvedLoanTo Freedonia [year 2015]; denial until 2016-01-16
 * deedDeniedThen(ctx, query, NS.cg + 'approvedLoanTo', '2016-01-16'); // true
 * ```
 */
export function deedDeniedThen(ctx: CheckContext, query: Interpretation, deniedPredicate: string, until: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || !deedProperties(ctx).has(deniedPredicate)) return false;
  const end = claimTimeEnd(query);
  return end !== undefined && end <= until;
}
