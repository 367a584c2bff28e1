import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { test } from 'vitest';
import { parseQuery, runParsedQuery, citeRows, formatResult } from '../../src/query/index.js';
test('smoke', async () => {
  const store = new Store();
  store.addQuads(new Parser().parse(readFileSync('tests/fixtures/query/mini.ttl', 'utf8')));
  const P = 'PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX cgr: <https://w3id.org/claimgraph/resource/> ';
  for (const q of ['SELECT ?x WHERE { ?x cg:memberOf cgr:acme }', 'SELECT ?o (COUNT(?m) AS ?n) WHERE { ?o ^cg:memberOf ?m } GROUP BY ?o',
    'SELECT ?a ?b WHERE { ?a cg:providedAssistanceTo ?b }', 'SELECT ?m WHERE { cgr:acme cg:hasMember ?m }', 'SELECT DISTINCT ?a WHERE { ?a cg:rivalOf ?b }',
    'SELECT ?c WHERE { ?c cg:polarity cg:Negative }']) {
    const ast = parseQuery(P + q);
    const r = await runParsedQuery(store, ast, P + q);
    if (r.type !== 'bindings') throw new Error();
    const c = await citeRows(store, ast, r);
    console.log(formatResult(r, 'table', { citations: c }));
    console.log(formatResult(r, 'json', { citations: c }).slice(0, 600));
    console.log(formatResult(r, 'csv', { citations: c }));
    console.log(formatResult(r, 'tsv', { citations: c }));
  }
});
