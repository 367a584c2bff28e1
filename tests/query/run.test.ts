// Running queries (src/query/run.ts, deviations.ts, pushdown.ts): the Oxigraph store answers as
// the n3 store where Oxigraph alone departs from SPARQL 1.1 (each case is a W3C test Oxigraph
// fails), CONSTRUCT never returns a triple RDF cannot hold, and the query text reaches the
// engines as written.
import { Parser, Store } from 'n3';
import oxigraph from 'oxigraph';
import type * as RDF from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { OxigraphGraph, oxigraphPlan, parseQuery, runParsedQuery, type QueryResult, type QuerySource } from '../../src/query/index.js';
import { recordQueries } from '../helpers/query-results.js';

const DATA = `@prefix : <http://ex/> .
:b1 :title "TITLE 1" .
:b2 :title "TITLE 2" ; :price 20 .
:b3 :title "TITLE 3" ; :price 30 .
:b1 :tag "un"@fr , "deux"@fr .
`;

async function both(): Promise<[QuerySource, OxigraphGraph]> {
  return [new Store(new Parser().parse(DATA)), await OxigraphGraph.fromTurtle(DATA)];
}

function rows(res: QueryResult): string[] {
  if (res.type === 'boolean') return [String(res.value)];
  if (res.type === 'quads') return res.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
  return res.rows.map((r) => res.variables.map((v) => `${v}=${r[v] ? `${r[v]!.value}${(r[v] as RDF.Literal).language ? `@${(r[v] as RDF.Literal).language}` : ''}` : ''}`).join(' ')).sort();
}

function oxigraphAlone(query: string): string[] {
  const store = new oxigraph.Store();
  store.load(DATA, { format: 'text/turtle' });
  const res = store.query(query) as Map<string, RDF.Term>[];
  return res.map((m) => [...m].map(([k, v]) => `${k}=${v.value}`).join(' ')).sort();
}

const P = 'PREFIX : <http://ex/>\n';

describe('the Oxigraph store answers as the n3 store where Oxigraph alone does not', () => {
  it('a FILTER in a nested group of an OPTIONAL does not see the outer variable (optional-filter-005-not-simplified)', async () => {
    const q = `${P}SELECT ?title ?price WHERE { ?b :title ?title OPTIONAL { { ?b :price ?price FILTER (?title = "TITLE 2") } } }`;
    const ast = parseQuery(q);
    expect(oxigraphPlan(ast)).toEqual({ route: 'comunica', why: 'a FILTER reads ?title, bound outside its group' });
    // Oxigraph alone binds ?price for TITLE 2; the spec binds it for nobody
    expect(oxigraphAlone(q)).toContain('title=TITLE 2 price=20');
    const [n3, ox] = await both();
    const expected = ['title=TITLE 1 price=', 'title=TITLE 2 price=', 'title=TITLE 3 price='];
    expect(rows(await runParsedQuery(n3, ast, q))).toEqual(expected);
    const texts = recordQueries(ox);
    expect(rows(await runParsedQuery(ox, ast, q))).toEqual(expected);
    expect(texts).toEqual([]); // evaluated by Comunica over the store, not pushed down
  });

  it('a filter directly in the OPTIONAL is its left join condition: pushed down as usual', async () => {
    const q = `${P}SELECT ?title ?price WHERE { ?b :title ?title OPTIONAL { ?b :price ?price FILTER (?title = "TITLE 2") } }`;
    expect(oxigraphPlan(parseQuery(q)).route).toBe('oxigraph');
  });

  it('a projected GROUP_CONCAT is a simple literal; one inside an expression goes to Comunica', async () => {
    const q = `${P}SELECT (GROUP_CONCAT(?t; SEPARATOR = ",") AS ?tags) WHERE { :b1 :tag ?t }`;
    const ast = parseQuery(q);
    expect(oxigraphPlan(ast)).toEqual({ route: 'oxigraph', plainColumns: ['tags'] });
    const [n3, ox] = await both();
    const fromOx = await runParsedQuery(ox, ast, q);
    if (fromOx.type !== 'bindings') throw new Error('SELECT');
    expect((fromOx.rows[0]!.tags as RDF.Literal).language).toBe('');
    expect((await runParsedQuery(n3, ast, q) as { rows: { tags: RDF.Literal }[] }).rows[0]!.tags.language).toBe('');
    const nested = `${P}SELECT (LANG(GROUP_CONCAT(?t)) AS ?l) WHERE { :b1 :tag ?t }`;
    expect(oxigraphPlan(parseQuery(nested)).route).toBe('comunica');
    expect(rows(await runParsedQuery(ox, parseQuery(nested), nested))).toEqual(rows(await runParsedQuery(n3, parseQuery(nested), nested)));
  });

  it('TRUE and FALSE in capitals, which Oxigraph\'s parser refuses, are sent as traqula writes them', async () => {
    const q = 'SELECT (TRUE AS ?t) (False AS ?f) {}';
    expect(() => oxigraphAlone(q)).toThrow();
    const [, ox] = await both();
    const texts = recordQueries(ox);
    expect(rows(await runParsedQuery(ox, parseQuery(q), q))).toEqual(['t=true f=false']);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(q);
  });

  it('MINUS inside GRAPH goes to Comunica (graph-minus)', () => {
    expect(oxigraphPlan(parseQuery(`${P}SELECT ?a WHERE { GRAPH ?g { ?a :p :o MINUS { ?b :p :o } } }`)).route).toBe('comunica');
  });

  it('a call to a function Comunica does not know is handed to Oxigraph whole', async () => {
    const [, ox] = await both();
    const q = `${P}SELECT * WHERE { ?b :title ?t FILTER (:myFunc(?t)) }`;
    const texts = recordQueries(ox);
    await expect(runParsedQuery(ox, parseQuery(q), q)).rejects.toThrow(/custom function <http:\/\/ex\/myFunc> is not supported/);
    expect(texts).toEqual([q]);
  });
});

describe('CONSTRUCT', () => {
  it('leaves out a template triple with a literal subject (SPARQL 16.2), on both stores', async () => {
    const q = `${P}CONSTRUCT { ?t :of ?b . ?b :named ?t } WHERE { ?b :title ?t }`;
    for (const source of await both()) {
      const res = await runParsedQuery(source, parseQuery(q), q);
      expect(rows(res)).toEqual(['http://ex/b1 http://ex/named TITLE 1', 'http://ex/b2 http://ex/named TITLE 2', 'http://ex/b3 http://ex/named TITLE 3']);
    }
  });
});

describe('the text that reaches the engine', () => {
  it('a query file\'s text as written, comments and layout included', async () => {
    const q = `${P}# a comment\nSELECT   ?b\nWHERE { ?b :price +20 }`;
    const [, ox] = await both();
    const texts = recordQueries(ox);
    expect(rows(await runParsedQuery(ox, parseQuery(q), undefined))).toEqual(['b=http://ex/b2']);
    expect(texts).toEqual([q]);
  });

  it('-e: the predeclared prefixes on one line before the query, which may redeclare them', async () => {
    const [, ox] = await both();
    const texts = recordQueries(ox);
    const q = 'PREFIX ex: <http://ex/> SELECT ?b WHERE { ?b ex:price 30 }';
    const ast = parseQuery(q, { prefixes: { ex: 'urn:other:', cg: 'https://w3id.org/claimgraph/ontology#' } });
    expect(rows(await runParsedQuery(ox, ast, undefined))).toEqual(['b=http://ex/b3']);
    expect(texts).toEqual([`PREFIX ex: <urn:other:> PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n${q}`]);
  });
});
