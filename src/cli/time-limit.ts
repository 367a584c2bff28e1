/**
 * A time and memory limit for one CLI command (`claimgraph query --timeout`).
 *
 * Two guards, because a query can run two ways. Comunica over an n3 Store works in small
 * asynchronous steps: a timer on this thread fires between them, {@link TimeLimit.race} rejects
 * with `QUERY_TIMEOUT`, the error is printed as any other and the process exits with its code.
 * Oxigraph's evaluation (WebAssembly) and a parse run without yielding: no timer on this thread
 * fires until they end. So a watchdog thread (a few lines, started without importing anything)
 * looks at the clock and at the process's resident memory; past the deadline plus a grace, or
 * past the memory limit, it writes the error to stderr itself and ends the process with SIGKILL.
 *
 * The watchdog is started when it can be needed, not with every command: starting a thread cost
 * a fresh process ~50 ms of CPU (and, on a busy machine, a second core), more than a quick
 * query on the seed graph takes. It starts as soon as code announces work that holds the thread
 * (`beforeBlocking` of src/blocking.ts: a parse that missed the cache, Oxigraph's load and
 * evaluation, a Turtle parse), or after `watchdogAfterMs` of a command still running (a
 * query that yields, such as Comunica's evaluation over n3, lets that timer fire; the memory
 * limit is then watched from there on). Its deadline is fixed when the limit starts, so a
 * watchdog started late still ends the process at the same time.
 */
import { Worker } from 'node:worker_threads';
import { onBlocking } from '../blocking.js';
import { ClaimgraphError } from '../errors.js';

/** The limits. */
export interface TimeLimitOptions {
  /** Wall time from now, ms. */
  timeoutMs: number;
  /** Most memory the process may take on beyond what it holds now (resident), MB; undefined: no limit. */
  maxMemoryMb?: number;
  /** What is limited, for the messages ("the query"). */
  what: string;
  /** Extra time the watchdog gives the thread's own timer before it kills the process. Default 1000. */
  graceMs?: number;
  /** The watchdog starts after this long (ms) if no work announced itself as blocking first. Default {@link WATCHDOG_AFTER_MS}. */
  watchdogAfterMs?: number;
}

/**
 * When a command still running starts its watchdog without being told to (ms). Longer than a
 * quick query takes from its start; short against any `--timeout` worth setting (the watchdog
 * acts only a grace of 1 s after the deadline).
 */
export const WATCHDOG_AFTER_MS = 400;

/** A running limit. */
export interface TimeLimit {
  /** `work`, or a `QUERY_TIMEOUT` rejection once the deadline passes (if this thread is free to notice). */
  race<T>(work: Promise<T>): Promise<T>;
  /** Ends both guards (the command is done). */
  stop(): void;
  /** Whether the watchdog thread has been started (by a blocking signal or the delay). */
  readonly watching: boolean;
}

// The watchdog's code: CommonJS evaluated in a worker, so starting it imports nothing.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const done = new Int32Array(workerData.flag);
const end = workerData.killAt;
function stop(message) {
  if (Atomics.load(done, 0) === 1) return;
  try { writeSync(2, message); } catch {}
  process.kill(process.pid, 'SIGKILL');
}
(function tick() {
  if (Atomics.load(done, 0) === 1) return;
  if (workerData.maxRss && process.memoryUsage.rss() > workerData.maxRss) return stop(workerData.memoryMessage);
  const left = end - Date.now();
  if (left <= 0) return stop(workerData.timeMessage);
  setTimeout(tick, Math.min(100, left));
})();
`;

/**
 * Starts a limit; call `stop()` when the command is done.
 *
 * @example
 * ```ts
 * const limit = startTimeLimit({ timeoutMs: 120_000, maxMemoryMb: 4096, what: 'the query' });
 * try { result = await limit.race(runQuery(store, text)); } finally { limit.stop(); }
 * ```
 */
export function startTimeLimit(opts: TimeLimitOptions): TimeLimit {
  const flag = new SharedArrayBuffer(4);
  const done = new Int32Array(flag);
  const timeMessage = `error[QUERY_TIMEOUT]: ${opts.what} ran longer than its limit of ${opts.timeoutMs} ms (--timeout) and was stopped\n`;
  const memoryMessage = `error[QUERY_TIMEOUT]: ${opts.what} needed more than ${opts.maxMemoryMb} MB of memory beyond the process's start (--max-memory-mb) and was stopped\n`;
  const workerData = {
    flag,
    // fixed now: a watchdog started later ends the process at the same time
    killAt: Date.now() + opts.timeoutMs + (opts.graceMs ?? 1000),
    // counted from now: in a fresh CLI process that is ~100 MB; in a long-lived one (a test
    // runner calling the CLI in-process) only what this command adds counts
    maxRss: opts.maxMemoryMb ? process.memoryUsage.rss() + opts.maxMemoryMb * 1024 * 1024 : 0,
    timeMessage,
    memoryMessage,
  };
  let watchdog: Worker | undefined;
  let stopped = false;
  const startWatchdog = (): void => {
    if (watchdog || stopped) return;
    watchdog = new Worker(WATCHDOG, { eval: true, workerData });
    // the watchdog never keeps the process alive
    watchdog.unref();
  };
  const off = onBlocking(startWatchdog);
  const later = setTimeout(startWatchdog, opts.watchdogAfterMs ?? WATCHDOG_AFTER_MS);
  later.unref();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ClaimgraphError('QUERY_TIMEOUT', timeMessage.replace(/^error\[QUERY_TIMEOUT\]: /, '').trim())), opts.timeoutMs);
    timer.unref();
  });
  expired.catch(() => undefined);
  return {
    race: (work) => Promise.race([work, expired]),
    stop() {
      stopped = true;
      Atomics.store(done, 0, 1);
      off();
      clearTimeout(later);
      clearTimeout(timer);
      if (watchdog) void watchdog.terminate();
    },
    get watching() {
      return watchdog !== undefined;
    },
  };
}
