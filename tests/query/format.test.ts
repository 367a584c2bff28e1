import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { getEngine, formatResult, parseQuery, runParsedQuery, termToSparql, writeCsv, writeTsv, type ResultFormat } from '../../src/query/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { miniStore, type SparqlJson } from '../helpers/query-results.js';

const P = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgr: <https://w3id.org/claimgraph/resource/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

// Literals with commas, quotes, newlines-free text, typed numbers, language-less strings and an
// unbound OPTIONAL variable: the cases where the W3C formats differ.
const QUERY = `${P}SELECT ?s ?begin ?text ?none WHERE {
  ?s nif:beginIndex ?begin ; nif:anchorOf ?text .
  OPTIONAL { ?s cg:noSuchProperty ?none }
} ORDER BY ?begin LIMIT 25`;

/** Comunica's own serializers are the reference implementation of the W3C formats here. */
async function comunicaSerialize(query: string, mediaType: string): Promise<string> {
  const store = await loadGraphStore(corpusFixture);
  const engine = await getEngine();
  const { data } = await engine.resultToString(await engine.query(query, { sources: [store] }), mediaType);
  let out = '';
  for await (const chunk of data as AsyncIterable<string>) out += chunk;
  return out;
}

async function ours(query: string, format: ResultFormat): Promise<string> {
  const store = await loadGraphStore(corpusFixture);
  const result = await runParsedQuery(store, parseQuery(query), query);
  return formatResult(result, format);
}

describe('W3C SPARQL 1.1 results formats', () => {
  it('csv is byte-identical to Comunica\'s serializer (CRLF, RFC 4180 quoting, lexical forms)', async () => {
    const mine = await ours(QUERY, 'csv');
    expect(mine).toBe(await comunicaSerialize(QUERY, 'text/csv'));
    expect(mine.startsWith('s,begin,text,none\r\n')).toBe(true);
    expect(mine).toMatch(/,"[^"]*,[^"]*",\r\n/); // a sentence with a comma is quoted; unbound is empty
  });

  it('tsv is byte-identical to Comunica\'s serializer (?vars header, terms in SPARQL syntax)', async () => {
    const mine = await ours(QUERY, 'tsv');
    expect(mine).toBe(await comunicaSerialize(QUERY, 'text/tab-separated-values'));
    expect(mine.split('\n')[0]).toBe('?s\t?begin\t?text\t?none');
    expect(mine.split('\n')[1]).toMatch(/^<https:[^>]+>\t"0"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#nonNegativeInteger>\t"[^"]+"\t$/);
  });

  it('json has the same content as Comunica\'s serializer', async () => {
    const mine = JSON.parse(await ours(QUERY, 'json')) as SparqlJson;
    const reference = JSON.parse(await comunicaSerialize(QUERY, 'application/sparql-results+json')) as SparqlJson & { metadata?: unknown };
    delete reference.metadata; // Comunica's own extension (HTTP request count)
    expect(mine).toEqual(reference);
    expect(mine.head.vars).toEqual(['s', 'begin', 'text', 'none']);
    expect(mine.results!.bindings[0]!.begin).toEqual({ type: 'literal', value: '0', datatype: 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' });
    expect(mine.results!.bindings[0]!.none).toBeUndefined();
  });

  it('xml has the structure of the SPARQL Query Results XML Format', async () => {
    const xml = await ours(QUERY, 'xml');
    expect(xml).toMatch(/^<\?xml version="1.0"\?>\n<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#">/);
    expect(xml).toContain('<variable name="none"/>');
    expect(xml).toContain('<binding name="begin"><literal datatype="http://www.w3.org/2001/XMLSchema#nonNegativeInteger">0</literal></binding>');
    expect((xml.match(/<result>/g) ?? []).length).toBe(25);
    expect(xml).not.toContain('name="none">');
  });

  it('ASK: json boolean document, xml boolean element, table yes/no', async () => {
    const q = `${P}ASK { cgr:russia cg:memberOf cgr:sco }`;
    expect(JSON.parse(await ours(q, 'json'))).toEqual({ head: {}, boolean: true });
    expect(await ours(q, 'xml')).toContain('<boolean>true</boolean>');
    expect(await ours(`${P}ASK { cgr:turkmenistan cg:memberOf cgr:sco }`, 'table')).toBe('no\n');
  });

  it('CONSTRUCT: Turtle by default, N-Triples on request, deterministic', async () => {
    const args = ['query', '-e', 'CONSTRUCT { ?m cg:memberOf cgr:sco } WHERE { ?m cg:memberOf cgr:sco }'];
    const ttl = await runCliCapture(args);
    expect(ttl.code).toBe(0);
    expect(ttl.stdout).toContain('@prefix cg: <https://w3id.org/claimgraph/ontology#>.');
    expect(ttl.stdout).toMatch(/cgr:russia cg:memberOf cgr:sco/);
    const nt = await runCliCapture([...args, '--format', 'ntriples']);
    const lines = nt.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines).toEqual([...lines].sort());
    expect(lines[0]).toBe('<https://w3id.org/claimgraph/resource/kazakhstan> <https://w3id.org/claimgraph/ontology#memberOf> <https://w3id.org/claimgraph/resource/sco> .');
    expect((await runCliCapture(args)).stdout).toBe(ttl.stdout);
  });

  it('a graph format for a SELECT (and the reverse) is a usage error', async () => {
    const r = await runCliCapture(['query', 'members-of', '--format', 'turtle']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error\[USAGE\]: format turtle is for CONSTRUCT/);
  });

  it('escapes in tsv and csv', () => {
    const lit = DataFactory.literal('a "quoted",\ttabbed\nline');
    const result = { type: 'bindings' as const, variables: ['x', 'y'], rows: [{ x: lit }, { y: DataFactory.literal('chat', 'fr') }] };
    expect(writeCsv(result)).toBe('x,y\r\n"a ""quoted"",\ttabbed\nline",\r\n,chat\r\n');
    expect(writeTsv(result)).toBe('?x\t?y\n"a \\"quoted\\",\\ttabbed\\nline"\t\n\t"chat"@fr\n');
    expect(termToSparql(DataFactory.blankNode('b1'))).toBe('_:b1');
  });
});

describe('table', () => {
  it('is the default on a terminal, json in a pipe', async () => {
    const tty = await runCliCapture(['query', 'members-of'], { tty: true });
    expect(tty.stdout.split('\n').slice(0, 3)).toEqual([
      'member          label',
      '--------------  ----------',
      'cgr:kazakhstan  Kazakhstan',
    ]);
    expect(tty.stdout).toContain('(5 rows)');
    const pipe = await runCliCapture(['query', 'members-of']);
    expect((JSON.parse(pipe.stdout) as SparqlJson).head.vars).toEqual(['member', 'label']);
  });

  it('aligns columns by code points and truncates long text', async () => {
    const store = miniStore();
    const q = `${P}SELECT ?s ?t WHERE { ?s nif:anchorOf ?t } ORDER BY ?s`;
    const out = formatResult(await runParsedQuery(store, parseQuery(q), q), 'table', { maxTextLength: 20 });
    const lines = out.split('\n');
    expect(lines[2]).toBe('cga:mini/sentence/s001  Freedonia and Sylva…');
    expect(lines.at(-2)).toBe('(3 rows)');
  });
});

describe('JSON written in pieces (an answer with citations can be longer than one string may be)', () => {
  // the premise: the pieces make exactly what JSON.stringify(doc, null, 2) makes of the document
  const relaid = (text: string): string => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  const iri = DataFactory.namedNode('http://example.org/a');

  it('has JSON.stringify\'s layout for empty, unbound and full rows, and for ASK', async () => {
    const { writeJson, formatChunks } = await import('../../src/query/format.js');
    const results = [
      { type: 'bindings' as const, variables: [], rows: [] },
      { type: 'bindings' as const, variables: ['a'], rows: [] },
      { type: 'bindings' as const, variables: ['a', 'b'], rows: [{}, { a: iri }, { a: iri, b: DataFactory.literal('x\ny "z"', 'en') }] },
    ];
    for (const r of results) {
      const text = writeJson(r);
      expect(text).toBe(relaid(text));
      expect([...formatChunks(r, 'json')].join('')).toBe(text);
    }
    expect(writeJson({ type: 'boolean', value: false })).toBe('{"head":{},"boolean":false}\n');
    expect([...formatChunks(results[2]!, 'json')].length).toBeGreaterThan(3);
  });

  it('with citations, as the CLI writes them', async () => {
    const run = await runCliCapture(['query', '-e', 'SELECT ?m WHERE { ?m cg:memberOf cgr:sco }', '--cite', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).citations.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(relaid(run.stdout));
  });
});
