/**
 * A day named by its weekday's rank in a month ("on the second Sunday of December 2015", "the
 * last Friday in March, 2016", "the 3rd Saturday of Jan 2016"): chrono-node reads none of these,
 * so the claim is said again with the day written out ("on December 13, 2015") and checked that
 * way, as named-days.ts does for a holiday. Only a rank with its month and year is read (without a
 * year the claim names no day); a rank the month does not have ("the fifth Monday" of a month with
 * four) leaves the claim as it is, unread.
 */
import { normalizeTypography } from './text.js';
import { MONTH_NAMES, MONTH_OR_ABBREV, WEEKDAY_NAMES_LOWER, WEEKDAY_WORD, monthNumber } from './calendar-names.js';
import { ORDINALS } from './values.js';
import { cachedRegExp } from './regex-memo.js';

/** The ranks a weekday can have in a month: a month has at most five of each weekday. */
const RANK: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1,
};

const RANK_WORD = `(${Object.keys(RANK).join('|')})`;

/** "the second Sunday of December 2015", "last Friday in March, 2016": rank, weekday, month, year. */
const ORDINAL_WEEKDAY = new RegExp(
  `\\b(?:the\\s+)?${RANK_WORD}\\s+(${WEEKDAY_WORD})\\s+(?:of|in)\\s+${MONTH_OR_ABBREV}(?:,\\s*|\\s+of\\s+|\\s+)(\\d{4})\\b`,
  'gi',
);

/** The reader's gate: a weekday name and four digits. */
export const ORDINAL_WEEKDAY_NEEDS = cachedRegExp(`${WEEKDAY_WORD}[\\s\\S]*\\d{4}`, 'i');

/**
 * The day of the month of the rank-th given weekday (0 = Sunday) of a month (1-12) of a year; the
 * last one for rank -1; undefined when the month has no such day.
 */
export function ordinalWeekdayDay(year: number, month: number, weekday: number, rank: number): number | undefined {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((weekday - firstWeekday + 7) % 7);
  if (rank === -1) return first + 7 * Math.floor((daysInMonth - first) / 7);
  const day = first + 7 * (rank - 1);
  return day <= daysInMonth ? day : undefined;
}

/**
 * The claim with each ranked weekday of a month and year written as its date; undefined when it
 * names none (or only ranks the month does not have).
 *
 * @example
 * ```ts
 * ordinalWeekdayRewrite('The gala was held on the second Sunday of December 2015.');
 * // 'The gala was held on December 13, 2015.'
 * ```
 */
export function ordinalWeekdayRewrite(text: string): string | undefined {
  const said = normalizeTypography(text);
  if (!ORDINAL_WEEKDAY_NEEDS.test(said)) return undefined;
  let changed = false;
  const out = said.replace(ORDINAL_WEEKDAY, (all, rank: string, weekday: string, month: string, year: string) => {
    const m = monthNumber(month);
    const r = RANK[rank.toLowerCase()] ?? ORDINALS[rank.toLowerCase()];
    if (!m || r === undefined) return all;
    const day = ordinalWeekdayDay(Number(year), m, WEEKDAY_NAMES_LOWER.indexOf(weekday.toLowerCase()), r);
    if (day === undefined) return all;
    changed = true;
    return `${MONTH_NAMES[m - 1]} ${day}, ${year}`;
  });
  return changed ? out : undefined;
}
