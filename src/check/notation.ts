/**
 * Notations people type for amounts, quantities and dates, said again in the notation the
 * lexical patterns and value parsers read (round 10):
 *
 * - numbers in words beyond ninety-nine ("one hundred and five million", "eighteen hundred",
 *   "a hundred billion", "two thousand five hundred") and any number in words before a scale word
 *   ("thirty-three billion"), as digits;
 * - "as much as N" / "as many as N" as "up to N";
 * - "stands at", "totals", "amounts to", "comes to" before a value as the copula;
 * - an estimate said as an attribute's adjective ("X's estimated / projected / expected cost is V",
 *   "the anticipated cost of X is V") as "X's cost is estimated at V" (modality `expected`);
 * - numeric dates: dotted ("25.12.2015", "2015.12.25"), and slashed or dotted day/month pairs that
 *   could be either way round ("9/3/2016"): both readings, each checked; they decide only when
 *   they agree, otherwise NOT_ENOUGH_INFO with both readings shown;
 * - a part of a year ("early 2009", "mid-2015", "late 2015", "the first half of 2016"): the claim
 *   is said once per month of the part; a month reading the graph supports supports it; it is
 *   refuted only when every month of a wider window (a fuzzy border month never refutes) is.
 *
 * Nothing here knows an entity: the rewrites are on notation only; the verdicts come from the
 * rechecked claims.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { normalizeTypography } from './text.js';
import { ACTORS } from './acting-for.js';
import type { CheckResult } from './types.js';
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { tokenize } from './text.js';
import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES, WEEKDAY_NAMES_LOWER } from './calendar-names.js';
import { SCALE_WORDS } from './values.js';
import { NUMBER_TENS, NUMBER_UNITS } from './number-words.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';


const UNITS = NUMBER_UNITS;
const TENS = NUMBER_TENS;
const SCALE_AFTER = cachedRegExp(`^\\s+(?:${SCALE_WORDS})\\b`, 'i');

/** One number word, longest first so "eighteen" is not read as "eight". */
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand', 'a'].sort((x, y) => y.length - x.length).join('|')})\\b`;
/** A run of number words ("one hundred and five", "thirty-three", "a hundred"), read left to right. */
const RUN = new RegExp(`\\b${WORD}(?:(?:\\s+and\\s+|\\s+|-)${WORD})*`, 'gi');

/** The digit words said after "point" in a decimal ("point seven five"). */
const DIGIT = '(?:zero|one|two|three|four|five|six|seven|eight|nine)';
/** A number in words, "point", and its digits in words ("twelve point seven"). */
const SPOKEN_DECIMAL = new RegExp(`(${RUN.source})\\s+point\\s+(${DIGIT}(?:\\s+${DIGIT})*)\\b`, 'gi');

/**
 * The value of a run of number words, or undefined when it is no well-formed number
 * ("hundred one", "five four").
 *
 * @example
 * ```ts
 * wordsValue('one hundred and five'); // 105
 * wordsValue('eighteen hundred'); // 1800
 * ```
 */
export function wordsValue(run: string): number | undefined {
  const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  let total = 0;
  let cur = 0;
  // what the last word was: a unit or teen (1), a tens word (2), hundred (3), thousand (4)
  let last = 0;
  for (const [i, w] of words.entries()) {
    if (w === 'a') {
      // "a" only as "a hundred" / "a thousand"
      if (i !== 0 || !/^(hundred|thousand)$/.test(words[1] ?? '')) return undefined;
      cur = 1;
      last = 1;
    } else if (UNITS[w] !== undefined) {
      // "twenty-five" (a unit after a tens word), or a unit after hundred/thousand
      if (last === 1 || (last === 2 && UNITS[w]! >= 10)) return undefined;
      cur += UNITS[w]!;
      last = 1;
    } else if (TENS[w] !== undefined) {
      if (last === 1 || last === 2) return undefined;
      cur += TENS[w]!;
      last = 2;
    } else if (w === 'hundred') {
      // "one hundred", "eighteen hundred", "five hundred" after "two thousand"
      if ((last !== 1 && last !== 2) || cur < 1 || cur > 99) return undefined;
      cur *= 100;
      last = 3;
    } else if (w === 'thousand') {
      if (last === 0 || last === 4 || total) return undefined;
      total = cur * 1000;
      cur = 0;
      last = 4;
    } else return undefined;
  }
  return last === 0 ? undefined : total + cur;
}

/**
 * The claim with its numbers in words written as digits, where the words are a number beyond the
 * small cardinals the parsers read (a hundred or more), stand before a scale word, or are a
 * decimal said aloud ("twelve point seven"); undefined
 * when nothing changes. A lone "one" or "a" is never touched.
 *
 * @example
 * ```ts
 * spelledNumbers('The Acme Bank lent one hundred and five million dollars.'); // 'The Acme Bank lent 105 million dollars.'
 * spelledNumbers('The Acme Bank lent twelve point seven billion yen.'); // 'The Acme Bank lent 12.7 billion yen.'
 * ```
 */
export function spelledNumbers(text: string): string | undefined {
  let changed = false;
  // "twelve point seven billion", "one point eight thousand": a decimal said aloud, its digits
  // after "point" one word each (read before the runs, so "seven billion" is not read alone)
  const said = text.replace(SPOKEN_DECIMAL, (all: string, whole: string, digits: string) => {
    const v = wordsValue(whole);
    if (v === undefined) return all;
    changed = true;
    return `${v}.${digits.toLowerCase().split(/\s+/).map((d) => UNITS[d]).join('')}`;
  });
  const out = said.replace(RUN, (run: string, offset: number, all: string) => {
    const trimmed = run;
    const big = /\b(hundred|thousand)\b/i.test(trimmed);
    const scaled = SCALE_AFTER.test(all.slice(offset + trimmed.length));
    if (!big && !scaled) return run;
    if (/^(a|one)$/i.test(trimmed)) return run;
    const v = wordsValue(trimmed);
    if (v === undefined) return run;
    changed = true;
    return String(v) + run.slice(trimmed.length);
  });
  return changed ? out : undefined;
}

/** Adjectives that make an attribute an estimate ("the projected cost"). */
const ESTIMATE = '(?:estimated|projected|expected|anticipated|planned|forecast|budgeted)';
/** Verbs that state a value as the copula does. */
const VALUE_VERBS: Array<[RegExp, string]> = [
  [/\b(?:stands|stood) at\b/gi, 'is'],
  [/\b(?:totals|totalled|totaled|amounts to|amounted to|comes to|came to|adds up to|added up to)\b/gi, 'is'],
  // round 24: "came in under $15 billion", "comes in at V": the value with its bound
  [/\b(?:comes|came|come) in at\b/gi, 'is'],
  [/\b(?:comes|came|come) in(?=\s+(?:under|below|over|above|around|about|roughly|just)\b)/gi, 'is'],
  // "won't reach 2,000 km", "reached $12bn": reaching a figure is being at least it
  [/\b(?:reach|reaches|reached|hit|hits)\b/gi, 'be at least'],
];
const VALUE_AFTER = /^\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|over|under|below|above|more than|less than|at least|at most|up to)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|\u20B9|USD|JPY|EUR|\d)/i;

/**
 * The claim with its notations said the way the patterns read them (numbers in words, "as much
 * as", value verbs, an estimate said as an attribute's adjective, dotted dates that have one
 * reading); undefined when nothing changes.
 *
 * @example
 * ```ts
 * notationRewrite("The canal's projected cost is about $5bn."); // "The canal's cost is estimated at about $5bn."
 * ```
 */
export function notationRewrite(text: string): string | undefined {
  const start = normalizeTypography(text);
  let out = spelledNumbers(start) ?? start;
  // "Leaders of four countries launched X": the states they act for, counted (a graph's claim on a
  // state's deed names the person acting for it)
  if (ACTING_FOR.test(out)) out = out.replace(ACTING_FOR, '').replace(/^[a-z]/, (c) => c.toUpperCase());
  // "Four countries' leaders launched X" (round 23): the same, the count said as the possessor
  out = out.replace(ACTING_FOR_POSSESSIVE, '$1 ');
  // "as much as 33 billion", "as many as 57": "up to" (a bound of money, the figure of a quantity)
  out = out.replace(/\bas (?:much|many) as(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'up to');
  // "33 billion cubic metres annually / per annum / yearly": the pattern's "a year"
  out = out.replace(/\b(?:annually|per annum|yearly)\b/gi, 'a year');
  for (const [re, to] of VALUE_VERBS) {
    out = out.replace(re, (verb: string, offset: number, all: string) => (VALUE_AFTER.test(all.slice(offset + verb.length)) ? to : verb));
  }
  // "X's estimated cost is V" -> "X's cost is estimated at V"; "the projected cost of X is V" likewise
  out = out.replace(cachedRegExp(`('s|s')\\s+${ESTIMATE}\\s+([a-z]+(?:\\s+[a-z]+)?)\\s+(is|was|will be)\\s+(?=\\S)`, 'gi'),
    (all: string, pos: string, noun: string, _cop: string, offset: number, whole: string) =>
      (VALUE_AFTER.test(whole.slice(offset + all.length - 1)) ? `${pos} ${noun} is estimated at ` : all));
  out = out.replace(cachedRegExp(`\\b(the)\\s+${ESTIMATE}\\s+([a-z]+)\\s+of\\s+([^,;]+?)\\s+(is|was|will be)\\s+(?=\\S)`, 'gi'),
    (all: string, the: string, noun: string, of: string, _cop: string, offset: number, whole: string) =>
      (VALUE_AFTER.test(whole.slice(offset + all.length - 1)) ? `${the} ${noun} of ${of} is estimated at ` : all));
  // round 36: a second bound without the first's unit ("less than 2,000 kilometres but more than
  // 1,500"): the unit (and a "long" after it) said again, so each bound of the two reads
  out = out.replace(TWO_BOUNDS, (_all, first: string, unit: string, second: string, n: string) => `${first}${unit}${second}${n} ${unit.trim()}`);
  // "2,000 km in length": "2,000 km long" (the patterns' words for a length)
  out = out.replace(/\b(\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|metres|meters))\s+in\s+length\b/gi, '$1 long');
  // round 35: a range of days before one month and year ("22-28/10/2015", "22-28.10.2015",
  // "22.-28.10.2015"): the range is the days, so the month is the number after it, whichever
  // notation; said as "October 22-28, 2015", which the trip and range readers read
  out = out.replace(/\b(\d{1,2})\.?\s*-\s*(\d{1,2})([./])(\d{1,2})\3(\d{4})\b/g, (all, a: string, b: string, _sep: string, m: string, y: string) => {
    const first = dayText(+y, +m, +a);
    return first && dayText(+y, +m, +b) && +a < +b ? `${first.replace(/,.*$/, '')}-${+b}, ${y}` : all;
  });
  // round 36: a slashed or dotted date with a two-digit year ("13/12/15"): the year with its century
  // by the POSIX %y pivot (as src/check/year-notation.ts: '69-'99 the 1900s, '00-'68 the 2000s),
  // the order of day and month left to the date readers (one reading, or both when either could be)
  out = out.replace(/(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d\d)(?![./]?\d)/g, (all, a: string, sep: string, b: string, yy: string) =>
    (+a >= 1 && +b >= 1 && (+a <= 12 || +b <= 12) ? `${a}${sep}${b}${sep}${+yy >= 69 ? 19 : 20}${yy}` : all));
  // round 36: a weekday, whole or cut short ("Sun", "Thurs."), before a numeric date with one
  // reading ("Sun 13/12/2015"): said as "Sunday, December 13, 2015", which src/check/dated-weekday.ts
  // checks against the calendar; a date either way round keeps its weekday unread
  out = out.replace(WEEKDAY_NUMERIC, (all, w: string, a: string, _sep: string, b: string, y: string) => {
    const [x, z] = [Number(a), Number(b)];
    const day = x > 12 || x === z ? dayText(+y, z, x) : z > 12 ? dayText(+y, x, z) : undefined;
    const name = WEEKDAY_NAMES.find((n) => n.toLowerCase().startsWith(w.toLowerCase()));
    return day && name ? `${name}, ${day}` : all;
  });
  // dotted dates with one reading: "2015.12.25" (year first), "25.12.2015" (a day above 12, or day = month)
  out = out.replace(/\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/g, (all, y: string, m: string, d: string) => dayText(+y, +m, +d) ?? all);
  out = out.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (all, a: string, b: string, y: string) => {
    const [x, z] = [Number(a), Number(b)];
    if (x > 12 || x === z) return dayText(+y, z, x) ?? all;
    if (z > 12) return dayText(+y, x, z) ?? all;
    return all;
  });
  return out !== start ? out : undefined;
}

/** Words of a bound before a number ("less than", "over", "at least"). */
const BOUND_BEFORE = String.raw`(?:(?:more|less|fewer|greater|longer|shorter)\s+than|over|under|above|below|at\s+(?:least|most))`;
/**
 * Two bounds joined by "but" / "and" / "yet", the first with a unit of measure and the second a bare
 * number (round 36): groups the first bound, the unit (with "long"), the join and second bound, the number.
 */
const TWO_BOUNDS = cachedRegExp(String.raw`(\b${BOUND_BEFORE}\s+[\d,.]*\d\s*)((?:km|kilometres|kilometers|kilometre|kilometer|miles|metres|meters|bcm|billion\s+cubic\s+(?:metres|meters)|percent|per\s+cent|years|months|weeks|days)\b(?:\s+long\b)?)(,?\s+(?:but|and|yet)\s+${BOUND_BEFORE}\s+)([\d,.]*\d)(?![\d,.]*\s*(?:[a-z%$\u00A5\u20AC\u00A3]|\d))`, 'gi');

/** A weekday, whole or cut short, before a slashed or dotted day, month and year ("Sun 13/12/2015"). */
const WEEKDAY_NUMERIC = cachedRegExp(`\\b(${WEEKDAY_NAMES_LOWER.join('|')}|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\\.?,?\\s+(\\d{1,2})([./])(\\d{1,2})\\3(\\d{4})\\b`, 'gi');

/** "December 25, 2015", or undefined for no such day. */
function dayText(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The two readings of a numeric date whose day and month could be either way round. */
export interface DateReadings {
  /** The date as typed ("9/3/2016"). */
  typed: string;
  /** The claim with the date read day first, and month first. */
  dayFirst: { date: string; claim: string };
  monthFirst: { date: string; claim: string };
}

/**
 * The claim's one numeric date that could be read day first or month first ("9/3/2016",
 * "03.09.2015"), with the claim said each way; undefined when there is none or several.
 *
 * @example
 * ```ts
 * ambiguousDate('The canal opened on 9/3/2016.')?.dayFirst.claim; // 'The canal opened on March 9, 2016.'
 * ```
 */
export function ambiguousDate(text: string): DateReadings | undefined {
  const t = normalizeTypography(text);
  const re = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g;
  const hits = [...t.matchAll(re)].filter((m) => Number(m[1]) <= 12 && Number(m[3]) <= 12 && Number(m[1]) !== Number(m[3]));
  if (hits.length !== 1) return undefined;
  const m = hits[0]!;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const d1 = dayText(y, b, a);
  const d2 = dayText(y, a, b);
  if (!d1 || !d2 || a < 1 || b < 1) return undefined;
  const at = (s: string): string => t.slice(0, m.index) + s + t.slice(m.index! + m[0].length);
  return { typed: m[0], dayFirst: { date: d1, claim: at(d1) }, monthFirst: { date: d2, claim: at(d2) } };
}

/** A part of a year and its months: those that support it, and the wider window that must all refute it. */
const PARTS: Array<{ re: RegExp; support: [number, number]; refute: [number, number] }> = [
  { re: /\b(?:(in|for|during|since)\s+)?(?:early|the\s+early\s+part\s+of|the\s+beginning\s+of|the\s+start\s+of)(?:\s+in)?[\s-]+(\d{4})\b/i, support: [1, 4], refute: [1, 6] },
  { re: /\b(?:(in|for|during|since)\s+)?(?:mid|the\s+middle\s+of)(?:\s+in)?[\s-]+(\d{4})\b/i, support: [5, 8], refute: [4, 9] },
  { re: /\b(?:(in|for|during|since)\s+)?(?:late|the\s+latter\s+part\s+of)(?:\s+in)?[\s-]+(\d{4})\b/i, support: [9, 12], refute: [7, 12] },
  { re: /\b(?:(in|for|during|since)\s+)?the\s+first\s+half\s+of\s+(\d{4})\b/i, support: [1, 6], refute: [1, 6] },
  { re: /\b(?:(in|for|during|since)\s+)?the\s+second\s+half\s+of\s+(\d{4})\b/i, support: [7, 12], refute: [7, 12] },
];

/** A claim naming a part of a year, said once per month. */
export interface YearPartReadings {
  /** The part as typed ("mid-2015"). */
  typed: string;
  /** The months that support it ("May 2015" ... "August 2015"), each with the claim said so. */
  support: Array<{ month: string; claim: string }>;
  /** The wider window: the claim is refuted only when every one of these is. */
  refute: Array<{ month: string; claim: string }>;
}

/**
 * The claim's one part of a year ("in mid-2015", "late 2009", "the first half of 2016"), said once
 * per month; undefined when it names none.
 *
 * @example
 * ```ts
 * yearPart('The canal opened in late 2009.')?.support.map((r) => r.month); // ['September 2009', ..., 'December 2009']
 * ```
 */
export function yearPart(text: string): YearPartReadings | undefined {
  const t = normalizeTypography(text);
  for (const p of PARTS) {
    const m = p.re.exec(t);
    if (!m) continue;
    // "scheduled for mid-2016": the preposition kept ("for June 2016"), else "in"; round 39: "in
    // operation since late 2009" kept too ("since December 2009": the start, not a time within it)
    const prep = m[1]?.toLowerCase() === 'for' ? 'for' : m[1]?.toLowerCase() === 'since' ? 'since' : 'in';
    const at = (month: string): string => `${t.slice(0, m.index)}${prep} ${month}${t.slice(m.index + m[0].length)}`;
    const months = ([a, b]: [number, number]) => Array.from({ length: b - a + 1 }, (_, k) => `${MONTHS[a + k - 1]} ${m[2]}`)
      .map((month) => ({ month, claim: at(month) }));
    return { typed: m[0], support: months(p.support), refute: months(p.refute) };
  }
  return undefined;
}

const heldOrDecided = (r: CheckResult): ReaderOutcome => (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r });

/** A plural for the last word of a noun phrase ("republic" -> "republics", "country" -> "countries"). */
const plural = (w: string): string => (/[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/i.test(w) ? `${w}es` : `${w}s`);
const PLURAL_VERB: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };

/**
 * A claim whose subject is "none of the G" or "no G" said with "some" instead ("None of the
 * republics joined X" -> "Some republics joined X"): "none" is true exactly when that is false.
 * Undefined when the claim opens otherwise (a "none" inside the claim is left alone).
 *
 * @example
 * ```ts
 * noneAsSome('None of the Ruritanian states is a member of the League.'); // 'Some Ruritanian states is a member of the League.'
 * noneAsSome('No Ruritanian state has joined the League.'); // 'Some Ruritanian states have joined the League.'
 * ```
 */
export function noneAsSome(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const of = /^(?:none|not one|not a single one)\s+of\s+(?:the\s+)?(?=[A-Za-z])/i.exec(t);
  if (of) return `Some ${t.slice(of[0].length)}`;
  const no = /^no\s+((?:[A-Z][\w-]*\s+)*)([a-z]+)\s+(is|was|has|had|did|does|will|can|may|[a-z]+ed|[a-z]+s)\b/.exec(t.replace(/^No\b/, 'no'));
  if (!no || /^(one|single)$/.test(no[2]!)) return undefined;
  return `Some ${no[1]}${plural(no[2]!)} ${PLURAL_VERB[no[3]!] ?? no[3]}${t.slice(no[0].length)}`;
}

/** A result said of the claim as typed, its explanation opened with how it was read. */
function asTyped(text: string, r: CheckResult, read: string, note: string): CheckResult {
  const notes = [...(r.interpretation.notes ?? []), note];
  return restate(r, text, { interpretation: { ...r.interpretation, notes }, explanation: `${read} ${r.explanation}` });
}

/** NOT_ENOUGH_INFO from readings that do not agree, each shown; its sentences are near misses. */
function undecided(text: string, r: CheckResult, read: string, note: string): CheckResult {
  return {
    ...asTyped(text, r, read, note),
    verdict: 'NOT_ENOUGH_INFO',
    reason: 'partial-match',
    evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    explanation: read,
    parts: undefined,
  };
}

/**
 * The reader of notations (table entry `notation`): the claim said in the notation the patterns
 * read, or each reading of an ambiguous date or a part of a year checked. A single rewrite that
 * the graph decides is decided; one it leaves open is held (a later reader may read the claim
 * better).
 *
 * @example
 * ```ts
 * const r = await readNotation({ ctx, text: 'The canal opened on 9/3/2016.', recheck });
 * // both readings (March 9 and September 3, 2016) refuted: { decided: REFUTED }
 * ```
 */
export async function readNotation({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const rewritten = notationRewrite(text);
  if (rewritten) {
    const r = await recheck(rewritten);
    return r && heldOrDecided(asTyped(text, r, `Read as "${rewritten}" (numbers, values and dates in the notation the patterns read).`, `read in another notation: "${rewritten}"`));
  }
  const none = noneAsSome(text);
  if (none) {
    const r = await recheck(none);
    if (!r || r.verdict === 'NOT_ENOUGH_INFO') return undefined;
    const read = `Read as the denial of "${none}" ("none" is true exactly when "some" is false).`;
    const flipped = r.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance === 'refutes' ? 'supports' as const : e.stance }));
    return { decided: { ...asTyped(text, r, read, `"none" read as not "some": ${none}`), verdict: r.verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED', reason: r.verdict === 'SUPPORTED' ? 'some-member' : 'all-members', evidence: flipped, parts: undefined } };
  }
  const counted = await readCountSubject(ctx, text, recheck);
  if (counted) return counted;
  const dates = ambiguousDate(text);
  if (dates) {
    const [a, b] = [await recheck(dates.dayFirst.claim), await recheck(dates.monthFirst.claim)];
    if (!a || !b) return undefined;
    const both = `"${dates.typed}" is ${dates.dayFirst.date} read day first, ${dates.monthFirst.date} read month first`;
    const note = `date read both ways: ${dates.dayFirst.date} (day first), ${dates.monthFirst.date} (month first)`;
    if (a.verdict === b.verdict && a.verdict !== 'NOT_ENOUGH_INFO') {
      return { decided: asTyped(text, a, `${both}; the graph decides both readings alike (${a.verdict}). Day first:`, note) };
    }
    return { held: undecided(text, a, `${both}; the day and month could be either way round and the readings differ (day first: ${a.verdict}, month first: ${b.verdict}), so the claim is not decided.`, note) };
  }
  const part = yearPart(text);
  if (part) {
    const span = `${part.support[0]!.month} to ${part.support[part.support.length - 1]!.month}`;
    let read: CheckResult | undefined;
    for (const s of part.support) {
      const r = await recheck(s.claim);
      read ??= r;
      // a denial ("did not begin in late 2009", "it is not the case that ... in late 2009") denies
      // every month of the part: one month's denial supported is no support (round 37, users30's F6
      // was SUPPORTED by "not in September" of a start in December), one refuted refutes it
      if (r?.interpretation.polarity === 'negative') return yearPartDenied(text, part.support, span, r, recheck);
      if (r?.verdict === 'SUPPORTED') {
        return { decided: asTyped(text, r, `"${part.typed.trim()}" read as the months ${span}; ${s.month} is supported:`, `part of a year read as ${span}`) };
      }
    }
    const refuted: CheckResult[] = [];
    for (const s of part.refute) {
      const r = await recheck(s.claim);
      if (r?.verdict !== 'REFUTED') break;
      refuted.push(r);
    }
    const wide = `${part.refute[0]!.month} to ${part.refute[part.refute.length - 1]!.month}`;
    if (refuted.length === part.refute.length) {
      return { decided: asTyped(text, refuted[0]!, `"${part.typed.trim()}" read as the months ${span}; every month from ${wide} is refuted. ${part.refute[0]!.month}:`, `part of a year read as ${span}`) };
    }
    // read, not decided: no month supported, not every month of the window refuted
    if (read) return { held: undecided(text, read, `"${part.typed.trim()}" read as the months ${span}: the graph supports none of them and does not refute every month from ${wide}, so the claim is not decided.`, `part of a year read as ${span}`) };
  }
  return undefined;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * "Leaders of four countries ...": the states acting through them. Not a named office ("the
 * presidents of three states"): who held it and acted is the claim (src/check/acting-for.ts).
 */
const ACTING_FOR = cachedRegExp(String.raw`^(?:the\s+)?${ACTORS}\s+of\s+(?=(?:more than\s+|at least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)`, 'i');
/** "Four countries' leaders ...": the count as the possessor, the same states (not an office, as above). */
const ACTING_FOR_POSSESSIVE = cachedRegExp(String.raw`^((?:more than\s+|at least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z]+s)'\s+${ACTORS}\s+`, 'i');

/** A claim whose subject is a number of a class's entities ("Four countries signed X"), said once per entity. */
export interface CountSubject {
  /** The claimed number and its bound ('gt' for "more than", 'ge' for "at least"). */
  n: number;
  bound?: 'gt' | 'ge';
  /** The subject words ("four countries"). */
  said: string;
  members: Array<{ label: string; claim: string }>;
}

/**
 * A claim opening with a count of a class in the plural ("Four countries launched X", "At least
 * two banks ..."; "Leaders of four countries ..." as the countries), with the claim said once per
 * entity of that class the graph holds; undefined when it opens otherwise.
 *
 * @example
 * ```ts
 * countSubject(ctx, 'Two states signed the treaty.')?.members.map((m) => m.claim); // ['Freedonia signed the treaty.', ...]
 * ```
 */
export function countSubject(ctx: CheckContext, text: string): CountSubject | undefined {
  const plain = normalizeTypography(text).trim().replace(ACTING_FOR, '');
  const m = /^(more than\s+|at least\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]+s)\s+(?=[a-z])/i.exec(plain);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : COUNT_WORDS[m[2]!.toLowerCase()]!;
  const tok = tokenize(m[3]!, ctx.morph)[0];
  const cls = tok && classNouns(ctx).get(tok.norm);
  if (!cls || n < 1) return undefined;
  const rest = plain.slice(m[0].length);
  const members = [...ctx.entityLabel.entries()].filter(([iri]) => isA(ctx, iri, cls)).sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, label]) => ({ label, claim: `${label} ${rest}` }));
  const bound = m[1] ? (/more/i.test(m[1]) ? 'gt' as const : 'ge' as const) : undefined;
  return members.length && members.length <= 60 ? { n, ...(bound ? { bound } : {}), said: plain.slice(0, m[0].length).trim(), members } : undefined;
}

/**
 * The verdict of a counted subject: SUPPORTED when the entities whose reading the graph supports
 * are at least as many as "at least N" / "more than N" claims; otherwise nothing (the graph is
 * not taken to know every entity that could have done it, so a count is never refuted, and a bare
 * "N countries ..." is never supported).
 */
async function readCountSubject(ctx: CheckContext, text: string, recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const c = countSubject(ctx, text);
  // a bare number is never decided (below): no member is rechecked for it
  if (!c || !c.bound) return undefined;
  const supported: Array<{ label: string; r: CheckResult }> = [];
  for (const mem of c.members) {
    const r = await recheck(mem.claim);
    if (r?.verdict === 'SUPPORTED' && r.interpretation.polarity !== 'negative') supported.push({ label: mem.label, r });
  }
  const k = supported.length;
  // A bare number ("Four countries joined X") says how many did it, all told; the graph is not
  // taken to know every entity that could have (57 founding members, four of them named), so k
  // found is no proof that no other did: only "at least" / "more than" is decided.
  const ok = c.bound === 'gt' ? k > c.n : c.bound === 'ge' ? k >= c.n : false;
  if (!ok || !k) return undefined;
  const first = supported[0]!.r;
  const names = supported.map((s) => s.label).join(', ');
  const read = `"${c.said}" read as a count: the graph supports the claim for ${k} (${names}); the claim says ${c.bound === 'gt' ? 'more than ' : c.bound === 'ge' ? 'at least ' : ''}${c.n}.`;
  return { decided: { ...asTyped(text, first, read, `count of the subject: ${k} (${names})`), evidence: supported.flatMap((s) => s.r.evidence), explanation: read } };
}

/** A denial of a part of a year: refuted when one month of it is, supported when every month's denial is, else undecided. */
async function yearPartDenied(text: string, months: ReadonlyArray<{ claim: string; month: string }>, span: string, first: CheckResult, recheck: ReaderInput['recheck']): Promise<ReaderOutcome> {
  const note = `part of a year read as ${span}`;
  let all = true;
  for (const [i, m] of months.entries()) {
    const r = i === 0 ? first : await recheck(m.claim);
    if (r?.verdict === 'REFUTED') return { decided: asTyped(text, r, `"${span}" denied: every month of it is denied, and ${m.month} is refuted:`, note) };
    if (r?.verdict !== 'SUPPORTED') all = false;
  }
  if (all) return { decided: asTyped(text, first, `"${span}" denied: the denial of every month of it is supported. ${months[0]!.month}:`, note) };
  return { held: undecided(text, first, `the months ${span} denied: the graph refutes the denial for none of them and does not support it for every one, so the claim is not decided.`, note) };
}
