/**
 * Parts of a month and seasons, the way people date things they do not know to the day (round 11):
 * "in mid-December 2015", "early September 2015", "at the end of October 2015", "the second half of
 * January 2016", "in summer 2015", "the autumn of 2015". The graph states days and months; a part
 * is said once per day (a part of a month) or per month (a season), and rechecked:
 *
 * - a day (month) of the part the graph supports supports the claim;
 * - it is refuted only when every day (month) of a wider window is refuted, so a border day of a
 *   fuzzy part ("mid-month" is the 11th to the 20th, but the 8th or the 23rd may be called so)
 *   never refutes;
 * - otherwise the claim is read but not decided (NOT_ENOUGH_INFO, the reading shown).
 *
 * The month itself is checked first: a month the graph refutes refutes every day of it, and one it
 * does not decide decides none of them. A winter of one year is either that closes or opens it;
 * "the winter of 2015-16" (round 29) the one between the two years. Nothing here knows an entity; the verdicts come from the rechecked claims.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { DENIAL } from './denials.js';
import { MONTH_NAMES as MONTHS, MONTH_OR_ABBREV as MONTH_RE, monthNumber } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';


/** Parts of a month: the days that support ("mid": 11-20) and the wider window that must all refute (6-25). */
const MONTH_PARTS: Array<{ re: string; support: [number, number]; refute: [number, number] }> = [
  { re: '(?:early|the\\s+early\\s+part\\s+of|the\\s+(?:beginning|start)\\s+of|the\\s+first\\s+days\\s+of)', support: [1, 10], refute: [1, 15] },
  { re: '(?:mid|the\\s+middle\\s+of)', support: [11, 20], refute: [6, 25] },
  { re: '(?:late|the\\s+latter\\s+part\\s+of|the\\s+end\\s+of|the\\s+last\\s+days\\s+of)', support: [21, 31], refute: [16, 31] },
  { re: '(?:the\\s+first\\s+half\\s+of)', support: [1, 15], refute: [1, 15] },
  { re: '(?:the\\s+second\\s+half\\s+of)', support: [16, 31], refute: [16, 31] },
  // round 33: weeks of a month ("in the last week of December 2015"). A week may be counted as seven
  // days or as a calendar week that starts a few days earlier: the seven days support, and only
  // the days a calendar week could reach must all refute
  { re: '(?:the\\s+(?:first|1st|opening)\\s+week\\s+of)', support: [1, 7], refute: [1, 13] },
  { re: '(?:the\\s+(?:second|2nd)\\s+week\\s+of)', support: [8, 14], refute: [2, 20] },
  { re: '(?:the\\s+(?:third|3rd)\\s+week\\s+of)', support: [15, 21], refute: [9, 27] },
  { re: '(?:the\\s+(?:last|final|closing)\\s+week\\s+of)', support: [25, 31], refute: [18, 31] },
];

/** Seasons (northern, as the articles' places): the months that support, and the window that must all refute. */
const SEASONS: Array<{ re: string; support: [number, number]; refute: [number, number]; also?: [number, number] }> = [
  { re: 'spring', support: [3, 5], refute: [2, 6] },
  { re: 'summer', support: [6, 8], refute: [5, 9] },
  { re: '(?:autumn|fall)', support: [9, 11], refute: [8, 12] },
  // "the winter of 2016" may open the year (December 2015 to February 2016) or close it (December
  // 2016): January and February support; refuted only when the months around both are
  { re: 'winter', support: [1, 2], refute: [-1, 3], also: [11, 15] },
  // round 33: quarters and halves of a year ("in Q4 2015", "the fourth quarter of 2015", "H1 2016",
  // "the second half of 2015"): exact months, so the window that refutes is the quarter itself
  { re: '(?:Q1|(?:first|1st)\\s+quarter)', support: [1, 3], refute: [1, 3] },
  { re: '(?:Q2|(?:second|2nd)\\s+quarter)', support: [4, 6], refute: [4, 6] },
  { re: '(?:Q3|(?:third|3rd)\\s+quarter)', support: [7, 9], refute: [7, 9] },
  { re: '(?:Q4|(?:fourth|4th|last|final)\\s+quarter)', support: [10, 12], refute: [10, 12] },
  { re: '(?:H1|(?:first|1st)\\s+half)', support: [1, 6], refute: [1, 6] },
  { re: '(?:H2|(?:second|2nd)\\s+half)', support: [7, 12], refute: [7, 12] },
];

/** One date said of the claim, with the claim said so. */
export interface PartDate {
  /** "December 13, 2015" or "July 2015". */
  date: string;
  claim: string;
}

/** A claim naming a part of a month or a season, said once per day or month. */
export interface CalendarPart {
  /** The part as typed ("mid-December 2015"). */
  typed: string;
  /** The whole month a part of a month lies in ("in December 2015"), said of the claim; absent for a season. */
  month?: PartDate;
  /** The days (months) that support it. */
  support: PartDate[];
  /** The wider window: refuted only when every one of these is. */
  refute: PartDate[];
  /**
   * For a part of a month, the day just before and the day just after the days that support it
   * (round 34): a thing the graph dates over a span that reaches one of them runs past the part, so
   * a day of the part supported does not put it "in" the part (a visit of October 22-28 did not
   * take place "in the last week of October", the 25th to the 31st).
   */
  outside?: PartDate[];
  /** The window in words when it is not one run of months ("the winter of 2016": two). */
  window?: string;
  /**
   * Said with "by" ("by mid-January 2016", "by Q4 2016", round 33): a deadline, not the time of the
   * thing. A day of the part supported still supports it; no day refuted refutes it (the thing may
   * have happened before the part).
   */
  by?: boolean;
}

/** "the winter of 2015-16", "winter 2015/2016": the season and its two years (round 29). */
const WINTER_SPAN = /\b(?:(in|during|by|for)\s+)?(?:the\s+)?winter(?:\s+of)?\s+(\d{4})\s*[-/]\s*(\d{4}|\d{2})\b/i;

/** Whether the second year ("16" or "2016") is the one after the first ("2015"). */
function consecutive(first: string, second: string): boolean {
  const next = Number(first) + 1;
  return second.length === 2 ? Number(second) === next % 100 : Number(second) === next;
}

/** Every part of a month or season is read with its year (the reader's gate, `needs`). */
export const CALENDAR_PART_NEEDS = /\d{4}/;

const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthIndex = (w: string): number => monthNumber(w) - 1;

/**
 * The claim's one part of a month ("in mid-December 2015", "at the end of October 2015") or
 * season ("in the summer of 2015"), said once per day or month; undefined when it names none.
 *
 * @example
 * ```ts
 * calendarPart('The canal opened in mid-May 2011.')?.support[0]?.claim; // 'The canal opened on May 11, 2011.'
 * calendarPart('The canal opened in summer 2011.')?.support.map((s) => s.date); // ['June 2011', 'July 2011', 'August 2011']
 * ```
 */
export function calendarPart(text: string): CalendarPart | undefined {
  const t = normalizeTypography(text);
  if (!CALENDAR_PART_NEEDS.test(t)) return undefined;
  for (const p of MONTH_PARTS) {
    // round 39: "early in September 2015", "late in October 2015": the part said before "in" and the month
    const re = cachedRegExp(`\\b(?:(in|at|during|by|for)\\s+)?${p.re}(?:\\s+in(?=\\s))?[\\s-]+${MONTH_RE}[\\s,]+(\\d{4})\\b`, 'i');
    const m = re.exec(t);
    if (!m) continue;
    // "scheduled for mid-June 2016": the preposition kept ("for June 15, 2016")
    const forIt = m[1]?.toLowerCase() === 'for';
    const [mi, y] = [monthIndex(m[2]!), Number(m[3])];
    if (mi < 0) continue;
    const at = (s: string): string => `${t.slice(0, m.index)}${s}${t.slice(m.index + m[0].length)}`;
    const days = ([a, b]: [number, number]): PartDate[] => {
      const last = Math.min(b, lastDayOf(y, mi + 1));
      return Array.from({ length: last - a + 1 }, (_, k) => `${MONTHS[mi]} ${a + k}, ${y}`).map((date) => ({ date, claim: at(`${forIt ? 'for' : 'on'} ${date}`) }));
    };
    const month = `${MONTHS[mi]} ${y}`;
    const support = days(p.support);
    // the days either side of the supporting days, across a month's end when need be
    const dayAt = (d: number): PartDate => {
      const u = new Date(Date.UTC(y, mi, d));
      const date = `${MONTHS[u.getUTCMonth()]} ${u.getUTCDate()}, ${u.getUTCFullYear()}`;
      return { date, claim: at(`${forIt ? 'for' : 'on'} ${date}`) };
    };
    const outside = [dayAt(p.support[0] - 1), dayAt(Math.min(p.support[1], lastDayOf(y, mi + 1)) + 1)];
    return { typed: m[0].trim(), month: { date: month, claim: at(`${forIt ? 'for' : 'in'} ${month}`) }, support, refute: days(p.refute), outside, by: m[1]?.toLowerCase() === 'by' };
  }
  for (const s of SEASONS) {
    const re = cachedRegExp(`\\b(?:(in|during|by|for)\\s+)?(?:the\\s+)?${s.re}(?:\\s+of)?\\s+(\\d{4})\\b`, 'i');
    // round 29: "the winter of 2015-16" (or 2015/16, 2015-2016) names the winter between the two
    // years: December of the first to February of the second (the window November to March), read
    // as the winter closing the second year; a pair of years that are not consecutive is no winter
    const span = s.also ? WINTER_SPAN.exec(t) : null;
    if (span && !consecutive(span[2]!, span[3]!)) return undefined;
    const m = span ?? re.exec(t);
    if (!m) continue;
    const y = Number(span ? span[2]! : m[2]) + (span ? 1 : 0);
    const prep = m[1]?.toLowerCase() === 'for' ? 'for' : 'in';
    const at = (s2: string): string => `${t.slice(0, m.index)}${s2}${t.slice(m.index + m[0].length)}`;
    // months counted from January of the year named: 0 is the December before it, 13 the January after
    const months = ([a, b]: [number, number]): PartDate[] => Array.from({ length: b - a + 1 }, (_, k) => a + k)
      .map((k) => `${MONTHS[(k + 11) % 12]} ${y + Math.floor((k - 1) / 12)}`)
      .map((date) => ({ date, claim: at(`${prep} ${date}`) }));
    const [first, also] = [months(s.refute), s.also && !span ? months(s.also) : []];
    const by = m[1]?.toLowerCase() === 'by';
    if (span) return { typed: m[0].trim(), support: months([0, 2]), refute: months([-1, 3]), by };
    const words = (ds: PartDate[]): string => `${ds[0]!.date} to ${ds[ds.length - 1]!.date}`;
    return { typed: m[0].trim(), support: months(s.support), refute: [...first, ...also], by, ...(also.length ? { window: `${words(first)} and ${words(also)}` } : {}) };
  }
  return undefined;
}

/** A result said of the claim as typed, its explanation opened with how it was read. */
function asTyped(text: string, r: CheckResult, read: string, note: string): CheckResult {
  return restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `${read} ${r.explanation}` });
}

/**
 * The reader of parts of months and seasons (table entry `calendar-part`): a day (month) of the
 * part the graph supports decides SUPPORTED; every day (month) of the wider window refuted decides
 * REFUTED; a part read but not decided is held with the reading shown.
 *
 * @example
 * ```ts
 * const r = await readCalendarPart({ ctx, text: 'The canal opened in late May 2011.', recheck });
 * // the graph dates the opening May 3, 2011: every day from May 16 to May 31 refuted: { decided: REFUTED }
 * ```
 */
export async function readCalendarPart({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const part = calendarPart(text);
  if (!part) return undefined;
  const range = (ds: PartDate[]): string => `${ds[0]!.date} to ${ds[ds.length - 1]!.date}`;
  const span = range(part.support);
  const note = `"${part.typed}" read as ${span}`;
  // round 33: a denied claim ("X did not open in Q1 2016") is not decided day by day as an
  // affirmed one: one day denied says nothing of the others
  if (DENIAL.test(text)) return part.by ? undefined : readDeniedPart(text, part, span, note, recheck);
  let shown: CheckResult | undefined;
  if (part.month) {
    // the whole month first: refuted, every day of it is; not decided, none of its days is
    // (a month the patterns do not read, "ended in October", leaves the days to say it)
    const r = await recheck(part.month.claim);
    if (r?.verdict === 'REFUTED' && !part.by) return { decided: asTyped(text, r, `"${part.typed}" lies in ${part.month.date}, which the graph refutes:`, note) };
    if (r?.verdict === 'REFUTED') return { held: undecidedResult(asTyped(text, r, '', note), `"${part.typed}" is said with "by", a deadline: ${part.month.date} refuted does not refute it (the thing may have come before).`) };
    if (r?.verdict === 'NOT_ENOUGH_INFO') return { held: undecidedResult(asTyped(text, r, '', note), `"${part.typed}" read as ${span}; the graph does not decide ${part.month.date}. ${r.explanation}`) };
    shown = r;
  }
  for (const s of part.support) {
    const r = await recheck(s.claim);
    // the days differ only in the date: one unread, every one is (a long compound claim would
    // otherwise be reread once per day, ~1 s for nothing)
    if (!r) return shown ? { held: undecidedResult(asTyped(text, shown, '', note), `"${part.typed}" read as ${span}; the claim with a day in place of it is not read.`) } : undefined;
    shown ??= r;
    if (r?.verdict === 'SUPPORTED') {
      // a span that reaches past the part: supported on a day either side of it too (not for a
      // deadline, which anything before meets)
      for (const o of part.by ? [] : part.outside ?? []) {
        const past = await recheck(o.claim);
        if (past?.verdict === 'SUPPORTED') return { held: undecidedResult(asTyped(text, r, '', note), `"${part.typed}" read as ${span}; ${s.date} is supported, but so is ${o.date}, outside it: the graph dates it over a span that runs past the part, so it did not take place within it.`) };
      }
      return { decided: asTyped(text, r, `"${part.typed}" read as ${span}; ${s.date} is supported:`, note) };
    }
  }
  const refuted: CheckResult[] = [];
  if (part.by) return shown ? { held: undecidedResult(asTyped(text, shown, '', note), `"${part.typed}" read as ${span}, said with "by" (a deadline): the graph supports none of its days, and a day refuted does not refute a deadline.`) } : undefined;
  for (const s of part.refute) {
    const r = await recheck(s.claim);
    if (r?.verdict !== 'REFUTED') break;
    refuted.push(r);
  }
  if (refuted.length === part.refute.length) {
    return { decided: asTyped(text, refuted[0]!, `"${part.typed}" read as ${span}; every ${part.month ? 'day' : 'month'} from ${part.window ?? range(part.refute)} is refuted. ${part.refute[0]!.date}:`, note) };
  }
  return shown ? { held: undecidedResult(asTyped(text, shown, '', note), `"${part.typed}" read as ${span}: the graph supports none of them and does not refute every ${part.month ? 'day' : 'month'} from ${part.window ?? range(part.refute)}, so the claim is not decided.`) } : undefined;
}

/**
 * A denied claim with a part of a month or a season ("The bank did not open in the first week of
 * May 2011", round 33): the denial rechecked for the whole month supports it; the denial rechecked
 * for every day (month) of the part's wider window supported supports it; the denial refuted for one
 * day (month) that surely lies in the part refutes it (the thing happened then). Anything else is held.
 */
async function readDeniedPart(text: string, part: CalendarPart, span: string, note: string, recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  let shown: CheckResult | undefined;
  if (part.month) {
    const r = await recheck(part.month.claim);
    if (r?.verdict === 'SUPPORTED') return { decided: asTyped(text, r, `"${part.typed}" lies in ${part.month.date}, for which the graph supports the denial:`, note) };
    shown = r;
  }
  let all = true;
  let first: CheckResult | undefined;
  // the fuzzy edges: the denial must hold for every day (month) of the wider window, and is refuted
  // only by a day (month) of the part's core
  const core = new Set(part.support.map((s) => s.date));
  for (const s of part.refute) {
    const r = await recheck(s.claim);
    if (!r) return shown ? { held: undecidedResult(asTyped(text, shown, '', note), `"${part.typed}" read as ${span}; the claim with a day in place of it is not read.`) } : undefined;
    shown ??= r;
    first ??= r;
    if (r.verdict === 'REFUTED' && core.has(s.date)) return { decided: asTyped(text, r, `"${part.typed}" read as ${span}; the denial is refuted for ${s.date}:`, note) };
    if (r.verdict !== 'SUPPORTED') all = false;
  }
  if (all && first) return { decided: asTyped(text, first, `"${part.typed}" read as ${span}; the denial is supported for every ${part.month ? 'day' : 'month'} from ${part.window ?? `${part.refute[0]!.date} to ${part.refute[part.refute.length - 1]!.date}`}:`, note) };
  return shown ? { held: undecidedResult(asTyped(text, shown, '', note), `"${part.typed}" read as ${span}: the graph neither supports the denial for every ${part.month ? 'day' : 'month'} of it nor refutes it for one.`) } : undefined;
}
