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
export { parseSparql, errorPosition, queryText, generateQuery, warmQueryParser } from './parse.js';
export type { QueryPosition, ParseOptions } from './parse.js';
export { iriContext, resolveIri } from './syntax.js';
export type { IriContext } from './syntax.js';
export { runQuery, runParsedQuery, parseQuery, isEndpoint, projectedVariables, engineKindFor } from './run.js';
export type { Engine, EngineKind } from './engine.js';
export { resolveNamedQuery, listNamedQueries, parseQueryHeader, applyQueryParams, QUERIES_DIR } from './named.js';
export { citeRows, citeQuads, runCitedQuery, MAX_PATH_STEPS } from './cite/index.js';
export { loadQueryGraph, ontologyQuads, storeKind, STORE_KINDS, OXIGRAPH_FROM_BYTES, type LoadQueryGraphOptions, type QueryGraphOptions, type QuerySourceGraph } from './graph.js';
export type { StoreKind } from './graph.js';
export { answerRequest, canonicalNumber, canonicalOrder, parseRequest, toWire, fromWire, type OnceAnswer, type OnceRequest, type WireAnswer } from './once.js';
export { answerHedged, HEDGE_AFTER_MS, type HedgedAnswer, type HedgeOptions, type HedgeWinner } from './hedge.js';
export { answerDetermined, engineFreeOrder, orderKeysShown, orderTieKey, type Determinacy } from './determined.js';
export { OxigraphGraph, isOxigraphGraph } from './oxigraph.js';
export { oxigraphPlan } from './deviations.js';
export type { OxigraphPlan } from './deviations.js';
export type { CiteOptions, CitedResult, OntologySource } from './cite/index.js';
export { formatResult, formatChunks, writeJson, writeCsv, writeTsv, writeXml, writeTable, termToSparql, compactIri, sortQuads, QUERY_PREFIXES } from './format.js';
export type { FormatOptions } from './format.js';
