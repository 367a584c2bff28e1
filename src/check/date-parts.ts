/**
 * Dates said in parts (round 18, branch compare18).
 *
 * A weekday said with the month or year it falls in: "The canal
 * opened on a Saturday in December 2015", "Firefly arrived on a Monday in May". The claim says two
 * things of the same day, each read by its own reader: "The canal opened on a Saturday" (the
 * weekday readers, src/check/weekday.ts) and "The canal opened in December 2015" (the date
 * readers). Both must hold: one refuted refutes the claim, both supported support it; otherwise
 * it is not decided, with both readings shown.
 *
 * A day said without its year: "Firefly ended his tour on October 28", "... on the 28th of
 * October", "... on 25 December, a Friday". The years tried are those of the days the graph gives
 * the claims about the things the claim names, on that month and day; the claim said with such a
 * year ("on October 28, 2015") is rechecked, and only a support decides (another year's day may
 * be the one meant, so a day the graph contradicts in one year refutes nothing). A month said
 * without its year ("Firefly ended his tour in October", round 28) is read the same way; when none
 * of those years has a day in that month, the claim is held with its reading on such a year shown.
 */
import { NS, type CheckContext } from './context.js';
import { eventDates } from './qualifiers.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { undecidedResult, restate } from './result.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES_LOWER as MONTHS, MONTH_WORD as MONTH, WEEKDAY_WORD as WEEKDAY, monthNumber } from './calendar-names.js';
import { DENIAL } from './denials.js';
import { commentYear } from './comment-years.js';
import { lexiconWords } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';

/** "December 2015", "December", "2015", "early December 2015". */
const PERIOD = String.raw`(?:(?:early|mid|late)[- ])?(?:${MONTH}(?:,?\s+\d{4})?|\d{4})`;

/**
 * The two statements of "S on a <weekday> in <period>"; undefined for other claims and under a
 * denial.
 *
 * @example
 * ```ts
 * weekdayWithinParts('The canal opened on a Saturday in December 2015.');
 * // ['The canal opened on a Saturday.', 'The canal opened in December 2015.']
 * ```
 */
export function weekdayWithinParts(text: string): [string, string] | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (DENIAL.test(t) || /\?$/.test(t)) return undefined;
  const m = cachedRegExp(String.raw`^(.+?\S)\s+on\s+(an?\s+${WEEKDAY})\s+(?:in|of)\s+(${PERIOD})$`, 'i').exec(t);
  if (!m) return undefined;
  const [, s, weekday, period] = m as unknown as [string, string, string, string];
  return [`${s} on ${weekday}.`, `${s} in ${period}.`];
}

/**
 * The reader of a weekday with its month or year (table entry `weekday-within`): both statements,
 * by the compound rule.
 */
export async function readWeekdayWithin({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = weekdayWithinParts(text);
  if (!parts) return undefined;
  const read: CheckResult[] = [];
  for (const said of parts) {
    const r = await recheck(said);
    if (!r) return undefined;
    read.push(r);
  }
  const shown = `Read as two statements of the same day: ${read.map((r, i) => `"${parts[i]!.replace(/\.$/, '')}" (${r.verdict})`).join(' and ')}.`;
  const refuted = read.find((r) => r.verdict === 'REFUTED');
  if (refuted) return { decided: restate(refuted, text, { explanation: `${shown} ${refuted.explanation}` }) };
  if (read.every((r) => r.verdict === 'SUPPORTED')) {
    return { decided: restate(read[0]!, text, { evidence: read.flatMap((r) => r.evidence), explanation: `${shown} ${read.map((r) => r.explanation).join(' ')}` }) };
  }
  return { held: undecidedResult(restate(read[0]!, text), shown) };
}

// "the 28th of October", "28 October", "October 28", "October 28th", none followed by a year; the
// month may be abbreviated ("Oct 25", "25 Oct.", round 33)
const MONTH_ANY = String.raw`(?:${MONTH}|(?:${MONTH_ABBREVIATIONS.join('|')})\b\.?)`;
const DAY_FIRST = cachedRegExp(String.raw`\b((?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_ANY}))(?!\w)(?!,?\s*\d)`, 'i');
const MONTH_FIRST = cachedRegExp(String.raw`\b((${MONTH_ANY})\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?!,?\s*\d|\s*(?:-|to|and)\s*\d)`, 'i');

/** The days (`YYYY-MM-DD`) of the claims about the things a text names, and the things' own days. */
function daysNamed(ctx: CheckContext, text: string, months = false): string[] {
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const days = new Set<string>();
  const times = ['date', 'startDate', 'endDate'].map((p) => `${NS.cg}${p}`);
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 8); j > i; j--) {
      const hit = resolveMention(ctx, toks.slice(i, j));
      if (hit.length !== 1) continue;
      const e = hit[0]!.iri;
      for (const d of eventDates(ctx, e)) days.add(d);
      // a month-valued relation of the thing itself ("operational since December 2009")
      if (months) {
        for (const q of ctx.store.getQuads(e, null, null, null)) {
          if (q.object.termType === 'Literal' && /^\d{4}-\d\d$/.test(q.object.value) && !ctx.axioms.qualifiers.has(q.predicate.value)) days.add(q.object.value);
        }
      }
      for (const side of ['subject', 'object']) {
        for (const node of ctx.store.getSubjects(`${NS.rdf}${side}`, e, null)) {
          for (const p of times) for (const d of ctx.store.getObjects(node, p, null)) days.add(d.value);
        }
      }
      i = j - 1;
      break;
    }
  }
  // a month the graph gives without its day ("began operating in December 2009") dates a month as well
  // as a day in it does (round 37, users30 F7: only days were taken, so "in December" was read on
  // another named thing's year alone and refuted by the pipeline's one date)
  return [...days].filter((d) => (months ? /^\d{4}-\d\d(?:-\d\d)?$/ : /^\d{4}-\d\d-\d\d$/).test(d)).sort();
}

/**
 * The claim said with each year the graph gives its month and day; empty when it has no day
 * without a year.
 *
 * @example
 * ```ts
 * yearlessRewrites(ctx, 'Firefly ended his tour on the 28th of October.');
 * // ['Firefly ended his tour on the 28th of October 2011.'] (the graph's tour ends 2011-10-28)
 * ```
 */
export function yearlessRewrites(ctx: CheckContext, text: string): string[] {
  return yearlessDay(ctx, text).onDay;
}

/** The day without its year said on the years with that day (`onDay`) and on the other years of the named things' days (`other`). */
function yearlessDay(ctx: CheckContext, text: string): { onDay: string[]; other: string[] } {
  const none = { onDay: [], other: [] };
  const t = normalizeTypography(text).trim();
  if (DENIAL.test(t) || /\?$/.test(t) || /\b\d{4}\b/.test(t)) return none;
  const df = DAY_FIRST.exec(t);
  const mf = df ? undefined : MONTH_FIRST.exec(t);
  const m = df ?? mf;
  if (!m) return none;
  const [day, month] = df ? [Number(df[2]), df[3]!] : [Number(mf![3]), mf![2]!];
  const mm = String(monthNumber(month)).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (day < 1 || day > 31) return none;
  // a page's reader comments of one year date what its commenters posted (comment-years.ts)
  const days = [...daysNamed(ctx, t), ...(commentYear(ctx, t)?.days ?? [])];
  const years = yearsOf(days, (d) => d.slice(5) === `${mm}-${dd}`);
  const end = m.index + m[1]!.length;
  const said = (y: string): string => `${t.slice(0, end)}${df ? ` ${y}` : `, ${y}`}${t.slice(end)}`;
  return { onDay: years.on.map(said), other: years.other.map(said) };
}

/** The years of the days `onIt` accepts, and the other years of `days` (each once, in the days' order). */
function yearsOf(days: readonly string[], onIt: (day: string) => boolean): { on: string[]; other: string[] } {
  const on = new Set(days.filter(onIt).map((d) => d.slice(0, 4)));
  return { on: [...on], other: [...new Set(days.map((d) => d.slice(0, 4)).filter((y) => !on.has(y)))] };
}

// "in October", "in early October", "in mid-November", "during May", followed by no day or year
const MONTH_ONLY = cachedRegExp(String.raw`\b(?:in|during)\s+((?:(?:early|mid|late)(?:-|\s+))?(${MONTH}))\b(?!\s*-?\s*\d|,?\s+(?:of\s+)?\d)`, 'i');

/**
 * The claim said with each year the graph gives the things it names a day in its month ("in
 * October" -> "in October 2015"), and with every other year of their days (to show a reading
 * when none is in that month); empty when the claim names no month without a day or year.
 *
 * @example
 * ```ts
 * yearlessMonthRewrites(ctx, 'Firefly ended his tour in October.');
 * // { inMonth: ['Firefly ended his tour in October 2011.'], other: [] } (the tour ends 2011-10-28)
 * ```
 */
export function yearlessMonthRewrites(ctx: CheckContext, text: string): { inMonth: string[]; other: string[] } {
  const t = normalizeTypography(text).trim();
  const none = { inMonth: [], other: [] };
  if (DENIAL.test(t) || /\?$/.test(t) || /\b\d{4}\b/.test(t) || DAY_FIRST.test(t) || MONTH_FIRST.test(t)) return none;
  const m = MONTH_ONLY.exec(t);
  if (!m) return none;
  const mm = String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0');
  const days = daysNamed(ctx, t, true);
  const years = yearsOf(days, (d) => d.slice(5, 7) === mm);
  const end = m.index + m[0].length;
  const said = (y: string): string => `${t.slice(0, end)} ${y}${t.slice(end)}`;
  return { inMonth: years.on.map(said), other: years.other.map(said) };
}

/**
 * The reader of a day or a month without its year (table entry `yearless-day`): a support on a
 * year the graph gives decides. A month on none of those years' days is read on each of them and
 * held with the reading shown: another year may be the one meant, so no year refutes it, unless
 * the refutation is a single-valued date's ("opened on"), which holds for every year alike.
 */
export async function readYearless({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const days = yearlessDay(ctx, text);
  const byDay = days.onDay.length > 0 || days.other.length > 0;
  const months = byDay ? { inMonth: days.onDay, other: days.other } : yearlessMonthRewrites(ctx, text);
  const unit = byDay ? 'a day' : 'a month';
  for (const said of months.inMonth) {
    const r = await recheck(said);
    if (r?.verdict === 'SUPPORTED') return { decided: restate(r, text, { explanation: `Read as "${said}" (${unit} without its year, on the year the graph gives ${byDay ? 'that day' : 'a day in it'}). ${r.explanation}` }) };
  }
  for (const said of [...months.inMonth, ...months.other]) {
    const r = await recheck(said);
    if (!r) continue;
    // the date itself single-valued ("opened on"): the graph's one date is in no year on the
    // claim's day or month (that year would have supported it above), so every year refutes it;
    // a date qualifier (an office held on a day) is not: another year's holder may be meant
    if (r.verdict === 'REFUTED' && r.reason === 'functional-conflict' && ['date', 'month'].includes(r.interpretation.object.kind)) {
      return { decided: restate(r, text, { explanation: `Read as "${said}" (${unit} without its year): the graph gives one date for this single-valued relation, and it falls there in no year. ${r.explanation}` }) };
    }
    // a reader comment of a page whose comments are all of one year (round 33): no comment of
    // another year is on the page, so the page's comments refute the claim said on that year
    const pinned = byDay && r.verdict === 'REFUTED' && r.reason === 'article-metadata' ? commentYear(ctx, text) : undefined;
    if (pinned && said.includes(pinned.year)) {
      return { decided: restate(r, text, { explanation: `Read as "${said}" (${unit} without its year, on ${pinned.year}: every reader comment of the page it names is dated in ${pinned.year}). ${r.explanation}` }) };
    }
    // round 33: the start or end of a trip named as one ("X's tour began on October 20", "X set off
    // on his trip on Oct 25"): the trip is the graph's, whose days gave the year, and a trip has
    // one start and one end
    if (namedTripBound(ctx, text, said, r)) {
      return { decided: restate(r, text, { explanation: `Read as "${said}" (${unit} without its year, on the year of the trip the claim names): a trip has one start and one end, and the graph's falls on another day. ${r.explanation}` }) };
    }
    return { held: undecidedResult(restate(r, text), `Read as "${said}" (${unit} without its year, on a year the graph gives the things it names), which is ${r.verdict === 'REFUTED' ? 'refuted' : 'not decided'}; another year may be the one meant, so the claim is not decided. ${r.explanation}`) };
  }
  return undefined;
}

/**
 * Whether a refutation is of the start or end day of a trip the claim names as one ("Firefly's
 * tour", "his Sylvania trip"; the trip nouns are the lexicon's cg:cancelledTripNoun): the only
 * qualifier the claim gives is that day, and the graph's trip that refutes it, of the year supplied,
 * has another (round 33).
 */
function namedTripBound(ctx: CheckContext, text: string, said: string, r: CheckResult): boolean {
  if (r.verdict !== 'REFUTED' || r.reason !== 'qualifier-conflict') return false;
  const keys = Object.keys(r.interpretation.qualifiers ?? {});
  if (keys.length !== 1 || !['startDate', 'endDate'].includes(keys[0]!)) return false;
  // the trip that refutes must be the one whose year was supplied: a trip of another year (to
  // another place) says nothing of the day
  // the year the claim was said on (the claim itself has none)
  const year = /\b(\d{4})\b/.exec(said)?.[1] ?? '';
  const claims = [...new Set(r.evidence.map((e) => e.claim))];
  const dayOf = (c: string): string[] => ctx.store.getObjects(c, `${NS.cg}${keys[0]}`, null).map((o) => o.value);
  const days = claims.flatMap(dayOf);
  if (!/^\d{4}$/.test(year) || !days.length || !days.every((d) => d.startsWith(year))) return false;
  const nouns = [...lexiconWords(ctx, 'cancelledTripNoun')].join('|');
  return nouns !== '' && cachedRegExp(String.raw`(?:'s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,3}(?:${nouns})\b`, 'i').test(normalizeTypography(text));
}
