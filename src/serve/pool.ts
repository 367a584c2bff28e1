/**
 * The query worker threads of a server (see `worker-main.ts` for what runs in them), with
 * loaded spares.
 *
 * Each worker loads the graph once. A worker whose job must stop (past its deadline, demoted
 * by the scheduler, its client gone) is terminated; a spare that has already loaded the graph
 * takes its place at once, and a new spare starts loading. Without a ready spare, a new worker
 * is started in the free place; if a spare finishes loading first, it takes that place and the
 * worker still loading becomes the spare, so a stopped worker's place is loaded as soon as either
 * is. Which job runs where and when is the scheduler's business
 * (`scheduler.ts`); this module only runs what it is given.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Job, JobReply, WorkerInit, WorkerRequest, WorkerResponse } from './types.js';

function workerUrl(): URL {
  // ../serve/ rather than ./ so the path also holds from the one-file bundle in dist/cli/
  const js = new URL('../serve/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  // running from the TypeScript sources (tests): worker.ts installs a loader for the rest
  return new URL('./worker.ts', import.meta.url);
}

/** One worker thread and what it is doing. */
export interface Slot {
  readonly worker: Worker;
  /** `loading` until the graph is in; `idle` or `busy` after; `dead` once terminated. */
  state: 'loading' | 'idle' | 'busy' | 'dead';
  /** The job it runs, with the callback for its answer. */
  current?: { id: number; done: (reply: JobReply) => void };
  readonly started: number;
  /** What it answers from, hashed (the worker says so once loaded; see worker-main.ts). */
  graph?: string;
}

/**
 * Worker threads over copies of one graph.
 *
 * @example
 * ```ts
 * const pool = new WorkerPool({ dir: '.', storeKind: 'oxigraph', maxResults: 1000 }, 2, 1, () => {});
 * await pool.ready();
 * const slot = pool.idle()!;
 * pool.run(slot, { kind: 'check', claim: 'A is a member of B.', format: 'json' }, (reply) => console.log(reply.status));
 * ```
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly spares: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private triples = 0;
  private readonly firstLoad: Promise<void>;
  /** Workers terminated so far (timeouts, demotions, crashes). */
  restarts = 0;
  /** Called whenever a worker becomes idle (loaded, or done with a job). */
  onIdle: () => void = () => {};

  constructor(
    private readonly init: WorkerInit,
    size: number,
    private readonly spareCount: number,
    private readonly onEvent: (event: string, detail: Record<string, unknown>) => void,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
    const loaded = this.slots.map((s) => this.loaded(s));
    this.firstLoad = Promise.all(loaded).then(() => undefined);
    // spares start once the first workers are in, so they do not slow the start
    this.firstLoad.then(() => this.topUpSpares(), () => undefined);
  }

  /** Resolves with the graph's triple count when every first worker has loaded; rejects when one failed. */
  async ready(): Promise<number> {
    await this.firstLoad;
    return this.triples;
  }

  /** Number of workers taking jobs. */
  get size(): number {
    return this.slots.length;
  }

  /** Workers loaded (taking jobs or ready to). */
  get loadedCount(): number {
    return this.slots.filter((s) => s.state === 'idle' || s.state === 'busy').length;
  }

  /** Workers running a job. */
  get busy(): number {
    return this.slots.filter((s) => s.state === 'busy').length;
  }

  /** Spares loaded and waiting. */
  get sparesReady(): number {
    return this.spares.filter((s) => s.state === 'idle').length;
  }

  /** Spares still loading the graph (each calls `onIdle` when it is ready). */
  get sparesLoading(): number {
    return this.spares.filter((s) => s.state === 'loading').length;
  }

  /**
   * What every loaded worker and spare answers from (the hash each reported), when they all agree
   * and each could tell; else undefined (the graph was rebuilt while the server ran, and
   * workers loaded since hold the new one). The answer cache serves nothing while it is undefined.
   */
  get graphId(): string | undefined {
    let id: string | undefined;
    for (const s of [...this.slots, ...this.spares]) {
      if (s.state === 'loading' || s.state === 'dead') continue;
      if (!s.graph || (id !== undefined && s.graph !== id)) return undefined;
      id = s.graph;
    }
    return id;
  }

  /** An idle worker, if there is one. */
  idle(): Slot | undefined {
    return this.slots.find((s) => s.state === 'idle');
  }

  /**
   * Runs a job on an idle worker; `done` gets the answer, or a 500 when the worker dies.
   *
   * @example
   * ```ts
   * pool.run(pool.idle()!, job, (reply) => respond(reply));
   * ```
   */
  run(slot: Slot, job: Job, done: (reply: JobReply) => void): void {
    if (slot.state !== 'idle') throw new Error(`worker is ${slot.state}, not idle`);
    const id = this.nextId++;
    slot.state = 'busy';
    slot.current = { id, done };
    slot.worker.postMessage({ id, job } satisfies WorkerRequest);
  }

  /**
   * Terminates a worker (its job's callback is not called) and puts a spare, or a new worker,
   * in its place.
   */
  kill(slot: Slot, reason: string): void {
    if (slot.state === 'dead') return;
    slot.state = 'dead';
    slot.current = undefined;
    void slot.worker.terminate();
    this.restarts++;
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const spare = this.spares.find((s) => s.state === 'idle');
    if (spare) {
      this.spares.splice(this.spares.indexOf(spare), 1);
      this.slots[i] = spare;
      this.onEvent('worker-restart', { reason, spare: true });
      this.topUpSpares();
      queueMicrotask(() => this.onIdle());
    } else {
      const fresh = this.spawn();
      this.slots[i] = fresh;
      this.onEvent('worker-restart', { reason, spare: false });
      this.loaded(fresh).catch(() => undefined);
    }
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots, ...this.spares];
    for (const s of all) s.state = 'dead';
    await Promise.all(all.map((s) => s.worker.terminate()));
  }

  /**
   * A spare that has just loaded takes the place of a worker still loading after a stop, which
   * becomes the spare: the place is loaded as soon as either is, not only when its own worker is.
   */
  private promote(spare: Slot): void {
    const si = this.spares.indexOf(spare);
    const i = this.slots.findIndex((s) => s.state === 'loading');
    if (si < 0 || i < 0 || spare.state !== 'idle' || this.closed) return;
    this.spares[si] = this.slots[i]!;
    this.slots[i] = spare;
    this.onEvent('spare-promoted', {});
  }

  private topUpSpares(): void {
    while (!this.closed && this.spares.length < this.spareCount) {
      const spare = this.spawn();
      this.spares.push(spare);
      this.loaded(spare).catch(() => {
        // a spare that cannot load is dropped; the next kill starts a worker in place
        const i = this.spares.indexOf(spare);
        if (i >= 0) this.spares.splice(i, 1);
      });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), { workerData: this.init });
    const slot: Slot = { worker, state: 'loading', started: performance.now() };
    worker.on('message', (m: WorkerResponse) => {
      if (m.id === -1) return; // readiness: see loaded()
      const current = slot.current;
      if (!current || current.id !== m.id) return;
      slot.current = undefined;
      slot.state = 'idle';
      const { id: _id, sentAt, ...reply } = m as Extract<WorkerResponse, { sentAt?: number }>;
      // what the answer's message took to cross from the worker (both clocks are wall clocks)
      if (reply.ok && sentAt !== undefined) reply.timing = { ...reply.timing, transfer: Math.max(0, performance.timeOrigin + performance.now() - sentAt) };
      // answers of a worker holding another graph than the others are not cached (answers.ts)
      current.done(reply.ok && slot.graph ? { ...reply, graph: slot.graph } : reply as JobReply);
      this.onIdle();
    });
    const died = (message: string): void => {
      if (slot.state === 'dead') return;
      this.onEvent('worker-failed', { message });
      if (slot.state === 'loading') {
        // failed to load: not replaced (it would fail again); loaded() reports it
        slot.state = 'dead';
        const i = this.spares.indexOf(slot);
        if (i >= 0) this.spares.splice(i, 1);
        return;
      }
      const current = slot.current;
      this.kill(slot, 'crash');
      current?.done({ ok: false, status: 500, code: 'INTERNAL', message: `the query worker stopped: ${message}` });
    };
    worker.on('error', (e: Error) => died(e.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private loaded(slot: Slot): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerResponse): void => {
        if (m.id !== -1 || !('ready' in m || 'failed' in m)) return;
        slot.worker.off('message', onMessage);
        if ('failed' in m) {
          reject(new Error(m.failed));
          return;
        }
        if ('ready' in m) {
          this.triples = m.triples;
          if (m.graph) slot.graph = m.graph;
        }
        if (slot.state === 'loading') slot.state = 'idle';
        this.onEvent('worker-ready', { ms: Math.round(performance.now() - slot.started) });
        this.promote(slot);
        resolve();
        this.onIdle();
      };
      slot.worker.on('message', onMessage);
      slot.worker.once('error', reject);
      slot.worker.once('exit', (code) => reject(new Error(`the worker exited (code ${code}) before loading the graph`)));
    });
  }
}
