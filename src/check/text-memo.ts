/**
 * Memos of pure functions of a check context and a text, for the readers that ask the same
 * question of the same text many times over: a claim is read whole, in parts, in rewrites, and by
 * every reader of src/check/readers.ts that rewrites it, and each of those rechecks reads the parts
 * again (the users' set, 285 claims: `bestReading` asked 46,914 times of 1,226 texts,
 * `readCompound` 13,838 times, `titledNameRewrite` 2,202 times of 511 texts).
 *
 * Lifetime: per context object (a derived context, as a part's or a word rewrite's, has its own),
 * bounded per context like the parse memo (cleared when full: a long-running server checks ever
 * new claims against one context). Only for functions whose result depends on nothing but the
 * context and the key, and whose results the callers never change (they spread them into new
 * objects): a hit hands out the very object the first call returned.
 */
import type { CheckContext } from './context.js';
import { readingKey } from './context-base.js';

/** A memo of one function: `(ctx, key, compute)` returns the kept result for `key`, or computes and keeps it. */
export type TextMemo<R> = (ctx: object, key: string, compute: () => R) => R;

/**
 * A new memo, keyed by context and text, holding at most `max` texts per context.
 *
 * @example
 * ```ts
 * const memo = textMemo<string | undefined>();
 * const rewrite = (ctx: CheckContext, text: string) => memo(ctx, text, () => slowRewrite(ctx, text));
 * ```
 */
export function textMemo<R>(max = 4096): TextMemo<R> {
  const byContext = new WeakMap<object, Map<string, R>>();
  return (ctx, key, compute) => {
    let memo = byContext.get(ctx);
    if (!memo) byContext.set(ctx, (memo = new Map()));
    // `has` before `get`: undefined is a result worth keeping ("no reading")
    if (memo.has(key)) return memo.get(key) as R;
    const out = compute();
    if (memo.size >= max) memo.clear();
    memo.set(key, out);
    return out;
  };
}

/**
 * A {@link textMemo} kept per reading key (src/check/context-base.ts) instead of per context
 * object: one memo for a context and every context derived from it to judge otherwise (a source's
 * claims, a time, a tense, a part). For the functions of the text that only read it (a rewrite of
 * its words, its cuts, its frames) and never judge it.
 *
 * Why: a claim's rechecks run in derived contexts, each a new object, and the memos kept per
 * object computed the same texts again in each (round 38, users' set: `clauseCuts` 9,778 times
 * for 681 texts, `titledNameRewrite` 828 for 517, `readAttribution` 1,281 for 823).
 *
 * Premise: the function reads none of the judging fields (`JUDGING_FIELDS`) of the context, nor
 * calls anything that does (tests/check/text-memo.test.ts calls each user through a context that
 * throws on reading one); its result holds no context (no closure over it).
 *
 * @example
 * ```ts
 * const cuts = readingMemo<string[][]>();
 * const clauseCuts = (ctx: CheckContext, text: string) => cuts(ctx, text, () => cutsOf(ctx, text));
 * ```
 */
export function readingMemo<R>(max = 4096): (ctx: CheckContext, key: string, compute: () => R) => R {
  const memo = textMemo<R>(max);
  return (ctx, key, compute) => memo(readingKey(ctx), key, compute);
}
