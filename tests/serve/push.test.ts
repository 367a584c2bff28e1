import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Parser } from 'n3';
import { ClaimgraphError } from '../../src/errors.js';
import { runCli } from '../../src/cli/index.js';
import { HttpAuth, pushGraph, queryEndpointFor } from '../../src/serve/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { runCliCapture } from '../helpers/cli.js';
import { serveFixtureProject } from '../helpers/serve-fixture.js';

/**
 * A minimal Graph Store Protocol server with Basic auth (user "u", password "p"): PUT replaces a
 * graph, POST appends, /sparql answers the count query. Knobs simulate broken stores.
 */
interface FakeStore {
  url: string;
  graphs: Map<string, Set<string>>;
  log: string[];
  knobs: { countOffset: number; failPost: boolean };
  close(): Promise<void>;
}

async function fakeStore(): Promise<FakeStore> {
  const graphs = new Map<string, Set<string>>();
  const log: string[] = [];
  const knobs = { countOffset: 0, failPost: false };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      log.push(`${req.method} ${url.pathname}`);
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
        res.writeHead(req.method === 'PUT' ? 201 : 204);
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
  return { url: `http://127.0.0.1:${port}/`, graphs, log, knobs, close: () => new Promise((r) => server.close(() => r())) };
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

const opts = () => ({ dir, endpoint: `${fake.url}store`, queryEndpoint: `${fake.url}sparql`, graph: G, user: 'u', password: 'p' });

describe('pushGraph against a Graph Store Protocol server', () => {
  test('chunks: PUT first, POST the rest, every triple arrives, Basic auth negotiated', async () => {
    fake.log.length = 0;
    const report = await pushGraph({ ...opts(), chunkSize: 10 });
    expect(report).toMatchObject({ graph: G, triples: local.length, remoteTriples: local.length, chunks: Math.ceil(local.length / 10), auth: 'basic' });
    // the count query is tried without credentials first (query endpoints are often public),
    // then answered with them once the endpoint challenges
    expect(fake.log).toEqual(['HEAD /store', 'PUT /store', 'POST /store', 'POST /store', 'POST /store', 'POST /sparql', 'POST /sparql']);
    expect([...fake.graphs.get(G)!].sort()).toEqual(local);
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
      expect((err as Error).message).toMatch(/POST <urn:test:g> .* \(triples 11–20 of \d+\): HTTP 500 Internal Server Error — 500 disk & soul are full$/);
    } finally {
      fake.knobs.failPost = false;
    }
  });

  test('a count that differs after the load: REMOTE_MISMATCH', async () => {
    fake.knobs.countOffset = 1;
    try {
      const err = await pushGraph(opts()).catch((e: unknown) => e);
      expect((err as ClaimgraphError).code).toBe('REMOTE_MISMATCH');
      expect((err as Error).message).toMatch(new RegExp(`holds ${local.length + 1} triples .* the local graph has ${local.length}`));
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

  test('the query endpoint is derived from the Graph Store URL', () => {
    expect(queryEndpointFor('http://127.0.0.1:8890/sparql-graph-crud-auth')).toBe('http://127.0.0.1:8890/sparql');
    expect(queryEndpointFor('http://127.0.0.1:8890/sparql-graph-crud?graph=urn:x')).toBe('http://127.0.0.1:8890/sparql');
    expect(queryEndpointFor('http://127.0.0.1:3030/ds/data')).toBe('http://127.0.0.1:3030/ds/sparql');
    expect(queryEndpointFor('http://127.0.0.1:7000/store')).toBe('http://127.0.0.1:7000/store');
  });
});

describe('claimgraph push (the CLI command)', () => {
  const args = () => ['-C', dir, 'push', '--endpoint', `${fake.url}store`, '--query-endpoint', `${fake.url}sparql`, '--graph', G, '--user', 'u', '--password-env', 'PW'];

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
