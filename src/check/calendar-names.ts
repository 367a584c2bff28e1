/**
 * The names of months and weekdays, written once for every date reader of the checker (the
 * readers had eight copies of the month list, lower case, capitalised and as regexes, which could
 * drift apart: one reader learning "Sept." while another did not).
 *
 * @example
 * ```ts
 * MONTH_NAMES[11];                                   // 'December'
 * new RegExp(`^${MONTH_WORD}$`, 'i').test('may');    // true
 * new RegExp(`^${MONTH_OR_ABBREV}$`, 'i').exec('Sept.')?.[1]; // 'Sept'
 * ```
 */

/** January first, as a date's month number minus one indexes it. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** {@link MONTH_NAMES} in lower case, for words already lower-cased. */
export const MONTH_NAMES_LOWER: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());

/** Sunday first, as `Date#getUTCDay()` indexes it. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** {@link WEEKDAY_NAMES} in lower case. */
export const WEEKDAY_NAMES_LOWER: readonly string[] = WEEKDAY_NAMES.map((d) => d.toLowerCase());

/** Short forms people write for months ("Sept" before "Sep": the longer one is tried first). May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'];

/** Regex source of a full month name, lower case, no group: use with the `i` flag for other cases. */
export const MONTH_WORD = `(?:${MONTH_NAMES_LOWER.join('|')})`;

/** Regex source of a weekday, lower case, no group. */
export const WEEKDAY_WORD = `(?:${WEEKDAY_NAMES_LOWER.join('|')})`;

/**
 * Regex source of a month, full or abbreviated with an optional period ("Dec."), the name in ONE
 * capture group (full names first, so "June" is never read as "Jun" + "e"). Lower case: use with
 * the `i` flag.
 */
export const MONTH_OR_ABBREV = `(${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].join('|')})\\.?`;

/**
 * The month number (1-12) of a full or abbreviated month name, by its first three letters, any
 * case, a trailing period ignored; 0 when the word is no month.
 */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTH_NAMES_LOWER.findIndex((m) => m.startsWith(w)) + 1;
}
