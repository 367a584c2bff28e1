// What the server's workers cache (issue 17, finding 4): parsed queries of answered requests
// only; refused, failed and stopped requests leave nothing in the cache folder.
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { getQuery, serveFixtureProject } from '../helpers/serve-fixture.js';

let server: ServerHandle;
let cache: string;
const saved = process.env.CLAIMGRAPH_CACHE_DIR;
const savedOff = process.env.CLAIMGRAPH_NO_CACHE;

beforeAll(async () => {
  cache = mkdtempSync(join(tmpdir(), 'cg-serve-cache-'));
  // the workers take the environment as it is when they start
  process.env.CLAIMGRAPH_CACHE_DIR = cache;
  delete process.env.CLAIMGRAPH_NO_CACHE;
  server = await startServer({ dir: serveFixtureProject(), port: 0, log: () => {}, timeoutMs: 8000, workers: 1, spareWorkers: 1 });
});
afterAll(async () => {
  await server?.close();
  if (saved === undefined) delete process.env.CLAIMGRAPH_CACHE_DIR;
  else process.env.CLAIMGRAPH_CACHE_DIR = saved;
  if (savedOff !== undefined) process.env.CLAIMGRAPH_NO_CACHE = savedOff;
  rmSync(cache, { recursive: true, force: true });
});

/** The text of every cache entry. */
function entries(): string {
  const dir = join(cache, 'queries');
  if (!existsSync(dir)) return '';
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

test('refused, failed and stopped requests cache nothing; an answered one is cached', async () => {
  const marker = (tag: string): string => `urn:marker:${tag}`;
  const refused = [
    `SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { <${marker('service')}> ?p ?o } }`,
    `INSERT DATA { <${marker('update')}> <urn:p> <urn:o> }`,
  ];
  for (const q of refused) expect((await getQuery(server.endpoint, q)).status).toBe(403);
  // unacceptable result format: parsed, then refused
  expect((await getQuery(server.endpoint, `ASK { <${marker('format')}> ?p ?o }`, { params: { format: 'turtle' } })).status).toBe(406);
  // stopped at its deadline
  const runaway = `SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r FILTER(?r != <${marker('runaway')}>) }`;
  expect((await getQuery(server.endpoint, runaway)).status).toBe(503);
  for (const tag of ['service', 'update', 'format', 'runaway']) expect(entries()).not.toContain(marker(tag));
  // the stopped worker's place is taken (by the spare, loaded)
  for (let i = 0; i < 300; i++) {
    if ((await (await fetch(`${server.url}health`)).json()).workersReady === 1) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const ok = await getQuery(server.endpoint, `SELECT ?o WHERE { <${marker('answered')}> ?p ?o }`);
  expect(ok.status, await ok.clone().text()).toBe(200);
  expect(entries()).toContain(marker('answered'));
});
