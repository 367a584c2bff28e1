/**
 * How deep a claim's rechecks may nest. Readers check a claim by checking other words for it
 * (`recheck`), which may be read by readers again; a reader whose rewrite reads as itself would
 * recurse without end (round 15 found two: a "near" adjunct that took the rest of the sentence as
 * a place). Past the bound the nested claim is unread, so such a bug costs one claim's reading,
 * not a hung process. The depth rides on the async call chain (AsyncLocalStorage), not on the
 * public options.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClaimgraphError } from '../errors.js';

/** Deepest nesting of checks under one claim (the case sets need far fewer). */
export const MAX_RECHECK_DEPTH = 24;

const depth = new AsyncLocalStorage<number>();

/** How many checks were cut off at the bound so far (src/check/unread-memo.ts keeps no result computed across one). */
let cutoffs = 0;

/**
 * The number of checks {@link nested} has cut off at {@link MAX_RECHECK_DEPTH} since the process
 * started: a result computed while it grew may differ at another depth.
 */
export function depthCutoffs(): number {
  return cutoffs;
}

/**
 * Runs one check a level deeper than its caller; past {@link MAX_RECHECK_DEPTH} levels the claim
 * is unread (CHECK_UNINTERPRETABLE) instead.
 *
 * @example
 * ```ts
 * const r = await nested('Freedonia joined the League.', () => checkOnce(store, text, opts));
 * ```
 */
export function nested<T>(text: string, run: () => Promise<T>): Promise<T> {
  const level = (depth.getStore() ?? 0) + 1;
  if (level > MAX_RECHECK_DEPTH) {
    cutoffs++;
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings recheck one another more than ${MAX_RECHECK_DEPTH} levels deep`));
  }
  return depth.run(level, run);
}

/**
 * How deep the running check is: 1 for a claim as its user wrote it, more for the other words a
 * reader rechecks it in (0 outside any check).
 */
export function checkDepth(): number {
  return depth.getStore() ?? 0;
}
