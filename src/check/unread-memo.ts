/**
 * The readers' result for a claim no pattern reads, kept per check context and text.
 *
 * Why: a claim's readers recheck other words for it, and those rechecks run the readers again on
 * texts already read in the same context (the users' set, 285 claims: `readUnread` ran 1,137 times
 * for 607 distinct context-text pairs, the repeats ~13% of the loop's CPU).
 *
 * Premise: the readers' result depends only on the graph, the context and the text, not on how
 * deep in the recheck chain it is asked (tests/check/unread-memo.test.ts fails when it does). The
 * one exception is the depth bound (src/check/recheck-depth.ts): a recheck cut off there reads
 * nothing. So a result is kept only when no recheck was cut off while it was computed (a cut one
 * elsewhere, under a concurrent recheck, only leaves a result unkept).
 *
 * Lifetime: per graph store and context object (a derived context has its own), at most
 * {@link UNREAD_MEMO_MAX} texts per context (cleared when full, like the parse memo). Callers
 * treat results as read-only: a hit hands out the very object the first call returned.
 */
import { depthCutoffs } from './recheck-depth.js';
import type { CheckResult } from './types.js';

/** Most texts kept per context (a long-running server checks ever new claims against one context). */
export const UNREAD_MEMO_MAX = 4096;

const memos = new WeakMap<object, WeakMap<object, Map<string, CheckResult | undefined>>>();

/**
 * The readers' result for `text` in `ctx` on `store`: the kept one, or `read()`'s, kept unless a
 * recheck was cut off at the depth bound meanwhile. Errors are not kept.
 *
 * @example
 * ```ts
 * const r = await memoUnread(store, ctx, text, () => readUnread({ ctx, text, recheck }));
 * ```
 */
export async function memoUnread(store: object, ctx: object, text: string, read: () => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  let byCtx = memos.get(store);
  if (!byCtx) memos.set(store, (byCtx = new WeakMap()));
  let memo = byCtx.get(ctx);
  if (!memo) byCtx.set(ctx, (memo = new Map()));
  // `has` before `get`: undefined ("no reader reads it") is a result worth keeping
  if (memo.has(text)) return memo.get(text);
  const cutoffs = depthCutoffs();
  const out = await read();
  if (depthCutoffs() === cutoffs) {
    if (memo.size >= UNREAD_MEMO_MAX) memo.clear();
    memo.set(text, out);
  }
  return out;
}
