/**
 * sparqljs, loaded on first use.
 *
 * Why: building sparqljs's generated parser tables is ~30 ms of a cold start, and a query whose
 * syntax tree and algebra are cached (src/query/cache.ts) needs neither its parser nor its
 * generator. A plain `require` through `createRequire` is synchronous, so callers stay
 * synchronous, and it is left alone by the bundler: the package is loaded from node_modules
 * when, and only when, it is first asked for.
 */
import { createRequire } from 'node:module';

type Sparqljs = typeof import('sparqljs');

let loaded: Sparqljs | undefined;

/**
 * The sparqljs module.
 *
 * @example
 * ```ts
 * const text = new (sparqljs().Generator)().stringify(ast);
 * ```
 */
export function sparqljs(): Sparqljs {
  loaded ??= createRequire(import.meta.url)('sparqljs') as Sparqljs;
  return loaded;
}
