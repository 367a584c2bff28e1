/**
 * A memo for a search that is bounded by depth and whose deeper calls only search less: the
 * compound splitter (src/check/compound.ts) reads a part at depth d by trying every cut, each cut's
 * parts read at depth d or d + 1, and gives up at a fixed depth. The same part text is asked for at
 * several depths (a cut of a cut of the claim is also a cut of the claim one level up).
 *
 * Two kinds of answer are kept per text:
 * - the exact answer at a depth (the search is a function of the text and the depth, given the
 *   same scope: a context, or one round of `readCompoundByReaders` whose part reader answers the
 *   same all round);
 * - a CLEAN failure: a search that found nothing and in which no sub-search found anything either.
 *   Such a search, asked again deeper, tries a subset of the same sub-searches (each of them also
 *   deeper, so by the same argument each fails cleanly again), so it fails again: a clean failure
 *   at depth d answers "nothing" for every depth >= d. A failure in which some sub-search did find
 *   a reading is not kept so (deeper, that sub-search may find a later reading and the search
 *   go another way).
 *
 * Whether a search was clean is told by a counter of readings found (`found`), which the search
 * bumps whenever a sub-search finds something; a search is clean when the counter did not move
 * while it ran (the search is synchronous). A hit that hands out a reading, or a failure that was
 * not clean, bumps it too, so the callers' searches are told what the search they skipped would
 * have told them. Bounded per scope (cleared when full).
 *
 * @example
 * ```ts
 * const memo = depthMemo<string[]>();
 * const read = (scope: object, text: string, depth: number): string[] | undefined =>
 *   memo(scope, text, depth, () => search(scope, text, depth));
 * ```
 */

/** A memo of one depth-bounded search; `found()` is to be called whenever a sub-search finds a reading. */
export interface DepthMemo<R> {
  (scope: object, text: string, depth: number, compute: () => R | undefined): R | undefined;
  found(): void;
}

interface Kept<R> {
  /** Exact answers per depth, and whether something was found while each was searched. */
  at: Map<number, { out: R | undefined; found: boolean }>;
  /** The least depth at which the search failed cleanly. */
  cleanFrom: number;
}

/**
 * A new depth memo holding at most `max` texts per scope.
 *
 * @example
 * ```ts
 * const memo = depthMemo<number>();
 * memo(scope, 'a b', 1, () => undefined); // computed; clean (nothing was found inside)
 * memo(scope, 'a b', 2, () => 1); // undefined, not computed: a clean failure at 1 fails at 2
 * ```
 */
export function depthMemo<R>(max = 4096): DepthMemo<R> {
  const byScope = new WeakMap<object, Map<string, Kept<R>>>();
  let found = 0;
  const memo = ((scope, text, depth, compute) => {
    let m = byScope.get(scope);
    if (!m) byScope.set(scope, (m = new Map()));
    let kept = m.get(text);
    if (kept) {
      if (depth >= kept.cleanFrom) return undefined;
      const hit = kept.at.get(depth);
      if (hit) {
        if (hit.found) found++;
        return hit.out;
      }
    }
    const before = found;
    const out = compute();
    // a reading found is something found (for this search's callers, and in its own record)
    if (out !== undefined) found++;
    if (!kept) {
      if (m.size >= max) m.clear();
      m.set(text, (kept = { at: new Map(), cleanFrom: Infinity }));
    }
    const clean = found === before;
    kept.at.set(depth, { out, found: !clean });
    if (clean && depth < kept.cleanFrom) kept.cleanFrom = depth;
    return out;
  }) as DepthMemo<R>;
  memo.found = () => {
    found++;
  };
  return memo;
}
