// The scheduler's policy (src/serve/scheduler.ts) on a pool of fake workers and a fake clock:
// which request runs where and when, decided without a real machine's noise. Issue 17,
// finding 3: three runaway queries among cheap clients must not keep the cheap ones waiting,
// whatever the machine's speed (a cheap query that ran slow once, a worker reloading, a spare
// still loading).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LANE_DEFAULTS, Scheduler } from '../../src/serve/scheduler.js';
import type { SchedulerPool } from '../../src/serve/scheduler.js';
import type { Slot } from '../../src/serve/pool.js';
import type { Job, JobReply } from '../../src/serve/types.js';
import { HttpError } from '../../src/serve/reply.js';

interface FakeSlot {
  name: string;
  state: 'loading' | 'idle' | 'busy' | 'dead';
  key?: string;
  done?: (reply: JobReply) => void;
}

/** Workers that run nothing: a test says when a job ends and when a worker has loaded. */
class FakePool implements SchedulerPool {
  onIdle: () => void = () => {};
  readonly slots: FakeSlot[] = [];
  readonly spares: FakeSlot[] = [];
  readonly kills: string[] = [];
  private made = 0;

  constructor(size: number, private readonly spareCount: number, spareState: 'idle' | 'loading' = 'idle') {
    for (let i = 0; i < size; i++) this.slots.push(this.make('idle'));
    for (let i = 0; i < spareCount; i++) this.spares.push(this.make(spareState));
  }

  get size(): number { return this.slots.length; }
  get loadedCount(): number { return this.slots.filter((s) => s.state === 'idle' || s.state === 'busy').length; }
  get sparesReady(): number { return this.spares.filter((s) => s.state === 'idle').length; }
  get sparesLoading(): number { return this.spares.filter((s) => s.state === 'loading').length; }

  idle(): Slot | undefined {
    return this.slots.find((s) => s.state === 'idle') as unknown as Slot | undefined;
  }

  run(slot: Slot, job: Job, done: (reply: JobReply) => void): void {
    const s = slot as unknown as FakeSlot;
    if (s.state !== 'idle') throw new Error(`${s.name} is ${s.state}`);
    s.state = 'busy';
    s.key = job.kind === 'sparql' ? job.query : job.kind;
    s.done = done;
  }

  kill(slot: Slot, reason: string): void {
    const s = slot as unknown as FakeSlot;
    s.state = 'dead';
    this.kills.push(reason);
    const i = this.slots.indexOf(s);
    const spare = this.spares.find((x) => x.state === 'idle');
    if (spare) {
      this.spares.splice(this.spares.indexOf(spare), 1);
      this.slots[i] = spare;
      while (this.spares.length < this.spareCount) this.spares.push(this.make('loading'));
      queueMicrotask(() => this.onIdle());
    } else {
      this.slots[i] = this.make('loading');
    }
  }

  /** The running jobs' keys, by worker. */
  running(): string[] {
    return this.slots.filter((s) => s.state === 'busy').map((s) => s.key!);
  }

  /** Ends the job running `key` (the first one found). */
  finish(key: string): void {
    const s = this.slots.find((x) => x.state === 'busy' && x.key === key);
    if (!s) throw new Error(`no job ${key} is running (running: ${this.running().join(', ')})`);
    s.state = 'idle';
    const done = s.done!;
    s.done = undefined;
    done({ ok: true, status: 200, contentType: 'text/plain', body: key });
    this.onIdle();
  }

  /**
   * The spares finish loading (the workers stopped without a spare still load); as in the real
   * pool, a loaded spare takes the place of a worker still loading, which becomes the spare.
   */
  loadSpares(): void {
    for (const spare of this.spares) {
      if (spare.state !== 'loading') continue;
      spare.state = 'idle';
      const i = this.slots.findIndex((x) => x.state === 'loading');
      if (i >= 0) {
        this.spares[this.spares.indexOf(spare)] = this.slots[i]!;
        this.slots[i] = spare;
      }
    }
    this.onIdle();
  }

  /** Every loading worker and spare finishes loading. */
  loadAll(): void {
    for (const s of [...this.slots, ...this.spares]) if (s.state === 'loading') s.state = 'idle';
    this.onIdle();
  }

  private make(state: FakeSlot['state']): FakeSlot {
    return { name: `w${this.made++}`, state };
  }
}

const job = (query: string): Job => ({ kind: 'sparql', query, defaultGraphs: [], namedGraphs: [] });

interface Outcome { status: number; code?: string; message?: string }

function setup(opts: { workers?: number; spares?: number; sparesLoading?: boolean; timeoutMs?: number } = {}) {
  const pool = new FakePool(opts.workers ?? 2, opts.spares ?? 1, opts.sparesLoading ? 'loading' : 'idle');
  const events: string[] = [];
  const scheduler = new Scheduler(pool, { ...LANE_DEFAULTS, maxSlowRunning: Math.max(1, (opts.workers ?? 2) - 1) }, opts.timeoutMs ?? 30_000, (e) => events.push(e));
  const outcomes = new Map<string, Outcome[]>();
  const submit = (key: string, signal?: AbortSignal): Promise<Outcome> => {
    const p = scheduler.submit({ job: job(key), client: 'c', key, arrival: performance.now(), ...(signal ? { signal } : {}) }).then(
      (r) => ({ status: r.status }),
      (e: HttpError) => ({ status: e.status, code: e.code, message: e.message }),
    );
    void p.then((o) => outcomes.set(key, [...(outcomes.get(key) ?? []), o]));
    return p;
  };
  return { pool, scheduler, submit, events, outcomes };
}

/** Lets promise callbacks and queued microtasks run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Makes `key` known cheap: one run within the budget. */
async function knownCheap(s: ReturnType<typeof setup>, key: string): Promise<void> {
  const p = s.submit(key);
  s.pool.finish(key);
  expect((await p).status).toBe(200);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('three runaways among cheap requests (2 workers, 1 spare)', () => {
  test('the runaways are found out at the budget; one is swapped for the spare; the cheap requests run while the others wait in the slow lane', async () => {
    const s = setup();
    await knownCheap(s, 'CHEAP');
    const runaways = ['R', 'R', 'R'].map((k) => s.submit(k));
    const cheap = Array.from({ length: 6 }, () => s.submit('CHEAP'));
    expect(s.pool.running()).toEqual(['R', 'R']);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    expect(s.events).toContain('demoted');
    expect(s.pool.kills).toEqual(['demoted']);
    expect(s.pool.running().sort()).toEqual(['CHEAP', 'R']);
    for (let i = 0; i < 6; i++) s.pool.finish('CHEAP');
    await settle();
    expect((await Promise.all(cheap)).map((o) => o.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // the free worker is the fast lane's: the queued runaways do not take it
    expect(s.pool.running()).toEqual(['R']);
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 2 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await Promise.all(runaways)).map((o) => o.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
  });

  test('a known-cheap query that runs past the budget once (a cold worker, a busy machine) stays in the fast lane', async () => {
    const s = setup();
    await knownCheap(s, 'CHEAP');
    const first = s.submit('CHEAP');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs * 3);
    expect(s.scheduler.runningCount).toEqual({ fast: 1, slow: 0 });
    s.pool.finish('CHEAP');
    expect((await first).status).toBe(200);
    // and the next one is not sent to the slow lane behind runaways
    const r = [s.submit('R'), s.submit('R2')];
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    const next = s.submit('CHEAP');
    await settle();
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 1 });
    expect(s.pool.running()).toContain('CHEAP');
    s.pool.finish('CHEAP');
    expect((await next).status).toBe(200);
    await vi.advanceTimersByTimeAsync(30_000);
    await Promise.all(r);
  });

  test('a worker reloading counts against the slow lane: queued runaways wait rather than take the last loaded worker', async () => {
    const s = setup({ spares: 0 });
    const leave = new AbortController();
    const a = s.submit('R', leave.signal);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    // the same runaway twice more: known expensive, straight to the slow lane, which is full
    const [b, c] = [s.submit('R'), s.submit('R')];
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 2 });
    // the first one's client leaves: its worker reloads the graph (no spare)
    leave.abort();
    expect((await a).code).toBe('CLIENT_GONE');
    expect(s.pool.kills).toEqual(['client-gone']);
    // cheap requests come and go on the one loaded worker; the runaways wait for the reload
    for (let i = 0; i < 3; i++) {
      const cheap = s.submit('CHEAP');
      await settle();
      expect(s.pool.running()).toEqual(['CHEAP']);
      s.pool.finish('CHEAP');
      expect((await cheap).status).toBe(200);
      expect(s.pool.running()).toEqual([]);
    }
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 2 });
    s.pool.loadAll();
    await settle();
    expect(s.pool.running()).toEqual(['R']);
    s.pool.finish('R');
    expect((await b).status).toBe(200);
    await settle();
    s.pool.finish('R');
    expect((await c).status).toBe(200);
  });

  test('with the spare still loading, a request that crosses the budget on the fast lane\'s worker is stopped at once; the spare, once loaded, takes the reloading worker\'s place', async () => {
    const s = setup();
    await knownCheap(s, 'CHEAP');
    // a first runaway uses the spare up
    s.submit('X');
    s.submit('Y');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    const c0 = s.submit('CHEAP');
    await settle();
    expect(s.pool.kills).toEqual(['demoted']);
    s.pool.finish('CHEAP');
    await c0;
    expect(s.pool.sparesLoading).toBe(1);
    // a query never seen is tried on the fast lane's worker and runs past the budget
    const z = s.submit('Z');
    await settle();
    // one of X and Y runs in the slow lane (the other was stopped for the cheap request)
    const slow = s.pool.running().filter((k) => k !== 'Z');
    expect(s.pool.running()).toHaveLength(2);
    expect(['X', 'Y']).toContain(slow[0]);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    const cheap = s.submit('CHEAP');
    await settle();
    // stopped as soon as a cheap request needs its worker, not held until the spare is in
    expect(s.pool.kills).toEqual(['demoted', 'demoted']);
    expect(s.pool.running()).toEqual(slow);
    expect(s.scheduler.queued).toEqual({ fast: 1, slow: 2 });
    // the spare loads before the stopped worker has reloaded: the cheap request runs on it
    s.pool.loadSpares();
    await settle();
    expect(s.pool.running().sort()).toEqual(['CHEAP', ...slow]);
    s.pool.finish('CHEAP');
    expect((await cheap).status).toBe(200);
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await z).code).toBe('QUERY_TIMEOUT');
  });
});

// Issue 17 at 1M triples: a worker loads the graph for 12 s and more, so a spare is often still
// loading. Trying two unseen requests at once on both workers then let two runaways hold both
// until the spare was in: the first cheap query waited 30 s and got 503.
describe('the fast lane keeps a worker while the spare loads (2 workers)', () => {
  test('three runaways (one query) then a query never seen: the second runaway is not tried on the last worker; the new query gets it at the budget, nothing is stopped', async () => {
    const s = setup({ sparesLoading: true });
    const runaways = ['R', 'R', 'R'].map((k) => s.submit(k));
    const first = s.submit('NEW');
    await settle();
    // one runaway is tried; no loaded spare stands behind the other worker, so it is kept
    expect(s.pool.running()).toEqual(['R']);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    // the runaway's query is known expensive now: the other two wait in the slow lane
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 2 });
    expect(s.pool.running().sort()).toEqual(['NEW', 'R']);
    s.pool.finish('NEW');
    expect((await first).status).toBe(200);
    // known cheap from now on: each next one is admitted at once
    for (let i = 0; i < 3; i++) {
      const next = s.submit('NEW');
      await settle();
      expect(s.pool.running().sort()).toEqual(['NEW', 'R']);
      s.pool.finish('NEW');
      expect((await next).status).toBe(200);
    }
    expect(s.pool.kills).toEqual([]);
    // the spare is in: the queued runaways still never take the fast lane's worker
    s.pool.loadSpares();
    await settle();
    expect(s.pool.running()).toEqual(['R']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await Promise.all(runaways)).map((o) => o.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
  });

  test('three different runaways then a query known cheap: it takes the kept worker at once; an unseen query tried there is stopped at the budget when a cheap one waits', async () => {
    const s = setup({ sparesLoading: true });
    await knownCheap(s, 'CHEAP');
    const runaways = ['R0', 'R1', 'R2'].map((k) => s.submit(k));
    const cheap = s.submit('CHEAP');
    await settle();
    expect(s.pool.running()).toEqual(['R0', 'CHEAP']);
    s.pool.finish('CHEAP');
    expect((await cheap).status).toBe(200);
    // while R0 is tried, the other worker stays free
    await settle();
    expect(s.pool.running()).toEqual(['R0']);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    // R0 is in the slow lane: the next unseen query is tried on the other worker
    expect(s.pool.running()).toEqual(['R0', 'R1']);
    const waiting = s.submit('CHEAP');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    // R1 crossed the budget there with a cheap request waiting: stopped at once, its worker reloads
    expect(s.pool.kills).toEqual(['demoted']);
    expect(s.pool.running()).toEqual(['R0']);
    // the cheap request runs on whichever loads first (here the spare)
    s.pool.loadSpares();
    await settle();
    expect(s.pool.running()).toEqual(['R0', 'CHEAP']);
    s.pool.finish('CHEAP');
    expect((await waiting).status).toBe(200);
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await Promise.all(runaways)).map((o) => o.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
  });
});

describe('one more try for a query that finished', () => {
  test('a query whose first run crossed the budget but finished (a worker just swapped in, beside one loading) is tried in the fast lane once more; a second slow run makes it expensive for good; a runaway gets no second try', async () => {
    const s = setup({ spares: 0 });
    // the first run crosses the budget and finishes later
    const first = s.submit('Q');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs * 4);
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 1 });
    s.pool.finish('Q');
    expect((await first).status).toBe(200);
    // the next one starts in the fast lane (not queued behind the slow lane), and runs quickly
    const runaway = s.submit('R');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 1 });
    const second = s.submit('Q');
    await settle();
    expect(s.scheduler.runningCount).toEqual({ fast: 1, slow: 1 });
    s.pool.finish('Q');
    expect((await second).status).toBe(200);
    // cheap from now on
    const third = s.submit('Q');
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs * 2);
    expect(s.scheduler.runningCount).toEqual({ fast: 1, slow: 1 });
    s.pool.finish('Q');
    expect((await third).status).toBe(200);
    // another query slow twice: expensive for good, straight to the slow lane (queued: it is full)
    for (let i = 0; i < 2; i++) {
      const heavy = s.submit('H');
      await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs * 3);
      expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 2 });
      s.pool.finish('H');
      expect((await heavy).status).toBe(200);
    }
    const again = s.submit('H');
    await settle();
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 1 });
    // the runaway reaches its deadline without finishing: the same query again goes to the slow lane
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await runaway).code).toBe('QUERY_TIMEOUT');
    expect((await again).code).toBe('QUERY_TIMEOUT');
    s.pool.loadAll();
    await settle();
    const next = s.submit('R');
    await settle();
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 1 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await next).code).toBe('QUERY_TIMEOUT');
  });
});

// Issue 17 at 1M triples: heavy named queries (seconds, but they finish) waited in the slow lane
// behind runaways, which never finish and hold the slow lane's worker to their deadline.
describe('the slow lane by observed cost', () => {
  /** Makes `key` expensive for good: two runs past the budget, each answered after `ms`. */
  async function knownHeavy(s: ReturnType<typeof setup>, key: string, ms: number): Promise<void> {
    for (let i = 0; i < 2; i++) {
      const p = s.submit(key);
      await vi.advanceTimersByTimeAsync(ms);
      s.pool.finish(key);
      expect((await p).status).toBe(200);
    }
  }

  test('a heavy query seen to finish starts before runaways queued ahead of it; the runaways run after it', async () => {
    const s = setup();
    await knownHeavy(s, 'HEAVY', 3000);
    const leave = new AbortController();
    const first = s.submit('R', leave.signal);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 1 });
    // two more runaways, then the heavy query: all wait in the slow lane, the runaways first in line
    const queuedRunaways = [s.submit('R'), s.submit('R')];
    await vi.advanceTimersByTimeAsync(10);
    const heavy = s.submit('HEAVY');
    await settle();
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 3 });
    // the running runaway's client leaves: its worker is swapped for the spare, and the slow
    // lane's next request is the one seen to finish
    leave.abort();
    expect((await first).code).toBe('CLIENT_GONE');
    await settle();
    expect(s.pool.running()).toEqual(['HEAVY']);
    await vi.advanceTimersByTimeAsync(3000);
    s.pool.finish('HEAVY');
    expect((await heavy).status).toBe(200);
    await settle();
    expect(s.pool.running()).toEqual(['R']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await Promise.all(queuedRunaways)).map((o) => o.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
  });

  test('of two heavy queries, the one seen to cost less starts first, whatever their order of arrival', async () => {
    const s = setup();
    await knownHeavy(s, 'SLOWER', 8000);
    await knownHeavy(s, 'FASTER', 2000);
    const leave = new AbortController();
    const first = s.submit('R', leave.signal);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs + 1);
    const slower = s.submit('SLOWER');
    const faster = s.submit('FASTER');
    await settle();
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 2 });
    leave.abort();
    await first;
    await settle();
    expect(s.pool.running()).toEqual(['FASTER']);
    s.pool.finish('FASTER');
    expect((await faster).status).toBe(200);
    await settle();
    expect(s.pool.running()).toEqual(['SLOWER']);
    s.pool.finish('SLOWER');
    expect((await slower).status).toBe(200);
  });
});

describe('a client that leaves', () => {
  test('a fast-lane request whose client left is left to finish, and stopped when it crosses the budget', async () => {
    const s = setup();
    const leave = new AbortController();
    const r = s.submit('R', leave.signal);
    await vi.advanceTimersByTimeAsync(100);
    leave.abort();
    await settle();
    expect(s.pool.kills).toEqual([]);
    await vi.advanceTimersByTimeAsync(LANE_DEFAULTS.fastBudgetMs);
    expect(s.pool.kills).toEqual(['client-gone']);
    expect((await r).code).toBe('CLIENT_GONE');
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 0 });
  });
});

describe('budget and deadline', () => {
  test('the budget follows a busy machine but never exceeds a quarter of the deadline', async () => {
    const s = setup({ timeoutMs: 8000 });
    await knownCheap(s, 'C');
    // eight cheap requests of 1.5 s each (a very busy machine): four times their median is 6 s
    for (let i = 0; i < 8; i++) {
      const p = s.submit('C');
      await vi.advanceTimersByTimeAsync(1500);
      s.pool.finish('C');
      expect((await p).status).toBe(200);
    }
    const r = s.submit('R');
    await vi.advanceTimersByTimeAsync(1999);
    expect(s.scheduler.runningCount).toEqual({ fast: 1, slow: 0 });
    await vi.advanceTimersByTimeAsync(2);
    expect(s.scheduler.runningCount).toEqual({ fast: 0, slow: 1 });
    await vi.advanceTimersByTimeAsync(8000);
    expect((await r).code).toBe('QUERY_TIMEOUT');
  });

  test('the deadline counts from arrival: a request queued behind busy workers gets 503 when its time is spent, and leaves the queue', async () => {
    const s = setup({ spares: 0, timeoutMs: 2500 });
    const busy = [s.submit('B0'), s.submit('B1')];
    await vi.advanceTimersByTimeAsync(100);
    const queued = s.submit('Q');
    await vi.advanceTimersByTimeAsync(2499);
    expect(s.outcomes.get('Q')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2);
    const q = await queued;
    expect(q).toMatchObject({ status: 503, code: 'QUERY_TIMEOUT' });
    expect(q.message).toMatch(/waited 2500 ms for a worker/);
    expect(s.scheduler.queued).toEqual({ fast: 0, slow: 0 });
    await vi.advanceTimersByTimeAsync(100);
    expect((await Promise.all(busy)).map((o) => o.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
  });
});
