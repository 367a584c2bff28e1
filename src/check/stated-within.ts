/**
 * Whether a claim is stated by sources of a period (round 19): an office held "in December 2015"
 * or "as of January 2016" is decided only by what sources of that period say of the holder, never
 * by a source of another time (the holder may have taken or left the office in between).
 */
import type { ClaimInfo } from './claim-index.js';
import type { CheckContext } from './context.js';
import { periodEnd, sourceTimes } from './timeline.js';

/**
 * True when every source stating `c` is dated wholly inside `period` (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`); an undated source, or one reaching outside the period, is not.
 *
 * @example
 * ```ts
 * statedWithin(ctx, sylvaniaReportClaim, '2015-12'); // true when the report is dated 13 December 2015
 * ```
 */
export function statedWithin(ctx: CheckContext, c: ClaimInfo, period: string): boolean {
  const start = `${period}${'-01-01'.slice(period.length - 4)}`;
  const end = periodEnd(period);
  const times = sourceTimes(ctx, c);
  return times.length > 0 && times.every((t) => !!t && t.lo >= start && t.hi <= end);
}
