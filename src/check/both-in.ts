/**
 * Round 27: two dated things said to fall in one period ("Both the gala and Zed Q.'s tour took
 * place in 2015", "The charter's entry into force and the bank's opening both fell in January
 * 2016"), and an order said within a period ("The gala took place earlier in 2015 than the
 * summit"). Each side is dated as the span reader dates a side (src/check/spans.ts `sideDate`: an
 * event's day, a trip's first and last day, a comment's day, a clause the graph dates) and set
 * against the period: every side inside it supports; a side the graph dates outside it refutes (the
 * one day of a dated thing excludes any other period); a side known less precisely than the period
 * (a year against a month) or only as planned leaves the claim undecided. The verb must be one of
 * mere occurrence ("took place", "happened", "fell", "came", "were held"): another verb ("A and B
 * both opened in 2015") says more than the dates, and is left to the other readers. An order
 * within a period is the span reader's order and both sides in the period, each deciding.
 */
import { isoPeriod } from './claim-time.js';
import { localName, type CheckContext } from './context.js';
import { readSpan, sideDate } from './spans.js';
import { normalizeTypography } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';
import { DENIAL } from './denials.js';
import { cachedRegExp } from './regex-memo.js';

/** Verbs that say only that a thing took place (in the past or the present tense). */
const OCCURRED = '(?:took\\s+place|take\\s+place|happened|happen|occurred|occur|fell|fall|came|come|were\\s+(?:held|staged|posted)|are\\s+(?:held|posted)|went\\s+up|appeared|were|are)';
/** "Both A and B V in T", "A and B both V in T", "A and B were both V in T". */
const BOTH = cachedRegExp(`^(both\\s+)?(.+?)\\s+and\\s+(.+?)\\s+(both\\s+)?(?:(?:were|are)\\s+both\\s+)?${OCCURRED}(\\s+both)?\\s+(?:in|during|within)\\s+(.+)$`, 'i');
/** "A V earlier in T than B", "A came later in the year 2015 than B". */
const WITHIN_ORDER = /^(.+?)\s+(earlier|later|sooner)\s+in\s+((?:the\s+year\s+)?\d{4}|[A-Z][a-z]+\s+\d{4})\s+than\s+(.+)$/;

/** The cheap test before any reading: a period after "in" and "both" or a comparative. */
export const BOTH_IN_NEEDS = /\b(?:both|earlier\s+in|later\s+in|sooner\s+in)\b/i;

/** A period said outright: `YYYY` or `YYYY-MM` (src/check/claim-time.ts `isoPeriod`); undefined for anything else (a day, a part of a period). */
function period(ctx: CheckContext, text: string): string | undefined {
  const p = isoPeriod(ctx, text.trim().replace(/[.!?]+$/, '').replace(/^(?:the\s+year\s+)/i, ''));
  return p && p.length <= 7 ? p : undefined;
}

type Side = NonNullable<ReturnType<typeof sideDate>>;

/** Whether a side's day is in the period: true, false (the graph dates it outside), undefined (cannot tell). */
function inPeriod(day: string, p: string, planned?: boolean): boolean | undefined {
  const n = Math.min(day.length, p.length);
  if (day.slice(0, n) !== p.slice(0, n)) return planned ? undefined : false;
  return day.length >= p.length && !planned ? true : undefined;
}

/** Each side dated at both ends (a trip's first and last day): its inclusion in the period. */
function sideIn(ctx: CheckContext, text: string, p: string): { fits: boolean | undefined; sides: Side[] } | undefined {
  const first = sideDate(ctx, text, 'start');
  const last = sideDate(ctx, text, 'end');
  if (!first || !last || (!first.claims.length && !first.literal)) return undefined;
  const fits = [first, last].map((s) => inPeriod(s.day, p, s.planned));
  return { fits: fits.includes(false) ? false : fits.every((f) => f === true) ? true : undefined, sides: first.day === last.day ? [first] : [first, last] };
}

/**
 * Reads "both A and B V in T" and "A V earlier in T than B"; undefined when the claim is of
 * neither shape or a side is not one dated thing.
 *
 * @example
 * ```ts
 * readBothIn(ctx, 'Both the gala and the summit took place in 2015')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function readBothIn(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (DENIAL.test(claim) || /^(?:did|was|were|is|are|had|has)\b/i.test(claim)) return undefined;
  const order = WITHIN_ORDER.exec(claim);
  const both = order ? undefined : BOTH.exec(claim);
  const [left, right, when] = order ? [order[1]!, order[4]!, order[3]!] : both ? [both[2]!, both[3]!, both[6]!] : [];
  if (!left || !right || !when) return undefined;
  // "both" must be said, or the verb be one of occurrence with a plural subject (the regex's verb)
  const p = period(ctx, when);
  if (!p) return undefined;
  const a = sideIn(ctx, order ? left : left.replace(/^both\s+/i, ''), p);
  const b = sideIn(ctx, right, p);
  if (!a || !b || a.sides[0]!.iri === b.sides[0]!.iri) return undefined;
  const span = order ? readSpan(ctx, `${left} ${order[2]!.toLowerCase()} than ${right}`) : undefined;
  if (order && !span) return undefined;
  const spanVerdict = span?.evaluation.verdict;
  const fits = [a.fits, b.fits];
  const verdict = fits.includes(false) || spanVerdict === 'REFUTED' ? 'REFUTED'
    : fits.every((f) => f === true) && (!span || spanVerdict === 'SUPPORTED') ? 'SUPPORTED' : 'NOT_ENOUGH_INFO';
  const sides = [...a.sides, ...b.sides];
  const days = sides.map((s) => `${s.label}: ${inPeriod(s.day, p, s.planned) === false ? 'not ' : inPeriod(s.day, p, s.planned) === undefined ? 'perhaps ' : ''}in ${p}`).join('; ');
  const stance = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
  const bearings: Bearing[] = [...(span?.evaluation.bearings ?? []), ...sides.flatMap((s) => s.claims.map((c): Bearing => ({
    claim: c, stance, reason: verdict === 'NOT_ENOUGH_INFO' ? 'partial-match' : 'direct', note: `claim ${localName(c.iri)} dates ${s.label}`,
  })))];
  const head = verdict === 'SUPPORTED' ? 'Supported by the dates the graph gives' : verdict === 'REFUTED' ? 'Refuted by the dates the graph gives' : 'Not decided';
  const explanation = `${head}: ${days}${span ? `; the order: ${span.evaluation.explanation}` : ''}.`;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: a.sides[0]!.iri, label: a.sides[0]!.label, mention: left },
    object: { kind: p.length === 4 ? 'year' : 'month', value: p, mention: when },
    polarity: 'positive', modality: 'stated',
    predicate: 'http://www.w3.org/2006/time#inside', predicateName: 'inside', qualifiers: {},
    pattern: order ? '{s} (earlier|later) in {period} than {o} (the order, and each side in the period)' : 'both {s} and {s2} (took place|happened|fell) in {period} (each side in the period)',
    notes: [`read as each of two dated things in ${p}: ${a.sides[0]!.label} and ${b.sides[0]!.label}`],
  };
  return { interpretation, evaluation: { verdict, reason: verdict === 'SUPPORTED' ? 'direct' : verdict === 'REFUTED' ? 'qualifier-conflict' : 'partial-match', conflict: false, bearings, explanation } };
}
