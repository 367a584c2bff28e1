/**
 * The on-disk cache of parsed queries: a query text's sparqljs syntax tree and its Comunica
 * algebra, each a pure function of the text, the parse options and the parser's version.
 *
 * Why: a cold `claimgraph query` otherwise spends ~0.2 s building parsers before it reads any
 * data (sparqljs's generated tables, Comunica's Chevrotain SPARQL 1.2 parser). Entries are JSON
 * files in a per-user directory beside Node's own compile cache, written atomically; an entry is
 * used only when its stored text, options and version equal the request's, so a hash collision
 * or a stale entry is a miss. A missing, unreadable or foreign entry is a miss, never an error.
 * `CLAIMGRAPH_NO_CACHE=1` turns the cache off, `CLAIMGRAPH_CACHE_DIR` moves it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import rdfDataFactory from 'rdf-data-factory';
import { MemoryLru, cacheDir, readCacheJson, writeCacheJson } from '../cache-dir.js';

/**
 * The directory the query cache lives in, or undefined when caching is off.
 *
 * @example
 * ```ts
 * queryCacheDir(); // '/tmp/claimgraph-cache-1000/queries'
 * ```
 */
export function queryCacheDir(): string | undefined {
  return cacheDir('queries');
}

interface Entry {
  kind: string;
  key: unknown;
  text: string;
  value: unknown;
}

/**
 * Returns the cached value for a query text, or computes, stores and returns it. `key` holds
 * everything besides the text the value depends on (options, parser version); `revive` turns
 * the stored JSON back into the value.
 *
 * @example
 * ```ts
 * const { value: ast } = cachedParse('ast', ['sparqljs', '3.7.4'], text, () => parse(text), reviveTerms);
 * ```
 */
export function cachedParse<T>(kind: string, key: unknown, text: string, compute: () => T, revive: (json: unknown) => T): { value: T; cached: boolean } {
  const hit = readCached(kind, key, text, revive);
  if (hit !== undefined) return { value: hit, cached: true };
  const value = compute();
  writeCached(kind, key, text, value);
  return { value, cached: false };
}

/**
 * The cached value for a query text, or undefined on a miss (no entry, another text or key
 * under the same hash, an entry that does not revive).
 *
 * @example
 * ```ts
 * const algebra = readCached('algebra', key, text, reviveTerms);
 * ```
 */
export function readCached<T>(kind: string, key: unknown, text: string, revive: (json: unknown) => T): T | undefined {
  const dir = queryCacheDir();
  if (!dir) return undefined;
  const memoKey = `${dir}\n${kind}\n${JSON.stringify(key)}\n${text}`;
  let stored = memo.get(memoKey);
  if (stored === undefined) {
    const file = entryFile(dir, kind, key, text);
    const hit = readCacheJson(file) as Entry | undefined;
    if (!hit || hit.kind !== kind || JSON.stringify(hit.key) !== JSON.stringify(key) || hit.text !== text) return undefined;
    stored = hit.value;
  }
  try {
    const value = revive(stored);
    remember(memoKey, stored);
    return value;
  } catch {
    memo.delete(memoKey);
    return undefined; // recomputed, and overwritten by the caller's writeCached
  }
}

// The stored JSON of entries this process has read or written. A warm engine running the same
// query again would otherwise pay a file look-up each time (~0.25 ms of a ~0.8 ms query on the
// Oxigraph store); `revive` builds new objects on every call, so callers never share a value.
// Bounded by entries and bytes (src/cache-dir.ts): a server memoises what requests contain.
const memo = new MemoryLru<unknown>({ maxEntries: 256, maxBytes: 32 * 1024 * 1024 });

/**
 * Forgets the entries this process holds in memory, so the next look-up reads the files (for
 * tests of the on-disk entries).
 *
 * @example
 * ```ts
 * writeFileSync(entryPath, '{ not json');
 * forgetQueryMemo(); // the next compileQuery reads the damaged file
 * ```
 */
export function forgetQueryMemo(): void {
  memo.clear();
  for (const hook of forgetHooks) hook();
}

const forgetHooks: (() => void)[] = [];

/**
 * Registers what else {@link forgetQueryMemo} clears (memos of values built from entries).
 *
 * @example
 * ```ts
 * onForgetQueryMemo(() => compiled.clear());
 * ```
 */
export function onForgetQueryMemo(hook: () => void): void {
  forgetHooks.push(hook);
}

function remember(memoKey: string, stored: unknown): void {
  if (memo.has(memoKey)) return;
  memo.set(memoKey, stored, 2 * (memoKey.length + JSON.stringify(stored).length));
}

/**
 * Stores a value for a query text (atomically; failures are ignored).
 *
 * @example
 * ```ts
 * writeCached('algebra', key, text, operation);
 * ```
 */
export function writeCached(kind: string, key: unknown, text: string, value: unknown): void {
  const dir = queryCacheDir();
  if (!dir) return;
  const json = toJson(value);
  remember(`${dir}\n${kind}\n${JSON.stringify(key)}\n${text}`, json);
  writeCacheJson(entryFile(dir, kind, key, text), { kind, key, text, value: json } satisfies Entry);
}

function entryFile(dir: string, kind: string, key: unknown, text: string): string {
  const hash = createHash('sha256').update(`${kind}\n${JSON.stringify(key)}\n${text}`).digest('hex').slice(0, 40);
  return join(dir, `${kind}-${hash}.json`);
}

// sparqljs's `*` (Wildcard) keeps termType and value on its prototype, which JSON would drop.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && (v as { termType?: unknown }).termType === 'Wildcard' ? { termType: 'Wildcard', value: '*' } : v));
}

/** sparqljs's `*` in a revived syntax tree: the same termType and value, on the prototype as there. */
class Wildcard {
  equals(other: unknown): boolean {
    return !!other && (other as { termType?: unknown }).termType === 'Wildcard';
  }
}
Object.defineProperty(Wildcard.prototype, 'termType', { enumerable: true, value: 'Wildcard' });
Object.defineProperty(Wildcard.prototype, 'value', { enumerable: false, value: '*' });

const TERM_FIELDS = new Set(['termType', 'value', 'language', 'direction', 'datatype', 'subject', 'predicate', 'object', 'graph']);

/**
 * Turns JSON back into a structure with RDF/JS terms: every object with a `termType` becomes a
 * term of `rdf-data-factory` (the factory Comunica and sparqljs use), keeping any extra fields
 * put on it (Comunica's triple patterns are quads with `type: 'pattern'`).
 *
 * @example
 * ```ts
 * reviveTerms({ type: 'bgp', patterns: [] }); // the same object
 * ```
 */
export function reviveTerms(node: unknown, df: RDF.DataFactory = factory()): unknown {
  if (Array.isArray(node)) return node.map((n) => reviveTerms(n, df));
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  if (typeof o.termType === 'string') {
    const term = toTerm(o, df) as unknown as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!TERM_FIELDS.has(k)) term[k] = reviveTerms(o[k], df);
    return term;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = reviveTerms(o[k], df);
  return out;
}

let df: RDF.DataFactory | undefined;
function factory(): RDF.DataFactory {
  df ??= new rdfDataFactory.DataFactory() as unknown as RDF.DataFactory;
  return df;
}

function toTerm(o: Record<string, unknown>, df: RDF.DataFactory): RDF.Term | Wildcard {
  const value = o.value as string;
  switch (o.termType) {
    case 'NamedNode': return df.namedNode(value);
    case 'BlankNode': return df.blankNode(value);
    case 'Variable': return df.variable!(value);
    case 'DefaultGraph': return df.defaultGraph();
    case 'Wildcard': return new Wildcard();
    case 'Literal': {
      const language = o.language as string | undefined;
      if (language) {
        const direction = o.direction as RDF.DirectionalLanguage['direction'] | undefined;
        return df.literal(value, direction ? { language, direction } : language);
      }
      return df.literal(value, toTerm(o.datatype as Record<string, unknown>, df) as RDF.NamedNode);
    }
    case 'Quad':
      return df.quad(
        toTerm(o.subject as Record<string, unknown>, df) as RDF.Quad_Subject,
        toTerm(o.predicate as Record<string, unknown>, df) as RDF.Quad_Predicate,
        toTerm(o.object as Record<string, unknown>, df) as RDF.Quad_Object,
        toTerm(o.graph as Record<string, unknown>, df) as RDF.Quad_Graph,
      );
    default:
      throw new Error(`unknown term type ${String(o.termType)}`);
  }
}
