import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_GRAPH_IRI, countRemoteTriples, pushGraph } from '../../src/serve/index.js';
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
    expect(r.stderr).toMatch(/^error\[REMOTE_AUTH\]: PUT <.*> at .*: HTTP 401 Unauthorized — the store refused the credentials of user "claimgraph"/);
    expect(await countRemoteTriples(v.sparql, GRAPH)).toBe(local);
  });

  test('no credentials: the store asks for them and the error says how to give them', async () => {
    const r = await runCliCapture(['push', '--endpoint', v.gsp, '--graph', GRAPH]);
    expect(r.code).toBe(51);
    expect(r.stderr).toMatch(/requires authentication \(Digest realm=.*pass --user and --password-env/);
  });
});
