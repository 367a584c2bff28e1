// `serve --store index`: query workers and the workbench's threads answer from the graph's
// persistent index (src/index-store) instead of holding a copy of the graph: the same answers as
// a server holding the Turtle in an n3 Store, for every named query, /check and the workbench's
// APIs; an index that is not current stops the start.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendFileSync, copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from 'n3';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { ClaimgraphError } from '../../src/errors.js';
import { ensureIndex, indexStatus } from '../../src/index-store/index.js';
import { listNamedQueries, ontologyQuads } from '../../src/query/index.js';
import { corpusFixture, projectRoot } from '../helpers/cli.js';
import { logSink } from '../helpers/serve-fixture.js';
import { tempDir } from '../helpers/temp.js';

/** A copy of the curated corpus's graph with the repository's ontology and queries, and its index written. */
async function indexedProject(): Promise<string> {
  const dir = tempDir('claimgraph-serve-index-');
  mkdirSync(join(dir, 'graph'));
  copyFileSync(join(corpusFixture, 'graph/claimgraph.ttl'), join(dir, 'graph/claimgraph.ttl'));
  symlinkSync(join(projectRoot, 'ontology'), join(dir, 'ontology'));
  symlinkSync(join(projectRoot, 'queries'), join(dir, 'queries'));
  await ensureIndex(dir);
  return dir;
}

/** Rows in a stable order (queries without ORDER BY may list ties either way). */
function canonical(json: unknown): unknown {
  const j = json as { head: unknown; boolean?: boolean; results?: { bindings: unknown[] } };
  if (!j.results) return j;
  return { head: j.head, rows: j.results.bindings.map((b) => JSON.stringify(b, Object.keys(b as object).sort())).sort() };
}

describe('serve --store index', () => {
  let dir: string;
  let viaIndex: ServerHandle;
  let viaN3: ServerHandle;

  beforeAll(async () => {
    dir = await indexedProject();
    expect(indexStatus(dir).state).toBe('current');
    viaIndex = await startServer({ dir, port: 0, log: logSink().log, storeKind: 'index', workers: 1, spareWorkers: 0 });
    viaN3 = await startServer({ dir, port: 0, log: logSink().log, storeKind: 'n3', workers: 1, spareWorkers: 0 });
  }, 120_000);
  afterAll(async () => {
    await viaIndex?.close();
    await viaN3?.close();
  });

  test('answers every named query as the server holding the Turtle does', async () => {
    const names = listNamedQueries(dir);
    expect(names.length).toBeGreaterThan(5);
    let rows = 0;
    for (const name of names) {
      const get = async (s: ServerHandle) => {
        const res = await fetch(`${s.url}queries/${name}`, { headers: { Accept: 'application/sparql-results+json' } });
        return { status: res.status, body: canonical(await res.json()) };
      };
      const [a, b] = await Promise.all([get(viaIndex), get(viaN3)]);
      expect(a, name).toEqual(b);
      expect(a.status, name).toBe(200);
      rows += (a.body as { rows?: unknown[] }).rows?.length ?? 0;
    }
    expect(rows).toBeGreaterThan(50);
    // both query the ontology with the data (the index holds it in memory beside the file)
    expect(viaIndex.triples).toBe(viaN3.triples);
    expect(viaN3.triples).toBeGreaterThan(ontologyQuads(dir)!.length);
  }, 300_000);

  test('/check gives the same verdicts and evidence as the server holding the Turtle', async () => {
    // claims read from the seed article: a stated membership, its denial, one the graph does not hold
    for (const claim of ['Turkmenistan is a member of the SCO.', 'Kazakhstan is a member of the SCO.', 'Kazakhstan is not a member of the SCO.']) {
      const check = async (s: ServerHandle) => {
        const res = await fetch(`${s.url}check?claim=${encodeURIComponent(claim)}`, { headers: { Accept: 'application/json' } });
        return { status: res.status, body: await res.json() };
      };
      const [a, b] = await Promise.all([check(viaIndex), check(viaN3)]);
      expect(a, claim).toEqual(b);
      expect(a.status, claim).toBe(200);
    }
  }, 120_000);

  test("the workbench's APIs give the same JSON through the index as through the Turtle", async () => {
    const first = (await (await fetch(`${viaN3.url}api/articles`)).json()) as { articles: Array<{ id: string }> };
    expect(first.articles.length).toBeGreaterThan(1);
    const sparql = 'PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?m ?o WHERE { ?m cg:memberOf ?o } ORDER BY ?m ?o';
    const paths = [
      '/api/articles',
      ...first.articles.map((a) => `/api/articles/${a.id}`),
      '/api/entities/kazakhstan',
      '/api/entities/kazakhstan?perGroup=1',
      '/api/entities/kazakhstan/neighbourhood?hops=2',
      '/api/search?q=sta',
      `/api/check?claim=${encodeURIComponent('Turkmenistan is a member of the SCO.')}`,
      `/api/cite?query=${encodeURIComponent(sparql)}`,
    ];
    for (const path of paths) {
      const get = async (s: ServerHandle) => {
        const res = await fetch(new URL(path, s.url));
        return { status: res.status, body: await res.json() };
      };
      const [a, b] = await Promise.all([get(viaIndex), get(viaN3)]);
      expect(a.status, path).toBe(200);
      // the check's page URL names the server it was asked of
      expect(JSON.parse(JSON.stringify(a.body).replaceAll(viaIndex.url, viaN3.url)), path).toEqual(b.body);
    }
  }, 300_000);

  test('does not start on an index that is not current, and says what to run; the default store starts with a warning', async () => {
    const stale = await indexedProject();
    appendFileSync(join(stale, 'graph/claimgraph.ttl'), '\n<urn:x:a> <urn:x:b> <urn:x:c> .\n');
    const err = await startServer({ dir: stale, port: 0, log: () => {}, storeKind: 'index', workers: 1, spareWorkers: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect((err as ClaimgraphError).code).toBe('IO');
    expect((err as Error).message).toMatch(/--store index: graph\/claimgraph\.ttl changed since the index was built; run `claimgraph build`/);
    // the default store starts, and its log says /check and the workbench read the Turtle
    const sink = logSink();
    const server = await startServer({ dir: stale, port: 0, log: sink.log, workers: 1, spareWorkers: 0 });
    await server.close();
    expect(sink.lines.filter((l) => l.event === 'warning').map((l) => l.message)).toContainEqual(
      expect.stringMatching(/^\/check and the workbench: graph\/claimgraph\.ttl changed since the index was built; reading graph\/claimgraph\.ttl instead \(slower\)\. Run `claimgraph build` to rebuild the index\.$/),
    );
    const noDir = await startServer({ store: new Store(), port: 0, log: () => {}, storeKind: 'index' }).catch((e: unknown) => e);
    expect((noDir as ClaimgraphError).code).toBe('USAGE');
  }, 60_000);
});
