/**
 * A fixed-size pool of query workers (see `worker.ts` for why queries run in threads).
 *
 * Each worker parses the graph once at start. A query that exceeds its time limit, or whose
 * result hit the size limit, gets its worker terminated and replaced, so a runaway query never
 * keeps a core busy after its client got the error.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimgraphError } from '../errors.js';
import type { PlainResult, WorkerRequest, WorkerResponse } from './types.js';

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  loaded: boolean;
  busy: boolean;
}

interface Pending {
  sparql: string;
  maxResults: number;
  timeoutMs: number;
  signal?: AbortSignal;
  resolve: (r: PlainResult) => void;
  reject: (e: unknown) => void;
}

function workerUrl(): URL {
  // ../serve/ rather than ./ so the path also holds from the one-file bundle in dist/cli/
  const js = new URL('../serve/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  // running from the TypeScript sources (tests): Node strips the types of worker.ts itself
  return new URL('./worker.ts', import.meta.url);
}

/**
 * Runs SPARQL queries in worker threads over copies of one graph.
 *
 * @example
 * ```ts
 * const pool = new QueryPool(nquadsText, 2, () => {});
 * await pool.ready();
 * const result = await pool.run('ASK { ?s ?p ?o }', { maxResults: 10, timeoutMs: 1000 });
 * await pool.close();
 * ```
 */
export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private tripleCount = 0;

  constructor(
    private readonly nquads: string,
    size: number,
    private readonly onEvent: (event: string, detail: Record<string, unknown>) => void,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded the graph. */
  async ready(): Promise<number> {
    await Promise.all(this.slots.map((s) => s.ready));
    return this.tripleCount;
  }

  /** Workers currently running a query. */
  get busy(): number {
    return this.slots.filter((s) => s.busy).length;
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** Workers that have loaded the graph (fewer than `size` while a replacement starts). */
  get loaded(): number {
    return this.slots.filter((s) => s.loaded).length;
  }

  /** Queries waiting for a free worker. */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * Runs one query; rejects with a ClaimgraphError (`QUERY_TIMEOUT`, `QUERY_RESULT_TOO_LARGE`,
   * `QUERY_FAILED`).
   *
   * @example
   * ```ts
   * const r = await pool.run('SELECT * WHERE { ?s ?p ?o } LIMIT 1', { maxResults: 10, timeoutMs: 5000 });
   * ```
   */
  run(sparql: string, opts: { maxResults: number; timeoutMs: number; signal?: AbortSignal }): Promise<PlainResult> {
    if (this.closed) return Promise.reject(new ClaimgraphError('INTERNAL', 'the query pool is closed'));
    return new Promise((resolve, reject) => {
      const job: Pending = { sparql, ...opts, resolve, reject };
      // a job whose client went away before it started is simply dropped from the queue
      opts.signal?.addEventListener('abort', () => {
        const i = this.queue.indexOf(job);
        if (i >= 0) {
          this.queue.splice(i, 1);
          reject(new ClaimgraphError('QUERY_FAILED', 'the client went away'));
        }
      }, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ClaimgraphError('INTERNAL', 'the server is shutting down'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), { workerData: { nquads: this.nquads } });
    // a worker that fails before it is ready must not leave the pool waiting forever
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerResponse): void => {
        if ('ready' in m) {
          this.tripleCount = m.triples;
          worker.off('message', onMessage);
          worker.off('error', onError);
          resolve();
        }
      };
      const onError = (e: unknown): void => reject(e);
      worker.on('message', onMessage);
      worker.once('error', onError);
    });
    const slot: Slot = { worker, ready, loaded: false, busy: false };
    ready.then(() => (slot.loaded = true), () => undefined);
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    void slot.worker.terminate();
    if (this.closed || i < 0) return;
    this.onEvent('worker-restart', { reason });
    const fresh = this.spawn();
    this.slots[i] = fresh;
    fresh.ready.then(() => this.dispatch(), (e) => this.onEvent('worker-failed', { message: String(e) }));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy) continue;
      slot.busy = true;
      slot.ready.then(
        () => this.execute(slot),
        (e: unknown) => {
          slot.busy = false;
          const p = this.queue.shift();
          p?.reject(new ClaimgraphError('INTERNAL', `query worker failed to start: ${String(e)}`));
          this.replace(slot, 'start-failed');
        },
      );
    }
  }

  private execute(slot: Slot): void {
    const job = this.queue.shift();
    if (!job) {
      slot.busy = false;
      return;
    }
    const id = this.nextId++;
    const { worker } = slot;
    let settled = false;
    const finish = (recycle: string | null, fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      slot.busy = false;
      fn();
      if (recycle) this.replace(slot, recycle);
      else this.dispatch();
    };
    const onMessage = (m: WorkerResponse): void => {
      if (m.id !== id) return;
      if ('ready' in m) return;
      if (m.ok) finish(null, () => job.resolve(m.result));
      else {
        const recycle = m.code === 'QUERY_RESULT_TOO_LARGE' ? 'result-limit' : null;
        finish(recycle, () => job.reject(new ClaimgraphError(m.code, m.message)));
      }
    };
    const onError = (e: Error): void =>
      finish('crash', () => job.reject(new ClaimgraphError('QUERY_FAILED', `the query worker crashed: ${e.message}`)));
    const onExit = (code: number): void =>
      finish('exit', () => job.reject(new ClaimgraphError('QUERY_FAILED', `the query worker exited (code ${code})`)));
    // a client that went away while its query runs frees the worker the hard way, like a timeout
    const onAbort = (): void => finish('client-gone', () => job.reject(new ClaimgraphError('QUERY_FAILED', 'the client went away')));
    job.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () =>
        finish('timeout', () =>
          job.reject(new ClaimgraphError('QUERY_TIMEOUT', `the query ran longer than the server's limit of ${job.timeoutMs} ms and was stopped`)),
        ),
      job.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, sparql: job.sparql, maxResults: job.maxResults } satisfies WorkerRequest);
  }
}
