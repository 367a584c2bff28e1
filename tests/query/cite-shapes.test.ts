// --cite for every pattern shape docs/DESIGN.md lists ("What --cite cites"), on both stores:
// variable predicates (VALUES, FILTER IN), property paths, UNION, OPTIONAL, sub-selects, and the
// rows that cannot be cited, which say so and why in every output format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  citeQuads, formatResult, OxigraphGraph, parseQuery, runCitedQuery, runParsedQuery, type QuerySource, type RowCitations,
} from '../../src/query/index.js';
import { projectRoot } from '../helpers/cli.js';
import { cgc, cgr } from '../helpers/query-results.js';

const P = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgr: <https://w3id.org/claimgraph/resource/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

// Westland is part of Eastia, by a claim of its own; Eastia is part of Mundus by background fact only.
const MORE = `
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cgc: <https://w3id.org/claimgraph/claim/> .
@prefix ms: <https://w3id.org/claimgraph/article/mini/sentence/> .
cgr:westland cg:partOf cgr:eastia .
cgr:eastia cg:partOf cgr:mundus .
cgc:westland.partOf.eastia a cg:Claim ; rdf:subject cgr:westland ; rdf:predicate cg:partOf ; rdf:object cgr:eastia ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; prov:wasDerivedFrom ms:s002 .
`;
const MINI = readFileSync(join(projectRoot, 'tests/fixtures/query/mini.ttl'), 'utf8');

const sources: [string, () => Promise<QuerySource>][] = [
  ['n3', async () => new Store(new Parser().parse(MINI + MORE))],
  ['oxigraph', async () => OxigraphGraph.fromTurtle(MINI + MORE)],
];

async function cited(source: QuerySource, body: string) {
  const text = P + body;
  const { result, citations } = await runCitedQuery(source, parseQuery(text), text);
  if (result.type !== 'bindings' || !citations) throw new Error('not a SELECT');
  const rows = result.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.value])));
  return { result, rows, citations };
}

const claims = (row: RowCitations) => row.citations.map((c) => c.claim).sort();
const byRow = (rows: Record<string, string>[], citations: RowCitations[], key: string) =>
  Object.fromEntries(rows.map((r, i) => [r[key]!, claims(citations[i]!)]));

describe.each(sources)('--cite on the %s store', (_name, make) => {
  it('a variable predicate bound by VALUES', async () => {
    const source = await make();
    const { rows, citations } = await cited(source, 'SELECT ?org ?rel ?leader WHERE { VALUES ?rel { cg:memberOf cg:partOf } ?org ?rel ?leader } ORDER BY ?org ?rel ?leader');
    expect(rows.length).toBe(5);
    for (const [i, r] of rows.entries()) {
      const id = `${r.org!.split('/').pop()}.${r.rel!.split('#')[1]}.${r.leader!.split('/').pop()}`;
      // Eastia in Mundus is a background fact: no claim
      if (id === 'eastia.partOf.mundus') expect(citations[i]).toMatchObject({ status: 'uncited', reason: 'no-claim' });
      else expect(claims(citations[i]!), id).toEqual([cgc(id)]);
    }
  });

  it('a variable predicate filtered with IN, the predicate not shown: re-run, symmetric and inverse claims followed', async () => {
    const source = await make();
    const { rows, citations } = await cited(source, 'SELECT DISTINCT ?s ?o WHERE { ?s ?p ?o FILTER (?p IN (cg:rivalOf, cg:hasMember)) } ORDER BY ?s ?o');
    expect(rows).toEqual([{ s: cgr('acme'), o: cgr('freedonia') }, { s: cgr('freedonia'), o: cgr('sylvania') }, { s: cgr('sylvania'), o: cgr('freedonia') }]);
    expect(citations.map(claims)).toEqual([[cgc('freedonia.memberOf.acme')], [cgc('freedonia.rivalOf.sylvania')], [cgc('freedonia.rivalOf.sylvania')]]);
  });

  it('a property path: every claim on the walks from one end to the other', async () => {
    const source = await make();
    const { rows, citations } = await cited(source, 'SELECT ?x WHERE { ?x cg:partOf+ cgr:eastia } ORDER BY ?x');
    expect(byRow(rows, citations, 'x')).toEqual({
      [cgr('freedonia')]: [cgc('freedonia.partOf.westland'), cgc('westland.partOf.eastia')],
      [cgr('sylvania')]: [cgc('sylvania.partOf.westland'), cgc('westland.partOf.eastia')],
      [cgr('westland')]: [cgc('westland.partOf.eastia')],
    });
    // a sequence read backwards, and a step no claim backs (Eastia in Mundus is a background fact)
    const seq = await cited(source, 'SELECT ?x WHERE { cgr:acme ^cg:memberOf/cg:partOf ?x }');
    expect(byRow(seq.rows, seq.citations, 'x')).toEqual({ [cgr('westland')]: [cgc('freedonia.memberOf.acme'), cgc('freedonia.partOf.westland')] });
    const far = await cited(source, 'SELECT ?x WHERE { ?x cg:partOf* cgr:mundus FILTER (?x = cgr:freedonia) }');
    expect(claims(far.citations[0]!)).toEqual([cgc('freedonia.partOf.westland'), cgc('westland.partOf.eastia')]);
  });

  it('UNION and OPTIONAL: each row cites what its own solution matched', async () => {
    const source = await make();
    const { rows, citations } = await cited(source, 'SELECT ?x ?o WHERE { { ?x cg:partOf cgr:westland } UNION { ?x cg:rivalOf cgr:nobody } OPTIONAL { ?x cg:memberOf ?o } } ORDER BY ?x');
    expect(byRow(rows, citations, 'x')).toEqual({
      [cgr('freedonia')]: [cgc('freedonia.memberOf.acme'), cgc('freedonia.partOf.westland')],
      [cgr('sylvania')]: [cgc('sylvania.partOf.westland')],
    });
  });

  it('sub-selects: an aggregate one cites its group, a projecting one its hidden patterns', async () => {
    const source = await make();
    const agg = await cited(source, 'SELECT ?r ?n WHERE { { SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r } } ORDER BY ?r');
    expect(byRow(agg.rows, agg.citations, 'r')).toEqual({
      [cgr('eastia')]: [cgc('westland.partOf.eastia')],
      [cgr('mundus')]: [],
      [cgr('westland')]: [cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')],
    });
    expect(agg.citations[agg.rows.findIndex((r) => r.r === cgr('mundus'))]).toMatchObject({ status: 'uncited', reason: 'no-claim' });
    const hidden = await cited(source, 'SELECT ?x WHERE { { SELECT DISTINCT ?x WHERE { ?x cg:memberOf ?org } } ?x cg:partOf ?r }');
    expect(byRow(hidden.rows, hidden.citations, 'x')).toEqual({ [cgr('freedonia')]: [cgc('freedonia.memberOf.acme'), cgc('freedonia.partOf.westland')] });
  });

  it('a grouped row cites every solution of its group; an aggregate over nothing cites nothing, and says so', async () => {
    const source = await make();
    const { rows, citations } = await cited(source, 'SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r ORDER BY ?r');
    expect(byRow(rows, citations, 'r')[cgr('westland')]).toEqual([cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')]);
    const none = await cited(source, 'SELECT (COUNT(*) AS ?n) WHERE { ?x cg:memberOf cgr:nowhere }');
    expect(none.citations).toEqual([{ status: 'uncited', citations: [], reason: 'no-claim', detail: 'this row rests on no triple of the graph' }]);
  });

  it('rows that cannot be cited say why: no claim, or a pattern not traced; a partly traced row says what was left', async () => {
    const source = await make();
    const label = await cited(source, 'SELECT ?l WHERE { cgr:acme rdfs:label ?l }');
    expect(label.citations[0]).toEqual({ status: 'uncited', citations: [], reason: 'no-claim', detail: 'no claim backs the triples this row rests on' });
    const blank = await cited(source, 'SELECT ?x WHERE { ?x cg:memberOf [ a cg:IntergovernmentalOrganisation ] }');
    expect(blank.citations[0]).toMatchObject({ status: 'uncited', reason: 'untraceable', detail: expect.stringContaining('blank node') });
    const partly = await cited(source, 'SELECT ?x WHERE { ?x cg:partOf cgr:westland ; cg:memberOf [] }');
    expect(partly.citations[0]).toMatchObject({ status: 'cited', detail: expect.stringContaining('blank node') });
    expect(claims(partly.citations[0]!)).toEqual([cgc('freedonia.partOf.westland')]);
  });
});

describe('an uncited row says so, and why, in every output format', () => {
  it('json, csv, tsv, table; turtle and n-triples for a constructed triple', async () => {
    const source = new Store(new Parser().parse(MINI + MORE));
    const text = `${P}SELECT ?x ?l WHERE { ?x cg:partOf cgr:westland OPTIONAL { ?x rdfs:label ?l } } ORDER BY ?x`;
    const label = `${P}SELECT ?l WHERE { cgr:acme rdfs:label ?l }`;
    const { result, citations } = await runCitedQuery(source, parseQuery(label), label);
    const both = await runCitedQuery(source, parseQuery(text), text);
    const json = JSON.parse(formatResult(result, 'json', { citations }));
    expect(json.citations).toEqual([{ status: 'uncited', reason: 'no-claim', detail: 'no claim backs the triples this row rests on', citations: [] }]);
    expect(JSON.parse(formatResult(both.result, 'json', { citations: both.citations })).citations[0]).toMatchObject({ status: 'cited' });
    expect(formatResult(result, 'csv', { citations })).toBe('l,citations\r\nACME,uncited (no-claim): no claim backs the triples this row rests on\r\n');
    expect(formatResult(result, 'tsv', { citations })).toBe('?l\t?citations\n"ACME"\t"uncited (no-claim): no claim backs the triples this row rests on"\n');
    expect(formatResult(result, 'table', { citations })).toContain('    (no citation: no claim backs the triples this row rests on)');
    const construct = `${P}CONSTRUCT { ?x rdfs:label ?l . ?x cg:partOf cgr:westland } WHERE { ?x cg:partOf cgr:westland ; rdfs:label ?l }`;
    const graph = await runParsedQuery(source, parseQuery(construct), construct);
    if (graph.type !== 'quads') throw new Error('not a graph');
    const cs = await citeQuads(source, graph.quads);
    const turtle = formatResult(graph, 'turtle', { citations: cs });
    expect(turtle).toMatch(/^# cgr:freedonia rdfs:label Freedonia ← no citation: no claim backs the triples this row rests on$/m);
    expect(turtle).toMatch(/^# cgr:freedonia cg:partOf cgr:westland ← mini \([^)]*\) s001 \[0,40\) claim cgc:freedonia\.partOf\.westland$/m);
    // N-Triples carries the same comment lines, IRIs in full, after the triples
    const nt = formatResult(graph, 'ntriples', { citations: cs });
    const F = '<https://w3id.org/claimgraph/resource/freedonia>';
    expect(nt).toContain(`${F} <https://w3id.org/claimgraph/ontology#partOf> <https://w3id.org/claimgraph/resource/westland> .\n`);
    expect(nt).toMatch(new RegExp(`^# ${F} <http://www.w3.org/2000/01/rdf-schema#label> "Freedonia" ← no citation: no claim backs the triples this row rests on$`, 'm'));
    expect(nt).toContain(`# ${F} <https://w3id.org/claimgraph/ontology#partOf> <https://w3id.org/claimgraph/resource/westland> ← mini`);
    expect(nt).toContain('claim <https://w3id.org/claimgraph/claim/freedonia.partOf.westland>');
    expect(formatResult(graph, 'ntriples')).not.toContain('# citations');
  });
});
