/**
 * An amount carried, compared with a ceiling (round 36, users29's F8): the source's "will carry up
 * to 33 bcm a year" is stored as a capacity, a property the lexicon marks `cg:ceilingProperty true`,
 * and "The canal will carry 25 bcm a year" was read by a pattern of the same property and refuted as
 * another capacity (the property is single-valued). Said without "up to" or a capacity noun, in a
 * pattern the lexicon lists as a `cg:flowPattern` of the property, the figure is an amount carried:
 * any amount the ceiling allows (below it) is neither held nor refuted by it. Above the ceiling it
 * is still refuted, and at it still supported (the ordinary comparison).
 *
 * One figure below stays refuted: the source's own figure in another scale (33 million cubic
 * metres for 33 billion: its digits times a power of a thousand), a misstatement of the source's
 * figure rather than another amount.
 *
 * @example
 * ```ts
 * // "The canal will carry 25 bcm a year" against "will carry up to 33 bcm a year"
 * withinCeiling(ctx, q, c); // 'the source gives 33 as a ceiling ...'
 * ```
 */
import { localName, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';
import { flaggedProperties, propertyPatterns } from './lexicon-words.js';
import { labelOf } from './prose.js';
import type { Interpretation } from './types.js';
import { canonicalDecimal } from './values.js';

/**
 * True when the claimed figure is the source's figure `s` in another scale: its value `n`, or the
 * number its mention says ("33 million cubic metres": 33, read as 0.0325 to 0.0335 bcm), is `s`
 * times a power of a thousand.
 */
function scaleSlip(n: number, s: number, mention: string | undefined): boolean {
  const said = mention ? /\d[\d,]*(?:\.\d+)?/.exec(mention) : null;
  const xs = [n, ...(said ? [Number(said[0].replace(/,/g, ''))] : [])];
  for (const x of xs) {
    if (!(x > 0) || !(s > 0)) continue;
    for (let k = -4; k <= 4; k++) if (Math.abs(x * 1000 ** k - s) <= 1e-6 * s) return true;
  }
  return false;
}

/**
 * The claim's figure and the source's ceiling, as numbers, when the claim is read by a
 * `cg:flowPattern` of its property and `ceilingOf` is a `cg:ceilingProperty` with a literal value;
 * undefined for any other reading (the premise withinCeiling and floorUnderCeiling share).
 */
function flowAgainstCeiling(ctx: CheckContext, q: Interpretation, c: ClaimInfo, ceilingOf: string): { n: number; s: number } | undefined {
  if (q.object.kind !== 'number' || !q.pattern || !propertyPatterns(ctx, 'flowPattern').get(q.predicate)?.has(q.pattern)) return undefined;
  if (!flaggedProperties(ctx, 'ceilingProperty').has(ceilingOf) || c.object.termType !== 'Literal') return undefined;
  const s = Number(canonicalDecimal(c.object.value));
  const n = Number(canonicalDecimal(q.object.value));
  return Number.isFinite(s) && Number.isFinite(n) ? { n, s } : undefined;
}

/**
 * The note of an amount carried that the source's ceiling allows (read by a `cg:flowPattern`, the
 * figure below the ceiling, or a bound that keeps below it), or undefined when the claim is no flow
 * reading or the figure is over the ceiling (an ordinary conflict).
 */
export function withinCeiling(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  const f = flowAgainstCeiling(ctx, q, c, q.predicate);
  if (!f || q.object.kind !== 'number' || f.n >= f.s || scaleSlip(f.n, f.s, q.object.mention)) return undefined;
  return `${labelOf(ctx, localName(q.predicate))}: the source gives ${c.object.value} as a ceiling (the most it carries, lexicon cg:ceilingProperty), and the claim says an amount carried (${q.object.value}, a cg:flowPattern), which the ceiling allows but does not state`;
}

/**
 * The note of a floor said of an amount carried ("will carry at least 30 bcm a year", "more than
 * 30", read by a `cg:flowPattern`) below the source's ceiling ("up to 33"): the ceiling allows
 * such a flow but does not state it, so it is neither held nor refuted (round 37, fix29b's F8
 * left: it was matched as a capacity of at least 30). Undefined for any other reading, and for a
 * floor above the ceiling (a conflict, as before).
 *
 * @example
 * ```ts
 * // "The canal will carry at least 30 bcm a year" against "will carry up to 33 bcm a year"
 * floorUnderCeiling(ctx, q, c); // 'the source gives 33 as a ceiling ...'
 * ```
 */
export function floorUnderCeiling(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  if (q.object.kind !== 'number' || (q.object.bound !== 'ge' && q.object.bound !== 'gt')) return undefined;
  // a floor the claim says ("at least 30"), not one end of the interval a figure in another unit
  // is read as ("33,000 million cubic metres": at least 32.5 and at most 33.5 bcm, src/check/units.ts)
  if (/^\d/.test(q.object.mention?.trim() ?? '')) return undefined;
  const f = flowAgainstCeiling(ctx, q, c, c.predicate);
  if (!f || f.n > f.s) return undefined;
  return `${labelOf(ctx, localName(c.predicate))}: the source gives ${c.object.value} as a ceiling (the most it carries, lexicon cg:ceilingProperty), and the claim says a floor of the amount carried (${q.object.bound === 'ge' ? 'at least' : 'more than'} ${q.object.value}, a cg:flowPattern), which the ceiling neither states nor excludes`;
}
