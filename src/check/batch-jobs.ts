/**
 * `check --batch --jobs N`: the batch's claims shared by this thread and N - 1 worker threads
 * (batch-worker.ts), each with its own copy of the graph and check context. The output is the
 * one-job output: lines in input order, each the same JSON, and the same metrics.
 *
 * Why threads: a batch is CPU-bound on one core (issue 15's `check --batch` target) while the
 * machines it runs on have several, and every claim is checked independently of the others.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ClaimgraphError } from '../errors.js';
import { batchLineJSON, checkBatchLine, scoreBatch, type BatchInput } from './batch.js';
import type { BatchLineResult, BatchMetrics, CheckResult } from './types.js';

/**
 * Claims a thread must have to itself before another one is started: a worker first imports the
 * checker and loads the graph and context (a few hundred ms, about what 15-20 claims take).
 */
export const CLAIMS_PER_THREAD = 32;

/** What a batch worker is started with. */
export interface BatchWorkerData {
  dir: string;
  inputs: BatchInput[];
  /** Input indexes in the order the threads take them. */
  order: number[];
  /** An Int32 counter of `order` positions taken, shared by every thread. */
  next: SharedArrayBuffer;
  /** Time budget of one claim (ms, `check --budget-ms`); undefined: the checker's default. */
  budgetMs?: number;
}

/** A batch worker's message: one line done, or an error to rethrow (the batch stops). */
export type BatchWorkerReply =
  | { ok: true; index: number; json: string; line: BatchLineResult }
  | { ok: false; code?: string; message: string; stack?: string };

/**
 * Threads a batch of `lines` inputs runs on with `--jobs requested`: never more than the batch
 * needs (one per {@link CLAIMS_PER_THREAD} lines), at least one.
 *
 * @example
 * ```ts
 * batchThreads(8, 40); // 1
 * batchThreads(2, 285); // 2
 * ```
 */
export function batchThreads(requested: number, lines: number): number {
  return Math.max(1, Math.min(requested, Math.floor(lines / CLAIMS_PER_THREAD)));
}

/**
 * The order the threads take a batch's lines in: longest claim first (ties in input order), so
 * that a long claim, which can take as long as dozens of short ones, is not the last one left.
 *
 * @example
 * ```ts
 * takingOrder(parseBatch('{"claim":"A b."}\n{"claim":"A b c d."}')); // [1, 0]
 * ```
 */
export function takingOrder(inputs: BatchInput[]): number[] {
  const size = (i: number): number => inputs[i].claim?.length ?? 0;
  return inputs.map((_, i) => i).sort((a, b) => size(b) - size(a) || a - b);
}

/** The worker's entry: bundled beside the CLI bundle, else compiled, else the TypeScript source (tests). */
function workerUrl(): URL {
  const bundled = new URL('./main.bundle-batch-worker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  // ../check/ rather than ./ so the path also holds from dist/cli/
  const js = new URL('../check/batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  return new URL('./batch-worker.ts', import.meta.url);
}

/**
 * Checks a parsed batch on `threads` threads (this one with `check`, the others workers that open
 * the project in `dir` themselves) and returns each line's JSON in input order with the metrics
 * and how many lines the workers checked. `here: false` leaves every line to the workers (threads
 * - 1 of them).
 * Rejects on the first error that is not a claim's own (as the one-thread batch throws).
 *
 * @example
 * ```ts
 * const { json, results, metrics } = await runBatchThreads(parseBatch(text), 2, dir, (c) => checkClaim(store, c, { context }));
 * for (const line of json) process.stdout.write(line + '\n');
 * ```
 */
export async function runBatchThreads(
  inputs: BatchInput[],
  threads: number,
  dir: string,
  check: (claim: string) => Promise<CheckResult>,
  opts: { here?: boolean; budgetMs?: number } = {},
): Promise<{ json: string[]; results: BatchLineResult[]; metrics: BatchMetrics; workerLines: number }> {
  if (opts.here === false && threads < 2) throw new Error('runBatchThreads: no thread would check the lines (here: false and one thread)');
  const n = inputs.length;
  const json: string[] = new Array(n);
  const results: BatchLineResult[] = new Array(n);
  const order = takingOrder(inputs);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  let done = 0;
  let workerLines = 0;
  let failure: Error | undefined;
  let finish: () => void = () => {};
  const allDone = new Promise<void>((resolve) => { finish = resolve; });
  const fail = (err: Error): void => {
    failure ??= err;
    // no thread takes a further line
    Atomics.store(counter, 0, n);
    finish();
  };
  const settle = (index: number, line: string, r: BatchLineResult): void => {
    json[index] = line;
    results[index] = r;
    if (++done === n) finish();
  };
  const { Worker: WorkerClass } = process.getBuiltinModule('node:worker_threads');
  const workers: Worker[] = [];
  for (let t = 1; t < threads; t++) {
    const w = new WorkerClass(workerUrl(), { workerData: { dir, inputs, order, next, ...(opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {}) } satisfies BatchWorkerData });
    w.on('message', (m: BatchWorkerReply) => {
      if (m.ok) {
        workerLines++;
        settle(m.index, m.json, m.line);
      }
      else fail(revive(m));
    });
    w.on('error', fail);
    // a worker ends on its own (code 0) once no line is left to take, its last line sent
    w.on('exit', (code) => { if (code !== 0 && done < n) fail(new Error(`a batch worker thread stopped (exit code ${code}) with lines left`)); });
    workers.push(w);
  }
  try {
    while (opts.here !== false) {
      const k = Atomics.add(counter, 0, 1);
      if (k >= n) break;
      const i = order[k];
      const r = await checkBatchLine(inputs[i], check);
      settle(i, JSON.stringify(batchLineJSON(r)), r);
    }
  } catch (err) {
    fail(err as Error);
  }
  if (n === 0) finish();
  await allDone;
  // every line is in: the workers are idle, or still loading when this thread took the last lines
  for (const w of workers) {
    w.removeAllListeners();
    void w.terminate();
  }
  if (failure) throw failure;
  return { json, results, metrics: scoreBatch(results), workerLines };
}

/** A worker's error as the one-thread batch would have thrown it. */
function revive(m: { code?: string; message: string; stack?: string }): Error {
  if (m.code) {
    const err = new ClaimgraphError(m.code as never, '');
    // the message already carries its location: kept as the worker formatted it
    err.message = m.message;
    return err;
  }
  const err = new Error(m.message);
  if (m.stack) err.stack = m.stack;
  return err;
}
