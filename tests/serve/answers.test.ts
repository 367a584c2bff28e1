// The answer cache and shared runs of `claimgraph serve` (src/serve/answers.ts), on a fake
// scheduler: issue 17 at 1M triples, where the named aggregates cost 0.1-0.4 s and more each
// time and identical requests from one address queued (and were refused) one by one.
import { describe, expect, test } from 'vitest';
import { AnswerCache, Answers } from '../../src/serve/answers.js';
import type { AnswerScheduler } from '../../src/serve/answers.js';
import type { Submission } from '../../src/serve/scheduler.js';
import { HttpError } from '../../src/serve/reply.js';
import type { Job, JobReply } from '../../src/serve/types.js';

const ok = (body: string, graph?: string): JobReply => ({ ok: true, status: 200, contentType: 'text/csv', body, ...(graph ? { graph } : {}) });

/** A scheduler whose runs a test ends by hand. */
class FakeScheduler implements AnswerScheduler {
  readonly runs: { sub: Submission; resolve: (r: JobReply) => void; reject: (e: unknown) => void }[] = [];
  readonly refused: Record<string, number> = {};
  busy = 0;
  refuseNext?: HttpError;

  submit(sub: Submission): Promise<JobReply> {
    if (this.refuseNext) {
      const e = this.refuseNext;
      this.refuseNext = undefined;
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      this.runs.push({ sub, resolve, reject });
      sub.signal?.addEventListener('abort', () => reject(new HttpError(499, 'the client went away', 'CLIENT_GONE')), { once: true });
    });
  }

  inFlight(): number {
    return this.busy;
  }
}

const sparql = (query: string, accept?: string): Job => ({ kind: 'sparql', query, defaultGraphs: [], namedGraphs: [], ...(accept ? { accept } : {}) });
const sub = (job: Job, client = 'a', signal?: AbortSignal): Submission => ({ job, client, key: JSON.stringify(job), arrival: performance.now(), ...(signal ? { signal } : {}) });
const tick = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function setup(graph: { id: string | undefined } = { id: 'G1' }) {
  const scheduler = new FakeScheduler();
  const answers = new Answers(scheduler, () => graph.id, { maxEntries: 100, maxBytes: 1 << 20, maxEntryBytes: 1 << 16 }, 4);
  return { scheduler, answers, graph };
}

describe('AnswerCache', () => {
  test('bounded by entries and by bytes, least recently used out first; an answer over the entry bound is not kept', () => {
    // an answer of one character under a one-character key: 2 x (1 + 1 + 8) = 20 bytes
    const cache = new AnswerCache({ maxEntries: 3, maxBytes: 660, maxEntryBytes: 700 });
    for (const k of ['a', 'b', 'c']) cache.put('G', k, ok(k));
    expect(cache.get('G', 'a')?.body).toBe('a'); // a is now the most recently used
    cache.put('G', 'd', ok('d'));
    expect(cache.get('G', 'b')).toBeUndefined();
    // 2 x (3 + 300 + 8) = 622 bytes: c goes for the entry bound, a (least recent) for the bytes
    cache.put('G', 'big', ok('x'.repeat(300)));
    expect(cache.bytes).toBe(642);
    expect(['a', 'c', 'd'].filter((k) => cache.get('G', k))).toEqual(['d']);
    expect(cache.get('G', 'big')?.body).toHaveLength(300);
    cache.put('G', 'huge', ok('x'.repeat(500)));
    expect(cache.get('G', 'huge')).toBeUndefined();
  });

  test('keeps only successful answers; another graph\'s answers are not served, and are dropped when the new graph\'s first answer is kept', () => {
    const cache = new AnswerCache({ maxEntries: 10, maxBytes: 10_000, maxEntryBytes: 10_000 });
    cache.put('G', 'err', { ok: false, status: 400, code: 'QUERY_SYNTAX', message: 'no' });
    cache.put('G', 'empty', { ok: true, status: 204, contentType: 'text/plain', body: '' });
    expect(cache.size).toBe(0);
    cache.put('G', 'q', ok('old'));
    expect(cache.get('H', 'q')).toBeUndefined();
    cache.put('H', 'q', ok('new'));
    expect(cache.get('G', 'q')).toBeUndefined();
    expect(cache.get('H', 'q')?.body).toBe('new');
    expect(cache.size).toBe(1);
  });
});

describe('Answers', () => {
  test('the same request again is answered from memory without a worker; another Accept header is another answer', async () => {
    const s = setup();
    const first = s.answers.answer(sub(sparql('Q')));
    s.scheduler.runs[0]!.resolve(ok('rows', 'G1'));
    expect(await first).toMatchObject({ body: 'rows' });
    const again = await s.answers.answer(sub(sparql('Q'), 'b'));
    expect(again).toMatchObject({ ok: true, body: 'rows', via: 'cache' });
    expect(s.scheduler.runs).toHaveLength(1);
    const csv = s.answers.answer(sub(sparql('Q', 'text/csv')));
    expect(s.scheduler.runs).toHaveLength(2);
    s.scheduler.runs[1]!.resolve(ok('csv', 'G1'));
    expect(await csv).toMatchObject({ body: 'csv' });
    expect(s.answers.counts.cached).toBe(1);
  });

  test('nothing is served from memory while the workers hold different graphs, and an answer from a worker holding another graph than the others is not kept', async () => {
    const s = setup({ id: undefined });
    const a = s.answers.answer(sub(sparql('Q')));
    s.scheduler.runs[0]!.resolve(ok('old', 'G1'));
    await a;
    s.graph.id = 'G2'; // every worker now holds the rebuilt graph
    const b = s.answers.answer(sub(sparql('Q')));
    expect(s.scheduler.runs).toHaveLength(2);
    // answered by a worker still on the old graph (it was loaded before the rebuild)
    s.scheduler.runs[1]!.resolve(ok('old', 'G1'));
    await b;
    const c = s.answers.answer(sub(sparql('Q')));
    expect(s.scheduler.runs).toHaveLength(3);
    s.scheduler.runs[2]!.resolve(ok('new', 'G2'));
    expect(await c).toMatchObject({ body: 'new' });
    expect(await s.answers.answer(sub(sparql('Q')))).toMatchObject({ body: 'new', via: 'cache' });
    // the graph changes again: the kept answer is not served
    s.graph.id = 'G3';
    void s.answers.answer(sub(sparql('Q')));
    expect(s.scheduler.runs).toHaveLength(4);
  });

  test('a failed or refused request leaves nothing; /check is neither kept nor shared', async () => {
    const s = setup();
    const a = s.answers.answer(sub(sparql('BAD')));
    s.scheduler.runs[0]!.resolve({ ok: false, status: 400, code: 'QUERY_SYNTAX', message: 'line 1' });
    expect(await a).toMatchObject({ ok: false });
    const b = s.answers.answer(sub(sparql('SLOW')));
    s.scheduler.runs[1]!.reject(new HttpError(503, 'too long', 'QUERY_TIMEOUT'));
    await expect(b).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    void s.answers.answer(sub(sparql('BAD')));
    void s.answers.answer(sub(sparql('SLOW')));
    expect(s.scheduler.runs).toHaveLength(4);
    const check: Job = { kind: 'check', claim: 'A is a member of B.', format: 'json' };
    const c1 = s.answers.answer(sub(check));
    const c2 = s.answers.answer(sub(check));
    expect(s.scheduler.runs).toHaveLength(6);
    s.scheduler.runs[4]!.resolve(ok('{}', 'G1'));
    s.scheduler.runs[5]!.resolve(ok('{}', 'G1'));
    await Promise.all([c1, c2]);
    void s.answers.answer(sub(check));
    expect(s.scheduler.runs).toHaveLength(7);
    expect(s.answers.cache?.size).toBe(0);
  });

  test('identical requests in progress share one run, whoever sends them; each gets the answer', async () => {
    const s = setup();
    const all = [s.answers.answer(sub(sparql('HEAVY'), 'a')), s.answers.answer(sub(sparql('HEAVY'), 'a')), s.answers.answer(sub(sparql('HEAVY'), 'b'))];
    await tick();
    expect(s.scheduler.runs).toHaveLength(1);
    s.scheduler.runs[0]!.resolve(ok('sums', 'G1'));
    const replies = await Promise.all(all);
    expect(replies.map((r) => (r.ok ? r.body : r.code))).toEqual(['sums', 'sums', 'sums']);
    expect(replies.map((r) => r.via)).toEqual([undefined, 'shared', 'shared']);
    expect(s.answers.counts.shared).toBe(2);
  });

  test('a shared run goes on while one of its requests is still waiting; it is stopped when all have gone', async () => {
    const s = setup();
    const [leaveA, leaveB] = [new AbortController(), new AbortController()];
    const a = s.answers.answer(sub(sparql('HEAVY'), 'a', leaveA.signal));
    const b = s.answers.answer(sub(sparql('HEAVY'), 'b', leaveB.signal));
    await tick();
    const run = s.scheduler.runs[0]!;
    leaveA.abort();
    await tick();
    expect(run.sub.signal?.aborted).toBe(false);
    leaveB.abort();
    await expect(b).rejects.toMatchObject({ code: 'CLIENT_GONE' });
    expect(run.sub.signal?.aborted).toBe(true);
    await expect(a).rejects.toMatchObject({ code: 'CLIENT_GONE' });
    // a request after that starts a run of its own
    void s.answers.answer(sub(sparql('HEAVY'), 'c'));
    expect(s.scheduler.runs).toHaveLength(2);
  });

  test('a request waiting for another\'s run counts in its client\'s requests in flight (429 past the limit)', async () => {
    const s = setup();
    void s.answers.answer(sub(sparql('HEAVY'), 'a'));
    s.scheduler.busy = 3; // client b has 3 requests of its own queued or running; the limit is 4
    const joined = s.answers.answer(sub(sparql('HEAVY'), 'b'));
    await expect(s.answers.answer(sub(sparql('HEAVY'), 'b'))).rejects.toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(s.scheduler.refused.TOO_MANY_REQUESTS).toBe(1);
    s.scheduler.runs[0]!.resolve(ok('sums', 'G1'));
    expect(await joined).toMatchObject({ body: 'sums', via: 'shared' });
  });

  test('a run refused for its first client\'s limits is tried again alone for another client', async () => {
    const s = setup();
    s.scheduler.refuseNext = new HttpError(429, 'client a has too many', 'TOO_MANY_REQUESTS');
    const a = s.answers.answer(sub(sparql('HEAVY'), 'a'));
    const b = s.answers.answer(sub(sparql('HEAVY'), 'b'));
    await expect(a).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await tick();
    expect(s.scheduler.runs).toHaveLength(1);
    expect(s.scheduler.runs[0]!.sub.client).toBe('b');
    s.scheduler.runs[0]!.resolve(ok('sums', 'G1'));
    expect(await b).toMatchObject({ body: 'sums' });
  });
});
