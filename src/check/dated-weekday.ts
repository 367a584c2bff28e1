/**
 * A weekday said next to a full date (round 12, issue 15): "on Saturday, 16 January 2016", "on
 * the 16th of January 2016, a Saturday", "on Thursday the 22nd of October 2015", "on 2015-10-22
 * (a Thursday)". The weekday of a day with its year is calendar arithmetic, not a fact the graph
 * has to hold, so it is computed here and shown; the claim is then checked with the date alone:
 *
 * - the weekday is the date's: the claim is what the date alone is (the arithmetic shown);
 * - it is another weekday: the day said is not that weekday, so a date the graph supports (or
 *   refutes) refutes the claim; a date it does not decide leaves it undecided.
 *
 * A date without its year ("the 25th of December, a Friday") is not read: its weekday depends on
 * the year. A weekday with no date beside it is src/check/weekday.ts's. Nothing here knows an entity.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { weekdayOf } from './weekday.js';
import { MONTH_OR_ABBREV as MONTH, WEEKDAY_NAMES_LOWER, monthNumber } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

const WEEKDAY = `(${WEEKDAY_NAMES_LOWER.join('|')})`;
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Full dates: "16 January 2016", "16th of January, 2016", "January 16(th), 2016", "2016-01-16". */
const DATES: Array<{ re: string; day: (m: string[]) => string | undefined }> = [
  { re: `(?:the\\s+)?${ORD}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})`, day: ([d, mo, y]) => iso(y!, mo!, d!) },
  { re: `${MONTH}\\s+${ORD},?\\s+(\\d{4})`, day: ([mo, d, y]) => iso(y!, mo!, d!) },
  { re: '(\\d{4})-(\\d\\d)-(\\d\\d)', day: ([y, mo, d]) => iso(y!, String(Number(mo) - 1), d!) },
];

/** `YYYY-MM-DD` from a year, a month (a name, or an index 0-11) and a day; undefined when no such day. */
function iso(y: string, mo: string, d: string): string | undefined {
  const m = /^\d+$/.test(mo) ? Number(mo) : monthNumber(mo) - 1;
  const day = Number(d);
  if (m < 0 || m > 11 || day < 1) return undefined;
  const dt = new Date(Date.UTC(Number(y), m, day));
  if (dt.getUTCMonth() !== m) return undefined;
  return dt.toISOString().slice(0, 10);
}

/** A weekday said beside a full date: the claim without the weekday, the day and the weekday said. */
export interface DatedWeekday {
  /** The claim with the weekday taken out ("The bank opened on 16 January 2016."). */
  claim: string;
  /** The date's day, `YYYY-MM-DD`. */
  day: string;
  /** The weekday as said, capitalised ("Saturday"). */
  weekday: string;
}

/** Each full date's two shapes, the weekday before it and after it, compiled once (not per call). */
const SHAPES = DATES.map(({ re, day }) => ({
  day,
  // "Saturday, 16 January 2016", "Saturday the 16th of January 2016"
  before: cachedRegExp(`\\b${WEEKDAY},?\\s+(${re})`, 'i'),
  // "16 January 2016, a Saturday", "2015-10-22 (a Thursday)", "..., which was a Thursday"
  after: cachedRegExp(`(${re})\\s*(?:,\\s*(?:which\\s+was\\s+)?|\\(\\s*)an?\\s+${WEEKDAY}\\s*\\)?`, 'i'),
}));
/** Every shape needs a weekday and a four-digit year: a text without both is not read (the cheap test first). */
const NEEDS_WEEKDAY = cachedRegExp(`\\b${WEEKDAY}`, 'i');
const NEEDS_YEAR = /\d{4}/;

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

/**
 * The weekday said beside a full date in the claim, or undefined.
 *
 * @example
 * ```ts
 * datedWeekday('The gala was held on Sunday, 13 December 2015.');
 * // { claim: 'The gala was held on 13 December 2015.', day: '2015-12-13', weekday: 'Sunday' }
 * datedWeekday('The gala was held on the 13th of December 2015, a Friday.')?.weekday; // 'Friday'
 * ```
 */
export function datedWeekday(text: string): DatedWeekday | undefined {
  const t = normalizeTypography(text).trim();
  if (!NEEDS_YEAR.test(t) || !NEEDS_WEEKDAY.test(t)) return undefined;
  for (const { before: beforeRe, after: afterRe, day } of SHAPES) {
    const before = beforeRe.exec(t);
    if (before) {
      const d = day(before.slice(3));
      if (d) return { claim: `${t.slice(0, before.index)}${before[2]!}${t.slice(before.index + before[0].length)}`, day: d, weekday: cap(before[1]!) };
    }
    const after = afterRe.exec(t);
    if (after) {
      const groups = after.slice(2);
      const d = day(groups);
      const w = after[after.length - 1]!;
      if (d) return { claim: `${t.slice(0, after.index)}${after[1]!}${t.slice(after.index + after[0].length)}`, day: d, weekday: cap(w) };
    }
  }
  return undefined;
}

/** A result said of the claim as typed, the weekday's arithmetic first. */
function told(text: string, r: CheckResult, note: string, explanation: string, refuted = false): CheckResult {
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] };
  if (!refuted) return restate(r, text, { interpretation, explanation });
  return {
    ...r, claim: text.trim(), interpretation, verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance })),
    explanation,
  };
}

/**
 * The reader of a weekday beside a full date (table entry `dated-weekday`): one recheck, of the
 * claim with the date alone.
 *
 * @example
 * ```ts
 * const r = await readDatedWeekday({ ctx, text: 'The canal opened on Friday, 3 May 2011.', recheck });
 * // 2011-05-03 was a Tuesday; the graph supports the opening on May 3, 2011: { decided: REFUTED }
 * ```
 */
export async function readDatedWeekday({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const w = datedWeekday(text);
  if (!w) return undefined;
  const r = await recheck(w.claim);
  if (!r) return undefined;
  const actual = weekdayOf(w.day);
  const arithmetic = `${w.day} was a ${actual}`;
  const note = `read "${w.weekday}" beside the date as its weekday (${arithmetic})`;
  if (actual === w.weekday) {
    const r2 = told(text, r, note, `${arithmetic}, as said; the claim is the date alone: ${r.explanation}`);
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r2 } : { decided: r2 };
  }
  if (r.verdict === 'SUPPORTED') {
    return { decided: told(text, r, note, `Refuted: ${arithmetic}, not a ${w.weekday}, so the day the claim names is no ${w.weekday}; the date alone is supported: ${r.explanation}`, true) };
  }
  if (r.verdict === 'REFUTED') return { decided: told(text, r, note, `${arithmetic}, not a ${w.weekday}; and the date alone is refuted: ${r.explanation}`) };
  return { held: undecidedResult(told(text, r, note, r.explanation), `${arithmetic}, not a ${w.weekday}; the graph does not decide the date alone. ${r.explanation}`) };
}
