// The class and property hierarchy is queried with the data (src/query/graph.ts): hierarchy
// queries work on both stores, the named queries answer as without it, and --no-ontology turns
// it off.
import { describe, expect, it } from 'vitest';
import { listNamedQueries, loadQueryGraph, parseQuery, resolveNamedQuery, runParsedQuery, type QueryResult } from '../../src/query/index.js';
import { projectRoot, runCliCapture } from '../helpers/cli.js';
import { cgr, jsonRows, type SparqlJson } from '../helpers/query-results.js';

const ORGANISATIONS = 'SELECT ?x WHERE { ?x a/rdfs:subClassOf* cg:Organisation } ORDER BY ?x';

function rows(res: QueryResult): string[] {
  if (res.type !== 'bindings') throw new Error('not a SELECT');
  return res.rows.map((r) => res.variables.map((v) => `${v}=${r[v]?.value ?? ''}`).join(' '));
}

describe('the ontology is queried with the data', () => {
  it.each(['n3', 'oxigraph'] as const)('rdfs:subClassOf* finds every organisation on the %s store', async (store) => {
    const graph = await loadQueryGraph(projectRoot, { store });
    const text = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n${ORGANISATIONS}`;
    const found = rows(await runParsedQuery(graph, parseQuery(text), text));
    // the banks (cg:MultilateralBank < IntergovernmentalOrganisation < Organisation) are among them
    expect(found).toContain(`x=${cgr('aiib')}`);
    expect(found).toContain(`x=${cgr('sco')}`);
    const bare = await loadQueryGraph(projectRoot, { store, ontology: false });
    expect(rows(await runParsedQuery(bare, parseQuery(text), text))).toEqual([]);
  });

  it.each(listNamedQueries(projectRoot))('%s answers as on the data alone, on both stores', async (name) => {
    const { sparql } = resolveNamedQuery(projectRoot, name);
    const ast = parseQuery(sparql);
    for (const store of ['n3', 'oxigraph'] as const) {
      const withOntology = rows(await runParsedQuery(await loadQueryGraph(projectRoot, { store }), ast, sparql));
      const without = rows(await runParsedQuery(await loadQueryGraph(projectRoot, { store, ontology: false }), ast, sparql));
      expect(withOntology, store).toEqual(without);
    }
  });

  it('claimgraph query: on by default, off with --no-ontology', async () => {
    const on = await runCliCapture(['query', '-e', ORGANISATIONS, '--format', 'json']);
    expect(on.code).toBe(0);
    expect(jsonRows(JSON.parse(on.stdout) as SparqlJson).length).toBeGreaterThan(2);
    const off = await runCliCapture(['query', '--no-ontology', '-e', ORGANISATIONS, '--format', 'json']);
    expect(jsonRows(JSON.parse(off.stdout) as SparqlJson)).toEqual([]);
  });
});
