// `query --endpoint`: the same named queries and --cite through Comunica against a remote
// SPARQL 1.1 endpoint (an Oxigraph-backed test server holding the graph in a named graph)
// must answer exactly as the embedded engine does.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNamedQueries } from '../../src/query/index.js';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { startTestEndpoint, type TestEndpoint } from '../helpers/query-endpoint.js';

const GRAPH = 'urn:claimgraph:test-graph';
let ep: TestEndpoint;

beforeAll(async () => {
  ep = await startTestEndpoint(join(corpusFixture, 'graph/claimgraph.ttl'), GRAPH);
});
afterAll(async () => {
  await ep.close();
});

describe('query --endpoint --graph', () => {
  it.each(listNamedQueries(corpusFixture))('%s --cite: remote equals local', async (name) => {
    const local = await runCliCapture(['query', name, '--cite', '--format', 'json']);
    const remote = await runCliCapture(['query', name, '--cite', '--format', 'json', '--endpoint', ep.url, '--graph', GRAPH]);
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    const l = JSON.parse(local.stdout);
    const r = JSON.parse(remote.stdout);
    // Numbers may come back in another lexical form or datatype from another engine.
    const num = (doc: { results: { bindings: Record<string, { value: string; datatype?: string }>[] } }) =>
      doc.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, /^\d+(\.\d+)?$/.test(v.value) ? Number(v.value) : v.value])));
    expect(num(r)).toEqual(num(l));
    expect(r.citations).toEqual(l.citations);
  });

  it('the graph IRI goes into the query as FROM; without it the default graph is empty', async () => {
    const before = ep.received.length;
    await runCliCapture(['query', 'members-of', '--endpoint', ep.url, '--graph', GRAPH]);
    expect(ep.received.slice(before).some((q) => q.includes(`FROM <${GRAPH}>`))).toBe(true);
    const noGraph = await runCliCapture(['query', 'members-of', '--format', 'json', '--endpoint', ep.url]);
    expect(JSON.parse(noGraph.stdout).results.bindings).toEqual([]);
  });

  it('an ad-hoc query with --cite remotely', async () => {
    const args = ['query', '--cite', '--format', 'json', '-e', 'SELECT ?x WHERE { ?x cg:consentedToJoin cgr:aiib } ORDER BY ?x'];
    const local = JSON.parse((await runCliCapture(args)).stdout);
    const remote = JSON.parse((await runCliCapture([...args, '--endpoint', ep.url, '--graph', GRAPH])).stdout);
    expect(remote.citations).toHaveLength(4);
    expect(remote).toEqual(local);
  });
});

describe('SERVICE in a query over the local graph', () => {
  it('runs on the full engine and reaches the remote endpoint; the local part stays local', async () => {
    const before = ep.received.length;
    // the local graph names the members; the remote one (same data, in a named graph) their labels
    const q = `SELECT ?member ?label WHERE {
      ?member cg:memberOf cgr:sco .
      SERVICE <${ep.url}> { GRAPH <${GRAPH}> { ?member rdfs:label ?label } }
    } ORDER BY ?member`;
    const res = await runCliCapture(['query', '-e', q, '--format', 'json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout).results.bindings as Record<string, { value: string }>[];
    const local = JSON.parse((await runCliCapture(['query', '-e', 'SELECT ?member ?label WHERE { ?member cg:memberOf cgr:sco ; rdfs:label ?label } ORDER BY ?member', '--format', 'json'])).stdout).results.bindings;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(local);
    expect(ep.received.length).toBeGreaterThan(before);
  });
});
