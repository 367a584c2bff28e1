/**
 * claimgraph library API. The CLI (`src/cli`) is a thin layer over these functions.
 *
 * @example
 * ```ts
 * import { loadProject, buildGraph } from 'claimgraph';
 * const project = await loadProject('.');
 * const graph = await buildGraph(project);
 * ```
 */
export * from './errors.js';
export * from './source/index.js';
export * from './claims/index.js';
export * from './graph/index.js';
export * from './validate/index.js';
export * from './query/index.js';
export * from './check/index.js';
export * from './serve/index.js';
export * from './corpus/index.js';
export * from './suggest/index.js';
