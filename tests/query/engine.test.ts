// Which Comunica build answers a query: the light RDF/JS one for the in-memory graph, the full
// one (with HTTP) for endpoints and SERVICE clauses.
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { engineKindFor, getEngine, parseQuery, runQuery } from '../../src/query/index.js';
import { PUSHDOWN_OPTIMIZERS, pruneOptimizers, type Engine } from '../../src/query/engine.js';

const store = new Store();

describe('engineKindFor', () => {
  it('takes the light engine for a store', () => {
    expect(engineKindFor(store, parseQuery('SELECT * WHERE { ?s ?p ?o }'))).toBe('local');
  });

  it('takes the full engine for an endpoint', () => {
    expect(engineKindFor({ endpoint: 'http://127.0.0.1:1/sparql' }, parseQuery('ASK { ?s ?p ?o }'))).toBe('remote');
  });

  it.each([
    'SELECT * WHERE { SERVICE <http://x.test/sparql> { ?s ?p ?o } }',
    'SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x.test/sparql> { ?s ?q ?r } } }',
    'SELECT * WHERE { { ?s ?p ?o } UNION { SELECT ?s WHERE { SERVICE <http://x.test/sparql> { ?s ?p ?o } } } }',
    'ASK { FILTER EXISTS { SERVICE <http://x.test/sparql> { ?s ?p ?o } } }',
  ])('takes the full engine for a SERVICE anywhere: %s', (q) => {
    expect(engineKindFor(store, parseQuery(q))).toBe('remote');
  });

  it('a literal or IRI that spells "service" is not a SERVICE clause', () => {
    expect(engineKindFor(store, parseQuery('SELECT * WHERE { ?s <http://x.test/service> "service" }'))).toBe('local');
  });
});

describe('getEngine', () => {
  it('builds each engine once per process', async () => {
    expect(await getEngine('local')).toBe(await getEngine('local'));
    expect(await getEngine('remote')).toBe(await getEngine('remote'));
    expect(await getEngine('local')).not.toBe(await getEngine('remote'));
  });

  it('both engines give the same answers over a store', async () => {
    const s = new Store();
    const { DataFactory: { namedNode, literal, quad } } = await import('n3');
    for (let i = 0; i < 20; i++) s.addQuad(quad(namedNode(`http://x.test/s${i}`), namedNode('http://x.test/v'), literal(String(i % 7))));
    const q = 'SELECT ?v (COUNT(?s) AS ?n) WHERE { ?s <http://x.test/v> ?v } GROUP BY ?v ORDER BY ?v';
    const local = await runQuery(s, q);
    const remote = await (await getEngine('remote')).queryBindings(q, { sources: [s] });
    const rows = (await remote.toArray()).map((b) => ({ v: b.get('v')!.value, n: b.get('n')!.value }));
    expect(local.type).toBe('bindings');
    if (local.type === 'bindings') expect(local.rows.map((r) => ({ v: r.v!.value, n: r.n!.value }))).toEqual(rows);
  });

  it('the pushdown engine keeps only the optimisers a whole-query source needs', async () => {
    const { QueryEngine } = await import('@comunica/query-sparql-rdfjs-lite');
    const names = (e: Engine) => pruneOptimizers(e, ['*never*']).length === 0 ? optimizerNames(e) : [];
    const full = optimizerNames(new QueryEngine() as unknown as Engine);
    expect(full.length).toBeGreaterThan(PUSHDOWN_OPTIMIZERS.length);
    for (const k of PUSHDOWN_OPTIMIZERS) expect(full).toContain(k);
    expect(optimizerNames(await getEngine('pushdown')).sort()).toEqual([...PUSHDOWN_OPTIMIZERS].sort());
    // The engine other stores use is untouched.
    expect(optimizerNames(await getEngine('local')).sort()).toEqual([...full].sort());
    // An optimiser it must keep is missing: nothing is removed.
    const e = new QueryEngine() as unknown as Engine;
    expect(names(e).sort()).toEqual([...full].sort());
  });
});

/** Short names of the query-operation optimisers subscribed in an engine instance. */
function optimizerNames(engine: Engine): string[] {
  const init = (engine as unknown as { actorInitQuery: { mediatorQueryProcess: { bus: { actors: { mediatorOptimizeQueryOperation?: { bus: { actors: { name: string }[] } } }[] } } } }).actorInitQuery;
  return init.mediatorQueryProcess.bus.actors.flatMap((a) => a.mediatorOptimizeQueryOperation?.bus.actors.map((x) => x.name.replace(/^.*#/, '')) ?? []);
}
