/**
 * Compiled queries: SPARQL text to the algebra Comunica evaluates, cached between runs.
 *
 * Why: before its first query a fresh process would build Comunica's SPARQL 1.2 parser
 * (Chevrotain's grammar recording and look-ahead analysis, ~0.1-0.15 s of a cold `claimgraph
 * query` on the seed graph). The algebra of a query text is fixed for a given parser version, so
 * it is translated with the same parser and settings as Comunica's `ActorQueryParseSparql`,
 * kept in the query cache (src/query/cache.ts) and handed to the engine as an operation. The
 * bundle (scripts/bundle.mjs) lets the engine build its own parser only if it is asked to parse,
 * so a run whose queries are all cached builds none.
 */
import parserPackage from '@traqula/parser-sparql-1-2/package.json' with { type: 'json' };
import algebraPackage from '@traqula/algebra-sparql-1-2/package.json' with { type: 'json' };
import rdfDataFactory from 'rdf-data-factory';
import { beforeBlocking } from '../blocking.js';
import { onForgetQueryMemo, queryCacheDir, readCached, reviveTerms, writeCached } from './cache.js';
import { commonJs } from './engine.js';
import { astFactory, sparqlParser } from './traqula.js';

/** A query translated to Comunica's algebra, with the base IRI its own `BASE` sets, if any. */
export interface CompiledQuery {
  /** The algebra operation (Comunica's `Algebra.Operation`), ready for `engine.query`. */
  operation: object;
  /** Set when the query text declares `BASE`: Comunica then evaluates with that base IRI. */
  baseIRI?: string;
  /** Whether this came from the cache (`true`) or was parsed in this process. */
  cached: boolean;
}

const PARSER = ['traqula', parserPackage.version, algebraPackage.version];

/**
 * Returns the algebra of a query text, from the cache when an entry for the same text, base IRI
 * and parser version exists, else by parsing it (and storing the result for the next process).
 * A text the parser rejects throws the parser's error.
 *
 * @example
 * ```ts
 * const { operation, baseIRI } = await compileQuery('SELECT * WHERE { ?s ?p ?o }');
 * const result = await engine.query(operation as never, { sources: [store], ...(baseIRI ? { baseIRI } : {}) });
 * ```
 */
export async function compileQuery(text: string, baseIRI?: string): Promise<CompiledQuery> {
  const memoKey = `${baseIRI ?? ''}\n${text}`;
  const dir = queryCacheDir();
  const memo = dir === undefined ? undefined : compiledMemo.get(memoKey);
  if (memo && memo.dir === dir) return memo.compiled;
  const key = [...PARSER, baseIRI ?? null];
  const hit = readCached('algebra', key, text, (json) => {
    const { operation, baseIRI: declared } = json as { operation: unknown; baseIRI: string | null };
    return { operation: reviveTerms(operation) as object, baseIRI: declared ?? undefined };
  });
  let compiled: CompiledQuery;
  if (hit) {
    compiled = hit.baseIRI ? { operation: hit.operation, baseIRI: hit.baseIRI, cached: true } : { operation: hit.operation, cached: true };
  } else {
    beforeBlocking();
    const parsed = await parseToAlgebra(text, baseIRI);
    writeCached('algebra', key, text, { operation: parsed.operation, baseIRI: parsed.baseIRI ?? null });
    compiled = { ...parsed, cached: false };
  }
  if (dir !== undefined) remember(memoKey, dir, compiled);
  return compiled;
}

// Compiled queries of this process, shared between calls: a warm engine running the same text
// again would otherwise revive its algebra from JSON every time (~25 us of a query Oxigraph
// answers in 0.1-0.2 ms). Comunica copies an operation before it changes it; the shared ones
// are frozen, so a change in place would throw rather than leak into the next run (tested).
const compiledMemo = new Map<string, { dir: string; compiled: CompiledQuery }>();
const MEMO_ENTRIES = 256;

function remember(memoKey: string, dir: string, compiled: CompiledQuery): void {
  deepFreeze(compiled.operation);
  if (compiledMemo.size >= MEMO_ENTRIES) compiledMemo.delete(compiledMemo.keys().next().value as string);
  // from now on it is served from this process's cache
  compiledMemo.set(memoKey, { dir, compiled: Object.freeze({ ...compiled, cached: true }) });
}

onForgetQueryMemo(() => compiledMemo.clear());

function deepFreeze(node: unknown): void {
  if (!node || typeof node !== 'object' || Object.isFrozen(node)) return;
  Object.freeze(node);
  for (const v of Object.values(node)) deepFreeze(v);
}

// The same parser, options and translation as Comunica's ActorQueryParseSparql (its
// constructor and run()), so an operation from here is the one the engine would have built.
// The prefix table is empty: every text that gets here passed parseSparql, and carries the
// declarations of any prefixes it was given (src/query/parse.ts).
async function parseToAlgebra(text: string, baseIRI: string | undefined): Promise<Omit<CompiledQuery, 'cached'>> {
  const algebra = commonJs(await import('@traqula/algebra-sparql-1-2'));
  const factory = astFactory();
  const syntax = sparqlParser().parse(text, { prefixes: {}, baseIRI, astFactory: factory }) as { context?: { value: { value: string } }[] };
  let declaredBase: string | undefined;
  if (factory.isQuery(syntax)) {
    for (const c of syntax.context ?? []) if (factory.isContextDefinitionBase(c)) declaredBase = c.value.value;
  }
  const toAlgebra = algebra.toAlgebra as unknown as (ast: unknown, opts: object) => object;
  const operation = toAlgebra(syntax, { quads: true, prefixes: {}, blankToVariable: true, baseIRI, dataFactory: new rdfDataFactory.DataFactory() });
  return declaredBase ? { operation, baseIRI: declaredBase } : { operation };
}
