/**
 * The serve stage: a read-only SPARQL 1.1 endpoint over the graph (`startServer`) and the
 * upload of the graph to a remote store (`pushGraph`).
 */
export { startServer, MAX_TIMEOUT_MS } from './server.js';
export { pushGraph, countRemoteTriples, queryEndpointFor, updateEndpointFor, checkGraphIri, HttpAuth } from './push.js';
export { DEFAULT_GRAPH_IRI, SPARQL_PATH } from './types.js';
export { LANE_DEFAULTS } from './scheduler.js';
export { builtinRoutes } from './routes.js';
export { HttpError } from './reply.js';
export type { Route, RouteContext, ServerInfo } from './routes.js';
export type { ServeOptions, ServerHandle, ServeLogEntry, PushOptions, PushReport, LaneOptions, Job, JobReply } from './types.js';
