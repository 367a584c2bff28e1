/**
 * The bound words of a span's count ("more than", "just under", "about", "exactly" N units) and
 * the tolerance of an approximate count: the span reader's table (src/check/spans.ts), kept apart
 * so the reader's module stays one concern (round 32).
 */
import { boundAlternation, boundTable, type BoundTable } from './bound-words.js';

/** How a span's count is bounded. */
export type Bound = 'gt' | 'lt' | 'ge' | 'le' | 'about' | 'near-over' | 'near-under' | 'well-over' | 'well-under' | 'exact' | 'precise';

// the bound words every value reader shares (src/check/bound-words.ts: "nearly / almost N units" close
// below the count, as closeness.ts reads "nearly X"; round 32 (lead): read as "about", "almost three
// weeks" was supported by 22 days), after the words a span's count says otherwise: "close to" is
// "about" here (a span has no close-to band), "barely two years" is about two years, "just" / "only"
// the count itself; "well over / under N units" asks a clear margin, as well-margin.ts does of an
// amount (round 33, lead: read as the bare bound, "well over three weeks" was supported by 22 days)
const SPAN_WORDS: BoundTable<Bound> = [
  ...['well over', 'well above'].map((w): [string[], Bound] => [w.split(' '), 'well-over']),
  ...['well under', 'well below'].map((w): [string[], Bound] => [w.split(' '), 'well-under']),
  [['not', 'quite'], 'near-under'],
  ...['close to', 'barely', 'scarcely', 'hardly', 'just about', 'a good'].map((w): [string[], Bound] => [w.split(' '), 'about']),
  [['exactly'], 'precise'], [['precisely'], 'precise'], [['just'], 'exact'], [['only'], 'exact'],
  // round 35: "a mere / a bare four years" stresses the count as "only" does (the count itself)
  [['a', 'mere'], 'exact'], [['a', 'bare'], 'exact'],
];
/** The span reader's bound words: each phrase and the bound it says. */
export const BOUNDS: BoundTable<Bound> = boundTable((b): Bound => (b === 'close-to' ? 'about' : b), SPAN_WORDS);
/** Any bound word, longest first (an alternation without a group). */
export const BOUND_WORDS = boundAlternation(BOUNDS);

/** A count in digits or words ("seven", "twenty-five", "a"). */
export const COUNT = '(?:\\d+(?:\\.\\d+)?|a|an|one|[a-z]+(?:-[a-z]+)?)';
/** "[more than] N units": the span a claim states. */
export const SPAN = `(?:(?:${BOUND_WORDS})\\s+)?${COUNT}\\s+(?:day|week|fortnight|month|year|decade)s?`;

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

/**
 * How far a count said without a bound may be from the span it rounds: half its own step, so a
 * whole count is the span to the nearest unit and a count with a half ("3.5 weeks", "three and a
 * half weeks") the span to the nearest half (round 40, fix32d: users32's F7, where "3.5 weeks" held
 * for 3.14 weeks within the half unit a whole count has).
 *
 * @example
 * ```ts
 * countTolerance(6); // 0.5
 * countTolerance(3.5); // 0.25
 * ```
 */
export function countTolerance(n: number): number {
  const step = [1, 0.5, 0.25, 0.1, 0.05].find((s) => Math.abs(n / s - Math.round(n / s)) < 1e-9) ?? 0.01;
  return step / 2;
}
