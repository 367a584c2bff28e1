/**
 * Which request runs on which worker, and when: deadlines, two lanes, fairness between clients.
 *
 * - **Deadline.** Every request has one, counted from its arrival (reading the body and waiting
 *   in the queue included). A request still queued at its deadline gets 503 `QUERY_TIMEOUT`; one
 *   still running gets the same, and its worker is terminated (the pool puts a loaded spare in
 *   its place). Nobody waits in silence.
 * - **Two lanes.** Whether a query is expensive is not known before it runs, so every request
 *   not seen before starts in the fast lane, and one still running after the budget moves to the
 *   slow lane (its key, the normalised query text, is remembered, so the same request goes
 *   straight to the slow lane next time). The budget is `fastBudgetMs`, or four times the median
 *   run of the last cheap requests when the machine is so busy that this is longer, but never
 *   more than a quarter of the deadline.
 * - **One more try.** A request that crossed the budget but finished is no runaway, and its slow
 *   run may have been the machine's (a cold worker beside one loading the graph): the next
 *   request with its key starts in the fast lane once more; past the budget a second time, the
 *   key stays expensive. A runaway never finishes, so it never gets the second try.
 * - **Known cheap stays cheap.** The graph does not change while the server runs, so a request
 *   whose key once ran within the budget costs the same every time: a later run that is slow
 *   (a busy machine, a worker just swapped in) is the machine's doing, and it stays in the fast
 *   lane. Only requests never seen to be cheap are taken for expensive ones.
 * - **The fast lane's reserve.** `maxSlowRunning` workers (one less than the pool, by default)
 *   may run slow-lane requests; the others are the fast lane's. A slow-lane request starts only
 *   when the loaded workers not running one stay at least that many after it starts, so a
 *   worker that is reloading (after a timeout, a crash, a client that left) is counted against
 *   the slow lane, never the fast one.
 * - **Trying unseen requests.** A request not known cheap may be a runaway, and a runaway's
 *   worker comes back only by a reload (seconds on a large graph) or a loaded spare. So such a
 *   request starts only while, were it and every other one being tried a runaway, the fast lane
 *   would still keep a loaded worker or a loaded spare could take a runaway's place; one at a
 *   time may always be tried. Known-cheap requests take any idle worker. Two runaways therefore
 *   never hold both workers while the spare is still loading.
 * - **Stopping.** When fast-lane requests wait, no worker is free and the slow lane holds more
 *   than its share (a request tried on the fast lane's worker crossed the budget), the slow-lane
 *   request that started last is stopped at once and waits in the slow lane's queue for its
 *   turn, its deadline still running: its worker is swapped for a loaded spare, or reloads, and
 *   a spare that loads first takes its place (pool.ts). With a loaded spare, the same happens
 *   when the slow lane holds some of the fast lane's reserve while a worker reloads.
 * - **What that guarantees.** A known-cheap request waits for a runaway only while an unseen
 *   request is being tried on the last fast-lane worker without a loaded spare behind it: at
 *   most the budget, then the reload or the spare, whichever comes first. An unseen request
 *   waits while the unseen ones ahead of it in its client's queue are tried: the budget each,
 *   plus the reload or the spare after one that turned out a runaway on that last worker.
 * - **The slow lane by observed cost.** A slow-lane request that waits is started in order of
 *   what its key was seen to cost: keys seen to finish first, the cheapest first (a heavy named
 *   query of a few seconds does not wait behind runaways), then keys never seen to finish, the
 *   one stopped soonest first; clients take turns among equals.
 * - **Fairness.** The queue of each lane is one queue per client (remote address) served in
 *   turn, fast lane first; a slow-lane request starts only as the reserve above allows. A
 *   client may have `maxPerClient` requests in flight and `maxSlowPerClient` of them in the slow
 *   lane; past that it gets 429, and past `maxQueued` waiting requests in all anyone gets 503
 *   (both with Retry-After).
 * - A client that hangs up leaves the queue; a slow-lane request of a client that hung up is
 *   stopped (its worker terminated), a fast one is left to finish, and stopped when it crosses
 *   the budget.
 */
import { HttpError } from './reply.js';
import type { Slot, WorkerPool } from './pool.js';
import type { Job, JobReply, LaneOptions } from './types.js';

/** What the scheduler uses of a {@link WorkerPool} (a test may hand it a pool of its own). */
export type SchedulerPool = Pick<WorkerPool, 'onIdle' | 'idle' | 'run' | 'kill' | 'size' | 'loadedCount' | 'sparesReady'>;

/** Defaults of {@link LaneOptions} (`maxSlowRunning` depends on the pool). */
export const LANE_DEFAULTS: Omit<LaneOptions, 'maxSlowRunning'> = {
  fastBudgetMs: 500,
  maxSlowPerClient: 8,
  maxPerClient: 64,
  maxQueued: 256,
};

/** A request handed to the scheduler. */
export interface Submission {
  job: Job;
  /** Who sent it (remote address), for fairness and per-client limits. */
  client: string;
  /** What makes it the same request again (the lane it needed is remembered under it). */
  key: string;
  /** `performance.now()` at its arrival. */
  arrival: number;
  /** Aborted when the client hangs up. */
  signal?: AbortSignal;
}

interface Task extends Submission {
  lane: 'fast' | 'slow';
  deadline: number;
  timer?: ReturnType<typeof setTimeout>;
  budgetTimer?: ReturnType<typeof setTimeout>;
  slot?: Slot;
  startedAt?: number;
  /** Started in the fast lane without its key known cheap: it may yet turn out a runaway. */
  unproven?: boolean;
  settled: boolean;
  resolve(reply: JobReply): void;
  reject(err: unknown): void;
  cleanup(): void;
}

/** Per-lane queues: one queue per client, clients served in turn. */
class FairQueue {
  private readonly byClient = new Map<string, Task[]>();
  size = 0;

  push(task: Task, front = false): void {
    let q = this.byClient.get(task.client);
    if (!q) this.byClient.set(task.client, (q = []));
    if (front) q.unshift(task);
    else q.push(task);
    this.size++;
  }

  /**
   * The task of least `rank` (ties: the first of the client served longest ago, which then goes
   * last). Linear in the queue's length, which `maxQueued` bounds.
   */
  shiftBest(rank: (task: Task) => number): Task | undefined {
    let best: Task | undefined;
    let bestRank = Infinity;
    for (const q of this.byClient.values()) {
      for (const task of q) {
        const r = rank(task);
        if (!best || r < bestRank) {
          best = task;
          bestRank = r;
        }
      }
    }
    if (!best) return undefined;
    const q = this.byClient.get(best.client)!;
    q.splice(q.indexOf(best), 1);
    this.byClient.delete(best.client);
    if (q.length) this.byClient.set(best.client, q); // to the back of the turn
    this.size--;
    return best;
  }

  /** The next task: the first of the client served longest ago, which then goes last. */
  shift(): Task | undefined {
    for (const [client, q] of this.byClient) {
      const task = q.shift();
      this.byClient.delete(client);
      if (q.length) this.byClient.set(client, q); // to the back of the turn
      if (task) {
        this.size--;
        return task;
      }
    }
    return undefined;
  }

  remove(task: Task): boolean {
    const q = this.byClient.get(task.client);
    const i = q ? q.indexOf(task) : -1;
    if (i < 0) return false;
    q!.splice(i, 1);
    if (q!.length === 0) this.byClient.delete(task.client);
    this.size--;
    return true;
  }
}

/** A bounded set of keys, oldest forgotten first. */
class KeyMemory {
  private readonly keys = new Set<string>();
  constructor(private readonly max: number) {}
  has(key: string): boolean {
    return this.keys.has(key);
  }
  delete(key: string): void {
    this.keys.delete(key);
  }
  add(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value as string);
  }
}

/**
 * What each key was seen to cost (ms), bounded, oldest forgotten first: `finished` when a run of
 * it ended with an answer, else how long it ran at least before it was stopped or crossed the
 * budget.
 */
class CostMemory {
  private readonly costs = new Map<string, { ms: number; finished: boolean }>();
  constructor(private readonly max: number) {}

  /** A run of `key` answered after `ms`. */
  finished(key: string, ms: number): void {
    this.set(key, { ms, finished: true });
  }

  /** A run of `key` went on for `ms` without an answer (stopped, or still running). */
  atLeast(key: string, ms: number): void {
    const known = this.costs.get(key);
    this.set(key, { ms: Math.max(ms, known?.ms ?? 0), finished: known?.finished ?? false });
  }

  /**
   * The order in which waiting slow-lane requests start: keys seen to finish by their cost, then
   * keys never seen to finish by how long they ran at least (a runaway last).
   */
  rank(key: string): number {
    const c = this.costs.get(key);
    if (!c) return Number.MAX_SAFE_INTEGER;
    return c.finished ? c.ms : 2 ** 40 + c.ms;
  }

  private set(key: string, value: { ms: number; finished: boolean }): void {
    this.costs.delete(key);
    this.costs.set(key, value);
    if (this.costs.size > this.max) this.costs.delete(this.costs.keys().next().value as string);
  }
}

/**
 * The scheduler of a server's worker pool.
 *
 * @example
 * ```ts
 * const scheduler = new Scheduler(pool, { ...LANE_DEFAULTS, maxSlowRunning: 1 }, 30_000, log);
 * const reply = await scheduler.submit({ job, client: '127.0.0.1', key: text, arrival: performance.now() });
 * ```
 */
export class Scheduler {
  /** Requests known to be cheap (answered within the budget before), served first. */
  private readonly cheap = new FairQueue();
  /** Requests not seen before. */
  private readonly fast = new FairQueue();
  private readonly slow = new FairQueue();
  private readonly running = new Set<Task>();
  private readonly perClient = new Map<string, { all: number; slow: number }>();
  private readonly slowKeys = new KeyMemory(1000);
  private readonly cheapKeys = new KeyMemory(10_000);
  /** Keys that ran past the budget once but finished, and were given one more try in the fast lane. */
  private readonly retried = new KeyMemory(1000);
  /** What each key was seen to cost: the slow lane's order. */
  private readonly costs = new CostMemory(10_000);
  /** How long the last fast-lane requests ran (ms), newest last: the scale of "cheap" right now. */
  private readonly recent: number[] = [];
  private closed = false;
  /** Requests refused or stopped, by reason (for /health). */
  readonly refused: Record<string, number> = {};

  constructor(
    private readonly pool: SchedulerPool,
    private readonly lanes: LaneOptions,
    private readonly timeoutMs: number,
    private readonly onEvent: (event: string, detail: Record<string, unknown>) => void,
  ) {
    pool.onIdle = () => this.dispatch();
  }

  /** Requests waiting, per lane. */
  get queued(): { fast: number; slow: number } {
    return { fast: this.fast.size + this.cheap.size, slow: this.slow.size };
  }

  /** Requests of a client queued or running. */
  inFlight(client: string): number {
    return this.perClient.get(client)?.all ?? 0;
  }

  /** Requests running, per lane. */
  get runningCount(): { fast: number; slow: number } {
    let slow = 0;
    for (const t of this.running) if (t.lane === 'slow') slow++;
    return { fast: this.running.size - slow, slow };
  }

  /**
   * Queues a request; resolves with its answer, or rejects with an HttpError (429/503 with
   * Retry-After) when it is refused or runs past its deadline.
   */
  submit(sub: Submission): Promise<JobReply> {
    if (this.closed) return Promise.reject(new HttpError(503, 'the server is shutting down', 'SHUTTING_DOWN'));
    const lane: Task['lane'] = this.slowKeys.has(sub.key) ? 'slow' : 'fast';
    const counts = this.perClient.get(sub.client) ?? { all: 0, slow: 0 };
    if (counts.all >= this.lanes.maxPerClient) {
      return Promise.reject(this.refuse(429, `this client has ${counts.all} requests in flight, the server's limit; retry after one is answered`, 'TOO_MANY_REQUESTS'));
    }
    if (lane === 'slow' && counts.slow >= this.lanes.maxSlowPerClient) {
      return Promise.reject(this.refuse(429, `this client has ${counts.slow} expensive requests in flight, the server's limit; retry after one is answered`, 'TOO_MANY_REQUESTS'));
    }
    const waiting = this.cheap.size + this.fast.size + this.slow.size;
    if (waiting >= this.lanes.maxQueued) {
      return Promise.reject(this.refuse(503, `${waiting} requests are waiting for a worker; retry later`, 'BUSY'));
    }
    return new Promise<JobReply>((resolve, reject) => {
      const task: Task = {
        ...sub, lane, deadline: sub.arrival + this.timeoutMs, settled: false, resolve, reject,
        cleanup: () => {
          clearTimeout(task.timer);
          clearTimeout(task.budgetTimer);
          sub.signal?.removeEventListener('abort', onAbort);
        },
      };
      const onAbort = (): void => this.abandon(task);
      sub.signal?.addEventListener('abort', onAbort, { once: true });
      this.count(task, +1);
      task.timer = setTimeout(() => this.expire(task), Math.max(0, task.deadline - performance.now()));
      (lane === 'slow' ? this.slow : this.cheapKeys.has(sub.key) ? this.cheap : this.fast).push(task);
      this.dispatch();
    });
  }

  /** Refuses everything queued or running (the pool is closed next) and stops taking requests. */
  close(): void {
    this.closed = true;
    const shutdown = (t: Task): void => this.settle(t, () => t.reject(new HttpError(503, 'the server is shutting down', 'SHUTTING_DOWN')));
    for (const q of [this.cheap, this.fast, this.slow]) for (let t = q.shift(); t; t = q.shift()) shutdown(t);
    for (const t of [...this.running]) shutdown(t);
    this.running.clear();
  }

  private dispatch(): void {
    for (let slot = this.pool.idle(); slot; slot = this.pool.idle()) {
      const task = this.nextFast(this.mayTryUnproven()) ?? (this.slowMayStart() ? this.slow.shiftBest((t) => this.costs.rank(t.key)) : undefined);
      if (!task) break;
      this.start(task, slot);
    }
    this.rebalance();
  }

  /** Loaded workers the fast lane keeps: those the slow lane may not hold. */
  private get reserve(): number {
    return Math.max(0, this.pool.size - this.lanes.maxSlowRunning);
  }

  /**
   * Whether a slow-lane request may start now: the slow lane holds fewer than `maxSlowRunning`
   * workers, and the loaded workers left to the fast lane stay at least its reserve.
   */
  private slowMayStart(): boolean {
    const slow = this.runningCount.slow;
    return slow < this.lanes.maxSlowRunning && this.pool.loadedCount - slow - 1 >= this.reserve;
  }

  /**
   * Whether one more request not known cheap may start in the fast lane: if every such request
   * running now (and the new one) turned out a runaway, the fast lane would still keep a loaded
   * worker, or a loaded spare could take a runaway's place at once. One such request may always
   * run (running it is the only way to learn what it costs), so unseen queries are tried one
   * after another, never not at all; a request known cheap may always take an idle worker.
   */
  private mayTryUnproven(): boolean {
    let unproven = 0;
    for (const t of this.running) if (t.lane === 'fast' && t.unproven) unproven++;
    const fastWorkers = this.pool.loadedCount - this.runningCount.slow;
    return unproven + 1 <= Math.max(1, fastWorkers - 1 + this.pool.sparesReady);
  }

  /**
   * The next fast-lane task, the known cheap ones first, then (when `unproven`) the ones not seen
   * before; one whose key was found expensive while it waited goes to the slow lane.
   */
  private nextFast(unproven = true): Task | undefined {
    const shift = (): Task | undefined => this.cheap.shift() ?? (unproven ? this.fast.shift() : undefined);
    for (let task = shift(); task; task = shift()) {
      if (!this.slowKeys.has(task.key)) return task;
      this.moveLane(task, 'slow');
      this.slow.push(task);
    }
    return undefined;
  }

  private start(task: Task, slot: Slot): void {
    task.slot = slot;
    task.startedAt = performance.now();
    task.unproven = task.lane === 'fast' && !this.cheapKeys.has(task.key);
    this.running.add(task);
    this.pool.run(slot, task.job, (reply) => {
      this.running.delete(task);
      const ran = performance.now() - task.startedAt!;
      this.costs.finished(task.key, ran);
      if (task.lane === 'fast') {
        this.recent.push(ran);
        if (this.recent.length > 64) this.recent.shift();
      }
      // within the budget: cheap (again; a busy machine may have made it look expensive once)
      if (ran < this.budgetMs()) {
        this.slowKeys.delete(task.key);
        this.cheapKeys.add(task.key);
      } else if (this.slowKeys.has(task.key) && !this.retried.has(task.key)) {
        // it finished, so it is no runaway: its first slow run may have been the machine's (a
        // worker just swapped in while another loads the graph); the next one is tried again
        // in the fast lane, and a second run past the budget makes it expensive for good
        this.slowKeys.delete(task.key);
        this.retried.add(task.key);
      }
      // where its time went: waiting (from arrival to the start of the run that answered: a
      // demoted request's stopped run included) and running, beside the worker's own phases
      const timed: JobReply = reply.ok ? { ...reply, timing: { ...reply.timing, wait: task.startedAt! - task.arrival, run: ran } } : reply;
      this.settle(task, () => task.resolve(timed));
    });
    if (task.lane === 'fast') task.budgetTimer = setTimeout(() => this.overBudget(task), this.budgetMs());
  }

  /**
   * The fast lane's budget: `fastBudgetMs`, or four times the median run of the last cheap
   * requests when that is longer. When the whole machine is slow (other processes, a flood of
   * requests) every query runs longer; a query is expensive when it runs much longer than the
   * others, not when the machine is busy.
   */
  private budgetMs(): number {
    if (this.recent.length < 8) return this.lanes.fastBudgetMs;
    const sorted = [...this.recent].sort((a, b) => a - b);
    const cap = Math.max(this.lanes.fastBudgetMs, this.timeoutMs / 4);
    return Math.min(cap, Math.max(this.lanes.fastBudgetMs, 4 * sorted[sorted.length >> 1]!));
  }

  /** A fast-lane request ran past the budget: it is expensive, unless its key is known cheap. */
  private overBudget(task: Task): void {
    if (task.settled || !this.running.has(task)) return;
    if (this.cheapKeys.has(task.key)) return;
    if (task.signal?.aborted) {
      // its client left while it was a fast one (left to finish); expensive now: its worker is freed
      this.running.delete(task);
      this.stop(task, 'client-gone');
      this.settle(task, () => task.reject(new HttpError(499, 'the client went away', 'CLIENT_GONE')));
      this.dispatch();
      return;
    }
    this.costs.atLeast(task.key, performance.now() - task.startedAt!);
    this.slowKeys.add(task.key);
    this.moveLane(task, 'slow');
    // its place among the requests being tried is free: dispatch (which rebalances)
    this.dispatch();
  }

  /**
   * While fast-lane requests wait with no worker free and the slow lane holds more than its
   * share (a request tried on the fast lane's worker crossed the budget), the slow-lane request
   * that started last is stopped at once and queued in the slow lane again: its worker is
   * swapped for a loaded spare, or, with none loaded, reloads (the pool hands the fast lane
   * whichever of the two loads first). With a loaded spare it is also stopped when the slow lane
   * holds some of the fast lane's reserve while a worker reloads. A request over budget is left
   * alone as long as nobody needs its worker.
   */
  private rebalance(): void {
    while (this.cheap.size + this.fast.size > 0 && !this.pool.idle()) {
      // waiting requests known to be expensive by now move to their lane first
      const waiting = this.nextFast();
      if (!waiting) return;
      (this.cheapKeys.has(waiting.key) ? this.cheap : this.fast).push(waiting, true);
      const slow = [...this.running].filter((t) => t.lane === 'slow');
      // the slow lane holds more workers than it may, or (a worker reloading) the fast lane has
      // fewer than its reserve and a loaded spare can be swapped in at once
      const spare = this.pool.sparesReady > 0;
      const over = slow.length > this.lanes.maxSlowRunning;
      if (!over && !(spare && slow.length > 0 && this.pool.loadedCount - slow.length < this.reserve)) return;
      const victim = slow.reduce((a, b) => ((b.startedAt ?? 0) > (a.startedAt ?? 0) ? b : a));
      this.running.delete(victim);
      this.stop(victim, 'demoted');
      victim.slot = undefined;
      this.onEvent('demoted', { client: victim.client, waitingFast: this.fast.size });
      this.slow.push(victim, true);
    }
  }

  /** Terminates the worker of a running request; what it ran so far is a lower bound of its key's cost. */
  private stop(task: Task, reason: string): void {
    this.costs.atLeast(task.key, performance.now() - task.startedAt!);
    this.pool.kill(task.slot!, reason);
  }

  private moveLane(task: Task, lane: Task['lane']): void {
    if (task.lane === lane) return;
    this.count(task, -1);
    task.lane = lane;
    this.count(task, +1);
  }

  private expire(task: Task): void {
    if (task.settled) return;
    const waited = Math.round(performance.now() - task.arrival);
    const wasRunning = this.running.delete(task);
    if (wasRunning) this.stop(task, 'timeout');
    else this.remove(task);
    const message = wasRunning
      ? `the request ran longer than the server's limit of ${this.timeoutMs} ms (counted from its arrival) and was stopped`
      : `the request waited ${waited} ms for a worker, past the server's limit of ${this.timeoutMs} ms; the server is busy with expensive requests`;
    this.settle(task, () => task.reject(this.refuse(503, message, 'QUERY_TIMEOUT')));
  }

  private abandon(task: Task): void {
    if (task.settled) return;
    if (this.running.has(task)) {
      // a cheap request is left to finish; an expensive one frees its worker
      if (task.lane === 'fast') return;
      this.running.delete(task);
      this.stop(task, 'client-gone');
    } else {
      this.remove(task);
    }
    this.settle(task, () => task.reject(new HttpError(499, 'the client went away', 'CLIENT_GONE')));
  }

  private remove(task: Task): void {
    if (!this.cheap.remove(task) && !this.fast.remove(task)) this.slow.remove(task);
  }

  private settle(task: Task, fn: () => void): void {
    if (task.settled) return;
    task.settled = true;
    task.cleanup();
    this.count(task, -1);
    fn();
  }

  private count(task: Task, delta: number): void {
    const c = this.perClient.get(task.client) ?? { all: 0, slow: 0 };
    c.all += delta;
    if (task.lane === 'slow') c.slow += delta;
    if (c.all <= 0) this.perClient.delete(task.client);
    else this.perClient.set(task.client, c);
  }

  private refuse(status: number, message: string, code: string): HttpError {
    this.refused[code] = (this.refused[code] ?? 0) + 1;
    return new HttpError(status, message, code, { 'Retry-After': String(this.retryAfterSeconds()) });
  }

  /** When trying again makes sense: when the slow request that ends first is done, 1 s at least. */
  private retryAfterSeconds(): number {
    const now = performance.now();
    let soonest = Infinity;
    for (const t of this.running) if (t.lane === 'slow') soonest = Math.min(soonest, t.deadline - now);
    return Math.max(1, Math.ceil((Number.isFinite(soonest) ? soonest : 1000) / 1000));
  }
}
