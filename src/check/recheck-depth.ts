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
 *
 * A count still lets a claim run long between two checks (round 34: a reader stalled minutes on
 * a long claim). So a claim also has a time budget (round 35): a deadline on the checking thread's
 * CPU time (not the wall clock: another process's load does not spend it), looked at where the
 * readers' loops pass anyway (each recheck, each reader tried on an unread claim, each round of
 * compound-readers.ts: {@link checkBudget}). Past it the claim as written comes back unread with
 * `CHECK_BUDGET`, never with the verdict of what was read so far, even when a reader caught the
 * error and went on. The default is far above the slowest claim of the case sets
 * (docs/families/speed35.md), so it changes no verdict at normal load.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClaimgraphError, hasErrorCode } from '../errors.js';

/** Deepest nesting of checks under one claim (the case sets need far fewer). */
export const MAX_RECHECK_DEPTH = 24;

/**
 * How much longer than the claim as written a recheck's text may be: at most
 * {@link RECHECK_GROWTH} times its length plus {@link RECHECK_SLACK} characters. A rewrite that
 * applies to its own output can grow a text at every level (round 36: "Two shareholders, Freedonia
 * and Sylvania, follow Marsovia in ..." was split by the apposed-names reader into a count and its
 * names, a part of that split again, each split repeating the predicate with the names in it:
 * "... and Freedonia and Freedonia ... follow Marsovia", 2,000 characters at depth 24, until the
 * claim's 30 s budget cut it), and every reader then pays for the long text (the compound
 * traversals cut it at each of its joins). The case sets' longest recheck that reads is 2.2-3.4
 * times a short claim, ~80 characters more (the host and guest readers' "X hosted E, and Y
 * attended E"): docs/families/speed36.md; a host, a guest and the guest's title said as three
 * clauses reach ~100 more (users18's "X hosted the Afghan leader Y": 52 -> 153 characters, found
 * at the lead's merge), hence 150.
 */
export const RECHECK_GROWTH = 2;
/** See {@link RECHECK_GROWTH}. */
export const RECHECK_SLACK = 150;

/** The longest text a recheck under `claim` may have ({@link RECHECK_GROWTH}). */
export function longestRecheck(claim: string): number {
  const n = claim.trim().length;
  return Math.max(RECHECK_GROWTH * n, n + RECHECK_SLACK);
}

/**
 * Most checks one claim may run in all, itself and every recheck under it (the case sets' claims
 * need at most about a thousand: bench/README.md, round 29 lead).
 */
export const MAX_CLAIM_CHECKS = 20000;

/**
 * Default time budget of one claim, ms of CPU time: twice the slowest claim of the case sets on a
 * loaded machine (14.6 s, a claim that runs to {@link MAX_CLAIM_CHECKS} and is unread), eight times
 * the slowest that reads (3.5 s): docs/families/speed35.md. Above the count's bound on purpose, so
 * that a claim the count cuts ends as it did (CHECK_UNINTERPRETABLE), here and on a slower machine.
 */
export const DEFAULT_CLAIM_BUDGET_MS = 30_000;

/** The thread's CPU time, ms (the process's where Node has no per-thread figure). */
function cpuClock(): number {
  const u = typeof process.threadCpuUsage === 'function' ? process.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Whether {@link cpuClock} is one thread's CPU time, which can never run ahead of the wall clock
 * (a thread runs at most all the time that passes): then a claim whose wall time is within its
 * budget is within it on the CPU clock too, and the CPU clock (a system call, ~2 us of CPU; the
 * users' set read it ~100,000 times, ~2% of the batch: round 36) need not be read. The process's
 * CPU time (Node without `threadCpuUsage`) may run ahead with worker threads: read it each time.
 */
const WALL_BOUNDS_CPU = typeof process.threadCpuUsage === 'function';

/** A claim's time budget: its length (ms) and the clock it is read on (ms). */
export interface ClaimBudget {
  ms: number;
  clock?: () => number;
}

/** The running check's depth, and the count of checks its claim has run so far (shared by every recheck under it). */
interface Level {
  depth: number;
  checks: ClaimChecks;
  /** The checks and cut-offs under this one so far (itself not counted), for {@link CheckMemo}. */
  tally: { run: number; cut: number };
  /** The check that ran this one (undefined for the claim as written). */
  up?: Level;
}

/** One claim's count of checks, and its finished rechecks kept for a repeat ({@link CheckMemo}). */
interface ClaimChecks {
  run: number;
  memo: Map<object, Map<string, Kept>>;
  /** The claim's deadline on `clock`, and whether a check found it past. */
  clock: () => number;
  deadline: number;
  budgetMs: number;
  overBudget: boolean;
  /** The claim as written (named by the budget's error). */
  claim: string;
  /** The longest text a recheck under it may have ({@link longestRecheck}). */
  longest: number;
  /** With the default clock, the deadline on the wall clock before which the CPU clock cannot be past its own ({@link WALL_BOUNDS_CPU}). */
  wallDeadline?: number;
}

/** A finished recheck that ran no check under it: its outcome. */
interface Kept {
  ok: boolean;
  value: unknown;
}

/**
 * Where a recheck may be served from the claim's earlier identical one: `scope` (the check
 * context object, or the graph store when the caller passed none) and `key` (everything else the
 * check reads: the text and the options' other fields). The depth is added by {@link nested}.
 */
export interface CheckMemo {
  scope: object;
  key: string;
}
const level = new AsyncLocalStorage<Level>();

/** Adds checks and cut-offs to the running check and every check above it. */
function tallyUp(from: Level | undefined, run: number, cut: number): void {
  for (let l = from; l; l = l.up) {
    l.tally.run += run;
    l.tally.cut += cut;
  }
}

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
 * With `memo`, a recheck that repeats one its claim already finished (same depth, scope and key:
 * round 30 counted 37% of a held-out set's checks as such repeats, readers rechecking the same
 * rewrite) returns that one's outcome, the very object (callers treat results as read-only, as
 * src/check/unread-memo.ts's do). Only a recheck that ran no check under it is kept: the budget
 * counts checks, and a repeat run again would count its own under-checks anew, fewer than the
 * first run's where src/check/unread-memo.ts serves some of them, so no count kept from the first
 * run says where the budget would fall (round 30 tried replaying the first run's count: a users5
 * claim crossed the budget it had not crossed). A recheck that ran none would run none again, so
 * the hit counts one check, as the repeat did; a recheck under which a check was cut off is not
 * kept either. Premise (tests/check/recheck-depth.test.ts): a check's outcome depends only on the
 * graph, its scope, its key and its depth.
 *
 * @example
 * ```ts
 * const r = await nested('Freedonia joined the League.', () => checkOnce(store, text, opts));
 * ```
 */
export function nested<T>(text: string, run: () => Promise<T>, memo?: CheckMemo, budget?: ClaimBudget): Promise<T> {
  const outer = level.getStore();
  const depth = (outer?.depth ?? 0) + 1;
  if (depth > MAX_RECHECK_DEPTH) {
    cutoffs++;
    tallyUp(outer, 0, 1);
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings recheck one another more than ${MAX_RECHECK_DEPTH} levels deep`));
  }
  const checks: ClaimChecks = outer?.checks ?? newClaimChecks(text, budget);
  // a rewrite grown past the claim's bound is unread, as one past the depth bound (counted as a cut-off)
  if (outer && text.trim().length > checks.longest) {
    cutoffs++;
    tallyUp(outer, 0, 1);
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim().slice(0, 80)}...": a rewrite ${RECHECK_GROWTH} times longer than the claim it was made from and more`));
  }
  if (outer && pastBudget(checks)) {
    tallyUp(outer, 0, 1);
    return Promise.reject(budgetError(checks));
  }
  ++checks.run;
  tallyUp(outer, 1, 0);
  if (checks.run > MAX_CLAIM_CHECKS) {
    cutoffs++;
    tallyUp(outer, 0, 1);
    return Promise.reject(new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings ran more than ${MAX_CLAIM_CHECKS} checks of its parts and rewrites`));
  }
  const here: Level = { depth, checks, tally: { run: 0, cut: 0 }, up: outer };
  if (outer) {
    if (!memo) return level.run(here, run);
    let kept = checks.memo.get(memo.scope);
    if (!kept) checks.memo.set(memo.scope, (kept = new Map()));
    const key = `${depth}\u0000${memo.key}`;
    const hit = kept.get(key);
    if (hit) return hit.ok ? Promise.resolve(hit.value as T) : Promise.reject(hit.value);
    const keep = (ok: boolean, value: unknown): void => {
      if (!here.tally.run && !here.tally.cut && (ok || hasErrorCode(value, 'CHECK_UNINTERPRETABLE'))) kept.set(key, { ok, value });
    };
    return level.run(here, run).then(
      (r) => { keep(true, r); return r; },
      (err: unknown) => { keep(false, err); throw err; },
    );
  }
  // the claim as written: a reading made while some of its rechecks were cut off is a partial one,
  // so the claim is unread rather than decided on what was left
  const overrun = (): ClaimgraphError => new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": its readings ran more than ${MAX_CLAIM_CHECKS} checks of its parts and rewrites`);
  // past its time budget likewise, whatever the readings that caught the budget's error made of it
  const over = (): ClaimgraphError | undefined => (checks.overBudget ? budgetError(checks) : checks.run > MAX_CLAIM_CHECKS ? overrun() : undefined);
  return level.run(here, run).then(
    (r) => { const e = over(); if (e) throw e; return r; },
    (err: unknown) => { throw over() ?? err; },
  );
}

function newClaimChecks(claim: string, budget: ClaimBudget | undefined): ClaimChecks {
  const clock = budget?.clock ?? cpuClock;
  const budgetMs = budget?.ms ?? DEFAULT_CLAIM_BUDGET_MS;
  const wallDeadline = clock === cpuClock && WALL_BOUNDS_CPU ? performance.now() + budgetMs : undefined;
  return { run: 0, memo: new Map(), clock, budgetMs, deadline: clock() + budgetMs, overBudget: false, claim, longest: longestRecheck(claim), wallDeadline };
}

/** Whether the claim is past its deadline (noted once found: a result read across it is cut, as at the bounds). */
function pastBudget(checks: ClaimChecks): boolean {
  if (checks.overBudget) return true;
  // within the budget on the wall clock: within it on the thread's CPU clock, which is not read
  if (checks.wallDeadline !== undefined && performance.now() <= checks.wallDeadline) return false;
  if (checks.clock() <= checks.deadline) return false;
  checks.overBudget = true;
  cutoffs++;
  return true;
}

function budgetError(checks: ClaimChecks): ClaimgraphError {
  return new ClaimgraphError('CHECK_BUDGET', `could not read "${checks.claim.trim()}" within its time budget (${checks.budgetMs} ms of CPU time)`);
}

/**
 * Throws `CHECK_BUDGET` when the running claim is past its time budget: for the readers' loops to
 * call between steps that may take long (a reader tried, a round of rechecks); nothing outside a check.
 *
 * @example
 * ```ts
 * for (const reader of readers) { checkBudget(); await reader.read(input); }
 * ```
 */
export function checkBudget(): void {
  const checks = level.getStore()?.checks;
  if (checks && pastBudget(checks)) throw budgetError(checks);
}

/**
 * How deep the running check is: 1 for a claim as its user wrote it, more for the other words a
 * reader rechecks it in (0 outside any check).
 */
export function checkDepth(): number {
  return level.getStore()?.depth ?? 0;
}
