/**
 * The two amounts a comparison of amounts was decided on, kept under its explanation (which shows
 * them, so it is a function of them): a reader that checks more than the direction of a
 * comparison ("slightly larger", src/check/degree-comparisons.ts) finds them behind the result of
 * the comparison it rechecked (round 27). Kept apart so the comparison modules need not import the
 * readers that use it.
 */
import type { CheckResult } from './types.js';

/** Explanation of a decided comparison of amounts -> its larger and smaller amount. */
const compared = new Map<string, { larger: number; smaller: number }>();

/**
 * Records the two amounts a comparison of amounts decided on, under its explanation (a function of
 * the amounts it shows), so a degree said with the comparison can be checked.
 *
 * @example
 * ```ts
 * comparedAmounts('Read as a comparison of two amounts: ...', 107.9, 105);
 * ```
 */
export function comparedAmounts(explanation: string, a: number, b: number): void {
  if (compared.size > 5000) compared.clear();
  compared.set(explanation, { larger: Math.max(a, b), smaller: Math.min(a, b) });
}

/**
 * The amounts under a result's explanation (a rewrite's prefix "Read as ..." allowed).
 *
 * @example
 * ```ts
 * amountsBehind(result)?.larger; // 107900000
 * ```
 */
export function amountsBehind(r: CheckResult): { larger: number; smaller: number } | undefined {
  const hit = compared.get(r.explanation);
  if (hit) return hit;
  for (const [explanation, amounts] of compared) if (r.explanation.endsWith(explanation)) return amounts;
  return undefined;
}
