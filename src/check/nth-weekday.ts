/**
 * A day named by its weekday's place in a month (round 34, branch shapes34): "on the second Sunday
 * of December 2015", "the last Friday in October 2015", "the 1st Monday of Sept 2016". The date
 * parser reads no such day, so the claim is said again with the day written out ("on December 13,
 * 2015") and checked that way; the day is the calendar's, so the verdict is the rewritten claim's.
 * Without a year the phrase names no day and is not read. Nothing here knows an entity.
 */
import { MONTH_NAMES, MONTH_NAMES_LOWER, WEEKDAY_NAMES_LOWER } from './calendar-names.js';
import { normalizeTypography } from './text.js';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };
const MONTH = `(${MONTH_NAMES_LOWER.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const NTH = new RegExp(`\\b(?:the\\s+)?(${Object.keys(ORDINALS).join('|')})\\s+(${WEEKDAY_NAMES_LOWER.join('|')})\\s+(?:of|in)\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi');

/** The gate: a weekday's name and a four-digit year. */
export const NTH_WEEKDAY_NEEDS = /(?:sun|mon|tues|wednes|thurs|fri|satur)day\b[^]*\d{4}/i;

/**
 * The day of the month of the `n`th (or, for -1, the last) weekday `wd` (0 = Sunday) of a month
 * (1-12), or undefined when the month has no such day.
 *
 * @example
 * ```ts
 * nthWeekday(2015, 12, 0, 2); // 13
 * nthWeekday(2015, 10, 5, -1); // 30
 * ```
 */
export function nthWeekday(year: number, month: number, wd: number, n: number): number | undefined {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n === -1) {
    const lastWd = new Date(Date.UTC(year, month - 1, days)).getUTCDay();
    return days - ((lastWd - wd + 7) % 7);
  }
  const firstWd = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((wd - firstWd + 7) % 7) + (n - 1) * 7;
  return day <= days ? day : undefined;
}

/**
 * The claim with each "<nth> <weekday> of <month> <year>" as its date; undefined when it names none.
 *
 * @example
 * ```ts
 * nthWeekdayRewrite('The gala took place on the second Sunday of December 2015.');
 * // 'The gala took place on December 13, 2015.'
 * ```
 */
export function nthWeekdayRewrite(text: string): string | undefined {
  const t = normalizeTypography(text);
  if (!NTH_WEEKDAY_NEEDS.test(t)) return undefined;
  let changed = false;
  const out = t.replace(NTH, (all: string, nth: string, wd: string, month: string, year: string) => {
    const m = MONTH_NAMES_LOWER.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
    const day = m > 0 ? nthWeekday(Number(year), m, WEEKDAY_NAMES_LOWER.indexOf(wd.toLowerCase()), ORDINALS[nth.toLowerCase()]!) : undefined;
    if (!day) return all;
    changed = true;
    return `${MONTH_NAMES[m - 1]} ${day}, ${year}`;
  });
  return changed ? out : undefined;
}
