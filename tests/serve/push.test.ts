import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Parser } from 'n3';
import { ClaimgraphError } from '../../src/errors.js';
import { runCli } from '../../src/cli/index.js';
import { HttpAuth, pushGraph, queryEndpointFor, updateEndpointFor } from '../../src/serve/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { runCliCapture } from '../helpers/cli.js';
import { serveFixtureProject } from '../helpers/serve-fixture.js';

/**
 * A minimal store with Basic auth (user "u", password "p"): a Graph Store Protocol endpoint
 * (/store: PUT replaces a graph, POST appends), an update endpoint (/update: MOVE and DROP, each
 * applied whole, as a transaction) and a query endpoint (/sparql: the count query). Knobs
 * simulate broken stores: one that dies (drops every connection) or stalls (never answers)
 * once `after` data requests have been answered, until revived.
 */
interface FakeStore {
  url: string;
  graphs: Map<string, Set<string>>;
  log: string[];
  knobs: { countOffset: number; failPost: boolean; fault?: { kind: 'die' | 'stall'; after: number; on?: 'data' | 'update' } };
  /** Starts a fault, counting answered requests from now. */
  inject(fault: NonNullable<FakeStore['knobs']['fault']>): void;
  /** Ends a fault: the store answers again (stalled requests stay unanswered). */
  revive(): void;
  close(): Promise<void>;
}

async function fakeStore(): Promise<FakeStore> {
  const graphs = new Map<string, Set<string>>();
  const log: string[] = [];
  const knobs: FakeStore['knobs'] = { countOffset: 0, failPost: false };
  let answered = 0;
  let down = false;
  const stalled: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      log.push(`${req.method} ${url.pathname}`);
      const fault = knobs.fault;
      const kind = url.pathname === '/store' && req.method !== 'HEAD' ? 'data' : url.pathname === '/update' ? 'update' : 'other';
      if (fault && (down || (kind === (fault.on ?? 'data') && answered >= fault.after))) {
        down = true;
        if (fault.kind === 'die') req.socket.destroy();
        else stalled.push(res);
        return;
      }
      const auth = req.headers.authorization;
      if (auth !== `Basic ${Buffer.from('u:p').toString('base64')}`) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fake"', 'Content-Type': 'text/plain' });
        res.end('bad credentials');
        return;
      }
      if (url.pathname === '/store') {
        const graph = url.searchParams.get('graph')!;
        if (req.method === 'HEAD') { res.writeHead(200); res.end(); return; }
        if (req.method === 'POST' && knobs.failPost) {
          res.writeHead(500, { 'Content-Type': 'text/html' });
          res.end('<html><body><h1>500</h1><p>disk &amp; soul are full</p></body></html>');
          return;
        }
        const triples = new Parser({ format: 'text/turtle' }).parse(body).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`);
        if (req.method === 'PUT') graphs.set(graph, new Set());
        const set = graphs.get(graph) ?? new Set<string>();
        graphs.set(graph, set);
        for (const t of triples) set.add(t);
        answered++;
        res.writeHead(req.method === 'PUT' ? 201 : 204);
        res.end();
        return;
      }
      if (url.pathname === '/update') {
        const move = /^MOVE <([^>]+)> TO <([^>]+)>$/.exec(body.trim());
        const drop = /^DROP SILENT GRAPH <([^>]+)>$/.exec(body.trim());
        if (move) {
          graphs.set(move[2]!, graphs.get(move[1]!) ?? new Set());
          graphs.delete(move[1]!);
        } else if (drop) {
          graphs.delete(drop[1]!);
        } else {
          res.writeHead(400, { 'Content-Type': 'text/plain' });
          res.end(`unsupported update: ${body}`);
          return;
        }
        answered++;
        res.writeHead(204);
        res.end();
        return;
      }
      if (url.pathname === '/sparql') {
        const query = new URLSearchParams(body).get('query') ?? '';
        const graph = /GRAPH <([^>]+)>/.exec(query)?.[1] ?? '';
        const n = (graphs.get(graph)?.size ?? 0) + knobs.countOffset;
        res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
        res.end(JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'literal', value: String(n) } }] } }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`, graphs, log, knobs,
    inject(fault) {
      answered = 0;
      down = false;
      knobs.fault = fault;
    },
    revive() {
      knobs.fault = undefined;
      down = false;
      answered = 0;
    },
    close: () => new Promise((r) => {
      for (const res of stalled.splice(0)) res.destroy();
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

let fake: FakeStore;
let dir: string;
let local: string[];
const G = 'urn:test:g';

beforeAll(async () => {
  fake = await fakeStore();
  dir = serveFixtureProject();
  local = (await loadGraphStore(dir)).getQuads(null, null, null, null).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
});
afterAll(async () => {
  await fake?.close();
});

const opts = () => ({ dir, endpoint: `${fake.url}store`, queryEndpoint: `${fake.url}sparql`, updateEndpoint: `${fake.url}update`, graph: G, user: 'u', password: 'p' });
const temps = () => [...fake.graphs.keys()].filter((g) => g.startsWith('urn:claimgraph:push:'));

describe('pushGraph against a Graph Store Protocol server', () => {
  test('chunks into a temporary graph (PUT first, POST the rest), counted, then one MOVE; Basic auth negotiated', async () => {
    fake.log.length = 0;
    const report = await pushGraph({ ...opts(), chunkSize: 10 });
    expect(report).toMatchObject({ graph: G, triples: local.length, remoteTriples: local.length, chunks: Math.ceil(local.length / 10), auth: 'basic' });
    // the count and update requests are tried without credentials first (query endpoints are
    // often public), then answered with them once the endpoint challenges
    expect(fake.log).toEqual(['HEAD /store', 'PUT /store', 'POST /store', 'POST /store', 'POST /store', 'POST /sparql', 'POST /sparql', 'POST /update', 'POST /update', 'POST /sparql']);
    expect([...fake.graphs.get(G)!].sort()).toEqual(local);
    expect(temps()).toEqual([]);
  });

  test('a second push replaces the graph instead of adding a copy', async () => {
    fake.graphs.set(G, new Set(['stale triple']));
    const report = await pushGraph(opts());
    expect(report.chunks).toBe(1);
    expect([...fake.graphs.get(G)!].sort()).toEqual(local);
  });

  test('wrong password: REMOTE_AUTH naming the status and the user', async () => {
    const err = await pushGraph({ ...opts(), password: 'wrong' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect((err as ClaimgraphError).code).toBe('REMOTE_AUTH');
    expect((err as Error).message).toMatch(/HTTP 401 Unauthorized — the store refused the credentials of user "u" \(bad credentials\)/);
  });

  test('a failing store: REMOTE_HTTP with the status and the text of its error page', async () => {
    fake.knobs.failPost = true;
    try {
      const err = await pushGraph({ ...opts(), chunkSize: 10 }).catch((e: unknown) => e);
      expect((err as ClaimgraphError).code).toBe('REMOTE_HTTP');
      expect((err as Error).message).toMatch(/^upload of chunk 2 of \d+ \(triples 11–20 of \d+\): POST at .*: HTTP 500 Internal Server Error — 500 disk & soul are full\. <urn:test:g> was not changed; 10 triples had reached a temporary graph, and the temporary graph was removed$/);
      expect(temps()).toEqual([]);
    } finally {
      fake.knobs.failPost = false;
    }
  });

  test('a count that differs after the load: REMOTE_MISMATCH', async () => {
    fake.knobs.countOffset = 1;
    try {
      const err = await pushGraph(opts()).catch((e: unknown) => e);
      expect((err as ClaimgraphError).code).toBe('REMOTE_MISMATCH');
      expect((err as Error).message).toMatch(new RegExp(`the temporary graph holds ${local.length + 1} triples .* the local graph has ${local.length}\\. <${G}> was not changed; the temporary graph was removed`));
      expect(temps()).toEqual([]);
    } finally {
      fake.knobs.countOffset = 0;
    }
  });

  test('a store that is not there: REMOTE_HTTP naming the cause', async () => {
    const idle = createServer();
    await new Promise<void>((r) => idle.listen(0, '127.0.0.1', r));
    const port = (idle.address() as AddressInfo).port;
    await new Promise<void>((r) => idle.close(() => r()));
    const err = await pushGraph({ dir, endpoint: `http://127.0.0.1:${port}/store` }).catch((e: unknown) => e);
    expect((err as ClaimgraphError).code).toBe('REMOTE_HTTP');
    expect((err as Error).message).toMatch(/cannot reach the store \(ECONNREFUSED\)/);
  });

  test('a query URL, a bad graph IRI: refused before any request', async () => {
    fake.log.length = 0;
    for (const [endpoint, graph, message] of [
      [`${fake.url}sparql`, G, /looks like a SPARQL query endpoint; push needs the store's Graph Store Protocol endpoint/],
      [`${fake.url}store`, 'not an iri', /the graph IRI must be absolute/],
      [`${fake.url}store`, 'urn:a b', /may not contain spaces/],
      [`${fake.url}store`, 'https://x.test/<g>', /may not contain "<"/],
    ] as const) {
      const err = await pushGraph({ dir, endpoint, graph }).catch((e: unknown) => e);
      expect((err as ClaimgraphError).code).toBe('USAGE');
      expect((err as Error).message).toMatch(message);
    }
    expect(fake.log).toEqual([]);
  });

  test('the query and update endpoints are derived from the Graph Store URL', () => {
    expect(updateEndpointFor('http://127.0.0.1:8890/sparql-graph-crud-auth')).toBe('http://127.0.0.1:8890/sparql-auth');
    expect(updateEndpointFor('http://127.0.0.1:8890/sparql-graph-crud')).toBe('http://127.0.0.1:8890/sparql');
    expect(updateEndpointFor('http://127.0.0.1:3030/ds/data')).toBe('http://127.0.0.1:3030/ds/update');
    expect(queryEndpointFor('http://127.0.0.1:8890/sparql-graph-crud-auth')).toBe('http://127.0.0.1:8890/sparql');
    expect(queryEndpointFor('http://127.0.0.1:8890/sparql-graph-crud?graph=urn:x')).toBe('http://127.0.0.1:8890/sparql');
    expect(queryEndpointFor('http://127.0.0.1:3030/ds/data')).toBe('http://127.0.0.1:3030/ds/sparql');
    expect(queryEndpointFor('http://127.0.0.1:7000/store')).toBe('http://127.0.0.1:7000/store');
  });
});

describe('a store that dies or stalls mid-push (fault injection)', () => {
  const OLD = ['old triple 1', 'old triple 2'];
  const setOld = (): void => void fake.graphs.set(G, new Set(OLD));

  test.each([
    ['dies', 'die', 2, /cannot reach the store/],
    ['stalls', 'stall', 2, /the store did not answer within 800 ms/],
    ['dies at once', 'die', 0, /cannot reach the store/],
  ] as const)('%s after %#: the target keeps its old triples, complete; the error names the chunk and the state', async (_name, kind, after, cause) => {
    setOld();
    fake.inject({ kind, after });
    try {
      const err = await pushGraph({ ...opts(), chunkSize: 5, timeoutMs: 800 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClaimgraphError);
      const message = (err as Error).message;
      expect(message).toMatch(new RegExp(`^upload of chunk ${after + 1} of \\d+ \\(triples ${after * 5 + 1}–${after * 5 + 5} of ${local.length}\\): `));
      expect(message).toMatch(cause);
      expect(message).toContain(`<${G}> was not changed`);
      if (after === 0) expect(message).toMatch(/no data reached the store$/);
      // the store is down: the temporary graph could not be dropped, and the error says how to
      else expect(message).toMatch(/10 triples had reached a temporary graph, and the temporary graph <urn:claimgraph:push:[0-9a-f-]+> could not be removed \(.*\); remove it with `DROP SILENT GRAPH <urn:claimgraph:push:[0-9a-f-]+>`$/);
    } finally {
      fake.revive();
    }
    expect([...fake.graphs.get(G)!]).toEqual(OLD);
    for (const t of temps()) fake.graphs.delete(t);
  });

  test('a store that stalls on the MOVE: the error says the target holds the old or the new graph, and how to check', async () => {
    setOld();
    fake.inject({ kind: 'stall', after: 0, on: 'update' });
    try {
      const err = await pushGraph({ ...opts(), timeoutMs: 800 }).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/^MOVE at .*update: POST .*: the store did not answer within 800 ms\. the store did not answer afterwards .*: <urn:test:g> holds either its old triples or all \d+ new ones \(the MOVE is one update\)/);
    } finally {
      fake.revive();
    }
    // this store never applied it: the old graph, complete
    expect([...fake.graphs.get(G)!]).toEqual(OLD);
    for (const t of temps()) fake.graphs.delete(t);
  });

  test('after the store is back, the next push replaces the graph whole', async () => {
    setOld();
    const report = await pushGraph({ ...opts(), chunkSize: 5 });
    expect(report.remoteTriples).toBe(local.length);
    expect([...fake.graphs.get(G)!].sort()).toEqual(local);
    expect(temps()).toEqual([]);
  });
});

describe('claimgraph push (the CLI command)', () => {
  const args = () => ['-C', dir, 'push', '--endpoint', `${fake.url}store`, '--query-endpoint', `${fake.url}sparql`, '--update-endpoint', `${fake.url}update`, '--graph', G, '--user', 'u', '--password-env', 'PW'];

  test('prints one report line; no progress bar outside a terminal', async () => {
    const r = await runCliCapture(args(), { env: { PW: 'p' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`pushed ${local.length} triples to <${G}> in 1 request (basic auth); the store counts ${local.length}\n`);
    expect(r.stderr).toBe('');
  });

  test('draws a progress bar on a terminal', async () => {
    let stderr = '';
    const code = await runCli([...args(), '--chunk-size', '5'], {
      cwd: dir,
      stdout: { write: () => true },
      stderr: { write: (s: string | Uint8Array) => { stderr += String(s); return true; }, isTTY: true },
      env: { PW: 'p' },
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`push \\[.*\\] \\d+/${local.length} triples`));
  });

  test.each([
    [['--user', 'u'], /--user needs --password-env/],
    [['--user', 'u', '--password-env', 'NOPE'], /environment variable NOPE .* is not set/],
    [['--password-env', 'PW'], /--password-env needs --user/],
  ])('usage errors: %j', async (extra, message) => {
    const r = await runCliCapture(['-C', dir, 'push', '--endpoint', `${fake.url}store`, ...extra], { env: { PW: 'p' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('--timeout-ms over 2^31-1 is refused with the reason', async () => {
    const r = await runCliCapture([...args(), '--timeout-ms', String(2 ** 31)], { env: { PW: 'p' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--timeout-ms is at most 2147483647 \(2\^31-1 ms/);
  });

  test('--endpoint is required', async () => {
    const r = await runCliCapture(['-C', dir, 'push']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--endpoint/);
  });
});

describe('HttpAuth', () => {
  // RFC 7616 section 3.9.1: the same request answered with MD5 and with SHA-256
  const challenge = (algorithm: string): string =>
    `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
  const cnonce = (): string => 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';

  test.each([
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
  ])('digest %s matches the RFC 7616 example', (algorithm, response) => {
    const auth = new HttpAuth('Mufasa', 'Circle of Life', cnonce);
    expect(auth.accept(challenge(algorithm))).toBe(true);
    const header = auth.header('GET', '/dir/index.html')!;
    expect(header).toContain(`response="${response}"`);
    expect(header).toContain('qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"');
    expect(auth.header('GET', '/dir/index.html')).toContain('nc=00000002');
  });

  test('Basic, and Digest preferred when both are offered', () => {
    const basic = new HttpAuth('u', 'p');
    expect(basic.accept('Basic realm="x"')).toBe(true);
    expect(basic.header('PUT', '/')).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    const both = new HttpAuth('u', 'p');
    expect(both.accept('Basic realm="x", Digest realm="y", nonce="n", qop="auth"')).toBe(true);
    expect(both.scheme).toBe('digest');
    expect(new HttpAuth('u', 'p').accept('Bearer realm="z"')).toBe(false);
    expect(new HttpAuth(undefined, undefined).header('GET', '/')).toBeUndefined();
  });
});
