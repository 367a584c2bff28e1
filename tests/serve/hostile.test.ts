// Hostile and expensive requests (issue 17, findings 1-3): nothing a request contains runs on
// the HTTP thread, every request has a deadline from its arrival, and cheap requests and
// /health are answered while expensive ones run.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { nestingDepth, normalizeQuery, prescanQuery } from '../../src/serve/prescan.js';
import { corpusFixture } from '../helpers/cli.js';
import { getQuery, logSink, serveFixtureProject } from '../helpers/serve-fixture.js';

const nested = (depth: number): string => `SELECT * WHERE ${'{ '.repeat(depth)}?s ?p ?o ${'} '.repeat(depth)}`;
// 33 triples to the sixth power: a COUNT that would run for many minutes
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }';
const CHEAP = 'SELECT ?s WHERE { ?s a <https://w3id.org/claimgraph/ontology#Country> } ORDER BY ?s';

/** Milliseconds /health takes to answer, asked every 100 ms while `busy` is pending; the worst. */
async function healthWhile(url: string, busy: Promise<unknown>): Promise<number> {
  let done = false;
  void busy.finally(() => (done = true));
  let worst = 0;
  let asked = 0;
  while (!done || asked === 0) {
    const t0 = performance.now();
    const res = await fetch(`${url}health`, { signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(200);
    await res.json();
    worst = Math.max(worst, performance.now() - t0);
    asked++;
    await new Promise((r) => setTimeout(r, 100));
  }
  return worst;
}

/** Waits until every worker and spare has loaded the graph (after a test stopped some). */
async function whole(url: string, workers: number, spares: number): Promise<Record<string, unknown>> {
  let health: Record<string, unknown> = {};
  for (let i = 0; i < 300; i++) {
    health = await (await fetch(`${url}health`)).json();
    if (health.busy === 0 && health.workersReady === workers && health.sparesReady === spares) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return health;
}

describe('the pre-scan on the HTTP thread', () => {
  test('counts nesting outside strings, IRIs and comments, in one pass', () => {
    expect(nestingDepth('ASK { FILTER((1)) }')).toBe(3);
    expect(nestingDepth('ASK { ?s ?p "{{{{ \\" {{" . ?s ?p """ {{{ "" {{ """ . ?s ?p \'(((\' } # {{{{{\n')).toBe(1);
    expect(nestingDepth('SELECT * { ?s <http://x/{{{{> ?o FILTER(?a < 3 && ?b > (2)) }')).toBe(3);
    expect(nestingDepth('ASK { [ ?p [ ?q [ ?r ?o ] ] ] }')).toBe(4);
    // stops counting past the limit: a 40 KB text of nested groups costs no more than its length
    expect(nestingDepth('{'.repeat(1_000_000), 100)).toBe(101);
  });

  test('the key of "the same query again" ignores comments, layout and variable names, not strings or IRIs', () => {
    const a = normalizeQuery('SELECT (COUNT(*) AS ?n) WHERE {\n  ?a ?b ?c . # first\n  ?d ?e "?x  y" }');
    expect(a).toBe('SELECT (COUNT(*) AS ?v0) WHERE { ?v1 ?v2 ?v3 . ?v4 ?v5 "?x  y" }');
    expect(normalizeQuery('SELECT (COUNT(*) AS $count) WHERE { ?s ?p ?o . ?t ?q "?x  y" } # again')).toBe(a);
    expect(normalizeQuery('ASK { <http://x/?a#b> ?p "a # b" }')).toBe('ASK { <http://x/?a#b> ?v0 "a # b" }');
    expect(normalizeQuery('ASK { ?s ?p "x" }')).not.toBe(normalizeQuery('ASK { ?s ?p "y" }'));
  });

  test('refuses texts too long or too deep with 400 and a reason', () => {
    expect(() => prescanQuery(nested(101), { maxChars: 100_000, maxDepth: 100 })).toThrow(/more than 100 levels deep/);
    expect(() => prescanQuery('ASK {}'.padEnd(2000), { maxChars: 1000, maxDepth: 100 })).toThrow(/2000 characters long; this server accepts at most 1000/);
    expect(() => prescanQuery(nested(99), { maxChars: 100_000, maxDepth: 100 })).not.toThrow();
  });
});

describe('a server with a short deadline and the pre-scan turned up', () => {
  let server: ServerHandle;
  const sink = logSink();

  beforeAll(async () => {
    server = await startServer({ dir: serveFixtureProject(), port: 0, log: sink.log, timeoutMs: 2500, workers: 2, maxQueryDepth: 100_000, maxQueryChars: 2_000_000, maxBodyBytes: 4_000_000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('finding 1: 40 KB of nested groups is parsed in a worker; /health answers within 1 s and the request gets 503 at its deadline', async () => {
    const text = nested(10_000); // sparqljs: about 58 s at 3,000 levels
    expect(text.length).toBeGreaterThan(40_000);
    const t0 = performance.now();
    const hostile = fetch(server.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: text });
    const worst = await healthWhile(server.url, hostile);
    const res = await hostile;
    const ms = performance.now() - t0;
    expect(worst).toBeLessThan(1000);
    expect(res.status).toBe(503);
    expect(res.headers.get('x-claimgraph-error')).toBe('QUERY_TIMEOUT');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(2500 + 2000);
    // a cheap query right after is answered (the stuck worker was replaced)
    expect((await getQuery(server.endpoint, CHEAP)).status).toBe(200);
  });

  test('finding 3: three runaway queries among cheap clients: every cheap query is answered, the runaways get 503 or 429', async () => {
    await whole(server.url, 2, 1);
    const runaways = [0, 1, 2].map((i) =>
      getQuery(server.endpoint, `${RUNAWAY} # ${i}`).then((r) => ({ status: r.status, retry: r.headers.get('retry-after') })));
    await new Promise((r) => setTimeout(r, 100));
    const cheap: { status: number; ms: number }[] = [];
    const client = async (): Promise<void> => {
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const res = await getQuery(server.endpoint, CHEAP);
        await res.text();
        cheap.push({ status: res.status, ms: performance.now() - t0 });
      }
    };
    await Promise.all(Array.from({ length: 6 }, client));
    const slow = await Promise.all(runaways);
    expect(cheap.map((c) => c.status)).toEqual(cheap.map(() => 200));
    // answered while the runaways held (at most) their own lane: none waited for a runaway's deadline
    expect(Math.max(...cheap.map((c) => c.ms))).toBeLessThan(2500);
    for (const s of slow) {
      expect([429, 503]).toContain(s.status);
      expect(Number(s.retry)).toBeGreaterThanOrEqual(1);
    }
    expect(sink.lines.some((l) => l.event === 'demoted' || l.event === 'worker-restart')).toBe(true);
  });

  test('the deadline counts from arrival: a request queued behind busy workers gets 503 when it is spent', async () => {
    await whole(server.url, 2, 1);
    // both workers busy with runaways the server has not seen (the fast lane), the third waits
    const unseen = (tag: string): string => RUNAWAY.replace('?a ', `?${tag} `).replace('COUNT(*)', `COUNT(?${tag})`);
    const busy = ['b0', 'b1'].map((tag) => getQuery(server.endpoint, unseen(tag)));
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    const queued = await getQuery(server.endpoint, unseen('q0'));
    const ms = performance.now() - t0;
    expect(queued.status).toBe(503);
    expect(ms).toBeGreaterThan(2500 - 100);
    expect(ms).toBeLessThan(2500 + 1500);
    await Promise.all(busy);
  });

  test('after all that the pool is whole and idle', async () => {
    const health = await whole(server.url, 2, 1);
    expect(health).toMatchObject({ status: 'ok', busy: 0, workersReady: 2, sparesReady: 1, queued: 0 });
    expect(health.restarts as number).toBeGreaterThan(0);
  });
});

describe('/check runs in a worker too (finding 2)', () => {
  let server: ServerHandle;

  beforeAll(async () => {
    server = await startServer({ dir: corpusFixture, port: 0, log: () => {}, timeoutMs: 3000, workers: 1, spareWorkers: 0, maxClaimChars: 2000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a 2,000-character claim: /health answers within 1 s while it is checked, and the answer comes by the deadline', async () => {
    const sentence = 'The member states of the organisation said on Tuesday that the bank and the union had agreed to a new treaty on gas and trade, ';
    const claim = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 1990).trim() + '.';
    const t0 = performance.now();
    const pending = fetch(`${server.url}check?claim=${encodeURIComponent(claim)}`);
    const worst = await healthWhile(server.url, pending);
    const res = await pending;
    expect(worst).toBeLessThan(1000);
    expect([200, 422, 503]).toContain(res.status);
    expect(performance.now() - t0).toBeLessThan(3000 + 2000);
  });

  test('a claim over the server\'s limit is refused at once', async () => {
    const res = await fetch(`${server.url}check?claim=${encodeURIComponent('a'.repeat(2001))}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/2001 characters long; this server checks at most 2000/);
  });
});
