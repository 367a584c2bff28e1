/**
 * A parsed form of small graph files, kept in the cache directory (src/cache-dir.ts).
 *
 * Why: parsing the seed graph's Turtle (175 kB, long literals) was ~40 ms of a ~0.4 s cold
 * `claimgraph query`, most of it n3's lexer running cold. The entry holds the graph's terms once
 * each, as n3 term ids (`termToId`, public API), and the triples as indexes into that table, so
 * loading is `JSON.parse` plus `termFromId` per distinct term. It is keyed by a hash of the
 * file's text, the n3 version and the entry format, and used only when the stored hash equals
 * the file's: any edit to the file is a miss. Large graphs are not cached (their entry would be
 * as large as the file, and reading it no faster than the streamed parse).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import N3 from 'n3';
import n3Package from 'n3/package.json' with { type: 'json' };
import { cacheDir, readCacheJson, writeCacheJson } from '../cache-dir.js';

const FORMAT = 1;
/** Files up to this many characters are cached (the sparse-id threshold of src/graph/store.ts). */
export const GRAPH_CACHE_MAX_CHARS = 4_000_000;

interface Entry {
  format: number;
  n3: string;
  source: string;
  terms: string[];
  /** Subject, predicate, object (and graph, when `quads` is true) indexes into `terms`, flat. */
  triples: number[];
  quads: boolean;
}

/**
 * Where the cached parse of a graph file's text lives, with the text's hash; undefined when the
 * cache is off or the text too large. Computed once per load and handed to both functions below.
 *
 * @example
 * ```ts
 * const key = graphCacheKey(text);
 * if (!loadCachedGraph(key, store)) { parseInto(text, store); saveCachedGraph(key, store); }
 * ```
 */
export function graphCacheKey(text: string): { file: string; hash: string } | undefined {
  if (text.length > GRAPH_CACHE_MAX_CHARS) return undefined;
  const dir = cacheDir('graphs');
  if (!dir) return undefined;
  const hash = createHash('sha256').update(text).digest('hex');
  return { file: join(dir, `${hash.slice(0, 40)}.json`), hash };
}

/**
 * Fills `store` from the cached parse a key names, if there is one; returns whether it did.
 *
 * @example
 * ```ts
 * const store = new N3.Store();
 * if (!loadCachedGraph(graphCacheKey(text), store)) parseInto(text, store);
 * ```
 */
export function loadCachedGraph(key: { file: string; hash: string } | undefined, store: N3.Store): boolean {
  if (!key) return false;
  const { file, hash } = key;
  const entry = readCacheJson(file) as Entry | undefined;
  if (!entry || entry.format !== FORMAT || entry.n3 !== n3Package.version || entry.source !== hash) return false;
  if (!Array.isArray(entry.terms) || !Array.isArray(entry.triples)) return false;
  const terms = entry.terms.map((id) => N3.termFromId(id));
  const t = entry.triples;
  const step = entry.quads ? 4 : 3;
  if (t.length % step !== 0) return false;
  for (let i = 0; i < t.length; i += step) {
    const s = terms[t[i]!], p = terms[t[i + 1]!], o = terms[t[i + 2]!];
    const g = entry.quads ? terms[t[i + 3]!] : undefined;
    if (!s || !p || !o || (entry.quads && !g)) {
      // a damaged entry: start again from the file
      for (const q of store.getQuads(null, null, null, null)) store.removeQuad(q);
      return false;
    }
    store.addQuad(s as N3.Quad_Subject, p as N3.Quad_Predicate, o as N3.Quad_Object, g as N3.Quad_Graph | undefined);
  }
  return true;
}

/**
 * Stores the parse of a text (the quads now in `store`) under its key, for the next process.
 *
 * @example
 * ```ts
 * parseInto(text, store);
 * saveCachedGraph(graphCacheKey(text), store);
 * ```
 */
export function saveCachedGraph(key: { file: string; hash: string } | undefined, store: N3.Store): void {
  if (!key) return;
  const { file, hash } = key;
  const index = new Map<string, number>();
  const terms: string[] = [];
  const id = (term: N3.Term): number => {
    const key = N3.termToId(term);
    let i = index.get(key);
    if (i === undefined) {
      i = terms.length;
      index.set(key, i);
      terms.push(key);
    }
    return i;
  };
  const all = store.getQuads(null, null, null, null);
  const quads = all.some((q) => q.graph.termType !== 'DefaultGraph');
  const triples: number[] = [];
  for (const q of all) {
    triples.push(id(q.subject), id(q.predicate), id(q.object));
    if (quads) triples.push(id(q.graph));
  }
  writeCacheJson(file, { format: FORMAT, n3: n3Package.version, source: hash, terms, triples, quads } satisfies Entry);
}
