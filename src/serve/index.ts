/**
 * The serve stage: a read-only SPARQL 1.1 endpoint over the graph (`startServer`) and the
 * upload of the graph to a remote store (`pushGraph`).
 */
export { startServer } from './server.js';
export { pushGraph, countRemoteTriples, queryEndpointFor, HttpAuth } from './push.js';
export { DEFAULT_GRAPH_IRI, SPARQL_PATH } from './types.js';
export type { ServeOptions, ServerHandle, ServeLogEntry, PushOptions, PushReport } from './types.js';
