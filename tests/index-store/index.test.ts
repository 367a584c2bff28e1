// The graph's persistent index (src/index-store): the same triples as the Turtle, every look-up
// as an n3 Store answers it, the same answers and citations for every named query and the same
// verdicts for checks, and a stale, damaged, missing or concurrently rebuilt index detected.
// The index holds graph/claimgraph.ttl; the ontology, queried with the data by default, is held in
// memory beside it. Most comparisons here are on the data alone (--no-ontology); one is on both.
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { GRAPH_FILE, ONTOLOGY_FILE, loadGraphStore } from '../../src/graph/index.js';
import { ensureIndex, indexStatus, INDEX_FILE, IndexGraph, IndexUnusable, openGraphForLookups, openIndex, turtleStamp, type TurtleStamp } from '../../src/index-store/index.js';
import { prepareFromSegments } from '../../src/index-store/build.js';
import { chunkHeaderKey } from '../../src/corpus/chunks.js';
import { loadQueryGraph, parseQuery, resolveNamedQuery, runCitedQuery, runParsedQuery } from '../../src/query/index.js';
import { checkClaim } from '../../src/check/index.js';
import { runCliCapture, projectRoot } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `claimgraph-index-${name}-`));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const id = (t: RDF.Term) => N3.termToId(t as N3.Term);
const tripleIds = (quads: RDF.Quad[]) => quads.map((q) => `${id(q.subject)} ${id(q.predicate)} ${id(q.object)}`).sort();

let dir: string;
let turtle: N3.Store;

beforeAll(async () => {
  dir = tempDir('corpus');
  generateCorpus({ dir, articles: 5, seed: 'index', projectRoot });
  await buildCorpus(dir);
  turtle = await loadGraphStore(dir);
}, 120_000);

function withIndex(): IndexGraph {
  const r = openIndex(dir);
  if (!('graph' in r)) throw new Error(r.reason);
  return r.graph;
}

describe('the index a build writes', () => {
  it('holds exactly the triples of the Turtle, and is the same file whether made from the segments or the Turtle', async () => {
    const summary = await buildCorpus(dir);
    expect(summary.index.from).toBe('current');
    const graph = withIndex();
    expect(graph.size).toBe(turtle.size);
    expect(tripleIds(graph.getQuads(null, null, null, null))).toEqual(tripleIds(turtle.getQuads(null, null, null, null)));
    const fromSegments = readFileSync(join(dir, INDEX_FILE));
    rmSync(join(dir, INDEX_FILE));
    const r = await ensureIndex(dir);
    expect(r.from).toBe('turtle');
    expect(readFileSync(join(dir, INDEX_FILE))).toEqual(fromSegments);
  });

  it('answers every pattern as the n3 Store does', () => {
    const graph = withIndex();
    const quads = turtle.getQuads(null, null, null, null);
    const absent = N3.DataFactory.namedNode('https://example.org/absent');
    for (let i = 0; i < quads.length; i += Math.ceil(quads.length / 150)) {
      const q = quads[i]!;
      for (let mask = 0; mask < 8; mask++) {
        const s = mask & 1 ? q.subject : null, p = mask & 2 ? q.predicate : null, o = mask & 4 ? q.object : null;
        expect(graph.countQuads(s, p, o, null)).toBe(turtle.countQuads(s, p, o, null));
        if (mask) expect(tripleIds(graph.getQuads(s, p, o, null))).toEqual(tripleIds(turtle.getQuads(s, p, o, null)));
      }
      expect(graph.getObjects(q.subject, q.predicate, null).map(id).sort()).toEqual(turtle.getObjects(q.subject, q.predicate, null).map(id).sort());
      expect(graph.getSubjects(q.predicate, q.object, null).map(id).sort()).toEqual(turtle.getSubjects(q.predicate, q.object, null).map(id).sort());
      // n3 ids as strings, as the checker passes IRIs
      if (q.subject.termType === 'NamedNode') expect(graph.countQuads(q.subject.value, null, null, null)).toBe(turtle.countQuads(q.subject.value, null, null, null));
      expect(graph.countQuads(absent, q.predicate, null, null)).toBe(0);
      expect(graph.countQuads(q.subject, q.predicate, q.object, N3.DataFactory.namedNode('https://example.org/g'))).toBe(0);
    }
  });
});

describe('the segments the index is laid out from', () => {
  const segmentsOf = (d: string) => {
    const cache = join(d, '.claimgraph-cache');
    // each chunk holds its segment after its header line (an article's after its compiled form)
    const key = (path: string) => chunkHeaderKey(path)!;
    const paths = [join(cache, 'entities.chunk'), ...readdirSync(join(cache, 'articles')).filter((n) => n.endsWith('.chunk')).sort().map((n) => join(cache, 'articles', n))];
    return paths.map((path) => ({ path, key: key(path) }));
  };

  it('give the same index whatever order they are read in (a build reads each as soon as it is written)', () => {
    const segments = segmentsOf(dir);
    expect(segments.length).toBeGreaterThan(2);
    const forward = prepareFromSegments(segments)!;
    const backward = prepareFromSegments([...segments].reverse())!;
    const shuffled = prepareFromSegments([segments[1]!, ...segments.slice(2), segments[0]!])!;
    expect(forward.triples).toBe(turtle.size);
    for (const other of [backward, shuffled]) {
      expect(other.terms).toBe(forward.terms);
      for (const [name, body] of Object.entries(forward.bodies)) expect(Buffer.from(other.bodies[name as keyof typeof forward.bodies]), name).toEqual(Buffer.from(body));
    }
  });

  it('are not used when one is stale, truncated or of another format', () => {
    const segments = segmentsOf(dir);
    const [first] = segments;
    expect(prepareFromSegments([{ ...first!, key: 'another chunk' }, ...segments.slice(1)])).toBeUndefined();
    const d = tempDir('segments');
    const copy = join(d, 'copy.chunk');
    const bytes = readFileSync(first!.path);
    const nl = bytes.indexOf(10);
    const length = (JSON.parse(bytes.toString('utf8', 0, nl)) as { segment: number }).segment;
    expect(length).toBeGreaterThan(0);
    // the chunk as it was is read back; cut inside its segment, it is not
    writeFileSync(copy, bytes);
    expect(prepareFromSegments([{ path: copy, key: first!.key }])).toBeDefined();
    writeFileSync(copy, bytes.subarray(0, nl + length));
    expect(prepareFromSegments([{ path: copy, key: first!.key }])).toBeUndefined();
    // a chunk of format 2 had no segment (it was a file of its own)
    writeFileSync(copy, Buffer.concat([Buffer.from(`${JSON.stringify({ key: first!.key })}\n`), bytes.subarray(nl + 1 + length)]));
    expect(prepareFromSegments([{ path: copy, key: first!.key }])).toBeUndefined();
    // format 1 held the terms as JSON
    const json = Buffer.from(JSON.stringify({ format: 1, key: first!.key, terms: ['http://example.org/a'] }));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(json.length);
    const old = Buffer.concat([head, json, Buffer.alloc((4 - ((4 + json.length) % 4)) % 4), Buffer.alloc(12)]);
    writeFileSync(copy, Buffer.concat([Buffer.from(`${JSON.stringify({ key: first!.key, segment: old.length })}\n`), old]));
    expect(prepareFromSegments([{ path: copy, key: first!.key }])).toBeUndefined();
    expect(prepareFromSegments([{ path: join(d, 'missing.chunk'), key: first!.key }])).toBeUndefined();
  });
});

describe('the built CLI', () => {
  it('lays the index out in a worker thread during the merge, the same file as from the Turtle, and answers from it', async () => {
    const d = tempDir('cli');
    generateCorpus({ dir: d, articles: 3, seed: 'index-cli', projectRoot });
    const bin = join(projectRoot, 'bin/claimgraph.js');
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args, '--dir', d], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CLAIMGRAPH_NO_CACHE: '1' } });
    const built = run(['build', '--json']);
    expect(built.status, built.stderr).toBe(0);
    expect(JSON.parse(built.stdout).index).toMatchObject({ written: true, from: 'segments' });
    const viaWorker = readFileSync(join(d, INDEX_FILE));
    rmSync(join(d, INDEX_FILE));
    await ensureIndex(d);
    expect(readFileSync(join(d, INDEX_FILE))).toEqual(viaWorker);
    const q = ['query', '--no-ontology', '-e', 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }', '--format', 'csv'];
    const viaIndex = run([...q, '--store', 'index']);
    expect(viaIndex.status, viaIndex.stderr).toBe(0);
    expect(viaIndex.stdout).toEqual(run([...q, '--store', 'n3']).stdout);
  }, 300_000);
});

describe('queries and checks over the index', () => {
  const names = readdirSync(join(projectRoot, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => f.replace(/\.rq$/, '')).sort();
  const ontology = () => new N3.Store(new N3.Parser().parse(readFileSync(join(dir, ONTOLOGY_FILE), 'utf8')));

  it('with the ontology beside it: the same dataset as the n3 Store holding data and ontology (counts, hierarchy, distinct look-ups)', async () => {
    const graph = await loadQueryGraph(dir, { store: 'index' }) as IndexGraph;
    const n3 = await loadQueryGraph(dir, { store: 'n3' }) as N3.Store;
    expect(graph.hasExtra).toBe(true);
    expect(graph.size).toBe(n3.size);
    const sub = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
    expect(graph.countQuads(null, sub, null, null)).toBe(n3.countQuads(null, sub, null, null));
    const key = (ts: RDF.Term[]) => ts.map((t) => N3.termToId(t as N3.Term)).sort();
    expect(key(graph.getPredicates(null, null, null))).toEqual(key(n3.getPredicates(null, null, null)));
    // every bound position of ontology triples and of data triples (the look-ups beside the file
    // are skipped when a bound term is not there: the counts must not change)
    const sample = [...n3.getQuads(null, null, null, null).filter((_q, i) => i % 97 === 0), ...ontology().getQuads(null, null, null, null)];
    for (const q of sample) {
      for (const [s, p, o] of [[q.subject, null, null], [null, q.predicate, null], [null, null, q.object], [q.subject, q.predicate, null], [null, q.predicate, q.object], [q.subject, null, q.object], [q.subject, q.predicate, q.object]] as const) {
        expect(graph.countQuads(s, p, o, null)).toBe(n3.countQuads(s, p, o, null));
      }
      expect(key(graph.getObjects(q.subject, q.predicate, null))).toEqual(key(n3.getObjects(q.subject, q.predicate, null)));
    }
    for (const text of [
      'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
      'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?c WHERE { ?x a ?k . ?k rdfs:subClassOf* ?c } ORDER BY ?x ?c',
    ]) {
      const ast = parseQuery(text, { name: 'inline' });
      expect(canonical(await runParsedQuery(graph, ast, text, { name: 'inline' }), new Map()), text)
        .toEqual(canonical(await runParsedQuery(n3, ast, text, { name: 'inline' }), new Map()));
    }
  }, 300_000);

  it('gives every named query the same rows and citations as the n3 Store', async () => {
    const graph = await loadQueryGraph(dir, { store: 'index', ontology: false });
    expect(graph).toBeInstanceOf(IndexGraph);
    const n3 = await loadQueryGraph(dir, { store: 'n3', ontology: false });
    let rows = 0;
    for (const name of names) {
      const text = resolveNamedQuery(dir, name).sparql;
      const ast = parseQuery(text, { name });
      const a = await runCitedQuery(graph, ast, text, { name, ontology });
      const b = await runCitedQuery(n3, ast, text, { name, ontology });
      // rows as a multiset (ORDER BY ties may come in either order), each with its citations
      const concat = groupConcats(ast);
      expect(canonical(a.result, concat, a.citations), name).toEqual(canonical(b.result, concat, b.citations));
      const plain = await runParsedQuery(graph, ast, text, { name });
      expect(canonical(plain, concat), name).toEqual(canonical(await runParsedQuery(n3, ast, text, { name }), concat));
      if (plain.type === 'bindings') rows += plain.rows.length;
    }
    expect(rows).toBeGreaterThan(100);
  }, 300_000);

  it('gives checks the same verdicts and evidence as the n3 Store', async () => {
    const graph = await openGraphForLookups(dir, undefined, { fromBytes: 0 });
    expect(graph).toBeInstanceOf(IndexGraph);
    // claims read from the generated articles' own claim nodes: members stated in the corpus
    const member = 'https://w3id.org/claimgraph/ontology#memberOf';
    const labelOf = (iri: string) => turtle.getObjects(iri, 'http://www.w3.org/2000/01/rdf-schema#label', null)[0]?.value;
    const claims = turtle.getQuads(null, member, null, null).slice(0, 4)
      .map((q) => `${labelOf(q.subject.value)} is a member of the ${labelOf(q.object.value)}.`);
    claims.push(claims[0]!.replace(' is a member', ' is not a member'), 'Atlantis is a member of the Moon League.');
    for (const claim of claims) {
      const viaIndex = await checkClaim(graph, claim, { dir }).catch((e: Error) => e.message);
      const viaN3 = await checkClaim(turtle, claim, { dir }).catch((e: Error) => e.message);
      expect(viaIndex, claim).toEqual(viaN3);
    }
  }, 60_000);
});

describe('an index that cannot be used', () => {
  async function freshProject(): Promise<string> {
    const d = tempDir('state');
    generateCorpus({ dir: d, articles: 2, seed: 'index-state', projectRoot });
    await buildCorpus(d);
    return d;
  }

  it('is missing: reported, and the Turtle is read', async () => {
    const d = await freshProject();
    rmSync(join(d, INDEX_FILE));
    expect(indexStatus(d).state).toBe('missing');
    const notices: string[] = [];
    const graph = await loadQueryGraph(d, { use: 'once', ontology: false, notice: (m) => notices.push(m), indexFromBytes: 0 });
    expect(graph).not.toBeInstanceOf(IndexGraph);
    // a small graph's missing index is not worth a word; forcing it is an error
    expect(notices).toEqual([]);
    await expect(loadQueryGraph(d, { store: 'index', ontology: false })).rejects.toThrow(/no index at graph\/\.index\/claimgraph\.cgi.*claimgraph build/);
    const r = await buildCorpus(d);
    expect([r.index.written, r.index.from]).toEqual([true, 'segments']);
  }, 60_000);

  it('cannot be written: the build still succeeds and says why, queries read the Turtle', async () => {
    const d = await freshProject();
    rmSync(join(d, 'graph', '.index'), { recursive: true });
    writeFileSync(join(d, 'graph', '.index'), 'a file where the folder should be');
    const cli = await runCliCapture(['build', '--clean', '--dir', d]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(/warning: the graph's index was not written \(graph\/\.index\/claimgraph\.cgi: .*\); queries read the Turtle until the next build/);
    const r = await buildCorpus(d);
    expect(r.index).toMatchObject({ written: false, from: 'failed' });
    expect(indexStatus(d).state).toBe('damaged');
    rmSync(join(d, 'graph', '.index'));
    expect((await buildCorpus(d)).index).toMatchObject({ written: true, from: 'segments' });
  }, 60_000);

  it('is stale when the Turtle changed, current when it was only touched', async () => {
    const d = await freshProject();
    const ttl = join(d, GRAPH_FILE);
    const later = new Date(Date.now() + 5000);
    utimesSync(ttl, later, later);
    expect(indexStatus(d).state).toBe('current');
    appendFileSync(ttl, '<https://example.org/x> <https://example.org/p> "added by hand" .\n');
    const status = indexStatus(d);
    expect(status.state).toBe('stale');
    const notices: string[] = [];
    const graph = await loadQueryGraph(d, { use: 'once', ontology: false, notice: (m) => notices.push(m), indexFromBytes: 0 });
    expect(graph).not.toBeInstanceOf(IndexGraph);
    expect(graph.size).toBe(turtleTriples(ttl));
    expect(notices.join('\n')).toMatch(/graph\/claimgraph\.ttl changed since the index was built; reading graph\/claimgraph\.ttl instead.*Run `claimgraph build` to rebuild the index/);
    // the CLI answers from the Turtle; forced onto the index, it says why it cannot
    const cli = await runCliCapture(['query', '--no-ontology', '-e', 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }', '--dir', d, '--format', 'csv']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(String(turtleTriples(ttl)));
    const forced = await runCliCapture(['query', '--no-ontology', '-e', 'ASK { ?s ?p ?o }', '--dir', d, '--store', 'index']);
    expect(forced.code).toBe(74);
    expect(forced.stderr).toMatch(/--store index: graph\/claimgraph\.ttl changed since the index was built; run `claimgraph build`/);
    // build restores the Turtle from the sources: the index stands for it again (same bytes),
    // and records the rewritten file's time, so a reader compares a stat instead of hashing it
    const r = await buildCorpus(d);
    expect([r.changed, r.index.from]).toEqual([true, 'current']);
    expect(indexStatus(d)).toEqual({ state: 'current', triples: r.triples });
    expect(recordedStamp(d)).toEqual(turtleStamp(ttl));
    // the same after a clean build without the Turtle (the bench's cold build), which writes
    // the same bytes again
    const kept = readFileSync(join(d, INDEX_FILE));
    rmSync(ttl);
    const clean = await buildCorpus(d, { clean: true });
    expect([clean.changed, clean.index.from]).toEqual([true, 'current']);
    expect(recordedStamp(d)).toEqual(turtleStamp(ttl));
    expect(indexStatus(d)).toEqual({ state: 'current', triples: r.triples });
    // nothing but the record of the Turtle differs
    const header = (b: Buffer) => 16 + b.readUInt32LE(8);
    const now = readFileSync(join(d, INDEX_FILE));
    expect(now.subarray(header(now))).toEqual(kept.subarray(header(kept)));
  }, 60_000);

  it('is damaged: a bad header at open, a bad page when it is read, and build rewrites it', async () => {
    const d = await freshProject();
    const file = join(d, INDEX_FILE);
    const pristine = readFileSync(file);
    // a page of spo: the header and small sections are fine, the first read of that page fails
    const header = (openIndex(d) as { graph: IndexGraph }).graph.file.header;
    corrupt(file, header.sections.spo.offset + 100);
    const r = openIndex(d);
    expect('graph' in r).toBe(true);
    const graph = (r as { graph: IndexGraph }).graph;
    expect(() => graph.getQuads(null, null, null, null)).toThrow(IndexUnusable);
    expect(indexStatus(d, { verify: true })).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/damaged \(CRC mismatch\)/) });
    const rebuilt = await buildCorpus(d);
    expect(rebuilt.index).toMatchObject({ written: true, previous: expect.stringMatching(/CRC mismatch/) });
    expect(readFileSync(file)).toEqual(pristine);
    // the header
    corrupt(file, 20);
    expect(openIndex(d)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/header is damaged/) });
    const notices: string[] = [];
    await loadQueryGraph(d, { use: 'once', ontology: false, notice: (m) => notices.push(m), indexFromBytes: 0 });
    expect(notices.join('\n')).toMatch(/unusable: the header is damaged.*Run `claimgraph build` to rebuild the index/);
    // truncated
    writeFileSync0(file, pristine.subarray(0, pristine.length / 2));
    expect(openIndex(d)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/truncated/) });
    // not an index at all
    writeFileSync0(file, Buffer.from('hello'));
    expect(openIndex(d)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/not a claimgraph index file/) });
  }, 60_000);

  it('is rebuilt while a reader has it open: the reader keeps its version, a new reader gets the new one', async () => {
    const d = await freshProject();
    const before = openIndex(d) as { graph: IndexGraph };
    const count = before.graph.size;
    // the graph changes and a build rewrites the index while `before` is open
    appendFileSync(join(d, GRAPH_FILE), '<https://example.org/x> <https://example.org/p> "new" .\n');
    const r = await ensureIndex(d);
    expect(r.written).toBe(true);
    const after = openIndex(d) as { graph: IndexGraph };
    expect(after.graph.size).toBe(count + 1);
    // every page of the old file is still read from the old file
    expect(before.graph.getQuads(null, null, null, null).length).toBe(count);
    expect(before.graph.countQuads(N3.DataFactory.namedNode('https://example.org/x'), null, null, null)).toBe(0);
    expect(after.graph.countQuads(N3.DataFactory.namedNode('https://example.org/x'), null, null, null)).toBe(1);
    // two rebuilds at once leave one whole file, no temporary ones
    await Promise.all([ensureIndexForced(d), ensureIndexForced(d)]);
    expect(openIndex(d)).toHaveProperty('graph');
    expect(readdirSync(join(d, 'graph', '.index')).sort()).toEqual(['.gitignore', 'claimgraph.cgi']);
    before.graph.close();
    after.graph.close();
  }, 60_000);
});

/**
 * A result's rows (each with its citations, as a set) as sorted strings; GROUP_CONCAT values as
 * sets of parts (their order is undefined in SPARQL 1.1, as the bench compares them).
 */
function canonical(result: Awaited<ReturnType<typeof runParsedQuery>>, concat: Map<string, string>, citations?: { status: string; reason?: string; citations: unknown[] }[]): string[] | unknown {
  if (result.type !== 'bindings') return result;
  const term = (v: string, t: RDF.Term | undefined) => (!t ? null : concat.has(v) ? t.value.split(concat.get(v)!).sort() : id(t));
  // each row's status, its reason, and its citations as a set
  const cited = (i: number) => [citations?.[i]?.status ?? null, citations?.[i]?.reason ?? null, ...(citations?.[i]?.citations ?? []).map((c) => JSON.stringify(c)).sort()];
  return result.rows.map((row, i) => JSON.stringify([result.variables.map((v) => term(v, row[v])), cited(i)])).sort();
}

/** Projected GROUP_CONCAT variables of a query, with their separators. */
function groupConcats(ast: ReturnType<typeof parseQuery>): Map<string, string> {
  const out = new Map<string, string>();
  // traqula's tree: a projected expression is a `bind` with its variable
  for (const v of ((ast as { variables?: unknown[] }).variables ?? []) as Array<{ subType?: string; variable?: { value: string }; expression?: { type?: string; subType?: string; aggregation?: string; separator?: string } }>) {
    const e = v.expression;
    if (v.subType === 'bind' && e?.type === 'expression' && e.subType === 'aggregate' && e.aggregation?.toLowerCase() === 'group_concat' && v.variable) out.set(v.variable.value, e.separator ?? ' ');
  }
  return out;
}

/** Rewrites the index even when current (as two builds racing would). */
async function ensureIndexForced(d: string): Promise<void> {
  rmSync(join(d, INDEX_FILE), { force: true });
  await ensureIndex(d, { sha256: turtleStamp(join(d, GRAPH_FILE)).sha256 });
}

/** The stamp of the Turtle an index records. */
function recordedStamp(d: string): TurtleStamp {
  const r = openIndex(d) as { graph: IndexGraph };
  const stamp = r.graph.file.header.turtle;
  r.graph.close();
  return stamp;
}

function turtleTriples(file: string): number {
  return new N3.Parser().parse(readFileSync(file, 'utf8')).length;
}

function corrupt(file: string, at: number): void {
  const fd = openSync(file, 'r+');
  const b = Buffer.alloc(1);
  const r = readFileSync(file)[at]!;
  b[0] = r ^ 0xff;
  writeSync(fd, b, 0, 1, at);
  closeSync(fd);
}

function writeFileSync0(file: string, data: Buffer): void {
  const fd = openSync(file, 'w');
  writeSync(fd, data);
  closeSync(fd);
}
