/**
 * Readings through a pattern with no word of its own (round 30, branch precision30): "{s} {o}"
 * (a person and a country: "Rufus T. Firefly Freedonian" for his nationality) and "{o} {s}" (an office and
 * its holder: "the Bank's president Rufus T. Firefly") relate two names that merely stand side by side.
 * Two ways they read what the claim never says (issue 15: a reading that breaks the entity's class
 * or the claim's words is not a reading):
 *
 * - one name cut in two: "has Rufus Firefly as its president" read as (Firefly, holds office,
 *   "Rufus"), the first name taken as an unknown office and the family name as the person the
 *   graph knows. A wordless reading with a side the graph does not know, where the two sides
 *   together are one name the graph knows, is none.
 * - a clause completed from another ("Firefly visited Freedonia, Sylvania and ...": the list cut
 *   at a comma and "Sylvania" given the first clause's subject, "Firefly Sylvania", read as his
 *   nationality). A part completed by borrowing a subject must be read through words of its own.
 */
import type { CheckContext } from './context.js';
import { wholeName } from './resolver.js';
import type { Interpretation } from './types.js';

/**
 * True when a pattern source is slots alone, with no word ("{s} {o}", "{o} {s}").
 *
 * @example
 * ```ts
 * wordlessPattern('{o} {s}'); // true
 * wordlessPattern('{s} serve as {o}'); // false
 * ```
 */
export function wordlessPattern(pattern: string | undefined): boolean {
  return !!pattern && /^\s*(?:\{[^}]*\}\s*)+$/.test(pattern);
}

/**
 * True when a wordless reading cuts one name the graph knows in two, one half unknown ("Rufus"
 * as an office of "Firefly" in "Rufus Firefly").
 *
 * @example
 * ```ts
 * splitsOneName(ctx, readingOf('{o} {s}', unknown('Rufus'), firefly)); // true
 * ```
 */
export function splitsOneName(ctx: CheckContext, q: Interpretation): boolean {
  if (!wordlessPattern(q.pattern)) return false;
  const s = q.subject;
  const o = q.object;
  if ((s.kind === 'unknown-entity') === (o.kind === 'unknown-entity')) return false;
  const sm = 'mention' in s ? s.mention : undefined;
  const om = 'mention' in o ? o.mention : undefined;
  if (!sm || !om) return false;
  return !!(wholeName(ctx, `${sm} ${om}`) ?? wholeName(ctx, `${om} ${sm}`));
}
