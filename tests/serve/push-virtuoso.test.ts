import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_GRAPH_IRI, HttpAuth, countRemoteTriples, pushGraph } from '../../src/serve/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { listNamedQueries } from '../../src/query/index.js';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { requireVirtuoso, virtuosoWanted } from '../helpers/virtuoso-env.js';
import type { VirtuosoEnv } from '../helpers/virtuoso-env.js';

// one graph per run, so a push by hand to the default graph is never disturbed
const GRAPH = `${DEFAULT_GRAPH_IRI}/test-${process.pid}-${Date.now()}`;
const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

/**
 * Rows of a JSON result in a stable order. Virtuoso writes xsd:boolean values in their other
 * legal lexical form ("1"/"0"); the values are equal, so both forms compare as "true"/"false".
 */
const XSD_DECIMAL = 'http://www.w3.org/2001/XMLSchema#decimal';

function canonical(stdout: string): string[] {
  const json = JSON.parse(stdout, (key, value) => {
    if (value && typeof value === 'object' && value.datatype === XSD_BOOLEAN) {
      return { ...value, value: value.value === '1' ? 'true' : value.value === '0' ? 'false' : value.value };
    }
    // the same xsd:decimal value in two lexical forms (Comunica writes a sum as "18000000000.0")
    if (value && typeof value === 'object' && value.datatype === XSD_DECIMAL && /^-?\d+(\.\d*)?$/.test(value.value)) {
      return { ...value, value: value.value.replace(/\.0*$/, '') };
    }
    return value;
  });
  if (!json.results) return [JSON.stringify(json)];
  return [JSON.stringify(json.head), ...json.results.bindings.map((b: object) => JSON.stringify(b)).sort()];
}

describe.skipIf(!virtuosoWanted())('push to Virtuoso and query it (scripts/virtuoso.sh)', () => {
  let v: VirtuosoEnv;
  let local: number;
  const env = (): Record<string, string> => ({ STORE_PW: v.password });

  beforeAll(async () => {
    v = requireVirtuoso();
    local = (await loadGraphStore(corpusFixture)).size;
  });

  test('claimgraph push loads the graph with digest auth and checks the count', async () => {
    const r = await runCliCapture(['push', '--endpoint', v.gsp, '--graph', GRAPH, '--user', v.user, '--password-env', 'STORE_PW'], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`pushed ${local} triples to <${GRAPH}> in 1 request (digest auth); the store counts ${local}\n`);
    expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
  });

  test('pushing twice, in chunks, leaves one copy', async () => {
    const progress: number[] = [];
    const first = await pushGraph({ dir: corpusFixture, endpoint: v.gsp, graph: GRAPH, user: v.user, password: v.password, chunkSize: 400, onProgress: (sent) => progress.push(sent) });
    expect(first.chunks).toBe(Math.ceil(local / 400));
    expect(progress.at(-1)).toBe(local);
    const second = await runCliCapture(['push', '--endpoint', v.gsp, '--graph', GRAPH, '--user', v.user, '--password-env', 'STORE_PW', '--chunk-size', '1000', '--json'], { env: env() });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ triples: local, remoteTriples: local, chunks: Math.ceil(local / 1000), auth: 'digest' });
    expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
  });

  test('every named query, with --cite, answers remotely as it does locally', async () => {
    const names = listNamedQueries(corpusFixture);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const here = await runCliCapture(['query', name, '--cite', '--format', 'json']);
      const there = await runCliCapture(['query', name, '--cite', '--format', 'json', '--endpoint', v.sparql, '--graph', GRAPH]);
      expect(here.code, `${name} locally: ${here.stderr}`).toBe(0);
      expect(there.code, `${name} on Virtuoso: ${there.stderr}`).toBe(0);
      expect(canonical(there.stdout), name).toEqual(canonical(here.stdout));
    }
  });

  test('wrong credentials give a clear REMOTE_AUTH error and leave the graph as it was', async () => {
    const r = await runCliCapture(['push', '--endpoint', v.gsp, '--graph', GRAPH, '--user', v.user, '--password-env', 'STORE_PW'], { env: { STORE_PW: 'not-the-password' } });
    expect(r.code, r.stderr).toBe(51);
    expect(r.stderr).toMatch(/^error\[REMOTE_AUTH\]: upload of chunk 1 of 1 \(.*\): PUT at .*: HTTP 401 Unauthorized — the store refused the credentials of user "claimgraph".*<.*> was not changed; no data reached the store/);
    expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
  });

  test('no credentials: the store asks for them and the error says how to give them', async () => {
    const r = await runCliCapture(['push', '--endpoint', v.gsp, '--graph', GRAPH]);
    expect(r.code).toBe(51);
    expect(r.stderr).toMatch(/requires authentication \(Digest realm=.*pass --user and --password-env/);
  });

  describe('the store stops answering mid-push (a proxy in front of Virtuoso drops every connection after 2 chunks)', () => {
    let proxy: Server;
    let proxyUrl: string;
    let chunksLeft = Infinity;

    beforeAll(async () => {
      const target = new URL(v.gsp);
      proxy = createServer((req, res) => {
        const isChunk = (req.method === 'PUT' || req.method === 'POST') && req.url?.startsWith(target.pathname);
        if (isChunk && chunksLeft-- <= 0) {
          req.socket.destroy();
          return;
        }
        const out = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        out.on('error', () => res.destroy());
        req.pipe(out);
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${target.pathname}`;
    });
    afterAll(async () => {
      await new Promise<void>((r) => { proxy.closeAllConnections(); proxy.close(() => r()); });
    });

    test('the graph keeps every old triple, the temporary graph is dropped, the named queries still answer', async () => {
      await pushGraph({ dir: corpusFixture, endpoint: v.gsp, graph: GRAPH, user: v.user, password: v.password });
      expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
      chunksLeft = 2;
      const err = await pushGraph({
        dir: corpusFixture, endpoint: proxyUrl, queryEndpoint: v.sparql, updateEndpoint: v.gsp.replace(/sparql-graph-crud-auth$/, 'sparql-auth'),
        graph: GRAPH, user: v.user, password: v.password, chunkSize: 500,
      }).catch((e: unknown) => e);
      chunksLeft = Infinity;
      expect((err as Error).message).toMatch(new RegExp(`^upload of chunk 3 of ${Math.ceil(local / 500)} \\(triples 1001–1500 of ${local}\\): .*cannot reach the store.*<${GRAPH}> was not changed; 1000 triples had reached a temporary graph, and the temporary graph was removed$`));
      expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
      const there = await runCliCapture(['query', 'members-of', '--format', 'json', '--endpoint', v.sparql, '--graph', GRAPH]);
      const here = await runCliCapture(['query', 'members-of', '--format', 'json']);
      expect(canonical(there.stdout)).toEqual(canonical(here.stdout));
      // no temporary graph left behind
      const left = await runCliCapture(['query', '-e', 'SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:claimgraph:push:")) } LIMIT 1', '--format', 'json', '--endpoint', v.sparql]);
      expect(JSON.parse(left.stdout).results.bindings).toEqual([]);
    });
  });

  afterAll(async () => {
    // leave the store as it was found
    const auth = new HttpAuth(v.user, v.password);
    const u = new URL(v.gsp);
    u.searchParams.set('graph', GRAPH);
    let res = await fetch(u, { method: 'DELETE' });
    if (res.status === 401 && auth.accept(res.headers.get('www-authenticate'))) {
      await res.body?.cancel();
      res = await fetch(u, { method: 'DELETE', headers: { Authorization: auth.header('DELETE', `${u.pathname}${u.search}`) ?? '' } });
    }
    await res.body?.cancel();
  });
});
