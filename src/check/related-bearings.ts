/**
 * Bearings kept as related ones: near misses shown for context, not evidence (their sentences are
 * cited with stance `related`). What a reader does with the bearings of a reading it holds
 * undecided ("no longer" said of a denial only, a rank within a place, a value just outside a
 * round number's interval). Written out by hand in each such reader before round 28 (the last six moved here in round 29).
 */
import type { Bearing } from './verdict.js';

/**
 * The bearings with every one (or every one of stance `only`) made related; the others as they
 * were.
 *
 * @example
 * ```ts
 * asRelated(ev.bearings); // all related
 * asRelated(ev.bearings, 'supports'); // the supporting ones related, the refuting ones kept
 * ```
 */
export function asRelated(bearings: readonly Bearing[], only?: 'supports' | 'refutes'): Bearing[] {
  return bearings.map((b) => (b.stance === 'related' || (only && b.stance !== only) ? b : { ...b, stance: 'related' as const }));
}
