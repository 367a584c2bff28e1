/**
 * A span of time said in parts, read whole (round 15): "twenty years and one day before", "three
 * weeks and one day after", "six weeks, four days after", "a month and a half after", "two and a
 * half years before". Round 14 left these unread (src/check/span-parts.ts: one part must never
 * decide). Here the whole is computed before the span reader compares it:
 * - a fraction of one unit ("a week and a half", "two and a half years") is that count in the unit
 *   (1.5 weeks), compared as any count of the unit is;
 * - parts in days, weeks and fortnights are added up as days ("three weeks and one day": 22 days);
 * - parts with months, years or decades are calendar arithmetic from the earlier day ("twenty
 *   years and one day" after 12 December: 12 December twenty years on, plus a day), so the
 *   claim is decided only against sides known to the day.
 */
import { CARDINALS } from './values.js';
import { wordsValue } from './notation.js';
import { cachedRegExp } from './regex-memo.js';

/** Months and days to add to the earlier day: the whole of a span whose parts include months or years. */
export interface CalendarSpan {
  months: number;
  days: number;
  /** The span as the claim says it, for the explanation. */
  said: string;
}

/** A claim with its span said as one count of one unit, and the calendar arithmetic when needed. */
export interface WholeSpan {
  /** The claim with the span as "N units" (a placeholder "1 day" when `calendar` holds the whole). */
  text: string;
  calendar?: CalendarSpan;
}

const NUM = '(\\d+|a|an|one|[a-z]+(?:-[a-z]+)?)';
const UNIT = '(day|week|fortnight|month|year|decade)s?';
const DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };
const MONTHS: Record<string, number> = { month: 1, year: 12, decade: 120 };

function count(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  return CARDINALS[w] ?? wordsValue(w);
}

/**
 * The claim with a span said in parts said as one count of one unit (with the calendar arithmetic
 * when months or years are among the parts), or undefined when it says no such span or a part is
 * not a plain count of a unit ("five days and two more days").
 *
 * @example
 * ```ts
 * wholeSpan('Rufus left three weeks and one day after the gala.')?.text; // 'Rufus left 22 days after the gala.'
 * wholeSpan('Rufus left a month and a half after the gala.')?.text; // 'Rufus left 1.5 months after the gala.'
 * ```
 */
export function wholeSpan(claim: string): WholeSpan | undefined {
  // "two and a half years", "one and a half weeks"
  const halfBefore = cachedRegExp(`\\b${NUM}\\s+and\\s+a\\s+half\\s+${UNIT}(?=\\s+(?:before|after|when|by|at|earlier|later)\\b|\\s*$|[,.])`, 'i').exec(claim);
  // "a week and a half", "nine years and a half"
  const halfAfter = cachedRegExp(`\\b${NUM}\\s+${UNIT}\\s+and\\s+a\\s+half\\b`, 'i').exec(claim);
  const half = halfBefore ?? halfAfter;
  if (half) {
    const n = count(half[1]!);
    if (n === undefined) return undefined;
    return { text: replaceAt(claim, half.index, half[0].length, `${n + 0.5} ${half[2]!.toLowerCase()}s`) };
  }
  const part = `${NUM}\\s+${UNIT}`;
  const many = cachedRegExp(`\\b${part}(?:(?:\\s*,\\s*(?:and\\s+|plus\\s+)?|\\s+(?:and|plus)\\s+)${part})+\\b`, 'i').exec(claim);
  if (!many) return undefined;
  let months = 0;
  let days = 0;
  for (const p of many[0].matchAll(new RegExp(part, 'gi'))) {
    const n = count(p[1]!);
    const unit = p[2]!.toLowerCase();
    if (n === undefined) return undefined;
    if (unit in DAYS) days += n * DAYS[unit]!;
    else months += n * MONTHS[unit]!;
  }
  if (!months) return { text: replaceAt(claim, many.index, many[0].length, `${days} day${days === 1 ? '' : 's'}`) };
  return { text: replaceAt(claim, many.index, many[0].length, '1 day'), calendar: { months, days, said: many[0] } };
}

const replaceAt = (s: string, at: number, length: number, by: string): string => `${s.slice(0, at)}${by}${s.slice(at + length)}`;
