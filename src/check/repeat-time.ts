/**
 * Another occasion of a repeatable relation (round 33, fix26a; users26's false verdicts): "X
 * visited Y in 2006" against a source that dates X's visit to Y in 2015. The source's date says
 * when THAT visit happened; a relation that may hold again (lexicon `cg:repeatableProperty`) is not
 * made single-valued in time by it, so a time in another year neither refutes the claim nor
 * supports its denial. Only a rank among occasions ("the first / last to visit", the office-holder
 * refuters) or a functional property may exclude another occasion.
 *
 * A time in the same calendar year as the source's occasion is taken to name that occasion (a
 * claim "visited Y in November 2015" of a visit the source dates October 22-28, 2015 is its date
 * misstated), and a possessive nominal ("X's visit to Y took place in 2014") names one occasion,
 * the source's: both keep the source's date as before.
 */
import { NS, type CheckContext } from './context.js';
import { DATING_QUALIFIERS, isA, type ClaimInfo } from './claim-index.js';
import { flaggedProperties } from './lexicon-words.js';
import { eventDates } from './qualifiers.js';
import type { AmountBound, Interpretation } from './types.js';
import { satisfiesBound } from './values.js';

/** A year's bound said in words, for the explanation. */
const BOUND_WORDS: Partial<Record<AmountBound, string>> = { lt: 'before', gt: 'after', le: 'no later than', ge: 'no earlier than', about: 'about' };

/**
 * The claim's time and the source occasion's years when the claim's time (its `name` qualifier, a
 * year, month or day, or a bounded year that excludes them all) falls in a year the source's occasion does not touch and the
 * relation is repeatable; undefined otherwise.
 *
 * @example
 * ```ts
 * otherOccasion(ctx, q, c, 'year'); // { time: '2006', source: '2015' } for "Rufus visited Sylvania in 2006"
 * ```
 */
export function otherOccasion(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: 'year' | 'date'): { time: string; source: string } | undefined {
  if (!flaggedProperties(ctx, 'repeatableProperty').has(c.predicate)) return undefined;
  // "X's visit to Y took place in T": the possessive names the source's own occasion
  if (/^\{s\}\s*'s\b/.test(q.pattern ?? '')) return undefined;
  // "the last PM to visit Y, in 2004": a rank among occasions dates the one it ranks
  if (q.qualifiers.firstInOffice || q.qualifiers.lastInOffice) return undefined;
  return timeOutsideOccasion(ctx, q, c, name);
}

/** The time qualifiers a claim may date its occasion with (a day, a month, a year, its start or end). */
const OCCASION_TIMES = new Set(['year', 'date', 'month', 'startDate', 'endDate']);

/**
 * The claim's time for `name` (a day, a month or an unbounded year) when it lies in a year outside
 * every year the source dates its occasion with, and those years; undefined otherwise. A source
 * claim with no time of its own about an event the graph dates ("attended the gala") is dated by
 * the event, as compareQualifier dates it (round 36).
 */
function timeOutsideOccasion(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: string): { time: string; source: string } | undefined {
  const v = q.qualifiers[name];
  if (!v || !(v.kind === 'date' || v.kind === 'month' || v.kind === 'year') || !/^\d{4}(?:-\d\d){0,2}$/.test(v.value)) return undefined;
  const own = DATING_QUALIFIERS.flatMap((n) => c.qualifiers.get(n) ?? []);
  const years = (own.length ? own : occasionEvents(ctx, c).flatMap((e) => eventDates(ctx, e))).map((t) => t.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)).sort();
  if (!years.length) return undefined;
  // round 37 (users30 F15): a bound ("before 2000", a decade's "after 1989") that no year of the
  // source's occasion meets names a time wholly outside it, as another year does: another occasion
  if (v.kind === 'year' && v.bound) {
    const bound = v.bound;
    if (years.some((y) => satisfiesBound(Number(y), Number(v.value), bound))) return undefined;
    return { time: `${BOUND_WORDS[bound] ?? bound} ${v.value}`, source: [...new Set(years)].join(', ') };
  }
  const claimed = v.value.slice(0, 4);
  if (claimed >= years[0]! && claimed <= years[years.length - 1]!) return undefined;
  return { time: v.value, source: [...new Set(years)].join(', ') };
}

/** The source claim's sides that are events (its object, its subject). */
function occasionEvents(ctx: CheckContext, c: ClaimInfo): string[] {
  return [...(c.object.termType === 'NamedNode' ? [c.object.value] : []), c.subject].filter((iri) => isA(ctx, iri, `${NS.cg}Event`));
}

/**
 * Another instance of an event of a kind that recurs (round 36, fix29a; users29's F3): "X attended
 * the Gala in 2019" against the one Gala the graph dates 2016, where the ontology makes the
 * event's class a `cg:RecurringEvent` (a parade is held again; a pipeline's groundbreaking is
 * not). The claim's time in a year the graph's instance does not touch names another instance,
 * so it neither refutes the claim nor supports its denial. Undefined otherwise (an event of a
 * one-off kind keeps its date: "X attended the groundbreaking in 2016" is refuted by it).
 *
 * @example
 * ```ts
 * recurringOccasion(ctx, q, c, 'year'); // { time: '2019', source: '2016', event: '...gala-2016' } for "Rufus attended the Gala in 2019"
 * ```
 */
export function recurringOccasion(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: string): { time: string; source: string; event: string } | undefined {
  const event = recurringEventOf(ctx, c);
  if (!event || q.qualifiers.firstInOffice || q.qualifiers.lastInOffice) return undefined;
  const out = timeOutsideOccasion(ctx, q, c, name);
  return out && { ...out, event };
}

/** The source claim's side that is an event of a recurring kind (`cg:RecurringEvent`), if any. */
export function recurringEventOf(ctx: CheckContext, c: ClaimInfo): string | undefined {
  return occasionEvents(ctx, c).find((iri) => isA(ctx, iri, `${NS.cg}RecurringEvent`));
}

/**
 * Another occasion named with an indefinite article (round 35, scope35; precision34's p34-144 and
 * p34-149): "X concluded A visit to Y on <a day of 2016>" against a visit the source ends in 2015,
 * "Z will host AN <event kind> in 2017" against the one event of that kind the graph dates 2016.
 * The indefinite names any occasion, so a time in a year the source's occasion does not touch
 * neither refutes the claim nor supports its denial. It is read so only where another occasion is
 * possible: an occasion noun of the pattern ("a visit") on a repeatable relation (lexicon
 * `cg:repeatableProperty`), or an object mention of an event ("a League summit", an individual of
 * `cg:Event`); "his visit", "the state visit" and the possessive keep the source's occasion, and
 * so does a time in the same year (the occasion's date misstated, as {@link otherOccasion} reads it).
 *
 * @example
 * ```ts
 * indefiniteOccasion(ctx, q, c, 'endDate'); // { time: '2004-05-03', source: '2001' } for "Rufus ended a trip to Sylvania on 3 May 2004"
 * ```
 */
export function indefiniteOccasion(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: string): { time: string; source: string } | undefined {
  const d = q.determiner;
  if (d?.kind !== 'indefinite' || !OCCASION_TIMES.has(name)) return undefined;
  const side = d.of === 'object' ? q.object : d.of === 'subject' ? q.subject : undefined;
  const open = side ? side.kind === 'entity' && isA(ctx, side.iri, `${NS.cg}Event`) : flaggedProperties(ctx, 'repeatableProperty').has(c.predicate);
  if (!open || q.qualifiers.firstInOffice || q.qualifiers.lastInOffice) return undefined;
  // round 38 (fix30c; users30's F3): "a <parade>" is any instance of a recurring kind, held on
  // other days of the same year too: a time the source's instance does not have names another
  return timeOutsideOccasion(ctx, q, c, name) ?? (side?.kind === 'entity' && isA(ctx, side.iri, `${NS.cg}RecurringEvent`) ? otherInstanceTime(ctx, q, c, name) : undefined);
}

/**
 * The claim's time for `name` and the source instance's times, for an indefinite instance of a
 * recurring event whose time the source's instance does not share (the caller found the times in
 * conflict); undefined when the claim names no day, month or unbounded year.
 */
function otherInstanceTime(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: string): { time: string; source: string } | undefined {
  const v = q.qualifiers[name];
  if (!v || !(v.kind === 'date' || v.kind === 'month' || (v.kind === 'year' && !v.bound)) || !/^\d{4}/.test(v.value)) return undefined;
  const own = DATING_QUALIFIERS.flatMap((n) => c.qualifiers.get(n) ?? []);
  const times = own.length ? own : occasionEvents(ctx, c).flatMap((e) => eventDates(ctx, e));
  return times.length ? { time: v.value, source: [...new Set(times)].join(', ') } : undefined;
}

/**
 * The same for an occasion named as the subject of its time ("A League summit will take place in
 * Z in 2017" read as the event's single-valued day): an indefinite event is any of its kind, so
 * the one the graph dates in another year does not refute it (src/check/refuters.ts).
 *
 * @example
 * ```ts
 * indefiniteEventTime(ctx, q, c); // { time: '2017', source: '2016-06' } for "A Gala will be held in 2017"
 * ```
 */
export function indefiniteEventTime(ctx: CheckContext, q: Interpretation, c: ClaimInfo): { time: string; source: string } | undefined {
  const d = q.determiner;
  if (d?.kind !== 'indefinite' || d.of !== 'subject' || q.subject.kind !== 'entity' || !isA(ctx, q.subject.iri, `${NS.cg}Event`)) return undefined;
  const v = q.object;
  if (!(v.kind === 'date' || v.kind === 'month' || (v.kind === 'year' && !v.bound)) || c.object.termType !== 'Literal' || !/^\d{4}/.test(c.object.value)) return undefined;
  // round 38 (fix30c; users30's F3): an instance of a recurring kind ("a <parade> was held on 9
  // May") may be another on any other day, in the same year too; another event keeps its year
  if (v.value.slice(0, 4) === c.object.value.slice(0, 4) && !isA(ctx, q.subject.iri, `${NS.cg}RecurringEvent`)) return undefined;
  return { time: v.value, source: c.object.value };
}

/**
 * The event the claim names with an indefinite article ("attended A parade", "did not host A
 * ceremony"), when it is an individual of `cg:Event` (round 36, fix29a; users29's F3): a denial of
 * the graph's one event of that kind says nothing of "a" parade, which may be another.
 *
 * @example
 * ```ts
 * indefiniteEvent(ctx, q, c); // '...gala-2016' for "Rufus attended a Gala" against "Rufus did not attend the Gala"
 * ```
 */
export function indefiniteEvent(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  const d = q.determiner;
  if (d?.kind !== 'indefinite') return undefined;
  const side = d.of === 'object' ? q.object : d.of === 'subject' ? q.subject : undefined;
  if (side?.kind !== 'entity' || !isA(ctx, side.iri, `${NS.cg}Event`)) return undefined;
  return occasionEvents(ctx, c).includes(side.iri) ? side.iri : undefined;
}

/**
 * True when a denial is said with "never" ("X has never attended the Gala"): of every instance of
 * a recurring event, so the source's denial of one instance does not support it (round 37,
 * precision37), and of every time up to now, so a state denied at a source's day does not decide it
 * (round 37, deeds37: src/check/denial-time.ts `deniedOnlyFrom`).
 *
 * @example
 * ```ts
 * saysNever('Rufus has never attended the Gala.', q); // true for a negative reading
 * ```
 */
export function saysNever(claim: string, interp: Interpretation): boolean {
  return interp.polarity === 'negative' && /\bnever\b/i.test(claim);
}
