/**
 * Dates in short lines (comment headers, datelines), read by chrono-node's English parser.
 * chrono is loaded on first use (about 40 ms): commands that never segment a text (query,
 * check, serve) do not pay for it.
 */
import { createRequire } from 'node:module';

/** A date found in a line (UTF-16 offsets into the line). */
export interface FoundDate {
  index: number;
  text: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when the time is given. */
  iso: string;
  /** Year, month and day are all written (not implied). */
  complete: boolean;
}

interface ChronoComponents { isCertain(c: string): boolean; get(c: string): number | null }
interface ChronoResult { index: number; text: string; start: ChronoComponents }
interface ChronoEn { parse(text: string, ref?: Date): ChronoResult[] }

let chrono: ChronoEn | undefined;
function parser(): ChronoEn {
  return (chrono ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Whether `text` writes `year` in full or as "'yy" (never a bare two digits: "09:12"). */
const writesYear = (text: string, year: number): boolean =>
  new RegExp(`(^|\\D)${year}(\\D|$)|['’]${pad(year % 100)}(\\D|$)`).test(text);

/**
 * Dates written in `line`, in order. Relative expressions ("on Sunday", "today") are not dates
 * here: only dates whose year is written count.
 *
 * @example
 * ```ts
 * findDates('Groucho M. | January 17, 2016, 09:12')[0].iso; // '2016-01-17T09:12:00'
 * ```
 */
export function findDates(line: string): FoundDate[] {
  // a fixed reference date: dates without a written year are dropped below, so it never shows
  return parser().parse(line, new Date(Date.UTC(2000, 0, 1))).flatMap((r) => {
    const s = r.start;
    if (!s.isCertain('year')) return [];
    const y = s.get('year')!;
    // chrono calls the year of "yesterday" or "tomorrow evening" certain (it is the reference
    // date's): only a year written in the matched text makes a date of the page's
    if (!writesYear(r.text, y)) return [];
    const complete = s.isCertain('month') && s.isCertain('day');
    const date = complete ? `${pad(y, 4)}-${pad(s.get('month')!)}-${pad(s.get('day')!)}` : s.isCertain('month') ? `${pad(y, 4)}-${pad(s.get('month')!)}` : pad(y, 4);
    const iso = complete && s.isCertain('hour') ? `${date}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}:00` : date;
    return [{ index: r.index, text: r.text, iso, complete }];
  });
}
