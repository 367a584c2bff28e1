import type { Store } from 'n3';

/** IRI of the named graph claimgraph pushes to and serves as its default graph when none is given. */
export const DEFAULT_GRAPH_IRI = 'https://w3id.org/claimgraph/graph';

/** Path of the SPARQL endpoint on a server started by {@link ServeOptions}. */
export const SPARQL_PATH = '/sparql';

/** One structured log line of the server (written as JSON to stderr by default). */
export interface ServeLogEntry {
  /** ISO time of the response. */
  at: string;
  method: string;
  /** Request path without the query string (query text is never logged). */
  path: string;
  status: number;
  /** Wall time from request start to response end, milliseconds. */
  ms: number;
  /** Error code when the response is an error (`QUERY_SYNTAX`, `QUERY_TIMEOUT`...). */
  error?: string;
  /** Free-form event for lines that are not responses (`listening`, `worker-restart`). */
  event?: string;
  [key: string]: unknown;
}

/**
 * Options of `startServer`. `dir` is the project (graph from `graph/claimgraph.ttl`, named
 * queries from `queries/`); `store`, when given, replaces the graph file.
 */
export interface ServeOptions {
  /** Project directory. */
  dir?: string;
  /** An already loaded graph; its quads are copied into each query worker. */
  store?: Store;
  /** TCP port; 0 picks a free one. Default 7878. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Per-query wall-time limit in ms; the query's worker is killed when it is exceeded. Default 30000. */
  timeoutMs?: number;
  /** Largest number of result rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one query may return. Default 100000. */
  maxResults?: number;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Number of query workers (threads, each holding its own copy of the graph). Default 2. */
  workers?: number;
  /** Start the workbench's thread (and its copy of the graph) when the server starts instead of on the first page; `claimgraph serve` does. Default false. */
  warmWorkbench?: boolean;
  /** Sink of structured log lines; default: JSON lines on stderr. */
  log?: (entry: ServeLogEntry) => void;
}

/** A running server. */
export interface ServerHandle {
  /** Base URL, ending in `/` (`http://127.0.0.1:7878/`). */
  url: string;
  /** The SPARQL endpoint URL (`<url>sparql`). */
  endpoint: string;
  /** Bound port. */
  port: number;
  /** Number of triples served. */
  triples: number;
  /** Stops accepting connections, ends the workers and resolves when everything is closed. */
  close(): Promise<void>;
}

/** A term in the SPARQL 1.1 Query Results JSON shape; plain data so it crosses thread boundaries. */
export interface PlainTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** A triple of plain terms (CONSTRUCT / DESCRIBE results). */
export interface PlainTriple {
  s: PlainTerm;
  p: PlainTerm;
  o: PlainTerm;
}

/** A query result as plain data, computed by a worker and serialized by the server. */
export type PlainResult =
  | { type: 'bindings'; variables: string[]; rows: Record<string, PlainTerm>[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; triples: PlainTriple[] };

/** A message from the server to a query worker. */
export interface WorkerRequest {
  id: number;
  sparql: string;
  maxResults: number;
}

/** A message from a query worker to the server. */
export type WorkerResponse =
  | { id: number; ok: true; result: PlainResult }
  | { id: number; ok: false; code: 'QUERY_FAILED' | 'QUERY_RESULT_TOO_LARGE'; message: string }
  | { id: -1; ready: true; triples: number };

/** Options of `pushGraph`. Give `dir` (pushes `graph/claimgraph.ttl`) or `store`. */
export interface PushOptions {
  /** The store's SPARQL 1.1 Graph Store HTTP Protocol URL (`…/sparql-graph-crud-auth` for Virtuoso). */
  endpoint: string;
  /** SPARQL query endpoint used for the triple-count check; default: derived from `endpoint` (see `queryEndpointFor`). */
  queryEndpoint?: string;
  /** Target named graph; default {@link DEFAULT_GRAPH_IRI}. */
  graph?: string;
  dir?: string;
  store?: Store;
  user?: string;
  password?: string;
  /** Triples per request; the first chunk is PUT (replacing the graph), the rest POSTed. Default 20000. */
  chunkSize?: number;
  /** Called after each chunk with triples sent so far and the total. */
  onProgress?: (sent: number, total: number) => void;
  /** Per-request time limit in ms. Default 120000. */
  timeoutMs?: number;
}

/** What `pushGraph` did. */
export interface PushReport {
  endpoint: string;
  graph: string;
  /** Triples in the local graph. */
  triples: number;
  /** Triples the remote graph holds after the push (counted through the query endpoint). */
  remoteTriples: number;
  /** Number of HTTP requests that carried data. */
  chunks: number;
  /** Authentication scheme that was used (`none`, `basic` or `digest`). */
  auth: 'none' | 'basic' | 'digest';
  ms: number;
}
