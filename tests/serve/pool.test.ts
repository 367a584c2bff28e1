// The worker pool (src/serve/pool.ts) with real worker threads over a tiny graph: what the
// scheduler relies on when it stops a request with no loaded spare (issue 17 at 1M, where a
// worker loads the graph for 12 s and more): the stopped worker's place is loaded as soon as
// either its own reload or the spare already loading is in, whichever comes first.
import { afterEach, expect, test } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerPool } from '../../src/serve/pool.js';
import type { JobReply } from '../../src/serve/types.js';
import { serveFixtureProject } from '../helpers/serve-fixture.js';

const NQUADS = '<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n';

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

test('a worker stopped while the spare is still loading: its place is loaded at the first worker ready, and the pool ends whole', async () => {
  const events: string[] = [];
  // whenever a worker has loaded: is the place of the stopped one loaded at that moment?
  const placeLoadedAtIdle: boolean[] = [];
  let afterKill = false;
  pool = new WorkerPool({ nquads: NQUADS, storeKind: 'n3', maxResults: 10 }, 1, 1, (e) => events.push(e));
  pool.onIdle = () => {
    if (afterKill) placeLoadedAtIdle.push(pool!.idle() !== undefined);
  };
  await pool.ready();
  // the spare starts loading once the first worker is in: stop that worker before it is ready
  expect(pool.sparesReady).toBe(0);
  afterKill = true;
  pool.kill(pool.idle()!, 'test');
  expect(pool.loadedCount).toBe(0);
  await waitFor(() => pool!.loadedCount === 1 && pool!.sparesReady === 1);
  // the first worker to finish loading (the spare or the replacement) made the place whole
  expect(placeLoadedAtIdle[0]).toBe(true);
  expect(pool.size).toBe(1);
  expect(events.filter((e) => e === 'worker-restart')).toHaveLength(1);
}, 120_000);

// The answer cache (answers.ts) serves an answer only while every worker holds the graph it was
// computed on: a graph rebuilt under a running server reaches the workers started after it.
test('each worker says which graph it holds; after a rebuild the pool disagrees until every worker holds the new one', async () => {
  const dir = serveFixtureProject();
  pool = new WorkerPool({ dir, storeKind: 'n3', maxResults: 10 }, 1, 1, () => {});
  await pool.ready();
  await waitFor(() => pool!.sparesReady === 1);
  const before = pool.graphId;
  expect(before).toMatch(/^[0-9a-f]{64}$/);
  const reply = await new Promise<JobReply>((resolve) => pool!.run(pool!.idle()!, { kind: 'named', name: 'members', params: {} }, resolve));
  expect(reply).toMatchObject({ ok: true, graph: before });
  // the graph is rebuilt; a worker is stopped: the old spare takes its place, a new spare loads the new graph
  appendFileSync(join(dir, 'graph/claimgraph.ttl'), '\n<https://example.org/x> <https://example.org/p> <https://example.org/y> .\n');
  pool.kill(pool.idle()!, 'test');
  await waitFor(() => pool!.sparesReady === 1);
  expect(pool.graphId).toBeUndefined();
  // once the new spare holds the place and the next one has loaded, they agree on the new graph
  pool.kill(pool.idle()!, 'test');
  await waitFor(() => pool!.sparesReady === 1);
  expect(pool.graphId).toMatch(/^[0-9a-f]{64}$/);
  expect(pool.graphId).not.toBe(before);
}, 120_000);

async function waitFor(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}
