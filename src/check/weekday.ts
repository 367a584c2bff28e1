/**
 * A weekday said of a dated thing: "The ceremony took place on a Sunday", "The bank opened on a
 * Saturday". The graph states days, not weekdays, so the weekday is computed from the day: the
 * claim is read once per day the graph gives a thing it names ("The bank opened on January 16,
 * 2016"), and a reading the graph SUPPORTS dates the claim. Its weekday then decides: the same
 * weekday supports; another refutes only when the relation is functional (owl:FunctionalProperty:
 * one opening, one day), since a relation that may recur ("visited") could have happened on
 * another day as well. Anything else (no day, no supported reading, a denial, a bare "on Sunday",
 * which news prose uses for the week of the article) is no reading.
 */
import { NS, type CheckContext } from './context.js';
import { eventDates } from './qualifiers.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from './calendar-names.js';
import { DENIAL } from './denials.js';
import { restate } from './result.js';

/** The weekday of an ISO day (`YYYY-MM-DD`), in the proleptic Gregorian calendar (UTC). */
export function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]!;
}

/** A weekday claim: the statement before "on a <weekday>" and the weekday. */
export interface WeekdayClaim {
  statement: string;
  /** The weekday ("Sunday"), or the word for several ("weekday", "weekend"; round 39). */
  weekday: string;
  /** The weekdays the word covers, when it names several ("weekend": Saturday, Sunday). */
  days?: string[];
}

/**
 * The weekdays "weekday" and "weekend" cover (round 39, users31's "took place on a weekday"): the
 * working week and the two days after it, as the calendar says them; a day computed from the graph's
 * date lies in one or the other, never in both.
 */
const WEEK_PARTS: Record<string, string[]> = {
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  weekend: ['Saturday', 'Sunday'],
};

/**
 * "S on a <weekday>" closing the claim; undefined otherwise (and under a denial).
 *
 * @example
 * ```ts
 * readWeekdayClaim('The gala was held on a Sunday.'); // { statement: 'The gala was held', weekday: 'Sunday' }
 * readWeekdayClaim('The gala was held on a weekend.')?.days; // ['Saturday', 'Sunday']
 * ```
 */
export function readWeekdayClaim(text: string): WeekdayClaim | undefined {
  const t = normalizeTypography(text).trim();
  if (DENIAL.test(t)) return undefined;
  const m = /^(.+?\S)\s+on\s+an?\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekday|weekend)\s*[.!]?$/i.exec(t);
  if (!m) return undefined;
  const w = m[2]!.toLowerCase();
  if (WEEK_PARTS[w]) return { statement: m[1]!, weekday: w, days: WEEK_PARTS[w] };
  return { statement: m[1]!, weekday: WEEKDAYS.find((d) => d.toLowerCase() === w)! };
}

/**
 * The days of the claims that have a thing as their object (round 18): a thing that is no event
 * (the canal) has the day of what was done to it ("construction of the canal was launched on
 * 2015-12-13"); the recheck on that day still has to support the statement.
 */
function claimDays(ctx: CheckContext, iri: string): string[] {
  return ctx.store.getSubjects(`${NS.rdf}object`, iri, null)
    .flatMap((node) => ctx.store.getObjects(node, `${NS.cg}date`, null)).map((d) => d.value);
}

/** The days (`YYYY-MM-DD`) the graph gives the things a statement names, each with the statement said on it. */
export function datedRewrites(ctx: CheckContext, statement: string): Array<{ day: string; claim: string }> {
  const toks = dropIgnorable(tokenize(statement, ctx.morph), ctx.morph);
  const days = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 8); j > i; j--) {
      const hit = resolveMention(ctx, toks.slice(i, j));
      if (hit.length !== 1) continue;
      for (const d of [...eventDates(ctx, hit[0]!.iri), ...claimDays(ctx, hit[0]!.iri)]) if (/^\d{4}-\d\d-\d\d$/.test(d)) days.add(d);
      i = j - 1;
      break;
    }
  }
  return [...days].sort().map((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return { day, claim: `${statement} on ${MONTHS[m - 1]} ${d}, ${y}.` };
  });
}

/**
 * Decides a weekday claim from the result of its statement on a day the graph gives; undefined
 * when that result does not date the claim (not SUPPORTED, or another weekday of a relation that
 * may recur).
 */
export function decideWeekday(ctx: CheckContext, text: string, w: WeekdayClaim, day: string, r: CheckResult, oneDay = false): CheckResult | undefined {
  if (r.verdict !== 'SUPPORTED') return undefined;
  const actual = weekdayOf(day);
  const same = (w.days ?? [w.weekday]).includes(actual);
  // `oneDay`: the caller knows the day is the only one the claim can mean (a trip's first day)
  // a relation that happens to its object once (cg:oncePerObject: a construction launched) has one
  // day for that object, whoever did it (round 18)
  const functional = oneDay || ctx.axioms.functional.has(r.interpretation.predicate) || ctx.axioms.oncePerObject.has(r.interpretation.predicate);
  if (!same && !functional) return undefined;
  const arithmetic = `${day} was a ${actual}`;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "on a ${w.weekday}" as the weekday of the day the graph gives (${arithmetic})`] };
  if (same) {
    return restate(r, text, { interpretation, explanation: `Supported: the graph dates it ${day}, and ${arithmetic}. ${r.explanation}` });
  }
  return {
    ...r, claim: text.trim(), interpretation, verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance })),
    explanation: `Refuted: the graph dates it ${day} (one day: ${ctx.axioms.functional.has(r.interpretation.predicate) || oneDay ? 'the relation is functional' : 'it happens to its object once'}), and ${arithmetic}, not a ${w.weekday}. ${r.explanation}`,
  };
}
