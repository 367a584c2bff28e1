// A fresh process's answer from the index, hedged with the Turtle loaded in a worker thread
// (src/query/hedge.ts), and the canonical order that makes both answers the same bytes
// (src/query/once.ts). Which side answers first is forced here, never timed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import N3 from 'n3';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { IndexGraph, openIndex } from '../../src/index-store/index.js';
import {
  answerHedged,
  answerRequest,
  canonicalNumber,
  canonicalOrder,
  formatResult,
  fromWire,
  listNamedQueries,
  loadQueryGraph,
  ontologyQuads,
  parseQuery,
  resolveNamedQuery,
  toWire,
  type OnceAnswer,
  type OnceRequest,
} from '../../src/query/index.js';
import { projectRoot } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-hedge-'));
  generateCorpus({ dir, articles: 4, seed: 'hedge', projectRoot });
  await buildCorpus(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function index(): IndexGraph {
  const r = openIndex(dir);
  if (!('graph' in r)) throw new Error(r.reason);
  r.graph.addQuads(ontologyQuads(dir) ?? []);
  return r.graph;
}

const ontology = () => ontologyQuads(dir);
const bytes = (a: OnceAnswer, ast = parseQuery('ASK {}')) => formatResult(a.result, 'json', { citations: a.citations, prefixes: {} }) + String(ast.type);

/** The index's side held back until the hedge gives it up: the loaded graph must answer. */
async function heldUntilAbandoned(graph: IndexGraph): Promise<OnceAnswer> {
  while (graph.countQuads(null, null, null, null) > 0) await new Promise((r) => setTimeout(r, 5));
  // what an abandoned index would answer (nothing): never to be used
  return { result: { type: 'bindings', variables: [], rows: [] } };
}

describe('answerHedged', () => {
  it('uses the loaded graph\'s answer when the index is slower, byte for byte the index\'s own (every named query, with and without --cite)', async () => {
    const names = listNamedQueries(dir);
    expect(names.length).toBeGreaterThan(5);
    let rows = 0;
    for (const name of names) {
      for (const cite of [false, true]) {
        const text = resolveNamedQuery(dir, name).sparql;
        const req: OnceRequest = { text, name, asWritten: true, cite };
        const own = await answerRequest(index(), req, ontology, true);
        // a query with no rows on this small corpus compares nothing (and a worker costs seconds)
        if (own.result.type === 'bindings' && own.result.rows.length === 0) continue;
        const graph = index();
        const notices: string[] = [];
        const hedged = await answerHedged(dir, graph, req, { afterMs: 0, ontology, notice: (m) => notices.push(m), onIndex: heldUntilAbandoned });
        expect(hedged.winner, `${name} ${cite}`).toBe('loaded');
        expect(notices.join('\n')).toMatch(/loading graph\/claimgraph\.ttl beside it/);
        // the index's evaluation was given up: its look-ups match nothing
        expect(graph.countQuads(null, null, null, null)).toBe(0);
        expect(formatResult(hedged.answer.result, 'json', { citations: hedged.answer.citations }), `${name} ${cite}`)
          .toBe(formatResult(own.result, 'json', { citations: own.citations }));
        if (own.result.type === 'bindings') rows += own.result.rows.length;
      }
    }
    // the comparison is about answers, not empty ones
    expect(rows).toBeGreaterThan(100);
  }, 300_000);

  it('answers from the index when it is first, and stops the worker', async () => {
    const text = 'SELECT ?c WHERE { ?c a <https://w3id.org/claimgraph/ontology#Claim> } ORDER BY ?c LIMIT 3';
    const req: OnceRequest = { text, name: '-e', asWritten: true, cite: false };
    // started at once, the worker is still importing when the index has answered
    const hedged = await answerHedged(dir, index(), req, { afterMs: 0, ontology });
    expect(hedged.winner).toBe('index');
    expect(hedged.answer.result.type === 'bindings' && hedged.answer.result.rows.length).toBe(3);
  }, 60_000);

  it('gives the index\'s positioned error when both sides fail', async () => {
    const text = 'SELECT ?x WHERE { ?x ?p ?o } ORDER BY <urn:no-such-function>(?x)';
    const req: OnceRequest = { text, name: 'bad', asWritten: true, cite: false };
    const direct = await answerRequest(index(), req, ontology, true).then(() => 'answered', (e: Error) => e.message);
    const hedged = await answerHedged(dir, index(), req, { afterMs: 0, ontology }).then(() => 'answered', (e: Error) => e.message);
    expect(hedged).toBe(direct);
  }, 60_000);
});

describe('canonicalOrder', () => {
  const lit = (v: string | number) => N3.DataFactory.literal(String(v), typeof v === 'number' ? N3.DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer') : undefined);
  const iri = (v: string) => N3.DataFactory.namedNode(`urn:${v}`);
  const cites = (n: number) => ({ status: 'uncited' as const, citations: [], detail: `row ${n}` });

  it('sorts rows without ORDER BY, and the citations with them', () => {
    const ast = parseQuery('SELECT ?s ?n WHERE { ?s <urn:p> ?n }');
    const rows = [{ s: iri('b'), n: lit(1) }, { s: iri('a'), n: lit(2) }, { s: iri('a'), n: lit(1) }];
    const out = canonicalOrder(ast, { result: { type: 'bindings', variables: ['s', 'n'], rows }, citations: [cites(0), cites(1), cites(2)] });
    const r = out.result.type === 'bindings' ? out.result.rows.map((x) => `${x.s!.value} ${x.n!.value}`) : [];
    expect(r).toEqual(['urn:a 1', 'urn:a 2', 'urn:b 1']);
    expect(out.citations!.map((c) => c.detail)).toEqual(['row 2', 'row 1', 'row 0']);
  });

  it('keeps the ORDER BY and sorts only rows tied on it', () => {
    const ast = parseQuery('SELECT ?s ?n WHERE { ?s <urn:p> ?n } ORDER BY DESC(?n)');
    const rows = [{ s: iri('c'), n: lit(2) }, { s: iri('a'), n: lit(2) }, { s: iri('b'), n: lit(1) }, { s: iri('a'), n: lit(1) }];
    const out = canonicalOrder(ast, { result: { type: 'bindings', variables: ['s', 'n'], rows } });
    const r = out.result.type === 'bindings' ? out.result.rows.map((x) => `${x.s!.value} ${x.n!.value}`) : [];
    expect(r).toEqual(['urn:a 2', 'urn:c 2', 'urn:a 1', 'urn:b 1']);
  });

  it('keeps the engine\'s order of ties when ORDER BY has an expression', () => {
    const ast = parseQuery('SELECT ?s ?n WHERE { ?s <urn:p> ?n } ORDER BY (?n + 1)');
    const rows = [{ s: iri('c'), n: lit(1) }, { s: iri('a'), n: lit(1) }];
    const out = canonicalOrder(ast, { result: { type: 'bindings', variables: ['s', 'n'], rows } });
    expect(out.result.type === 'bindings' && out.result.rows.map((x) => x.s!.value)).toEqual(['urn:c', 'urn:a']);
  });

  it('sorts the parts of a projected GROUP_CONCAT, whatever order the engine joined them in', () => {
    const ast = parseQuery('SELECT ?s (GROUP_CONCAT(?o; separator=", ") AS ?all) WHERE { ?s <urn:p> ?o } GROUP BY ?s');
    const a = canonicalOrder(ast, { result: { type: 'bindings', variables: ['s', 'all'], rows: [{ s: iri('a'), all: lit('y, x, z') }] } });
    const b = canonicalOrder(ast, { result: { type: 'bindings', variables: ['s', 'all'], rows: [{ s: iri('a'), all: lit('z, y, x') }] } });
    expect(a.result.type === 'bindings' && a.result.rows[0]!.all!.value).toBe('x, y, z');
    expect(bytes(a)).toBe(bytes(b));
  });

  it('carries answers across threads as equal terms', async () => {
    const graph = await loadQueryGraph(dir, { store: 'n3' });
    const req: OnceRequest = { text: resolveNamedQuery(dir, 'negative-claims').sparql, name: 'negative-claims', asWritten: true, cite: true };
    const answer = await answerRequest(graph, req, ontology, true);
    const back = fromWire(structuredClone(toWire(answer)));
    expect(bytes(back)).toBe(bytes(answer));
  }, 60_000);

  it('writes numbers as Oxigraph holds them (the premise of byte-identical answers from both engines)', () => {
    const X = 'http://www.w3.org/2001/XMLSchema#';
    const lits: [string, string][] = [
      ['052', 'integer'], ['+5', 'integer'], ['-0', 'integer'], ['5', 'nonNegativeInteger'], ['5', 'positiveInteger'], ['-5', 'negativeInteger'],
      ['0', 'nonPositiveInteger'], ['5', 'int'], ['5', 'long'], ['5', 'short'], ['5', 'byte'], ['5', 'unsignedInt'], ['5', 'unsignedLong'],
      ['5', 'unsignedShort'], ['5', 'unsignedByte'], ['1.50', 'decimal'], ['1.0', 'decimal'], ['-0.0', 'decimal'], ['.5', 'decimal'],
      ['+3.', 'decimal'], ['010', 'decimal'], ['26740900000.0', 'decimal'], ['1e3', 'double'], ['1.5E0', 'double'], ['100', 'double'],
      ['0.001', 'double'], ['-0', 'double'], ['1e3', 'float'], ['1.5', 'float'], ['abc', 'integer'], ['99999999999999999999999', 'integer'],
      ['1.123456789012345678901234567890', 'decimal'], ['7', 'string'],
    ];
    const store = new oxigraph.Store();
    store.load(lits.map(([v, t], i) => `<urn:s${i}> <urn:p> "${v}"^^<${X}${t}> .`).join('\n'), { format: 'text/turtle' });
    for (let i = 0; i < lits.length; i++) {
      const held = store.match(oxigraph.namedNode(`urn:s${i}`), null, null, null)[0]!.object as oxigraph.Literal;
      const ours = canonicalNumber(N3.DataFactory.literal(lits[i]![0], N3.DataFactory.namedNode(X + lits[i]![1])));
      expect(`${ours.value}^^${ours.datatype.value}`, lits[i]!.join('^^')).toBe(`${held.value}^^${held.datatype.value}`);
      // and a held number is kept as it is
      expect(canonicalNumber(ours)).toBe(ours);
    }
  });
});
