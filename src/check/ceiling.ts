/**
 * A figure the source gives as a ceiling (round 35, scope35; precision34's p34-014): "the pipeline
 * will carry up to N a year" is stored as the pipeline's capacity N, a property the lexicon marks
 * `cg:ceilingProperty true` (the most its subject reaches). The bound comparison read "will carry
 * at least N" as satisfied by N (N >= N), a false SUPPORTED: the claim turns the source's ceiling
 * into a floor, and "up to N" leaves every amount up to N. A floor at the ceiling's own figure is
 * therefore neither held nor refuted; "more than N" is still refuted by the ordinary comparison
 * (N > N fails, and the property is single-valued), "at most N" and "N" still supported. A floor
 * below the figure ("capacity of more than M", M < N) is read of the capacity as before.
 */
import type { CheckContext } from './context.js';
import { flaggedProperties } from './lexicon-words.js';
import type { AmountBound } from './types.js';

/**
 * True when the claimed figure is a floor ("at least", "no less than", "a minimum of") at exactly
 * the figure the source gives for a ceiling property: undecided, never matched nor a conflict.
 *
 * @example
 * ```ts
 * floorAtCeiling(ctx, cg + 'annualCapacityBcm', { value: '33', bound: 'ge' }, 33); // true
 * floorAtCeiling(ctx, cg + 'annualCapacityBcm', { value: '33', bound: 'le' }, 33); // false
 * ```
 */
export function floorAtCeiling(ctx: CheckContext, predicate: string | undefined, claimed: { value: string; bound?: AmountBound } | undefined, source: number): boolean {
  if (!predicate || !claimed || claimed.bound !== 'ge') return false;
  if (!flaggedProperties(ctx, 'ceilingProperty').has(predicate)) return false;
  return Number.isFinite(source) && Number(claimed.value) === source;
}
