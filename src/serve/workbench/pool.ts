/**
 * The workbench's worker threads (piscina): every request-dependent read of the graph, query
 * with citations and fact check runs there, under a deadline counted from the request's
 * arrival. A task past its deadline, or whose client went away, has its thread terminated and
 * replaced (piscina does both), so it never keeps a core busy after its client got the error.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ClaimgraphError } from '../../errors.js';
import { HttpError } from '../protocol.js';
import type { TaskError } from './tasks.js';
import type { TaskAnswer, TaskWorkerData } from './task-worker.js';
import type { WorkbenchTask } from './types.js';

/**
 * The compiled worker: next to this module in dist/, next to the CLI bundle's chunk folder, or
 * (running from the TypeScript sources, as the tests do) in the package's dist/ built by
 * `npm run build` / `npm test`'s pretest step.
 */
function workerFile(): string {
  const candidates = ['./task-worker.js', '../serve/workbench/task-worker.js', '../../../dist/serve/workbench/task-worker.js'];
  for (const c of candidates) {
    const file = fileURLToPath(new URL(c, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new ClaimgraphError('INTERNAL', 'the workbench worker (dist/serve/workbench/task-worker.js) is not built: run `npm run build`');
}

/** Tasks allowed to wait for a thread before new ones get 503. */
const MAX_QUEUED = 64;

/**
 * A fixed set of task threads over one graph.
 *
 * @example
 * ```ts
 * const pool = new TaskPool({ dir: '.' }, 1);
 * const list = await pool.run({ kind: 'articles', offset: 0, limit: 10 }, Date.now() + 5000);
 * await pool.close();
 * ```
 */
export class TaskPool {
  private readonly piscina: Piscina;

  /** `onError` hears a thread's error that no task was waiting for (see below); default: ignored. */
  constructor(data: TaskWorkerData, threads: number, onError: (err: unknown) => void = () => {}) {
    this.piscina = new Piscina({
      filename: workerFile(),
      workerData: data,
      minThreads: threads,
      maxThreads: threads,
      maxQueue: MAX_QUEUED,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    // piscina emits 'error' for a thread that fails with no task running (say, a replacement
    // spawned as the pool closes); an EventEmitter's 'error' with no listener is thrown, which
    // would end the whole server
    this.piscina.on('error', onError);
  }

  /** Tasks waiting for a thread. */
  get queued(): number {
    return this.piscina.queueSize;
  }

  /**
   * Runs a task and resolves with its answer as JSON text; rejects with HttpError /
   * ClaimgraphError (`QUERY_TIMEOUT` past the deadline, 503 `BUSY` when the queue is full).
   *
   * @example
   * ```ts
   * await pool.run({ kind: 'vocabulary' }, Date.now() + 10_000);
   * ```
   */
  async run(task: WorkbenchTask, deadline: number, signal?: AbortSignal): Promise<string> {
    if (this.piscina.queueSize >= MAX_QUEUED) throw new HttpError(503, `${this.piscina.queueSize} requests are waiting for a worker; retry later`, 'BUSY', { 'Retry-After': '2' });
    const left = deadline - Date.now();
    if (left <= 0) throw new ClaimgraphError('QUERY_TIMEOUT', 'the request waited past its deadline before it could start');
    const timeout = AbortSignal.timeout(left);
    const abort = signal ? AbortSignal.any([timeout, signal]) : timeout;
    let answer: TaskAnswer;
    try {
      answer = await this.piscina.run(task, { signal: abort });
    } catch (err) {
      if (timeout.aborted) throw new ClaimgraphError('QUERY_TIMEOUT', `the request ran past the server's limit and was stopped (${task.kind})`);
      if (signal?.aborted) throw new ClaimgraphError('QUERY_FAILED', 'the client went away');
      if (err instanceof Error && /queue/i.test(err.message)) throw new HttpError(503, 'too many requests are waiting for a worker; retry later', 'BUSY', { 'Retry-After': '2' });
      throw new ClaimgraphError('INTERNAL', `workbench worker failed: ${err instanceof Error ? err.message : String(err)}`, {}, { cause: err });
    }
    if (answer.ok) return answer.json;
    const e = answer.error;
    if (e.status !== undefined) throw new HttpError(e.status, e.message, e.code);
    // the message already carries its location; keep line/column for the page's editor
    const error = new ClaimgraphError(e.code as ConstructorParameters<typeof ClaimgraphError>[0], e.message);
    Object.assign(error.location, { ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) });
    throw error;
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
