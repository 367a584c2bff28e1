/**
 * Answers between the routes and the scheduler: a query answered before, on the same graph, is
 * answered again from memory; a query identical to one in progress waits for that one's answer
 * instead of taking a worker of its own.
 *
 * Why: the graph does not change while the server runs, so the same query text (with the same
 * dataset, Accept header and format) gets the same bytes every time. On the 1M bench corpus a
 * warm Oxigraph answers a member list in under a millisecond, but the aggregates among the named
 * queries take 0.1-0.4 s and more each time, and on two workers a handful of clients sending them
 * queue behind each other. Stores and their proxies do the same (Varnish, nginx `proxy_cache` with
 * `proxy_cache_lock`): a repeated request costs a look-up, concurrent identical requests one run.
 *
 * - **Keyed by the graph.** Every worker reports a hash of what it answers from (the Turtle, the
 *   ontology, the named queries: worker-main.ts), and an answer is kept under its worker's hash.
 *   An answer is served from memory only while every loaded worker and spare reports that same
 *   hash (`WorkerPool.graphId`): after the graph is rebuilt under a running server, a worker
 *   started since holds the new graph, the hashes differ, and nothing is served from memory until
 *   they agree again (then the old graph's answers are dropped).
 * - **Bounded.** At most `maxEntries` answers and `maxBytes` (a string counted at 2 bytes a
 *   character, key included), no answer over `maxEntryBytes` (half of `maxBytes` by default);
 *   least recently used first out.
 * - **Only what succeeded.** A refused, failed or stopped request leaves nothing; `/check` is not
 *   kept (its reading of a claim is its own module's business).
 * - **Shared runs.** A request identical to one in progress (same key, from any client) waits
 *   for its answer and shares its outcome: the run's deadline is the first request's, which
 *   arrived first, so no later one is cut short by it. The run is stopped as a client-gone one only
 *   when every request waiting for it has gone. A request that waits this way takes no worker and
 *   is not counted in its client's slow-lane limit (the limit guards workers), but it is counted
 *   in the client's limit of requests in flight.
 */
import { LRUCache } from 'lru-cache';
import { HttpError } from './reply.js';
import type { Scheduler, Submission } from './scheduler.js';
import type { Job, JobReply } from './types.js';

/** Bounds of the answer cache. */
export interface AnswerCacheOptions {
  /** Answers kept at most. */
  maxEntries: number;
  /** Memory held at most (strings counted at 2 bytes a character, keys included); 0 turns the cache off. */
  maxBytes: number;
  /** Largest answer kept. */
  maxEntryBytes: number;
}

/**
 * Default bounds: 4,096 answers, 64 MB, none over half of that (claims-per-sentence on the 1M
 * bench corpus is 13.5 MB of JSON, 27 MB as counted here, and 6.5 s of a worker's time).
 */
export const ANSWER_CACHE_DEFAULTS: AnswerCacheOptions = { maxEntries: 4096, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024 };

/** An answer as the routes send it; `via` says when it came from memory or from another request's run. */
export type Answer = JobReply & { via?: 'cache' | 'shared' };

type Kept = { status: number; contentType: string; body: string };

/**
 * Answers of one graph, least recently used first out (`lru-cache`, bounded by count and by
 * size, each answer's size counted as above).
 *
 * @example
 * ```ts
 * const cache = new AnswerCache(ANSWER_CACHE_DEFAULTS);
 * cache.put('graph-hash', 'key', { ok: true, status: 200, contentType: 'text/csv', body: 'x\r\n' });
 * cache.get('graph-hash', 'key')?.body; // 'x\r\n'
 * ```
 */
export class AnswerCache {
  private readonly entries: LRUCache<string, Kept> | undefined;
  private graph: string | undefined;

  constructor(opts: AnswerCacheOptions) {
    this.entries = opts.maxBytes > 0 && opts.maxEntries > 0
      ? new LRUCache<string, Kept>({
        max: opts.maxEntries,
        maxSize: opts.maxBytes,
        maxEntrySize: Math.min(opts.maxEntryBytes, opts.maxBytes),
        sizeCalculation: (v, k) => 2 * (k.length + v.body.length + v.contentType.length),
      })
      : undefined;
  }

  /** Answers held now. */
  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** Memory held now (see {@link AnswerCacheOptions.maxBytes}). */
  get bytes(): number {
    return this.entries?.calculatedSize ?? 0;
  }

  /** The answer kept for `key` on `graph`, if any (it becomes the most recently used). */
  get(graph: string, key: string): Extract<JobReply, { ok: true }> | undefined {
    if (graph !== this.graph) return undefined;
    const kept = this.entries?.get(key);
    return kept && { ok: true, ...kept };
  }

  /** Keeps a successful answer computed on `graph` (one over the entry bound is not kept); another graph's answers are dropped first. */
  put(graph: string, key: string, reply: JobReply): void {
    if (!this.entries || !reply.ok || reply.status !== 200) return;
    if (graph !== this.graph) {
      this.entries.clear();
      this.graph = graph;
    }
    this.entries.set(key, { status: reply.status, contentType: reply.contentType, body: reply.body });
  }
}

/** What answers.ts uses of the scheduler. */
export type AnswerScheduler = Pick<Scheduler, 'submit' | 'inFlight' | 'refused'>;

interface Shared {
  promise: Promise<JobReply>;
  /** Requests waiting for it (the first one included) whose clients are still there. */
  waiting: number;
  stop: AbortController;
  client: string;
}

/**
 * The server's way to an answer: from memory, from a run in progress, or from a worker.
 *
 * @example
 * ```ts
 * const answers = new Answers(scheduler, () => pool.graphId, ANSWER_CACHE_DEFAULTS, 64);
 * const reply = await answers.answer({ job, client: '127.0.0.1', key, arrival: performance.now() });
 * ```
 */
export class Answers {
  readonly cache: AnswerCache | undefined;
  private readonly inProgress = new Map<string, Shared>();
  /** Requests of each client waiting for another request's run. */
  private readonly joined = new Map<string, number>();
  /** Answers served from memory, and requests that waited for another's run (for /health). */
  readonly counts = { cached: 0, shared: 0 };

  constructor(
    private readonly scheduler: AnswerScheduler,
    private readonly graphId: () => string | undefined,
    cache: AnswerCacheOptions | undefined,
    private readonly maxPerClient: number,
  ) {
    this.cache = cache && cache.maxBytes > 0 && cache.maxEntries > 0 ? new AnswerCache(cache) : undefined;
  }

  /** Answers a request (see the module's comment); rejects as `Scheduler.submit` does. */
  async answer(sub: Submission, alone = false): Promise<Answer> {
    const key = answerKey(sub.job);
    if (key === undefined) return await this.scheduler.submit(sub);
    const graph = this.graphId();
    const kept = graph !== undefined ? this.cache?.get(graph, key) : undefined;
    if (kept) {
      this.counts.cached++;
      return { ...kept, via: 'cache' };
    }
    const shared = alone ? undefined : this.inProgress.get(key);
    // (a run whose requests have all gone is being stopped: not joined)
    if (shared && !shared.stop.signal.aborted) return await this.join(shared, sub);
    const stop = new AbortController();
    const run: Shared = {
      promise: this.scheduler.submit({ ...sub, signal: stop.signal }),
      waiting: 1,
      stop,
      client: sub.client,
    };
    this.inProgress.set(key, run);
    this.watch(run, sub.signal);
    try {
      const reply = await run.promise;
      // kept only when the worker that answered holds the graph every worker holds now
      if (reply.ok && reply.graph !== undefined && reply.graph === this.graphId()) this.cache?.put(reply.graph, key, reply);
      return reply;
    } finally {
      if (this.inProgress.get(key) === run) this.inProgress.delete(key);
    }
  }

  /** Waits for the answer of an identical request in progress. */
  private async join(run: Shared, sub: Submission): Promise<Answer> {
    const mine = this.joined.get(sub.client) ?? 0;
    if (mine + this.scheduler.inFlight(sub.client) >= this.maxPerClient) {
      this.scheduler.refused.TOO_MANY_REQUESTS = (this.scheduler.refused.TOO_MANY_REQUESTS ?? 0) + 1;
      throw new HttpError(429, `this client has ${mine + this.scheduler.inFlight(sub.client)} requests in flight, the server's limit; retry after one is answered`, 'TOO_MANY_REQUESTS', { 'Retry-After': '1' });
    }
    if (sub.signal?.aborted) throw new HttpError(499, 'the client went away', 'CLIENT_GONE');
    this.joined.set(sub.client, mine + 1);
    run.waiting++;
    this.watch(run, sub.signal);
    this.counts.shared++;
    const gone = new Promise<never>((_, reject) => {
      sub.signal?.addEventListener('abort', () => reject(new HttpError(499, 'the client went away', 'CLIENT_GONE')), { once: true });
    });
    try {
      const reply = await Promise.race([run.promise, gone]);
      // the phases were the first request's: this one only waited
      if (!reply.ok) return { ...reply, via: 'shared' };
      const { timing: _timing, ...rest } = reply;
      return { ...rest, via: 'shared' };
    } catch (err) {
      // the run was refused for its first client's limits, not this one's: try alone
      if (err instanceof HttpError && (err.code === 'TOO_MANY_REQUESTS' || err.code === 'BUSY') && run.client !== sub.client) {
        return await this.answer(sub, true);
      }
      throw err;
    } finally {
      const n = (this.joined.get(sub.client) ?? 1) - 1;
      if (n > 0) this.joined.set(sub.client, n);
      else this.joined.delete(sub.client);
    }
  }

  /** The run is stopped as a client-gone one only when every request waiting for it has gone. */
  private watch(run: Shared, signal: AbortSignal | undefined): void {
    if (!signal) return;
    const leave = (): void => {
      if (--run.waiting === 0) run.stop.abort();
    };
    if (signal.aborted) leave();
    else signal.addEventListener('abort', leave, { once: true });
  }
}

/**
 * What makes two requests the same answer: the whole job (query text, dataset, Accept header,
 * format; a named query's name and parameters), or undefined for jobs whose answers are not kept.
 */
function answerKey(job: Job): string | undefined {
  if (job.kind === 'sparql') return JSON.stringify(['sparql', job.query, job.defaultGraphs, job.namedGraphs, job.accept ?? null, job.format ?? null]);
  if (job.kind === 'named') {
    const params = Object.keys(job.params).sort().map((k) => [k, job.params[k]]);
    return JSON.stringify(['named', job.name, params, job.accept ?? null, job.format ?? null]);
  }
  return undefined;
}
