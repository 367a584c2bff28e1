import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { getQuery, logSink, serveFixtureProject } from '../helpers/serve-fixture.js';

// 33 triples to the sixth power: a COUNT that would run for many minutes
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }';
const TIMEOUT_MS = 5000;

let server: ServerHandle;
const sink = logSink();

beforeAll(async () => {
  server = await startServer({ dir: serveFixtureProject(), port: 0, log: sink.log, timeoutMs: TIMEOUT_MS, workers: 2 });
});
afterAll(async () => {
  await server?.close();
});

/** Waits until both workers and the spare have loaded the graph and nothing runs. */
async function whole(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const h = await (await fetch(`${server.url}health`)).json();
    if (h.workersReady === 2 && h.sparesReady === 1 && h.busy === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

// No assertion here is timed (the machine is shared and noisy): statuses, errors, the order of
// answers and the server's own log say what happened.
test('a cartesian product is cut at the time limit while a second client is answered', async () => {
  let cutDone = false;
  const runaway = getQuery(server.endpoint, RUNAWAY).then(async (r) => {
    const out = { status: r.status, code: r.headers.get('x-claimgraph-error'), text: await r.text() };
    cutDone = true;
    return out;
  });
  await new Promise((r) => setTimeout(r, 300));
  const second = await getQuery(server.endpoint, 'SELECT ?s WHERE { ?s a <https://w3id.org/claimgraph/ontology#Country> } ORDER BY ?s');
  expect(second.status, await second.clone().text()).toBe(200);
  expect((await second.json()).results.bindings).toHaveLength(2);
  // answered while the runaway query was still running, and so was /health (the HTTP thread
  // does not run queries)
  expect(cutDone).toBe(false);
  const health = await fetch(`${server.url}health`);
  expect((await health.json()).status).toBe('ok');
  expect(cutDone).toBe(false);

  const cut = await runaway;
  expect(cut.status).toBe(503);
  expect(cut.code).toBe('QUERY_TIMEOUT');
  expect(cut.text).toMatch(new RegExp(`longer than the server's limit of ${TIMEOUT_MS} ms \\(counted from its arrival\\) and was stopped`));
  expect(sink.lines.some((l) => l.event === 'worker-restart' && l.reason === 'timeout')).toBe(true);
});

test('the stopped query no longer burns CPU, and the server keeps answering', async () => {
  // let the replacement worker finish loading, then measure this process (the workers are its threads)
  await whole();
  await new Promise((r) => setTimeout(r, 200));
  const before = process.cpuUsage();
  await new Promise((r) => setTimeout(r, 1000));
  const used = process.cpuUsage(before);
  expect((used.user + used.system) / 1000).toBeLessThan(300);
  const res = await fetch(`${server.url}health`);
  expect(await res.json()).toMatchObject({ status: 'ok', busy: 0, workers: 2, workersReady: 2 });
  const again = await getQuery(server.endpoint, 'ASK { ?s ?p ?o }');
  expect(await again.json()).toEqual({ head: {}, boolean: true });
}, 180_000);

test('a client that hangs up stops its query (before the time limit would)', async () => {
  const timeouts = (): number => sink.lines.filter((l) => l.event === 'worker-restart' && l.reason === 'timeout').length;
  const before = timeouts();
  const ac = new AbortController();
  const pending = getQuery(server.endpoint, RUNAWAY, { signal: ac.signal }).catch((e: unknown) => e);
  await new Promise((r) => setTimeout(r, 300));
  ac.abort();
  expect(await pending).toBeInstanceOf(Error);
  let busy = 1;
  for (let i = 0; i < 600 && busy > 0; i++) {
    busy = (await (await fetch(`${server.url}health`)).json()).busy;
    if (busy > 0) await new Promise((r) => setTimeout(r, 50));
  }
  expect(busy).toBe(0);
  // its worker was stopped because the client left, not by the deadline
  expect(sink.lines.filter((l) => l.event === 'worker-restart' && l.reason === 'client-gone')).toHaveLength(1);
  expect(timeouts()).toBe(before);
  expect(sink.lines.some((l) => l.path === '/sparql' && l.clientGone === true)).toBe(true);
});

test('two runaway queries at once are both cut and the pool recovers', async () => {
  await whole();
  const [a, b] = await Promise.all([getQuery(server.endpoint, RUNAWAY), getQuery(server.endpoint, RUNAWAY)]);
  expect([a.status, b.status]).toEqual([503, 503]);
  // the stopped workers are replaced (a loaded spare at once, the other once it has loaded)
  await whole();
  const ok = await getQuery(server.endpoint, 'ASK { ?s ?p ?o }');
  expect(ok.status).toBe(200);
}, 240_000);
