/**
 * The Comunica engines of the process.
 *
 * Importing `@comunica/query-sparql` and constructing its engine costs the better part of a
 * second, most of it for actors a query over an in-memory store never uses (HTTP, RDF parsers for
 * a dozen formats, link traversal). Queries over a local store therefore run on Comunica's own
 * lighter build for RDF/JS sources (`@comunica/query-sparql-rdfjs-lite`, the same actors for
 * SPARQL algebra, joins and expressions); remote endpoints and `SERVICE` clauses need HTTP and use
 * the full engine. Each is imported lazily (commands that never query do not pay) and built once
 * per process.
 */
import type { QueryEngine } from '@comunica/query-sparql';

/** Which engine a query needs: `local` over an in-memory RDF/JS store, `remote` for HTTP. */
export type EngineKind = 'local' | 'remote';

/** The part of Comunica's `QueryEngine` API both builds share. */
export type Engine = Pick<QueryEngine, 'query' | 'queryBindings' | 'queryBoolean' | 'queryQuads'>;

let remotePromise: Promise<Engine> | undefined;
let localPromise: Promise<Engine> | undefined;

/**
 * Returns the process-wide Comunica engine of a kind, importing and constructing it on first use.
 * Without an argument it is the full engine, which can also query remote endpoints.
 *
 * @example
 * ```ts
 * const engine = await getEngine('local');
 * const bindings = await engine.queryBindings('SELECT * { ?s ?p ?o }', { sources: [store] });
 * ```
 */
export function getEngine(kind: EngineKind = 'remote'): Promise<Engine> {
  if (kind === 'local') {
    localPromise ??= import('@comunica/query-sparql-rdfjs-lite').then((m) => new (commonJs(m).QueryEngine)() as unknown as Engine);
    return localPromise;
  }
  remotePromise ??= import('@comunica/query-sparql').then((m) => new (commonJs(m).QueryEngine)());
  return remotePromise;
}

/**
 * The exports of a dynamically imported CommonJS package. Node's loader lifts their names onto
 * the module namespace; in the code-split bundle (scripts/bundle.mjs) they may arrive only as
 * `default` (`module.exports`).
 *
 * @example
 * ```ts
 * const { QueryEngine } = commonJs(await import('@comunica/query-sparql'));
 * ```
 */
export function commonJs<M extends object>(m: M): M {
  const d = (m as { default?: unknown }).default;
  return d && typeof d === 'object' && Object.keys(m).every((k) => k === 'default' || k === '__esModule' || k in d) ? (d as M) : m;
}
