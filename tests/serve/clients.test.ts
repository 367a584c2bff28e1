import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type * as RDF from '@rdfjs/types';
import type { Store } from 'n3';
import { DEFAULT_GRAPH_IRI, startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { listNamedQueries, resolveNamedQuery, runQuery } from '../../src/query/index.js';
import { checkClaim, checkResultToJSON } from '../../src/check/index.js';
import { projectRoot, runCliCapture, corpusFixture } from '../helpers/cli.js';
import { logSink, serveFixtureProject } from '../helpers/serve-fixture.js';

const run = promisify(execFile);

/** A local result term in the SPARQL JSON shape, to compare with what the endpoint sent. */
function plain(t: RDF.Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  const lit = t as RDF.Literal;
  if (lit.language) return { type: 'literal', value: lit.value, 'xml:lang': lit.language };
  if (lit.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return { type: 'literal', value: lit.value, datatype: lit.datatype.value };
  return { type: 'literal', value: lit.value };
}

async function localJson(store: Store, sparql: string): Promise<unknown> {
  const r = await runQuery(store, sparql);
  if (r.type === 'boolean') return { head: {}, boolean: r.value };
  if (r.type !== 'bindings') throw new Error('graph result');
  return {
    head: { vars: r.variables },
    results: { bindings: r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))) },
  };
}

/** Rows in a stable order, so queries without ORDER BY compare too. */
function canonical(json: unknown): unknown {
  const j = json as { head: unknown; boolean?: boolean; results?: { bindings: unknown[] } };
  if (!j.results) return j;
  return { head: j.head, rows: j.results.bindings.map((b) => JSON.stringify(b, Object.keys(b as object).sort())).sort() };
}

describe('the real graph through real clients', () => {
  let server: ServerHandle;
  let store: Store;
  const names = listNamedQueries(corpusFixture);

  beforeAll(async () => {
    store = await loadGraphStore(corpusFixture);
    // `auto` holds the graph as `claimgraph query` does, so the answers are the same terms
    server = await startServer({ dir: corpusFixture, port: 0, log: logSink().log, storeKind: 'auto', spareWorkers: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the project has named queries to serve', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  test('every named query answers over HTTP exactly as the embedded engine does', async () => {
    for (const name of names) {
      const q = resolveNamedQuery(corpusFixture, name);
      const res = await fetch(`${server.url}queries/${name}`, { headers: { Accept: 'application/sparql-results+json' } });
      expect(res.status, name).toBe(200);
      const remote = await res.json();
      expect(canonical(remote), name).toEqual(canonical(await localJson(store, q.sparql)));
    }
  });

  test('claimgraph query --endpoint (Comunica as the client) gets the local answers from serve, with --cite', async () => {
    for (const name of names) {
      const here = await runCliCapture(['query', name, '--cite', '--format', 'json']);
      const there = await runCliCapture(['query', name, '--cite', '--format', 'json', '--endpoint', server.endpoint, '--graph', DEFAULT_GRAPH_IRI]);
      expect(here.code, `${name} locally: ${here.stderr}`).toBe(0);
      expect(there.code, `${name} through serve: ${there.stderr}`).toBe(0);
      expect(there.stdout, name).toBe(here.stdout);
    }
  });

  test('SPARQLWrapper (python3) runs a named query with GET and POST', async () => {
    const name = names.includes('members-of') ? 'members-of' : names[0]!;
    const q = resolveNamedQuery(corpusFixture, name);
    const local = canonical(await localJson(store, q.sparql));
    for (const method of ['GET', 'POST']) {
      const { stdout } = await run('/usr/bin/python3', [join(projectRoot, 'tests/fixtures/serve/sparqlwrapper-client.py'), server.endpoint, q.file, method]);
      expect(canonical(JSON.parse(stdout)), method).toEqual(local);
    }
  });

  test('curl: form POST with Accept: text/csv gives the same CSV as /queries/NAME?format=csv', async () => {
    const q = resolveNamedQuery(corpusFixture, names[0]!);
    const { stdout } = await run('curl', ['-sS', '--fail-with-body', '-H', 'Accept: text/csv', '--data-urlencode', `query@${q.file}`, server.endpoint]);
    const viaRoute = await (await fetch(`${server.url}queries/${names[0]}?format=csv`)).text();
    expect(stdout).toBe(viaRoute);
    expect(stdout.split('\r\n')[0]).toBe((await runQuery(store, q.sparql).then((r) => (r.type === 'bindings' ? r.variables : []))).join(','));
  });

  test('/check returns the fact checker\'s JSON, the same as checking in-process', async () => {
    const claim = 'Turkmenistan is a member of the SCO.';
    const res = await fetch(`${server.url}check?claim=${encodeURIComponent(claim)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const local = checkResultToJSON(await checkClaim(store, claim, { dir: corpusFixture }));
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(local)));
    const review = await (await fetch(`${server.url}check?format=claimreview&claim=${encodeURIComponent(claim)}`)).json();
    expect(review['@type']).toBe('ClaimReview');
  });

  test('/check refuses a missing claim (400) and says what it could not read (422)', async () => {
    const missing = await fetch(`${server.url}check`);
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-claimgraph-error')).toBe('CHECK_INPUT');
    const gibberish = await fetch(`${server.url}check?claim=${encodeURIComponent('zzz qqq xxx')}`);
    expect(gibberish.status).toBe(422);
    expect(gibberish.headers.get('x-claimgraph-error')).toBe('CHECK_UNINTERPRETABLE');
  });

  test('curl: a bad query gets a 400 with the position, an update a 403', async () => {
    const bad = await run('curl', ['-sS', '-w', '\n%{http_code}', '--data-urlencode', 'query=SELECT ?x WHERE { ?x ?y', server.endpoint]);
    const lines = bad.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('400');
    expect(lines[0]).toMatch(/^error\[QUERY_SYNTAX\]: .*line 1, column 24: .*end of query/);
    const upd = await run('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '--data-urlencode', 'update=CLEAR ALL', server.endpoint]);
    expect(upd.stdout).toBe('403');
  });
});

describe('claimgraph serve (the CLI command)', () => {
  test('listens on a free loopback port, answers, and stops on SIGTERM', async () => {
    const dir = serveFixtureProject();
    const child = spawn(process.execPath, [join(projectRoot, 'bin/claimgraph.js'), '-C', dir, 'serve', '--port', '0', '--timeout-ms', '5000', '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line; stderr: ${stderr}`)), 30_000);
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/sparql)/.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stdout).toMatch(/^claimgraph serve: 33 triples at/);
    const res = await fetch(`${endpoint}?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
    expect(await res.json()).toEqual({ head: {}, boolean: true });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const logLine = stderr.split('\n').find((l) => l.includes('"path":"/sparql"'));
    expect(JSON.parse(logLine!)).toMatchObject({ method: 'GET', path: '/sparql', status: 200 });
  });

  test.each([
    [['--port', 'abc'], /--port needs an integer/],
    // was: every query timed out at once (setTimeout fires at once past 2^31-1 ms)
    [['--timeout-ms', String(2 ** 31)], /--timeout-ms is at most 2147483647 \(2\^31-1 ms, about 24.8 days/],
    [['--store', 'sql'], /--store sql: expected oxigraph, n3, auto or index/],
  ])('a bad option is a usage error: %j', async (args, message) => {
    const r = await run(process.execPath, [join(projectRoot, 'bin/claimgraph.js'), 'serve', ...args]).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    expect((r as { stderr: string }).stderr).toMatch(message);
  });
});
