/**
 * Round 27: a span in hours between two dated things ("Zed Q. posted his comment less than 48
 * hours after the gala opened", "within 24 hours of the opening"). A side the graph times to the
 * minute (a reader comment's dateCreated) is that instant; a side known to the day only is any
 * instant of that day, so the span is a range of hours. The claim is decided only when every
 * span of the range gives the same answer (checked every three minutes of it): a day-only side
 * leaves "48 hours after" undecided where the range straddles it. The arithmetic is in the
 * explanation.
 */
import { localName, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

/** The units a span may be counted in, for regexes (hours read here, the others in src/check/spans.ts). */
export const SPAN_UNIT_WORDS = 'hour|day|week|fortnight|month|year|decade';

/** What a side of the span gives: its day, and the instant when the graph has one. */
export interface HourSide {
  day: string;
  at?: string;
  label: string;
  iri: string;
  claims: ClaimInfo[];
}

type Bound = 'gt' | 'lt' | 'ge' | 'le' | 'about' | 'exact' | 'precise' | undefined;
const HOUR = 3_600_000;

/** The instants a side may stand for, in ms: [first, last]; undefined when known to less than the day. */
function instants(s: HourSide): [number, number] | undefined {
  if (s.at) {
    const t = Date.parse(/Z|[+-]\d\d:\d\d$/.test(s.at) ? s.at : `${s.at}Z`);
    return Number.isNaN(t) ? undefined : [t, t];
  }
  if (!/^\d{4}-\d\d-\d\d$/.test(s.day)) return undefined;
  const t = Date.parse(`${s.day}T00:00:00Z`);
  return [t, t + 24 * HOUR];
}

/**
 * Decides "A [bound] N hours before|after B" from the two sides; undefined when a side is known
 * to less than the day. `holds` and `clearlyNot` are in hours, B to A (after) or A to B (before).
 *
 * @example
 * ```ts
 * // a comment at 09:12 the day after a one-day event: 9.2 to 33.2 hours, under 72 holds
 * hourSpan({ day: '2016-01-17', at: '2016-01-17T09:12', ... }, { day: '2016-01-16', ... }, 'after', 72, 'lt', 'less than', 'A', 'B');
 * ```
 */
export function hourSpan(a: HourSide, b: HourSide, rel: 'before' | 'after', n: number, bound: Bound, boundWords: string | undefined, left: string, right: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const [ia, ib] = [instants(a), instants(b)];
  if (!ia || !ib || a.iri === b.iri || !a.claims.length || !b.claims.length) return undefined;
  const [early, late] = rel === 'after' ? [ib, ia] : [ia, ib];
  const lo = (late[0] - early[1]) / HOUR;
  const hi = (late[1] - early[0]) / HOUR;
  // "exactly / precisely N hours" (round 28): to the minute the graph times a comment in, not the
  // half hour a plain count is rounded to ("exactly 36 hours" for 36 h 28 min was supported)
  const slack = bound === 'about' ? Math.max(1, 0.15 * n) : bound === 'precise' ? 1 / 60 : 0.5;
  const holds = (g: number): boolean => {
    switch (bound) {
      case 'gt': return g > n;
      case 'lt': return g >= 0 && g < n;
      case 'ge': return g >= n;
      case 'le': return g >= 0 && g <= n;
      default: return g >= 0 && Math.abs(g - n) <= slack;
    }
  };
  // an approximate count is refuted only clearly outside it (a quarter of N, at least an hour)
  const clearlyNot = (g: number): boolean => (bound === 'about' ? g < 0 || Math.abs(g - n) > Math.max(1, 0.25 * n) : !holds(g));
  const steps = Math.max(1, Math.ceil((hi - lo) * 20));
  // N itself when the range holds it: a window narrower than a step ("exactly") is not stepped over
  const gaps = [...Array.from({ length: steps + 1 }, (_, k) => lo + ((hi - lo) * k) / steps), ...(n >= lo && n <= hi ? [n] : [])];
  const verdict = gaps.every(holds) ? 'SUPPORTED' : gaps.every(clearlyNot) ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  const said = `${boundWords ? `${boundWords.toLowerCase()} ` : ''}${n} hour${n === 1 ? '' : 's'} ${rel}`;
  const known = (s: HourSide): string => (s.at ? `${s.label} at ${s.at}` : `${s.label}, at an hour the graph does not give`);
  const range = lo === hi ? `${r2(lo)} hours` : `${r2(lo)} to ${r2(hi)} hours (a day without its hour stands for any instant of it)`;
  const arithmetic = `${known(rel === 'after' ? b : a)} to ${known(rel === 'after' ? a : b)} is ${range}`;
  const stance = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
  const bearings: Bearing[] = [...a.claims, ...b.claims].map((c) => ({
    claim: c, stance, reason: verdict === 'NOT_ENOUGH_INFO' ? 'partial-match' : 'direct', note: `claim ${localName(c.iri)} dates ${c.subject === a.iri ? 'the first' : 'the second'} side`,
  }));
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: a.iri, label: a.label, mention: left },
    object: { kind: 'entity', iri: b.iri, label: b.label, mention: right },
    polarity: 'positive', modality: 'stated',
    predicate: `http://www.w3.org/2006/time#${rel}`, predicateName: rel,
    qualifiers: { duration: { kind: 'duration', days: r2(n / 24), mention: said } },
    pattern: '{s} [bound] N hours (before|after) {o} (the instants the graph gives each side)',
    notes: [`read as the time between two dated things: ${a.label} and ${b.label}`],
  };
  const head = verdict === 'SUPPORTED' ? 'Supported by the dates the graph gives' : verdict === 'REFUTED' ? 'Refuted by the dates the graph gives' : 'Not decided';
  const tail = verdict === 'NOT_ENOUGH_INFO' ? ', and the claim fits part of that range only' : '';
  const explanation = `${head}: ${arithmetic}; the claim says ${said}${tail}.`;
  return {
    interpretation,
    evaluation: { verdict, reason: verdict === 'SUPPORTED' ? 'direct' : verdict === 'REFUTED' ? 'qualifier-conflict' : 'partial-match', conflict: false, bearings, explanation },
  };
}
