/**
 * Numbers as the pages print them. Not `toLocaleString`: its first call in a page loads ICU's
 * number formatting data, measured at 40-300 ms of the entity view's main thread in headless
 * Chromium (on a loaded machine), and the view prints a count per claim group.
 */

/**
 * An integer with its thousands grouped by commas, as `toLocaleString('en')` prints it.
 *
 * @example
 * ```ts
 * count(1234567); // '1,234,567'
 * count(-1200);   // '-1,200'
 * ```
 */
export function count(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.trunc(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/**
 * Orders labels for a list the reader scans: case-insensitively, then by code unit. Not
 * `localeCompare` or `Intl.Collator`: the first collation in a page loads ICU's collation data,
 * measured at tens of milliseconds of the entity view's main thread in headless Chromium, to
 * order a list of a few dozen names.
 *
 * @example
 * ```ts
 * ['beta', 'Alpha', 'alpha'].sort(byLabel); // ['Alpha', 'alpha', 'beta']
 * ```
 */
export function byLabel(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
