/**
 * Weekdays said of a trip's first or last day and of a day that "fell on" one (round 11): "X's
 * tour began on a Thursday", "X's visit ended on a Wednesday", "The parade fell on a Thursday".
 * The weekday reader (src/check/weekday.ts) reads the days the graph gives a thing a statement
 * names; a trip is no such thing, so its day is the one src/check/spans.ts reads for "X's tour
 * began / ended" (the one trip of X with a first and a last day). That day is the only one the
 * claim can mean, so another weekday refutes it. "fell on" is said as "took place on".
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { sideDate } from './spans.js';
import { datedRewrites, decideWeekday, readWeekdayClaim } from './weekday.js';
import { MONTH_NAMES as MONTHS } from './calendar-names.js';

const TRIP = /\b(?:visit|tour|trip|journey|stay)s?\b/i;
const EDGE = /\b(?:began|begins|started|starts|commenced|kicked off|ended|ends|finished|concluded|wrapped up|closed)\s*$/i;

/**
 * The reader of weekdays of a trip's edge and of "fell on" (table entry `weekday-frame`).
 *
 * @example
 * ```ts
 * const r = await readWeekdayFrame({ ctx, text: "Rufus's tour began on a Monday.", recheck });
 * // the graph's one trip of Rufus began 2011-05-02, a Monday: { decided: SUPPORTED }
 * ```
 */
export async function readWeekdayFrame({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const w = readWeekdayClaim(text);
  if (!w) return undefined;
  if (/\b(?:fell|falls|fall)\s*$/i.test(w.statement)) {
    const statement = w.statement.replace(/\b(?:fell|falls|fall)\s*$/i, 'took place');
    for (const { day, claim } of datedRewrites(ctx, statement)) {
      const r = await recheck(claim);
      const told = r && decideWeekday(ctx, text, { ...w, statement }, day, r);
      if (told) return { decided: { ...told, explanation: `Read "fell on" as "took place on". ${told.explanation}` } };
    }
    return undefined;
  }
  if (!TRIP.test(w.statement) || !EDGE.test(w.statement)) return undefined;
  const side = sideDate(ctx, w.statement, 'start');
  if (!side || !/^\d{4}-\d\d-\d\d$/.test(side.day) || !side.claims.length) return undefined;
  const [y, m, d] = side.day.split('-').map(Number) as [number, number, number];
  const r = await recheck(`${w.statement} on ${MONTHS[m - 1]} ${d}, ${y}.`);
  const told = r && decideWeekday(ctx, text, w, side.day, r, true);
  return told ? { decided: told } : undefined;
}
