/**
 * The one-file bundle (scripts/bundle.mjs) must behave exactly like the compiled modules it is
 * made of: same bytes out, same exit codes, for the commands that pull in the heavy libraries
 * (Comunica, the SHACL validator, jsonld).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, corpusFixture } from '../helpers/cli.js';
import { startTestEndpoint, type TestEndpoint } from '../helpers/query-endpoint.js';
import { tempDir } from '../helpers/temp.js';

const bin = join(projectRoot, 'bin/claimgraph.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: corpusFixture, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

describe('dist/cli/main.bundle.mjs', () => {
  it('is built by the build step and newer than the compiled code, so bin/claimgraph.js uses it', () => {
    const bundle = statSync(join(projectRoot, 'dist/cli/main.bundle.mjs'));
    const compiled = statSync(join(projectRoot, 'dist/cli/main.js'));
    expect(bundle.mtimeMs).toBeGreaterThanOrEqual(compiled.mtimeMs);
  });

  it.each([
    [['query', 'members-of', '--cite', '--format', 'json']],
    [['query', 'money-per-country', '--format', 'csv']],
    [['query', '-e', 'SELECT ?s WHERE { ?s ?p ?o } LIMIT', '--format', 'json']],
    [['check', 'Turkmenistan is a member of the SCO.', '--format', 'json']],
    [['check', 'Japan may provide grants to Tajikistan', '--format', 'claimreview']],
    [['validate', '--format', 'json', '--no-stale']],
    [['export', '--format', 'jsonld']],
  ])('%j: bundled and unbundled runs agree byte for byte', (args) => {
    const bundled = run(args);
    const plain = run(args, { CLAIMGRAPH_NO_BUNDLE: '1' });
    expect(bundled.stderr).toBe(plain.stderr);
    expect(bundled.status).toBe(plain.status);
    expect(bundled.stdout).toBe(plain.stdout);
    // and nothing on stderr that the modules would not print (deprecation warnings, say)
    if (plain.status === 0) expect(bundled.stderr).toBe('');
  });
});

describe('dist/cli/main.bundle*.mjs', () => {
  it('is plain ASCII, which Node decodes on its fast path (a non-ASCII regex literal in src/ would break it: write \\u escapes)', () => {
    const dir = join(projectRoot, 'dist/cli');
    const files = readdirSync(dir).filter((f) => f.startsWith('main.bundle') && f.endsWith('.mjs'));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      expect(bytes.findIndex((b) => b > 0x7f), f).toBe(-1);
    }
  });
});

describe('dist/cli/main.bundle.mjs and the query cache', () => {
  it('prints the same bytes with an empty cache, a filled one and the cache off', () => {
    const dir = tempDir('cg-bundle-cache-');
    try {
      const args = ['query', 'members-of', '--cite', '--format', 'json'];
      const cold = run(args, { CLAIMGRAPH_CACHE_DIR: dir });
      expect(readdirSync(join(dir, 'queries')).length).toBeGreaterThan(0);
      const warm = run(args, { CLAIMGRAPH_CACHE_DIR: dir });
      const off = run(args, { CLAIMGRAPH_NO_CACHE: '1' });
      expect(cold.status).toBe(0);
      expect(cold.stderr).toBe('');
      expect(warm.stdout).toBe(cold.stdout);
      expect(off.stdout).toBe(cold.stdout);
      expect(JSON.parse(cold.stdout).results.bindings.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The bundle leaves modules out that a compiled Comunica engine never runs (scripts/bundle.mjs):
// the full engine, HTTP included, must still work from it. Asynchronous runs: the endpoint lives
// in this process.
describe('dist/cli/main.bundle.mjs with a remote endpoint', () => {
  const GRAPH = 'urn:claimgraph:bundle-test';
  let ep: TestEndpoint;
  beforeAll(async () => {
    ep = await startTestEndpoint(join(corpusFixture, 'graph/claimgraph.ttl'), GRAPH);
  });
  afterAll(async () => {
    await ep.close();
  });
  const runAsync = async (args: string[], env: Record<string, string> = {}) => {
    try {
      const r = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: corpusFixture, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
      return { code: 0, ...r };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  };

  it.each([
    [['query', 'members-of', '--cite', '--format', 'json']],
    [['query', '-e', 'SELECT ?m WHERE { SERVICE <ENDPOINT> { GRAPH <GRAPH> { ?m cg:memberOf cgr:sco } } } ORDER BY ?m', '--format', 'csv']],
  ])('%j: bundled and unbundled runs agree byte for byte', async (args) => {
    const withEp = args.map((a) => a.replace('<ENDPOINT>', `<${ep.url}>`).replace('<GRAPH>', `<${GRAPH}>`));
    const remote = withEp.includes('-e') ? withEp : [...withEp, '--endpoint', ep.url, '--graph', GRAPH];
    const before = ep.received.length;
    const bundled = await runAsync(remote);
    const plain = await runAsync(remote, { CLAIMGRAPH_NO_BUNDLE: '1' });
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(plain.stdout);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(2);
    expect(ep.received.length).toBeGreaterThan(before);
  });
});
