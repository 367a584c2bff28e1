/**
 * Time between sources: when sources of different dates disagree (an expectation in 2015, a
 * revised one in 2016), the verdict is decided for the claim's time: the time the claim states
 * ("In 2015, X was expected ...", "as of January 2016, ..."), else the latest source. A source's
 * time is its article's schema:datePublished (or the bounds an undated article's text gives,
 * cg:publishedNotBefore / cg:publishedNotAfter), or a reader comment's schema:dateCreated. Two
 * sources are in order only when one's latest possible date is before the other's earliest;
 * sources that may be of the same day decide nothing by time, and their disagreement stays a
 * conflict.
 */
import type { Term } from '@rdfjs/types';
import { NS, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';

/** When a source was written: a day, or the bounds an undated article gives. */
export interface SourceTime {
  /** Earliest possible day, `YYYY-MM-DD`. */
  lo: string;
  /** Latest possible day, `YYYY-MM-DD`. */
  hi: string;
  /** As shown: `2016-01-16`, or `2015-10-28..2015-11-03 (undated)`. */
  label: string;
}

/** The time a claim is checked for, read from the claim ("as of 2016"): an ISO period prefix. */
export interface ClaimTime {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  /** The words of the claim that state it. */
  mention: string;
  /**
   * True when the claim at that time is a deed in the perfect ("by 2018, X had joined Y"): a deed
   * done by a source's day stays done, where a state ("X was still a member") may have changed.
   */
  deedDone?: boolean;
}

const cache = new WeakMap<object, Map<string, SourceTime | null>>();

function one(ctx: CheckContext, s: string, p: string): string | undefined {
  return (ctx.store.getObjects(s, p, null)[0] as Term | undefined)?.value.slice(0, 10);
}

/** What dates a document: its day (published, else created; `documentTime` takes the first it has)... */
const DAY_PREDICATES = [NS.schema + 'datePublished', NS.schema + 'dateCreated'] as const;
/** ... or, undated, the bounds of the time it was published in. */
const NOT_BEFORE = NS.cg + 'publishedNotBefore';
const NOT_AFTER = NS.cg + 'publishedNotAfter';

/** One document's time (an article or a comment), undefined when the graph gives none. */
function documentTime(ctx: CheckContext, doc: string): SourceTime | undefined {
  let m = cache.get(ctx.store);
  if (!m) cache.set(ctx.store, (m = new Map()));
  const hit = m.get(doc);
  if (hit !== undefined) return hit ?? undefined;
  let t: SourceTime | undefined;
  const [published, created] = DAY_PREDICATES;
  const day = one(ctx, doc, published) ?? one(ctx, doc, created);
  if (day) t = { lo: day, hi: day, label: day };
  else {
    const lo = one(ctx, doc, NOT_BEFORE);
    const hi = one(ctx, doc, NOT_AFTER);
    if (lo && hi) t = { lo, hi, label: `${lo}..${hi} (undated)` };
  }
  m.set(doc, t ?? null);
  return t;
}

/**
 * The times of the documents a claim is stated in (one, as a rule; a claim two articles state is
 * dated by each, so it counts as the earlier one's for a past time and as the later one's for the
 * latest source). `[undefined]` when a document has no date or the claim names none.
 *
 * @example
 * ```ts
 * sourceTimes(ctx, claim); // [{ lo: '2016-01-16', hi: '2016-01-16', label: '2016-01-16' }]
 * ```
 */
export function sourceTimes(ctx: CheckContext, c: ClaimInfo): Array<SourceTime | undefined> {
  return c.statedIn.length ? c.statedIn.map((d) => documentTime(ctx, d)) : [undefined];
}

/** The last day of an ISO period prefix (`2015` -> `2015-12-31`, `2016-02` -> `2016-02-29`). */
export function periodEnd(period: string): string {
  if (period.length >= 10) return period.slice(0, 10);
  if (period.length === 4) return `${period}-12-31`;
  const [y, mo] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${period}-${String(last).padStart(2, '0')}`;
}

/**
 * The day of the graph's latest source (an article's or a comment's date) when the claim's stated
 * time (`ctx.asOf`) begins after it: no source speaks of that time, so a state the sources report
 * may have changed by then ("In 2018 X was still the bank's president", against sources of 2015 and
 * 2016). A deed the source reports done stays done (`deedDone`, positive sources only). Between
 * sources, a state holds from the source that states it (the timeline's own rule).
 *
 * @example
 * ```ts
 * sourcePredates({ ...ctx, asOf: { period: '2018', mention: 'In 2018' } }, claim); // '2016-01-16'
 * ```
 */
export function sourcePredates(ctx: CheckContext, c: ClaimInfo): string | undefined {
  const at = ctx.asOf;
  if (!at || (at.deedDone && c.polarity === 'positive')) return undefined;
  const latest = latestSourceDay(ctx);
  // a period begins on its first day: "2016" is not after 16 January 2016, "2016-02" is
  return latest !== undefined && periodStart(at.period) > latest ? latest : undefined;
}

const latestDays = new WeakMap<object, string | null>();

/** The latest day any document of the graph is dated (published, created, or at the latest). */
function latestSourceDay(ctx: CheckContext): string | undefined {
  let day = latestDays.get(ctx.store);
  if (day === undefined) {
    // a document's own day, or the latest it may be from when it is undated (documentTime's predicates)
    const days = [...DAY_PREDICATES, NOT_AFTER].flatMap((p) => ctx.store.getObjects(null, p, null).map((o) => o.value.slice(0, 10)));
    day = days.length ? days.sort().pop()! : null;
    latestDays.set(ctx.store, day);
  }
  return day ?? undefined;
}

/** The first day of an ISO period prefix (`2015` -> `2015-01-01`, `2016-02` -> `2016-02-01`). */
export function periodStart(period: string): string {
  return period.length >= 10 ? period.slice(0, 10) : period.length === 4 ? `${period}-01-01` : `${period.slice(0, 7)}-01`;
}

/** A bearing as the timeline sees it. */
export interface Dated<B> {
  b: B;
  stance: 'supports' | 'refutes';
  time: SourceTime | undefined;
}

/** The outcome of deciding a disagreement by time. */
export interface TimeDecision<B> {
  /** The stance that decides, or undefined when time does not settle it. */
  stance?: 'supports' | 'refutes';
  /** Bearings in date order (undated last), each with its time. */
  ordered: Array<Dated<B>>;
  /** Bearings set aside because their source is later than the claim's time. */
  later: Array<Dated<B>>;
  /** Why, in words. */
  why: string;
}

/** Sorts dated bearings by their source's earliest day (undated last), stably. */
export function inDateOrder<B>(xs: Array<Dated<B>>): Array<Dated<B>> {
  return xs.map((x, i) => ({ x, i })).sort((a, b) => {
    const ka = a.x.time?.lo ?? '\uffff';
    const kb = b.x.time?.lo ?? '\uffff';
    return ka < kb ? -1 : ka > kb ? 1 : a.i - b.i;
  }).map((e) => e.x);
}

/**
 * Decides supporting and refuting bearings by time. With a claim time, sources later than it are
 * set aside (a source whose date may fall on either side leaves the claim undecided); among the
 * rest, one side wins when one of its sources is later than every source of the other side.
 *
 * @example
 * ```ts
 * decideByTime([{ b, stance: 'supports', time: t2015 }, { b2, stance: 'refutes', time: t2016 }]).stance; // 'refutes'
 * ```
 */
export function decideByTime<B>(xs: Array<Dated<B>>, at?: ClaimTime): TimeDecision<B> {
  const ordered = inDateOrder(xs);
  if (xs.some((x) => !x.time)) return { ordered, later: [], why: 'a source has no date, so the sources cannot be put in order' };
  let kept = ordered;
  const later: Array<Dated<B>> = [];
  if (at) {
    const end = periodEnd(at.period);
    const straddle = ordered.filter((x) => x.time!.lo <= end && x.time!.hi > end);
    if (straddle.length) return { ordered, later: [], why: `a source may date from before or after ${at.period} (${straddle[0]!.time!.label}), the claim's time` };
    kept = ordered.filter((x) => x.time!.hi <= end);
    later.push(...ordered.filter((x) => x.time!.lo > end));
    if (!kept.length) return { ordered, later, why: `every source that bears on it is later than ${at.period}, the claim's time` };
  }
  for (const side of ['supports', 'refutes'] as const) {
    const mine = kept.filter((x) => x.stance === side);
    const other = kept.filter((x) => x.stance !== side);
    if (!mine.length) continue;
    if (!other.length) return { stance: side, ordered, later, why: at ? `only sources up to ${at.period}, the claim's time, count` : '' };
    const otherHi = other.map((x) => x.time!.hi).sort().at(-1)!;
    if (mine.some((x) => x.time!.lo > otherHi)) {
      return { stance: side, ordered, later, why: at ? `the latest source up to ${at.period}, the claim's time, decides` : 'no time in the claim, so the latest source decides' };
    }
  }
  return { ordered, later, why: 'the sources that disagree may be of the same date' };
}
