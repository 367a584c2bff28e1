/**
 * How deep a claim's rechecks may nest. Readers check a claim by checking other words for it
 * (`recheck`), which may be read by readers again; a reader whose rewrite reads as itself would
 * recurse without end (round 15 found two: a "near" adjunct that took the rest of the sentence as
 * a place). Past the bound the nested claim is unread, so such a bug costs one claim's reading,
 * not a hung process. The depth rides on the async call chain (AsyncLocalStorage), not on the
 * public options.
 *
 * The depth bounds a chain, not the breadth: readers that each recheck several rewrites of a long
 * claim multiply (round 29: a held-out claim of the form "X writes that Y used to be regarded as
 * Z's backyard" ran some 1,600 nested checks a second for minutes, where the case sets' claims
 * need at most a few thousand). So one claim's checks are also counted, at every depth, and past
 * {@link MAX_CLAIM_CHECKS} the claim is unread: a count, not a clock, so the outcome is the same
 * on every machine and under any load.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClaimgraphError } from '../errors.js';

/** Deepest nesting of checks under one claim (the case sets need far fewer). */
export const MAX_RECHECK_DEPTH = 24;

/**
 * Most checks one claim may run in all, itself and every recheck under it (the case sets' claims
 * need at most about a thousand: bench/README.md, round 29 lead).
 */
export const MAX_CLAIM_CHECKS = 20000;

/** The running check's depth, and the count of checks its claim has run so far (shared by every recheck under it). */
interface Level {
  depth: number;
  checks: { run: number };
}

const level = new AsyncLocalStorage<Level>();

/** How many checks were cut off at either bound so far (src/check/unread-memo.ts keeps no result computed across one). */
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
  const outer = level.getStore();
  const depth = (outer?.depth ?? 0) + 1;
  if (depth > MAX_RECHECK_DEPTH) {
    cutoffs++;
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings recheck one another more than ${MAX_RECHECK_DEPTH} levels deep`));
  }
  const checks = outer?.checks ?? { run: 0 };
  if (++checks.run > MAX_CLAIM_CHECKS) {
    cutoffs++;
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings ran more than ${MAX_CLAIM_CHECKS} checks of its parts and rewrites`));
  }
  if (outer) return level.run({ depth, checks }, run);
  // the claim as written: a reading made while some of its rechecks were cut off is a partial one,
  // so the claim is unread rather than decided on what was left
  const overrun = (): ClaimgraphError => new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings ran more than ${MAX_CLAIM_CHECKS} checks of its parts and rewrites`);
  return level.run({ depth, checks }, run).then(
    (r) => { if (checks.run > MAX_CLAIM_CHECKS) throw overrun(); return r; },
    (err: unknown) => { throw checks.run > MAX_CLAIM_CHECKS ? overrun() : err; },
  );
}

/**
 * How deep the running check is: 1 for a claim as its user wrote it, more for the other words a
 * reader rechecks it in (0 outside any check).
 */
export function checkDepth(): number {
  return level.getStore()?.depth ?? 0;
}
