/**
 * The query stage: SPARQL over the built graph (or a remote endpoint) through Comunica, named
 * queries, citations for any query's rows, and the W3C result formats.
 *
 * @example
 * ```ts
 * import { runQuery, citeRows, parseQuery, formatResult } from 'claimgraph';
 * const ast = parseQuery(text);
 * const result = await runParsedQuery(store, ast, text);
 * const citations = result.type === 'bindings' ? await citeRows(store, ast, result) : undefined;
 * process.stdout.write(formatResult(result, 'table', { citations }));
 * ```
 */
export * from './types.js';
export { getEngine } from './engine.js';
export { parseSparql, errorPosition } from './parse.js';
export type { QueryPosition } from './parse.js';
export { runQuery, runParsedQuery, parseQuery, isEndpoint, projectedVariables, engineKindFor } from './run.js';
export type { Engine, EngineKind } from './engine.js';
export { resolveNamedQuery, listNamedQueries, parseQueryHeader, applyQueryParams, QUERIES_DIR } from './named.js';
export { citeRows, citeQuads, runCitedQuery } from './cite.js';
export { answerOnce, loadQueryGraph, storeKind, STORE_KINDS, INDEX_BUDGET_MS, OXIGRAPH_FROM_BYTES, type LoadQueryGraphOptions, type QuerySourceGraph } from './graph.js';
export type { StoreKind } from './graph.js';
export { OxigraphGraph, isOxigraphGraph } from './oxigraph.js';
export type { CiteOptions, CitedResult } from './cite.js';
export { formatResult, writeJson, writeCsv, writeTsv, writeXml, writeTable, termToSparql, compactIri, sortQuads, QUERY_PREFIXES } from './format.js';
export type { FormatOptions } from './format.js';
