/**
 * Who held an office at an event (round 11): "Freedonia's president at the gala was X" (a
 * holdsOffice reading with an event qualifier) is decided as the same claim at the event's day,
 * by the two rules about offices that hold at one time (src/check/refuters.ts `other-holder`,
 * src/check/holder-refuters.ts `other-state-office`), counting only holder claims whose source
 * speaks on that day (a report of the event from the event's day: "Freedonian President Rufus
 * Firefly hosted ..." in the dispatch dated the gala's day).
 *
 * - The event's day: the one date the graph's stated claims give the event (as their `cg:event`
 *   qualifier, with `cg:date`); none, or several, and nothing is decided.
 * - Another holder stated by a source of that day refutes (one holder at a time); an office of
 *   another state the person holds in a source of that day refutes (one state at a time).
 * - A holder claim that is dated, former or carries its own event or place never counts (the
 *   rules' own filters), nor a source of another day (the person may have held it before or after).
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, type ClaimInfo, type ClaimsByPredicate } from './claim-index.js';
import { otherStateOfficeConflicts } from './holder-refuters.js';
import { otherHolderConflicts } from './refuters.js';
import { sourceTimes } from './timeline.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The one day the graph's stated claims give an event (as their event qualifier), else undefined. */
export function eventDay(ctx: CheckContext, event: string): string | undefined {
  const days = new Set<string>();
  const all = claimsByPredicate(ctx);
  for (const p of ctx.axioms.properties.values()) {
    for (const c of all.get(p) ?? []) {
      if (c.polarity !== 'positive' || c.modality !== 'stated' || !c.qualifiers.get('event')?.includes(event)) continue;
      for (const d of c.qualifiers.get('date') ?? []) if (/^\d{4}-\d{2}-\d{2}$/.test(d)) days.add(d);
    }
  }
  return days.size === 1 ? [...days][0] : undefined;
}

const cache = new WeakMap<object, Map<string, string | null>>();

function cachedEventDay(ctx: CheckContext, event: string): string | undefined {
  let m = cache.get(ctx.axioms);
  if (!m) cache.set(ctx.axioms, (m = new Map()));
  if (!m.has(event)) m.set(event, eventDay(ctx, event) ?? null);
  return m.get(event) ?? undefined;
}

/**
 * Refuters `other-holder` / `other-state-office` for a holder claim at an event.
 *
 * @example
 * ```ts
 * // graph: "Freedonian President Rufus Firefly" in the dispatch of the gala's day
 * eventHolderConflicts(ctx, teasdalePresidentOfFreedoniaAtTheGala, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function eventHolderConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const holds = NS.cg + 'holdsOffice';
  const names = Object.keys(q.qualifiers);
  const event = q.qualifiers.event;
  if (q.predicate !== holds || q.modality !== 'stated' || names.length !== 1 || event?.kind !== 'entity' || ctx.asOf) return;
  const day = cachedEventDay(ctx, event.iri);
  if (!day) return;
  // the holder claims of that day's sources only; the claim itself without its event
  const onTheDay = (c: ClaimInfo): boolean => { const ts = sourceTimes(ctx, c); return ts.every((t) => t && t.lo === day && t.hi === day); };
  const inverse = [...(ctx.axioms.inverse.get(holds) ?? [])];
  const dayIndex: ClaimsByPredicate = {
    get(p) {
      const list = index.get(p);
      if (!list || (p !== holds && !inverse.includes(p))) return list;
      const kept = list.filter(onTheDay);
      return kept.length ? kept : undefined;
    },
  };
  const plain: Interpretation = { ...q, qualifiers: {} };
  const note = (b: Bearing): Bearing => ({ ...b, note: `at ${event.label} (${day}): ${b.note}` });
  // another holder: the claim at the event's day, as "as of <day>, ..." is checked
  otherHolderConflicts({ ...ctx, asOf: { period: day, mention: event.label } }, plain, index, (b) => push(note(b)));
  // an office of another state: the person's offices in that day's sources, as current ones
  otherStateOfficeConflicts({ ...ctx, present: true, perfect: false }, plain, dayIndex, (b) => push(note(b)));
}
