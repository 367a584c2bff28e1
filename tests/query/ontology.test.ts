// The class and property hierarchy is queried with the data (src/query/graph.ts): hierarchy
// queries work on both stores, the named queries answer as without it, and --no-ontology turns
// it off.
import { describe, expect, it } from 'vitest';
import { listNamedQueries, loadQueryGraph, ontologyQuads, parseQuery, resolveNamedQuery, runParsedQuery, type QueryResult } from '../../src/query/index.js';
import { corpusFixture, runCliCapture } from '../helpers/cli.js';
import { cgr, jsonRows, type SparqlJson } from '../helpers/query-results.js';

const ORGANISATIONS = 'SELECT ?x WHERE { ?x a/rdfs:subClassOf* cg:Organisation } ORDER BY ?x';

function rows(res: QueryResult): string[] {
  if (res.type !== 'bindings') throw new Error('not a SELECT');
  return res.rows.map((r) => res.variables.map((v) => `${v}=${r[v]?.value ?? ''}`).join(' '));
}

describe('the ontology is queried with the data', () => {
  it.each(['n3', 'oxigraph'] as const)('rdfs:subClassOf* finds every organisation on the %s store', async (store) => {
    const graph = await loadQueryGraph(corpusFixture, { store });
    const text = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n${ORGANISATIONS}`;
    const found = rows(await runParsedQuery(graph, parseQuery(text), text));
    // the banks (cg:MultilateralBank < IntergovernmentalOrganisation < Organisation) are among them
    expect(found).toContain(`x=${cgr('aiib')}`);
    expect(found).toContain(`x=${cgr('sco')}`);
    // without the hierarchy only the entities typed cg:Organisation itself are found
    const bare = await loadQueryGraph(corpusFixture, { store, ontology: false });
    const direct = rows(await runParsedQuery(bare, parseQuery(text), text));
    expect(direct).not.toContain(`x=${cgr('aiib')}`);
    expect(direct).not.toContain(`x=${cgr('sco')}`);
    expect(found).toEqual(expect.arrayContaining(direct));
  });

  it.each(listNamedQueries(corpusFixture))('%s answers as on the data alone, on both stores', async (name) => {
    const { sparql } = resolveNamedQuery(corpusFixture, name);
    const ast = parseQuery(sparql);
    for (const store of ['n3', 'oxigraph'] as const) {
      const withOntology = rows(await runParsedQuery(await loadQueryGraph(corpusFixture, { store }), ast, sparql));
      const without = rows(await runParsedQuery(await loadQueryGraph(corpusFixture, { store, ontology: false }), ast, sparql));
      expect(withOntology, store).toEqual(without);
    }
  });

  it('the ontology\'s blank nodes are named apart from the data\'s', async () => {
    const quads = ontologyQuads(corpusFixture)!;
    const blanks = quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode');
    expect(blanks.length).toBeGreaterThan(0); // the union datatype of cg:TemporalValue, its list
    expect(blanks.every((t) => t.value.startsWith('ontology.'))).toBe(true);
    expect(ontologyQuads(corpusFixture)).toBe(quads); // parsed once per process
  });

  it('claimgraph query: on by default, off with --no-ontology', async () => {
    const on = await runCliCapture(['query', '-e', ORGANISATIONS, '--format', 'json']);
    expect(on.code).toBe(0);
    const onRows = jsonRows(JSON.parse(on.stdout) as SparqlJson);
    expect(onRows).toContainEqual({ x: cgr('aiib') });
    const off = await runCliCapture(['query', '--no-ontology', '-e', ORGANISATIONS, '--format', 'json']);
    expect(off.code).toBe(0);
    const offRows = jsonRows(JSON.parse(off.stdout) as SparqlJson);
    expect(offRows).not.toContainEqual({ x: cgr('aiib') });
    expect(offRows.length).toBeLessThan(onRows.length);
  });
});
