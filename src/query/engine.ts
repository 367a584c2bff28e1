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

/**
 * Which engine a query needs: `local` over an in-memory RDF/JS store, `remote` for HTTP,
 * `pushdown` for a whole query handed to a store that evaluates SPARQL itself.
 */
export type EngineKind = 'local' | 'remote' | 'pushdown';

/** The part of Comunica's `QueryEngine` API both builds share. */
export type Engine = Pick<QueryEngine, 'query' | 'queryBindings' | 'queryBoolean' | 'queryQuads'>;

let remotePromise: Promise<Engine> | undefined;
let localPromise: Promise<Engine> | undefined;
let pushdownPromise: Promise<Engine> | undefined;

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
  if (kind === 'pushdown') {
    pushdownPromise ??= import('@comunica/query-sparql-rdfjs-lite').then((m) => {
      const engine = new (commonJs(m).QueryEngine)() as unknown as Engine;
      pruneOptimizers(engine, PUSHDOWN_OPTIMIZERS);
      return engine;
    });
    return pushdownPromise;
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

/**
 * The optimisers a query needs when one source evaluates all of it: the source is identified
 * and assigned the whole operation, and a DESCRIBE becomes a graph-returning operation (whose
 * text the source sends as it is). Comunica's rewrites of the algebra (filter and join
 * push-downs, BGP regrouping, ...) would only reshape an operation that is then sent as text, and
 * blank-node skolemisation only keeps apart the blank nodes of several sources.
 */
export const PUSHDOWN_OPTIMIZERS: readonly string[] = ['query-source-identify', 'assign-sources-exhaustive', 'describe-to-constructs-subject'];

interface ActorLike {
  name?: string;
  bus?: BusLike;
  mediatorQueryProcess?: { bus?: BusLike };
  mediatorOptimizeQueryOperation?: { bus?: BusLike };
}
interface BusLike {
  actors: ActorLike[];
  unsubscribe(actor: ActorLike): boolean;
}

/**
 * Unsubscribes, in one engine instance, every query-operation optimiser whose name is not in
 * `keep` (matched on the part after `#` of Comunica's actor IRIs), and returns the names of the
 * optimisers left. Why: those rewrites cost ~0.13 ms of a pushed-down query that Oxigraph
 * answers in 0.1-0.2 ms (profile of `members-of`, 2026-11-29). When the engine's layout is not
 * the expected one, nothing is removed: the engine stays correct, only slower.
 *
 * @example
 * ```ts
 * const engine = new QueryEngine();
 * pruneOptimizers(engine, PUSHDOWN_OPTIMIZERS); // ['query-source-identify', ...]
 * ```
 */
export function pruneOptimizers(engine: Engine, keep: readonly string[]): string[] {
  const init = (engine as unknown as { actorInitQuery?: ActorLike }).actorInitQuery;
  const processors = init?.mediatorQueryProcess?.bus?.actors ?? [];
  const left: string[] = [];
  for (const processor of processors) {
    const bus = processor.mediatorOptimizeQueryOperation?.bus;
    if (!bus || !Array.isArray(bus.actors) || typeof bus.unsubscribe !== 'function') continue;
    const short = (a: ActorLike) => String(a.name ?? '').replace(/^.*#/, '');
    // Keep the engine whole unless every optimiser it must keep is found.
    if (!keep.every((k) => bus.actors.some((a) => short(a) === k))) continue;
    for (const actor of [...bus.actors]) if (!keep.includes(short(actor))) bus.unsubscribe(actor);
    left.push(...bus.actors.map(short));
  }
  return left;
}
