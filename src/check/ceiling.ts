/**
 * A figure the source gives as a ceiling (round 35, scope35; precision34's p34-014): "the pipeline
 * will carry up to N a year" is stored as the pipeline's capacity N, a property the lexicon marks
 * `cg:ceilingProperty true` (the most its subject reaches). The bound comparison read "will carry
 * at least N" as satisfied by N (N >= N), a false SUPPORTED: the claim turns the source's ceiling
 * into a floor, and "up to N" leaves every amount up to N. A floor at the ceiling's own figure is
 * therefore neither held nor refuted; "more than N" is still refuted by the ordinary comparison
 * (N > N fails, and the property is single-valued), "at most N" and "N" still supported. A floor
 * below the figure ("capacity of more than M", M < N) is read of the capacity as before. And the
 * other way round (round 37): "up to N" of a quantity that is no ceiling keeps its bound (upToBound).
 */
import { NS, type CheckContext } from './context.js';
import { flaggedProperties } from './lexicon-words.js';
import type { AmountBound, CheckValue, Interpretation } from './types.js';

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

// "up to N", "a maximum of N" said before a quantity's figure (src/check/values.ts parseQuantity reads N)
const UP_TO = /^(?:up\s+to|(?:a\s+)?max(?:imum)?\s+of)\s/i;

/**
 * "up to N" of a quantity that is no ceiling (round 37, precision36-068): parseQuantity reads "up
 * to N" as N itself, right for a ceiling property (a capacity: "will carry up to 43 bcm" against
 * "up to 33" is another ceiling, wrong), but of a length or a count it is a bound: "will run up to
 * 1,800 km" says at most 1,800, which "about 1,800" does not state. The reading's object gets the
 * bound "at most" back unless the property is a `cg:ceilingProperty`.
 *
 * @example
 * ```ts
 * upToBound(ctx, lengthReading); // object { value: '1800', mention: 'up to 1,800' } -> bound 'le'
 * upToBound(ctx, shareReading);  // qualifier votingSharePercent { value: '30', mention: 'up to 30' } -> bound 'le'
 * ```
 */
export function upToBound(ctx: CheckContext, interp: Interpretation): void {
  const ceilings = flaggedProperties(ctx, 'ceilingProperty');
  const bounded = (v: CheckValue, property: string): CheckValue | undefined =>
    (v.kind === 'number' && !v.bound && v.mention && UP_TO.test(v.mention) && !ceilings.has(property) ? { ...v, bound: 'le' } : undefined);
  const o = bounded(interp.object, interp.predicate);
  if (o) interp.object = o;
  // round 39 (precision39): a qualifier's figure too ("holds up to 30 percent of the League's
  // votes" was read as exactly 30 and refuted by the source's 26)
  for (const [k, v] of Object.entries(interp.qualifiers)) {
    const q = bounded(v, NS.cg + k);
    if (q) interp.qualifiers = { ...interp.qualifiers, [k]: q };
  }
}
