import type { Store } from 'n3';
import type { Route } from './routes.js';

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
  /**
   * Which store each worker holds the graph in: `oxigraph` (default: a server is long-lived,
   * and Oxigraph answers the named queries 10x faster than Comunica over n3 even on the seed
   * graph), `n3`, `auto` (n3 below 4 MB of Turtle, Oxigraph from there on), or `index`: the
   * graph's persistent index (graph/.index/, written by `build`; needs `dir` and a current
   * index), opened in milliseconds without a copy of the graph per worker, but slower than
   * Oxigraph on queries that join every claim (bench/README.md).
   */
  storeKind?: 'auto' | 'n3' | 'oxigraph' | 'index';
  /** TCP port; 0 picks a free one. Default 7878. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /**
   * Time budget of a request in ms, counted from its arrival (queueing included); past it the
   * client gets 503 and the worker running it is replaced. Default 30000; at most 2^31-1.
   */
  timeoutMs?: number;
  /** Largest number of result rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one query may return. Default 100000. */
  maxResults?: number;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Longest accepted query text in characters. Default 262144. */
  maxQueryChars?: number;
  /** Deepest accepted nesting of `{ }`, `( )` and `[ ]` in a query. Default 100. */
  maxQueryDepth?: number;
  /** Longest accepted claim for `/check`, in characters. Default 1000. */
  maxClaimChars?: number;
  /** Time budget of one `/check` claim, ms of its worker's CPU time; past it: `CHECK_BUDGET` (503). Default that of src/check/recheck-depth.ts. */
  claimBudgetMs?: number;
  /** Number of query workers (threads, each holding its own copy of the graph). Default 2. */
  workers?: number;
  /** Loaded workers kept in reserve to replace a stopped one at once. Default 1. */
  spareWorkers?: number;
  /**
   * Memory for answers given before, per graph (answers.ts): at most this many bytes (strings
   * counted at 2 bytes a character), least recently used out first; 0 turns it off. Default
   * 64 MiB.
   */
  answerCacheBytes?: number;
  /** Scheduling of expensive requests; see `scheduler.ts`. */
  lanes?: Partial<LaneOptions>;
  /** Routes to serve besides the built-in ones (they win on the same path); see routes.ts. */
  routes?: Route[];
  /** Start the workbench's thread (and its copy of the graph) when the server starts instead of on the first page; `claimgraph serve` does. Default false. */
  warmWorkbench?: boolean;
  /** Sink of structured log lines; default: JSON lines on stderr. */
  log?: (entry: ServeLogEntry) => void;
}

/** The knobs of the scheduler (src/serve/scheduler.ts). */
export interface LaneOptions {
  /** A request still running after this many ms is expensive (the slow lane). Default 500. */
  fastBudgetMs: number;
  /** Workers the slow lane may hold at once. Default: workers - 1 (at least 1). */
  maxSlowRunning: number;
  /** Requests of one client (remote address) queued or running in the slow lane. Default 8. */
  maxSlowPerClient: number;
  /** Requests of one client queued or running in all. Default 64. */
  maxPerClient: number;
  /** Requests waiting for a worker in all. Default 256. */
  maxQueued: number;
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
  /** Stops accepting connections, answers what is pending with 503, ends the workers; resolves when all is closed. */
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

/** One unit of work for a query worker; `kind` picks its handler in `jobs.ts`. */
export type Job =
  | { kind: 'sparql'; query: string; defaultGraphs: string[]; namedGraphs: string[]; accept?: string; format?: string }
  | { kind: 'named'; name: string; params: Record<string, string>; accept?: string; format?: string }
  | { kind: 'check'; claim: string; format: 'json' | 'claimreview' };

/** A message from the server to a query worker. */
export interface WorkerRequest {
  id: number;
  job: Job;
}

/**
 * Where a request's time went (ms): `parse` (parsing and checking the query), `query` (running
 * it), `serialize` (the answer's bytes) in the worker; `transfer` (the answer's message from the
 * worker to the HTTP thread); `wait` (arrival to the start of the run that answered) and `run`
 * (hand-over to the worker to the answer back) in the scheduler. Logged with each request and
 * sent as `Server-Timing`.
 */
export type JobTiming = Partial<Record<'parse' | 'query' | 'serialize' | 'transfer' | 'wait' | 'run', number>>;

/** A worker's answer to a job: the HTTP response, computed and serialized in the worker. */
export type JobReply =
  /** `graph`: the answering worker's graph identity (pool.ts), which the answer cache keys by. */
  | { ok: true; status: number; contentType: string; body: string; timing?: JobTiming; graph?: string }
  | { ok: false; status: number; code: string; message: string; headers?: Record<string, string> };

/** A message from a query worker to the server. */
export type WorkerResponse =
  /** `sentAt`: the worker's clock (`performance.timeOrigin + performance.now()`) when it posted the answer. */
  | ({ id: number; sentAt?: number } & JobReply)
  /** `graph`: what the worker answers from (graph/claimgraph.ttl, the ontology, the named queries), hashed; absent when it could not tell. */
  | { id: -1; ready: true; triples: number; graph?: string }
  | { id: -1; failed: string };

/** What a query worker is started with. */
export interface WorkerInit {
  /** Project directory (graph and named queries). */
  dir?: string;
  /** The graph as N-Quads, when the server was given a store instead of a project. */
  nquads?: string;
  storeKind: 'auto' | 'n3' | 'oxigraph' | 'index';
  maxResults: number;
  /** Time budget of one `/check` claim (ms), when the server was given one. */
  claimBudgetMs?: number;
}

/** Options of `pushGraph`. Give `dir` (pushes `graph/claimgraph.ttl`) or `store`. */
export interface PushOptions {
  /** The store's SPARQL 1.1 Graph Store HTTP Protocol URL (`…/sparql-graph-crud-auth` for Virtuoso). */
  endpoint: string;
  /** SPARQL query endpoint used for the triple-count check; default: derived from `endpoint` (see `queryEndpointFor`). */
  queryEndpoint?: string;
  /** SPARQL 1.1 Update endpoint for the `MOVE` that replaces the target; default: derived from `endpoint` (see `updateEndpointFor`). */
  updateEndpoint?: string;
  /** Target named graph; default {@link DEFAULT_GRAPH_IRI}. */
  graph?: string;
  dir?: string;
  store?: Store;
  user?: string;
  password?: string;
  /** Triples per request into the temporary graph (the first PUT, the rest POSTed). Default 20000. */
  chunkSize?: number;
  /** Called after each chunk with triples sent so far and the total. */
  onProgress?: (sent: number, total: number) => void;
  /** Per-request time limit in ms (probes and counts: at most 15 s). Default 120000. */
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
