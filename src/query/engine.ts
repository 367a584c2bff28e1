/**
 * The one Comunica engine of the process.
 *
 * Importing `@comunica/query-sparql` and constructing its engine costs about a second, so it
 * is imported lazily (commands that never query do not pay) and built once per process.
 */
import type { QueryEngine } from '@comunica/query-sparql';

let enginePromise: Promise<QueryEngine> | undefined;

/**
 * Returns the process-wide Comunica `QueryEngine`, importing and constructing it on first use.
 *
 * @example
 * ```ts
 * const engine = await getEngine();
 * const bindings = await engine.queryBindings('SELECT * { ?s ?p ?o }', { sources: [store] });
 * ```
 */
export function getEngine(): Promise<QueryEngine> {
  enginePromise ??= import('@comunica/query-sparql').then((m) => new m.QueryEngine());
  return enginePromise;
}
