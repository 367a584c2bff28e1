/**
 * The bound words of a span's count ("more than", "just under", "about", "exactly" N units) and
 * the tolerance of an approximate count: the span reader's table (src/check/spans.ts), kept apart
 * so the reader's module stays one concern (round 32).
 */

/** How a span's count is bounded. */
export type Bound = 'gt' | 'lt' | 'ge' | 'le' | 'about' | 'near-over' | 'near-under' | 'exact' | 'precise';

// bound words, longest first ("just over" before "just"); "barely two years" is about two years
const BOUND_TABLE: Array<[string, Bound]> = [
  // round 32 (precision32): a close bound is the bound AND near the count (closeness.ts's "just
  // over" / "just under", in this reader's own band, approxTolerance): "just over a year" for twenty
  // years, "just under two months" for 22 days were SUPPORTED as plain bounds
  ['just over|a little over|a little more than|slightly more than|slightly over|a bit over|a bit more than', 'near-over'],
  ['well over|well above|more than|over|upwards of', 'gt'],
  // (round 32, lead: "nearly / almost N units" as well: below the count and near it, as closeness.ts
  // reads "nearly X"; read as "about", "almost three weeks" was supported by 22 days, "nearly six
  // weeks" by 46, "nearly a month" by 22 days, which users24's writer found)
  ['just under|a little under|a little less than|slightly less than|slightly under|a bit under|a bit less than|not quite|nearly|almost', 'near-under'],
  ['well under|less than|under|fewer than', 'lt'],
  ['at least|no less than', 'ge'], ['at most|no more than', 'le'],
  ['about|around|roughly|approximately|some|close to|barely|scarcely|hardly|just about|a good', 'about'],
  ['exactly|precisely', 'precise'], ['just|only', 'exact'],
];
/** Each bound's words as one pattern, in the table's order. */
export const BOUNDS: Array<[RegExp, Bound]> = BOUND_TABLE.map(([words, b]) => [new RegExp(`^(?:${words})$`, 'i'), b]);
/** Any bound word, longest first. */
export const BOUND_WORDS = BOUND_TABLE.flatMap(([w]) => w.split('|')).sort((x, y) => y.length - x.length).join('|');

/**
 * The tolerance of an approximate count of units ("about", "roughly", "some", "nearly" N units):
 * it holds within half a unit or 15% of N, whichever is more (the rounding a writer does: 46
 * days is "roughly six weeks"), and is refuted only beyond half a unit or 25% of N (22 days is
 * not "roughly six weeks"); a span between the two (49 days for "roughly six weeks") is left
 * undecided rather than compared as if the count were exact.
 *
 * @example
 * ```ts
 * approxTolerance(6); // { within: 0.9, refutedBeyond: 1.5 }
 * ```
 */
export function approxTolerance(n: number): { within: number; refutedBeyond: number } {
  return { within: Math.max(0.5, 0.15 * n), refutedBeyond: Math.max(0.5, 0.25 * n) };
}
