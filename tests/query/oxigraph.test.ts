// The Oxigraph store for large graphs (src/query/oxigraph.ts, pushdown.ts, graph.ts): the same
// answers and citations as the n3 Store on the committed graph, its read API against n3's, and
// the TSV reader against Oxigraph's own terms.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import oxigraph from 'oxigraph';
import type * as RDF from '@rdfjs/types';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { ONTOLOGY_FILE } from '../../src/graph/index.js';
import {
  OXIGRAPH_FROM_BYTES, OxigraphGraph, citeRows, getEngine, isOxigraphGraph, loadQueryGraph, parseQuery, runParsedQuery, runQuery, storeKind,
} from '../../src/query/index.js';
import { parseTsvResults, parseTsvRows } from '../../src/query/oxigraph.js';
import { oxigraphQuerySource } from '../../src/query/pushdown.js';
import { runCliCapture, projectRoot, corpusFixture } from '../helpers/cli.js';
import { recordQueries } from '../helpers/query-results.js';
import { tempDir } from '../helpers/temp.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
// Oxigraph stores integers by value: the derived integer types come back as xsd:integer (its
// issue 526); everything else keeps its datatype and lexical form.
const INTEGER_TYPES = new Set(['integer', 'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));

function canon(t: RDF.Term | undefined): string {
  if (!t) return 'UNBOUND';
  if (t.termType === 'Literal' && INTEGER_TYPES.has(t.datatype.value)) return `int:${BigInt(t.value)}`;
  // decimal sums: Comunica writes "18000000000.0", Oxigraph "18000000000"
  if (t.termType === 'Literal' && t.datatype.value === `${XSD}decimal`) return `dec:${Number(t.value)}`;
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^${t.datatype.value}`;
  return `${t.termType}:${t.value}`;
}

const namedQueries = readdirSync(join(corpusFixture, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => f.replace(/\.rq$/, '')).sort();

function ontology(): N3.Store {
  return new N3.Store(new N3.Parser().parse(readFileSync(join(projectRoot, ONTOLOGY_FILE), 'utf8')));
}

describe('the Oxigraph store gives the n3 Store\'s answers', () => {
  it.each(namedQueries)('%s, with and without citations', async (name) => {
    const text = readFileSync(join(corpusFixture, 'queries', `${name}.rq`), 'utf8');
    const n3 = await loadQueryGraph(corpusFixture, { store: 'n3' });
    const ox = await loadQueryGraph(corpusFixture, { store: 'oxigraph' });
    expect(isOxigraphGraph(n3)).toBe(false);
    expect(isOxigraphGraph(ox)).toBe(true);
    expect(ox.size).toBe(n3.size);
    const ast = parseQuery(text);
    const a = await runParsedQuery(n3, ast, text);
    const b = await runParsedQuery(ox, ast, text);
    if (a.type !== 'bindings' || b.type !== 'bindings') throw new Error('named queries are SELECTs');
    expect(b.variables).toEqual(a.variables);
    const rowsOf = (rows: typeof a.rows) => rows.map((r) => a.variables.map((v) => canon(r[v])).join(' | '));
    // the same rows in the same order (every named query orders its answer)
    expect(rowsOf(b.rows)).toEqual(rowsOf(a.rows));
    const onto = ontology();
    expect(await citeRows(ox, ast, b, { ontology: onto })).toEqual(await citeRows(n3, ast, a, { ontology: onto }));
  });
});

describe('query forms on the Oxigraph store', () => {
  const ttl = `@prefix ex: <http://example.org/> .
ex:a ex:p ex:b , "x"@en ; ex:n 3 .
ex:b ex:p ex:c .`;

  it('ASK, CONSTRUCT, DESCRIBE, BASE and OPTIONAL come back as from the n3 Store', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    const n3 = new N3.Store(new N3.Parser().parse(ttl));
    const queries = [
      'ASK { <http://example.org/a> <http://example.org/p> ?x }',
      'ASK { <http://example.org/c> <http://example.org/p> ?x }',
      'CONSTRUCT { ?o ?p ?s } WHERE { ?s ?p ?o FILTER(isIRI(?o)) }',
      'DESCRIBE <http://example.org/a>',
      'BASE <http://example.org/> SELECT ?x WHERE { <a> <p> ?x } ORDER BY ?x',
      'SELECT ?s ?n WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/n> ?n } } ORDER BY ?s',
    ];
    for (const q of queries) {
      const [x, y] = [await runQuery(n3, q), await runQuery(ox, q)];
      if (x.type === 'quads' && y.type === 'quads') {
        const key = (qs: RDF.Quad[]) => qs.map((t) => `${canon(t.subject)} ${canon(t.predicate)} ${canon(t.object)}`).sort();
        expect(key(y.quads), q).toEqual(key(x.quads));
      } else if (x.type === 'bindings' && y.type === 'bindings') {
        expect(y.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, t]) => [k, canon(t)]))), q)
          .toEqual(x.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, t]) => [k, canon(t)]))));
      } else {
        expect(y, q).toEqual(x);
      }
    }
  });

  it('runs on the full engine too, as an RDF/JS source (the path of queries with SERVICE)', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    const engine = await getEngine('remote');
    const rows = await (await engine.queryBindings('SELECT ?o WHERE { <http://example.org/a> <http://example.org/p> ?o } ORDER BY ?o', { sources: [ox as unknown as RDF.Source] })).toArray();
    // SPARQL orders IRIs before literals
    expect(rows.map((b) => b.get('o')!.value)).toEqual(['http://example.org/b', 'x']);
  });

  it('refuses updates', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    await expect(runQuery(ox, 'INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }')).rejects.toThrow(/read-only/);
  });

  it('a source handed part of a query answers a triple pattern and refuses anything else', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    const N3df = N3.DataFactory;
    const made: unknown[] = [];
    const source = oxigraphQuerySource(ox, {
      ArrayIterator: class { constructor(items: unknown[]) { made.push(...items); } setProperty() {} } as never,
      bindings: (entries) => Object.fromEntries(entries.map(([v, t]) => [v.value, t.value])),
      inScopeVariables: () => [],
      MetadataValidationState: class {} as never,
      variable: (n) => N3df.variable(n),
    }) as { queryBindings(op: object, ctx: { get(k: unknown): unknown }): unknown };
    const noText = { get: () => undefined };
    source.queryBindings({ type: 'pattern', subject: N3df.variable('s'), predicate: N3df.namedNode('http://example.org/p'), object: N3df.variable('s'), graph: N3df.defaultGraph() }, noText);
    expect(made).toEqual([]); // ?s p ?s: no triple links a node to itself
    source.queryBindings({ type: 'pattern', subject: N3df.variable('s'), predicate: N3df.namedNode('http://example.org/p'), object: N3df.namedNode('http://example.org/c'), graph: N3df.defaultGraph() }, noText);
    expect(made).toEqual([{ s: 'http://example.org/b' }]);
    expect(() => source.queryBindings({ type: 'join' }, noText)).toThrow(/handed part of a query/);
  });
});

describe('a SELECT or ASK that Oxigraph answers whole', () => {
  const ttl = `@prefix ex: <http://example.org/> .
ex:a ex:p ex:b , "x"@en , "y"@en ; ex:n 3 .
ex:b ex:p ex:c .`;
  const P = 'PREFIX ex: <http://example.org/>\n';

  it('is asked of Oxigraph once, directly, and answers with the n3 Store\'s variables (in order) and rows', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    const n3 = new N3.Store(new N3.Parser().parse(ttl));
    const texts = recordQueries(ox);
    const queries = [
      'SELECT * WHERE { ?s ?p ?o }',
      'SELECT * WHERE { ?s ex:p ?o BIND(STR(?o) AS ?t) OPTIONAL { ?s ex:n ?n } }',
      'SELECT * WHERE { { SELECT ?s (COUNT(*) AS ?k) WHERE { ?s ?p ?o } GROUP BY ?s } VALUES ?z { 1 } }',
      'SELECT * WHERE { }',
      'SELECT ?o ?s WHERE { ?s ex:p ?o } ORDER BY ?o',
      // a projected GROUP_CONCAT of tagged literals is a simple literal, as in SPARQL 1.1
      'SELECT (GROUP_CONCAT(?l; SEPARATOR = ",") AS ?g) WHERE { ex:a ex:p ?l FILTER(?l = "x"@en) }',
      'ASK { ex:a ex:p ?x }',
      'ASK { ex:c ex:p ?x }',
      // TRUE in capitals: Oxigraph's parser refuses it, traqula's writing of it is asked instead
      'ASK { FILTER(TRUE) }',
      'SELECT ?x WHERE { ex:a ex:n ?x FILTER(TRUE) }',
    ];
    const rows = (r: Awaited<ReturnType<typeof runQuery>>) => (r.type === 'bindings' ? r.rows.map((row) => JSON.stringify(Object.entries(row).map(([k, t]) => [k, canon(t)]).sort())).sort() : r);
    for (const q of queries) {
      texts.length = 0;
      const [x, y] = [await runQuery(n3, P + q), await runQuery(ox, P + q)];
      expect(y.type, q).toBe(x.type);
      if (x.type === 'bindings' && y.type === 'bindings') {
        expect(y.variables, q).toEqual(x.variables);
        const g = y.rows[0]?.g;
        if (g) expect(g.termType === 'Literal' && g.language, q).toBe('');
      }
      expect(rows(y), q).toEqual(rows(x));
      expect(texts.length, q).toBeGreaterThanOrEqual(1);
      expect(texts.length, q).toBeLessThanOrEqual(/TRUE/.test(q) ? 2 : 1);
    }
  });

  it('an evaluation error is a QUERY_FAILED error naming the query', async () => {
    const ox = await OxigraphGraph.fromTurtle(ttl);
    // a function Oxigraph does not know: the query goes to it whole, and it refuses it
    await expect(runQuery(ox, 'SELECT (<http://example.org/f>(?s) AS ?x) WHERE { ?s ?p ?o }', { name: 'q2' }))
      .rejects.toMatchObject({ code: 'QUERY_FAILED', location: { query: 'q2' } });
  });
});

describe('parseTsvRows', () => {
  it('reads unique and repeated columns alike, sharing repeated terms, past the memo\'s trial', () => {
    const lines = ['?u\t?r\t?n'];
    for (let i = 0; i < 600; i++) lines.push(`<http://e/u${i}>\t<http://e/same>\t${i % 7 === 0 ? '' : `"v${i}"@en`}`);
    const { names, rows } = parseTsvRows(`${lines.join('\n')}\n`);
    expect(names).toEqual(['u', 'r', 'n']);
    expect(rows).toHaveLength(600);
    rows.forEach((row, i) => {
      expect(row.u!.value).toBe(`http://e/u${i}`);
      expect(row.r).toBe(rows[0]!.r); // one object for the repeated IRI
      if (i % 7 === 0) expect('n' in row).toBe(false);
      else expect([row.n!.value, (row.n as RDF.Literal).language]).toEqual([`v${i}`, 'en']);
    });
    expect(parseTsvRows('\n\n').rows).toEqual([{}]); // SELECT * {}: one empty solution
  });
});

describe('citations on the Oxigraph store', () => {
  const P = 'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n';
  const cgc = (id: string) => `https://w3id.org/claimgraph/claim/${id}`;

  it('re-runs a query for its citations in Oxigraph itself, pinned to the rows only when they may leave solutions out', async () => {
    const graph = await OxigraphGraph.fromTurtle(readFileSync(join(projectRoot, 'tests/fixtures/query/mini.ttl'), 'utf8'));
    const texts = recordQueries(graph);
    const cite = async (body: string) => {
      const ast = parseQuery(P + body);
      const res = await runParsedQuery(graph, ast, P + body);
      if (res.type !== 'bindings') throw new Error('not a SELECT');
      texts.length = 0;
      return (await citeRows(graph, ast, res)).map((cs) => cs.citations.map((c) => c.claim).sort());
    };
    // every solution is in some group: the plain query, once
    expect(await cite('SELECT ?r (COUNT(?x) AS ?n) WHERE { ?x cg:partOf ?r } GROUP BY ?r'))
      .toEqual([[cgc('freedonia.partOf.westland'), cgc('sylvania.partOf.westland')]]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/SELECT \*/);
    expect(texts[0]).not.toMatch(/VALUES/);
    // LIMIT drops solutions: the re-run is pinned to the row shown
    expect(await cite('SELECT ?x WHERE { ?x cg:partOf ?r } ORDER BY ?x LIMIT 1')).toEqual([[cgc('freedonia.partOf.westland')]]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/VALUES/);
  });
});

describe('citations of bound claims and sentences, kept per graph', () => {
  it('are the same from one query to the next, the same objects, frozen', async () => {
    const graph = await OxigraphGraph.fromTurtle(readFileSync(join(projectRoot, 'tests/fixtures/query/mini.ttl'), 'utf8'));
    const P = 'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n';
    const cite = async (body: string) => {
      const ast = parseQuery(P + body);
      const res = await runParsedQuery(graph, ast, P + body);
      if (res.type !== 'bindings') throw new Error('not a SELECT');
      return citeRows(graph, ast, res);
    };
    const q = 'SELECT ?c ?s WHERE { ?c a cg:Claim ; prov:wasDerivedFrom ?s } ORDER BY ?c ?s';
    const first = await cite(q);
    const again = await cite(q);
    expect(first.length).toBeGreaterThan(1);
    expect(again).toEqual(first);
    const cited = first.flatMap((r) => r.citations);
    expect(cited.some((c) => c.claim) && cited.some((c) => !c.claim)).toBe(true); // claims and sentences
    for (const c of cited) expect(Object.isFrozen(c)).toBe(true);
    expect(again[0]!.citations[0]).toBe(first[0]!.citations[0]);
    // another query binding the same claims cites them the same way
    const other = await cite('SELECT ?c WHERE { ?c a cg:Claim } ORDER BY ?c');
    const byClaim = new Map(cited.filter((c) => c.claim).map((c) => [c.claim, c]));
    for (const row of other) for (const c of row.citations) if (byClaim.has(c.claim)) expect(c).toEqual(byClaim.get(c.claim));
  });
});

describe('OxigraphGraph look-ups', () => {
  it('match n3\'s, before and after a predicate is read whole into a column', async () => {
    const text = readFileSync(join(corpusFixture, 'graph/claimgraph.ttl'), 'utf8');
    const n3 = new N3.Store(new N3.Parser().parse(text));
    const ox = await OxigraphGraph.fromTurtle(text);
    const key = (ts: RDF.Term[]) => ts.map(canon).sort();
    const qkey = (qs: RDF.Quad[]) => qs.map((q) => `${canon(q.subject)} ${canon(q.predicate)} ${canon(q.object)} ${canon(q.graph)}`).sort();
    const subjects = n3.getSubjects(null, null, null).slice(0, 150);
    const predicates = [...new Set(n3.getQuads(null, null, null, null).map((q) => q.predicate.value))].map((p) => N3.DataFactory.namedNode(p));
    // twice: the second pass (past the look-up count) reads from the columns
    for (let pass = 0; pass < 2; pass++) {
      for (const p of predicates) {
        expect(ox.countQuads(null, p, null, null)).toBe(n3.countQuads(null, p, null, null));
        for (const s of subjects) {
          expect(key(ox.getObjects(s, p, null))).toEqual(key(n3.getObjects(s, p, null)));
          const objects = n3.getObjects(s, p, null);
          for (const o of objects) {
            expect(ox.countQuads(s, p, o, null), `${s.value} ${p.value} ${o.value}`).toBe(1);
            expect(key(ox.getSubjects(p, o, null))).toEqual(key(n3.getSubjects(p, o, null)));
          }
        }
        expect(qkey(ox.getQuads(null, p, null, null))).toEqual(qkey(n3.getQuads(null, p, null, null)));
      }
    }
  });

  it('a term that cannot stand in its position matches nothing, as in n3 (Oxigraph alone throws)', async () => {
    const text = '<http://e/a> <http://e/cur> "USD" . <http://e/b> <http://e/cur> <http://e/c> . <http://e/c> <http://e/p> <http://e/d> .';
    const ox = await OxigraphGraph.fromTurtle(text);
    const usd = N3.DataFactory.literal('USD');
    expect(ox.getQuads(usd, null, null, null)).toEqual([]);
    expect(ox.countQuads(null, usd, null, null)).toBe(0);
    expect(ox.getObjects(usd, null, null)).toEqual([]);
    expect(ox.getQuads(null, null, null, usd)).toEqual([]);
    // Comunica joining over the graph binds ?o to the literal and asks for its triples: the
    // fuzzer's query stopped the process with Oxigraph's error before
    const engine = await getEngine('remote');
    const q = 'SELECT ?s ?r WHERE { ?s <http://e/cur> ?o . ?o ?q ?r }';
    const rows = await (await engine.queryBindings(q, { sources: [ox as unknown as RDF.Source] })).toArray();
    expect(rows.map((b) => `${b.get('s')!.value} ${b.get('r')!.value}`)).toEqual(['http://e/b http://e/d']);
  });

  it('finds a literal written otherwise than Oxigraph stores it, from a column too', async () => {
    const ox = await OxigraphGraph.fromTurtle(`@prefix xsd: <${XSD}> . <http://e/a> <http://e/n> "07"^^xsd:nonNegativeInteger .`);
    const lit = N3.DataFactory.literal('07', N3.DataFactory.namedNode(`${XSD}nonNegativeInteger`));
    const p = N3.DataFactory.namedNode('http://e/n');
    const a = N3.DataFactory.namedNode('http://e/a');
    for (let i = 0; i < 100; i++) expect(ox.countQuads(a, p, lit, null)).toBe(1);
    expect(ox.countQuads(a, p, N3.DataFactory.literal('8', N3.DataFactory.namedNode(`${XSD}integer`)), null)).toBe(0);
    expect(ox.getObjects(a, p, null).map((t) => (t as RDF.Literal).datatype.value + ' ' + t.value)).toEqual([`${XSD}integer 7`]);
  });
});

describe('parseTsvResults', () => {
  it('reads every kind of term as Oxigraph\'s own term objects have it', () => {
    const ttl = String.raw`@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://e/a> <http://e/p> "4"^^xsd:positiveInteger, 1.50, -2.5e3, true, "x\ty\\\"z\nw\r'q", "hé"@fr, "y"@ar--rtl,
  "2015-10-01"^^xsd:date, _:b1, <http://e/ü>, "\u0001c", """two
lines""", "", "\U0001F600 😀", "tab	in"@en-GB .
<http://e/x> <http://e/q> <<( <http://e/a> <http://e/p> "in a triple term" )>> .`;
    const store = new oxigraph.Store();
    store.load(ttl, { format: 'text/turtle' });
    const q = 'SELECT ?s ?p ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/none> ?none } }';
    const native = (store.query(q) as Map<string, RDF.Term>[]).map((row) => [...row].map(([k, t]) => `${k}=${String(t)}`).sort().join(' '));
    const fromTsv = parseTsvResults(store.query(q, { results_format: 'text/tab-separated-values' }) as unknown as string).map((row) => [...row].map(([k, t]) => `${k}=${ntriples(t)}`).sort().join(' '));
    expect(fromTsv.sort()).toEqual(native.sort());
    expect(fromTsv.length).toBe(16);
  });
});

function ntriples(t: RDF.Term): string {
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return `_:${t.value}`;
    case 'Quad': return `${ntriples(t.subject)} ${ntriples(t.predicate)} ${ntriples(t.object)}`; // as Oxigraph's toString()
    case 'Literal': {
      const v = JSON.stringify(t.value).slice(1, -1);
      const dir = (t as RDF.Literal & { direction?: string }).direction;
      if (t.language) return `"${v}"@${t.language}${dir ? `--${dir}` : ''}`;
      return t.datatype.value === `${XSD}string` ? `"${v}"` : `"${v}"^^<${t.datatype.value}>`;
    }
    default: return t.value;
  }
}

describe('loadQueryGraph and the store choice', () => {
  it('auto: n3 below OXIGRAPH_FROM_BYTES of Turtle, Oxigraph from there on', async () => {
    expect(isOxigraphGraph(await loadQueryGraph(corpusFixture))).toBe(false);
    const dir = tempDir('claimgraph-oxi-');
    mkdirSync(join(dir, 'graph'));
    const line = '<http://example.org/s%d> <http://example.org/p> "a value long enough to fill the file quickly" .\n';
    const n = Math.ceil(OXIGRAPH_FROM_BYTES / line.length) + 1;
    writeFileSync(join(dir, 'graph/claimgraph.ttl'), Array.from({ length: n }, (_, i) => line.replace('%d', String(i))).join(''));
    const big = await loadQueryGraph(dir);
    expect(isOxigraphGraph(big)).toBe(true);
    expect(big.size).toBe(n);
    expect(isOxigraphGraph(await loadQueryGraph(dir, { store: 'n3' }))).toBe(false);
  });

  it('a Turtle error names the file and the line', async () => {
    const dir = tempDir('claimgraph-oxi-');
    mkdirSync(join(dir, 'graph'));
    writeFileSync(join(dir, 'graph/claimgraph.ttl'), '<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n');
    const err = await loadQueryGraph(dir, { store: 'oxigraph' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect((err as ClaimgraphError).message).toMatch(/graph\/claimgraph\.ttl.*line 2/);
  });

  it('storeKind: the option first, then CLAIMGRAPH_STORE, else auto; anything else is a usage error', () => {
    expect(storeKind(undefined, {})).toBe('auto');
    expect(storeKind(undefined, { CLAIMGRAPH_STORE: 'oxigraph' })).toBe('oxigraph');
    expect(storeKind('n3', { CLAIMGRAPH_STORE: 'oxigraph' })).toBe('n3');
    expect(() => storeKind(undefined, { CLAIMGRAPH_STORE: 'rdflib' })).toThrow(/CLAIMGRAPH_STORE=rdflib: expected one of auto, n3, oxigraph/);
  });

  it('claimgraph query --store: a wrong value is a usage error (exit 2)', async () => {
    const r = await runCliCapture(['query', 'members-of', '--store', 'sqlite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--store=sqlite: expected one of auto, n3, oxigraph/);
    const ok = await runCliCapture(['query', 'members-of', '--format', 'csv'], { env: { CLAIMGRAPH_STORE: 'oxigraph' } });
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toMatch(/^member/);
  });
});
