// The cached parse of small graph files (src/graph/load-cache.ts): a store filled from the cache
// must hold exactly the quads the parser gives, and anything wrong with an entry is a miss.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { GRAPH_FILE, loadGraphStore } from '../../src/graph/index.js';
import { GRAPH_CACHE_MAX_CHARS, graphCacheKey, loadCachedGraph, saveCachedGraph } from '../../src/graph/load-cache.js';
import { corpusFixture } from '../helpers/cli.js';
import { useTempCacheDir } from '../helpers/cache-env.js';
import { tempDir } from '../helpers/temp.js';

const cacheDir = useTempCacheDir('cg-gcache-');

const ids = (store: N3.Store): string[] => store.getQuads(null, null, null, null).map((q) => N3.termToId(q)).sort();
const parsed = (text: string): N3.Store => new N3.Store(new N3.Parser().parse(text));
const entries = () => readdirSync(join(cacheDir(), 'graphs'));

describe('loadGraphStore with the graph cache', () => {
  it('the second load comes from the cache and holds the same quads as the parse', async () => {
    const first = await loadGraphStore(corpusFixture);
    expect(entries()).toHaveLength(1);
    const text = readFileSync(join(corpusFixture, GRAPH_FILE), 'utf8');
    expect(loadCachedGraph(graphCacheKey(text), new N3.Store())).toBe(true);
    const second = await loadGraphStore(corpusFixture);
    expect(second.size).toBe(first.size);
    expect(ids(second)).toEqual(ids(parsed(text)));
  });

  it('an edited graph file is a miss: the store has the new content', async () => {
    const dir = tempDir('cg-gcache-proj-');
    try {
      mkdirSync(join(dir, 'graph'));
      cpSync(join(corpusFixture, GRAPH_FILE), join(dir, GRAPH_FILE));
      await loadGraphStore(dir);
      const text = readFileSync(join(dir, GRAPH_FILE), 'utf8') + '\n<http://x.test/s> <http://x.test/p> "added"@en .\n';
      writeFileSync(join(dir, GRAPH_FILE), text);
      const store = await loadGraphStore(dir);
      expect(store.has(N3.DataFactory.quad(N3.DataFactory.namedNode('http://x.test/s'), N3.DataFactory.namedNode('http://x.test/p'), N3.DataFactory.literal('added', 'en')))).toBe(true);
      expect(entries()).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadCachedGraph / saveCachedGraph', () => {
  const trig = `@prefix ex: <http://x.test/> .
ex:a ex:p "plain", "x"@en, "y"@ar--rtl, "2"^^<http://www.w3.org/2001/XMLSchema#integer>, _:b1, ex:b .
_:b1 ex:q """multi
line "quoted" \\\\ text""" .
ex:g { ex:a ex:in ex:g . }
`;

  it('round-trips literals (language, direction, datatype), blank nodes and named graphs', () => {
    const source = new N3.Store(new N3.Parser({ format: 'application/trig' }).parse(trig));
    saveCachedGraph(graphCacheKey(trig), source);
    const store = new N3.Store();
    expect(loadCachedGraph(graphCacheKey(trig), store)).toBe(true);
    expect(ids(store)).toEqual(ids(source));
  });

  it('a corrupt, damaged or foreign entry is a miss and leaves the store empty', () => {
    const source = new N3.Store(new N3.Parser({ format: 'application/trig' }).parse(trig));
    saveCachedGraph(graphCacheKey(trig), source);
    const [name] = entries();
    const file = join(cacheDir(), 'graphs', name!);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { triples: number[]; source: string };
    for (const bad of ['{ not json', JSON.stringify({ ...entry, triples: [...entry.triples.slice(0, -1), 9999] }), JSON.stringify({ ...entry, source: 'other' }), JSON.stringify({ ...entry, triples: entry.triples.slice(0, -1) })]) {
      writeFileSync(file, bad);
      const store = new N3.Store();
      expect(loadCachedGraph(graphCacheKey(trig), store)).toBe(false);
      expect(store.size).toBe(0);
    }
  });

  it('is off with CLAIMGRAPH_NO_CACHE=1 and for large files', () => {
    process.env.CLAIMGRAPH_NO_CACHE = '1';
    saveCachedGraph(graphCacheKey(trig), parsed('<http://x.test/s> <http://x.test/p> <http://x.test/o> .'));
    expect(readdirSync(cacheDir())).toHaveLength(0);
    delete process.env.CLAIMGRAPH_NO_CACHE;
    const big = `${'#'.repeat(GRAPH_CACHE_MAX_CHARS)}\n<http://x.test/s> <http://x.test/p> <http://x.test/o> .`;
    saveCachedGraph(graphCacheKey(big), parsed(big));
    expect(readdirSync(cacheDir())).toHaveLength(0);
  });
});
