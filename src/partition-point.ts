/**
 * Binary search for a bound, in one place: the index and the checker's word lists each search
 * a sorted sequence for the first entry not before a key.
 */

/**
 * The first index in `[0, count)` for which `isBefore` is false, given that it is true for a
 * prefix of the indexes and false for the rest (entries of a sorted sequence before a bound);
 * `count` when it is true for all. Calls `isBefore` at most ⌈log2(count + 1)⌉ times, only with
 * indexes in `[0, count)`. (Rust's `slice::partition_point`, C++'s `std::partition_point`;
 * with `(i) => a[i] < x` it is a lower bound, with `(i) => a[i] <= x` an upper bound.)
 *
 * @example
 * ```ts
 * const words = ['apple', 'fig', 'fig', 'pear'];
 * partitionPoint(words.length, (i) => words[i]! < 'fig'); // 1: the first 'fig'
 * partitionPoint(words.length, (i) => words[i]! <= 'fig'); // 3: past the last 'fig'
 * partitionPoint(words.length, (i) => words[i]! < 'zucchini'); // 4: every word is before it
 * ```
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    // not (lo + hi) >>> 1: past 2^32 the sum wraps
    const mid = lo + Math.floor((hi - lo) / 2);
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
