/**
 * The day a clause names by what happened: "the UN recognised X's neutrality" is dated by the
 * claim that supports it ("... was recognised by the UN General Assembly on December 12, 1995").
 * Used where a time is given by an event rather than a date: one side of a span ("two decades
 * before the ceremony", src/check/spans.ts) and a time clause ("when the bank opened",
 * src/check/time-clause.ts). The clause must read as one positive statement the graph SUPPORTS,
 * and every supporting claim must give the same one day (a `date`, a `pointInTime` day or month, or a `year` alone); anything
 * else (undecided, refuted, no day, two days) is no date.
 */
import type { ClaimInfo } from './claim-index.js';
import type { CheckContext } from './context.js';
import { agentlessRewrites } from './agentless.js';
import { parseClaim } from './parser.js';
import { evaluateClaim } from './verdict.js';

/** A clause's day and the claims that give it. */
export interface ClauseDay {
  /** `YYYY-MM-DD`, `YYYY-MM` for a month, or `YYYY` when the source gives the year only. */
  day: string;
  /** The entity the statement is about (its subject). */
  iri: string;
  label: string;
  claims: ClaimInfo[];
  /** Round 35: the clause is an expectation the graph dates only as expected (its planned time). */
  planned?: boolean;
}

// the qualifiers that say when a stated event happened, most precise first; a point in time may
// be a month ("began joining in July 2015", round 20): a month stands for any of its days in a span
const WHEN = ['date', 'pointInTime', 'year'] as const;

/**
 * The one day the graph gives the event a clause states; undefined when the clause does not read
 * as a supported statement with exactly one day.
 *
 * @example
 * ```ts
 * clauseDay(ctx, 'the Assembly recognised Freedonian neutrality')?.day; // '1995-12-12'
 * ```
 */
export function clauseDay(ctx: CheckContext, text: string): ClauseDay | undefined {
  const said = readDay(ctx, text);
  if (said !== null) return said;
  // an agentless clause ("construction of the canal began"): someone did it; each candidate
  // agent's reading the graph supports must give the same one day
  const days = agentlessRewrites(ctx, text).map((r) => readDay(ctx, r.claim)).filter((d): d is ClauseDay => !!d);
  if (!days.length || new Set(days.map((d) => d.day)).size !== 1) return undefined;
  return { ...days[0]!, label: `${text.trim()} (${days[0]!.day})`, claims: [...new Set(days.flatMap((d) => d.claims))] };
}

/** The clause's one day; null when the clause does not read at all (undefined: read, but no one day). */
function readDay(ctx: CheckContext, text: string): ClauseDay | undefined | null {
  let readings: ReturnType<typeof parseClaim>['readings'];
  try {
    ({ readings } = parseClaim(ctx, text));
  } catch {
    return null;
  }
  for (const r of readings.slice(0, 4)) {
    const i = r.interpretation;
    // a denial or an expectation dates nothing that happened; round 35: a clause said as an
    // expectation ("X is expected to sign ...") is dated by the time the source expects it, a planned
    // time (the span reader says so), and only by expected claims the reading matches
    const planned = i.modality === 'expected';
    if (i.polarity !== 'positive' || (i.modality !== 'stated' && !planned) || i.subject.kind !== 'entity') continue;
    const ev = evaluateClaim(ctx, i);
    if (ev.verdict !== 'SUPPORTED') continue;
    const claims = [...new Set(ev.bearings.filter((b) => b.stance === 'supports').map((b) => b.claim))];
    for (const q of WHEN) {
      const days = new Set(claims.flatMap((c) => c.qualifiers.get(q) ?? []).filter((d) => /^\d{4}(-\d\d(-\d\d)?)?$/.test(d)));
      if (days.size > 1) return undefined;
      if (days.size === 1) {
        const day = [...days][0]!;
        const dating = claims.filter((c) => c.qualifiers.get(q)?.includes(day));
        // every supporting claim must agree (one without any time says nothing against it)
        if (claims.some((c) => WHEN.some((w) => (c.qualifiers.get(w) ?? []).some((d) => !day.startsWith(d) && !d.startsWith(day))))) return undefined;
        if (planned && dating.some((c) => c.modality !== 'expected')) return undefined;
        return planned ? { day, iri: i.subject.iri, label: `${text.trim()} (${day}, the time it is expected in)`, claims: dating, planned }
          : { day, iri: i.subject.iri, label: `${text.trim()} (${day})`, claims: dating };
      }
    }
    // a trip the graph dates by its first and last days ("when X toured Y"): the month both lie
    // in, which holds every day of it (a month stands for any of its days in a span; round 12);
    // claims without a day of their own (the same trip told again) say nothing against it
    // round 22: a visit the source only bounds by its trip's days (cg:earliestDate / cg:latestDate:
    // "X visited Y" as one stop of a tour) is dated the same way: it happened on some day of the
    // window, so the month that holds the whole window holds it
    if (planned) return undefined;
    for (const [from, until] of [['startDate', 'endDate'], ['earliestDate', 'latestDate']] as const) {
      const trips = claims.filter((c) => c.qualifiers.get(from)?.length === 1 && c.qualifiers.get(until)?.length === 1);
      const month = sameMonth(trips, from, until);
      if (month) return { day: month.month, iri: i.subject.iri, label: `${text.trim()} (${month.s} to ${month.e}, within ${month.month})`, claims: trips };
    }
    return undefined;
  }
  return undefined;
}

/** The one month holding every claim's window (all claims giving the same first and last day). */
function sameMonth(trips: ClaimInfo[], from: string, until: string): { s: string; e: string; month: string } | undefined {
  const edges = new Set(trips.map((c) => `${c.qualifiers.get(from)![0]}|${c.qualifiers.get(until)![0]}`));
  if (edges.size !== 1) return undefined;
  const [s, e] = [...edges][0]!.split('|') as [string, string];
  return /^\d{4}-\d\d/.test(s) && s.slice(0, 7) === e.slice(0, 7) ? { s, e, month: s.slice(0, 7) } : undefined;
}
