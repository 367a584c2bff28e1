// The query cache (src/query/cache.ts, algebra.ts, parse.ts): what comes back from disk must be
// what a fresh parse gives, and a bad entry must be a miss, never a wrong answer.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../src/query/algebra.js';
import { getEngine, listNamedQueries, parseSparql, runQuery } from '../../src/query/index.js';
import { forgetQueryMemo, queryCacheDir } from '../../src/query/cache.js';
import { corpusFixture } from '../helpers/cli.js';
import { useTempCacheDir } from '../helpers/cache-env.js';

const sparqljs = createRequire(import.meta.url)('sparqljs') as typeof import('sparqljs');
const generate = (ast: unknown) => new sparqljs.Generator().stringify(ast as never);

const named = listNamedQueries(corpusFixture).map((name) => [name, readFileSync(join(corpusFixture, 'queries', `${name}.rq`), 'utf8')] as const);
const adHoc: [string, string][] = [
  ['select star', 'SELECT * WHERE { ?s ?p ?o } LIMIT 3'],
  ['count star', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'],
  ['describe star', 'DESCRIBE * WHERE { ?s a <http://x.test/C> }'],
  ['paths, values with UNDEF, bind, language and typed literals', `PREFIX ex: <http://x.test/>
    SELECT ?s ?l WHERE {
      VALUES (?s ?k) { (ex:a UNDEF) (UNDEF "k"@en) (ex:b "2"^^<http://www.w3.org/2001/XMLSchema#integer>) }
      ?s (ex:p|^ex:q)/ex:r* ?o .
      BIND(CONCAT(STR(?o), "-") AS ?l)
      FILTER(LANG(?l) = "" || ?k != "x"@en-GB)
    } ORDER BY DESC(?l) OFFSET 1`],
  ['construct with blank nodes and a subquery', `PREFIX ex: <http://x.test/>
    CONSTRUCT { ?s ex:q [ ex:v ?n ] } WHERE { { SELECT ?s (SUM(?v) AS ?n) WHERE { ?s ex:v ?v } GROUP BY ?s HAVING (SUM(?v) > 1) } }`],
  ['base and relative IRIs', 'BASE <http://x.test/base/> SELECT ?s WHERE { ?s <p> <o> }'],
  ['negation forms', 'PREFIX ex: <http://x.test/> ASK { ?s ex:p ?o MINUS { ?s ex:q ?o } FILTER NOT EXISTS { ?o ex:r ?s } }'],
];

const cacheDir = useTempCacheDir('cg-qcache-');

// Terms compared by what they denote (termType, value, language, datatype), the rest as JSON.
// sparqljs builds its literals with rdf-data-factory 1 (no `direction` field), the cache revives
// them with version 2, which has `direction: ''` for "no direction" and treats both alike in
// equals(): an absent and an empty direction compare equal here too.
function canonical(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonical);
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  if (o.termType === 'Wildcard') return { wildcard: true };
  const out: Record<string, unknown> = {};
  if (typeof o.termType === 'string') out.termType = o.termType;
  if (typeof o.value === 'string' && typeof o.termType === 'string') out.value = o.value;
  for (const k of Object.keys(o).sort()) {
    if (typeof o[k] === 'function' || o[k] === undefined) continue;
    if (k === 'direction' && o[k] === '') continue;
    out[k] = canonical(o[k]);
  }
  return out;
}

describe('syntax trees (sparqljs) from the cache', () => {
  it.each([...named, ...adHoc])('%s: the revived tree equals a fresh parse and generates the same SPARQL', (_name, text) => {
    // a miss parses (and stores what it returns), a hit revives; sparqljs numbers the blank
    // nodes of every parse anew, so the hit is compared with the parse it stored
    const fresh = parseSparql(text);
    expect(readdirSync(join(cacheDir(), 'queries')).filter((f) => f.startsWith('ast-'))).toHaveLength(1);
    const revived = parseSparql(text);
    expect(revived).not.toBe(fresh);
    expect(canonical(revived)).toEqual(canonical(fresh));
    expect(generate(revived)).toBe(generate(fresh));
  });

  it('predeclared prefixes are part of the key', () => {
    const text = 'SELECT * WHERE { ?s ex:p ?o }';
    expect(() => parseSparql(text)).toThrow(/ex/);
    const ast = parseSparql(text, { prefixes: { ex: 'http://x.test/' } });
    expect(generate(ast)).toContain('PREFIX ex: <http://x.test/>');
    expect(() => parseSparql(text)).toThrow(/ex/); // the cached tree of the other key is not used
  });

  it('a syntax error is thrown every time, not cached', () => {
    for (let i = 0; i < 2; i++) expect(() => parseSparql('SELECT * WHERE { ?s ?p }')).toThrow(/syntax error/);
    expect(readdirSync(cacheDir())).toHaveLength(0);
  });
});

describe('algebra (Comunica) from the cache', () => {
  const store = new N3.Store(new N3.Parser().parse(readFileSync(join(corpusFixture, 'graph/claimgraph.ttl'), 'utf8')));
  const rowsOf = async (query: string | object) => {
    const engine = await getEngine('local');
    const result = await engine.query(query as never, { sources: [store] } as never);
    if (result.resultType !== 'bindings') return [String(result.resultType)];
    const bindings = await (await result.execute()).toArray();
    return bindings.map((b) => JSON.stringify([...b].map(([k, v]) => [k.value, v.termType, v.value, (v as N3.Literal).datatype?.value ?? null, (v as N3.Literal).language ?? null])));
  };

  it.each(named)('%s: cached, fresh and text-parsed queries give the same rows on the seed graph', async (_name, text) => {
    const fresh = await compileQuery(text);
    expect(fresh.cached).toBe(false);
    const again = await compileQuery(text);
    expect(again.cached).toBe(true);
    const viaText = await rowsOf(text);
    expect(await rowsOf(fresh.operation)).toEqual(viaText);
    expect(await rowsOf(again.operation)).toEqual(viaText);
    // in the same process the revived algebra is shared, frozen, and survives the engine's runs
    expect(again.operation).toBe(fresh.operation);
    expect(Object.isFrozen(again.operation)).toBe(true);
    expect(await rowsOf(again.operation)).toEqual(viaText);
    forgetQueryMemo(); // a new process revives it from the file
    const revived = await compileQuery(text);
    expect(revived.cached).toBe(true);
    expect(revived.operation).not.toBe(fresh.operation);
    expect(await rowsOf(revived.operation)).toEqual(viaText);
  });

  it('a query that sets BASE hands its base IRI on', async () => {
    const text = 'BASE <http://x.test/base/> SELECT (IRI("rel") AS ?i) WHERE {}';
    const fresh = await compileQuery(text);
    expect(fresh.baseIRI).toBe('http://x.test/base/');
    expect((await compileQuery(text)).baseIRI).toBe('http://x.test/base/');
    const res = await runQuery(new N3.Store(), text);
    expect(res.type === 'bindings' && res.rows[0]!.i!.value).toBe('http://x.test/base/rel');
  });

  it('a corrupt, foreign or unreadable entry is a miss and is rewritten', async () => {
    const text = 'SELECT ?s WHERE { ?s a ?c } LIMIT 1';
    await compileQuery(text);
    const [file] = readdirSync(join(cacheDir(), 'queries'));
    const path = join(cacheDir(), 'queries', file!);
    writeFileSync(path, '{ not json');
    forgetQueryMemo(); // what a new process sees
    expect((await compileQuery(text)).cached).toBe(false);
    expect((await compileQuery(text)).cached).toBe(true);
    // an entry for another text under the same file name (a hash collision) is not used
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { text: string };
    writeFileSync(path, JSON.stringify({ ...entry, text: `${entry.text} ` }));
    forgetQueryMemo();
    expect((await compileQuery(text)).cached).toBe(false);
    // an entry whose algebra does not revive
    writeFileSync(path, JSON.stringify({ ...entry, value: { operation: { termType: 'Nonsense' } } }));
    forgetQueryMemo();
    expect((await compileQuery(text)).cached).toBe(false);
    expect(await rowsOf((await compileQuery(text)).operation)).toEqual(await rowsOf(text));
  });

  it('CLAIMGRAPH_NO_CACHE=1 writes nothing; CLAIMGRAPH_CACHE_DIR moves the cache', async () => {
    expect(queryCacheDir()).toBe(join(cacheDir(), 'queries'));
    process.env.CLAIMGRAPH_NO_CACHE = '1';
    expect(queryCacheDir()).toBeUndefined();
    expect((await compileQuery('ASK { ?s ?p ?o }')).cached).toBe(false);
    expect((await compileQuery('ASK { ?s ?p ?o }')).cached).toBe(false);
    expect(readdirSync(cacheDir())).toHaveLength(0);
  });
});
