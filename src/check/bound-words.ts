/**
 * One table of the words that bound a figure ("more than", "at least", "nearly", "just over"),
 * projected for each reader that keys on them. The words live once, in values.ts's
 * {@link BOUND_WORDS} (closeness.ts's words of closeness among them); a reader says which bounds
 * it can compare (a count over a closed list has no "about") and adds the few words that mean
 * something else in its frame ("just" before a count is "exactly"). Until round 33 five readers
 * kept their own copies, and they drifted: the unit reader read "nearly 1,100 miles" as "about"
 * and supported it for a source above the figure, which closeness.ts's "nearly" (close below)
 * does not.
 */
import type { AmountBound } from './types.js';
import { BOUND_WORDS } from './values.js';

/** A reader's table: each phrase (as lower-case words) and the bound it says there, the first entry winning. */
export type BoundTable<B> = ReadonlyArray<readonly [readonly string[], B]>;

/**
 * The shared words projected onto a reader's bounds: `extra` first (they win over the shared
 * words), then every shared phrase whose bound `project` keeps.
 *
 * @example
 * ```ts
 * const counts = boundTable((b) => (b === 'gt' ? 'more' : undefined), [[['only'], 'exact']]);
 * boundOf(counts, 'more  than'); // 'more'
 * boundOf(counts, 'nearly'); // undefined: a count over a closed list is not "nearly" anything
 * ```
 */
export function boundTable<B>(project: (bound: AmountBound) => B | undefined, extra: BoundTable<B> = []): BoundTable<B> {
  const out: Array<readonly [readonly string[], B]> = [...extra];
  for (const [words, bound] of BOUND_WORDS) {
    const b = project(bound);
    if (b !== undefined) out.push([words, b]);
  }
  return out;
}

/**
 * The table's phrases as one regular-expression alternation (no group), the longest first so
 * "a little more than" is not read as "more than" after "a little"; words apart by any space.
 *
 * @example
 * ```ts
 * new RegExp(`^(?:${boundAlternation(table)})$`, 'i').test('at  least'); // true when the table has "at least"
 * ```
 */
export function boundAlternation<B>(table: BoundTable<B>): string {
  const phrases = [...new Set(table.map(([w]) => w.join(' ')))];
  return phrases.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((p) => p.split(' ').map(escape).join('\\s+')).join('|');
}

/**
 * The bound a phrase the alternation matched says (case and spacing folded), or undefined.
 *
 * @example
 * ```ts
 * boundOf(table, 'Nearly'); // the bound the table gives "nearly"
 * ```
 */
export function boundOf<B>(table: BoundTable<B>, said: string): B | undefined {
  const key = said.trim().toLowerCase().split(/\s+/).join(' ');
  return table.find(([w]) => w.join(' ') === key)?.[1];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
