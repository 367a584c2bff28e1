/**
 * `claimgraph serve`: a SPARQL 1.1 Protocol endpoint over the project's graph.
 *
 * Routes: the workbench's pages and JSON APIs (`/`, `/articles`, `/entities`, `/check` for a
 * browser, `/api/...`: see `workbench/`); `GET|POST /sparql` queries (a GET without a query answers the
 * service description); `/health`; `/queries` and `/queries/NAME`; `/check?claim=`.
 * Queries run in a pool of worker threads (see `pool.ts`), so a runaway query is stopped by
 * its time limit without blocking the other clients.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writer } from 'n3';
import type { Store } from 'n3';
import { ClaimgraphError } from '../errors.js';
import { loadGraphStore } from '../graph/index.js';
import { PREFIXES } from '../graph/vocab.js';
import { checkClaim, checkResultToJSON, prepareCheck, toClaimReview } from '../check/index.js';
import { applyQueryParams, listNamedQueries, projectedVariables, resolveNamedQuery } from '../query/index.js';
import type { NamedQuery } from '../query/index.js';
import { QueryPool } from './pool.js';
import { BINDINGS_TYPES, GRAPH_TYPES, HttpError, negotiate, prepareQuery } from './protocol.js';
import type { BindingsType, GraphType } from './protocol.js';
import { serializeBindings, serializeGraph } from './results.js';
import { DESCRIPTION_PREFIXES, serviceDescription } from './description.js';
import { createWorkbench } from './workbench/index.js';
import { SPARQL_PATH } from './types.js';
import type { PlainResult, ServeLogEntry, ServeOptions, ServerHandle } from './types.js';

const STATUS_OF: Record<string, number> = {
  QUERY_SYNTAX: 400,
  QUERY_REFUSED: 403,
  QUERY_NOT_FOUND: 404,
  QUERY_RESULT_TOO_LARGE: 422,
  QUERY_TIMEOUT: 503,
  CHECK_INPUT: 400,
  USAGE: 400,
  CHECK_UNINTERPRETABLE: 422,
};

/** Prefixes for Turtle answers: the project's vocabulary and the standard ones. */
const TURTLE_PREFIXES: Record<string, string> = { ...PREFIXES };

/** Queries allowed to wait for a free worker before new ones get 503. */
const MAX_QUEUED = 64;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-Claimgraph-Error, Content-Type',
};

async function loadStore(opts: ServeOptions): Promise<Store> {
  if (opts.store) return opts.store;
  if (!opts.dir) throw new ClaimgraphError('USAGE', 'startServer needs a project dir or a store');
  return await loadGraphStore(opts.dir);
}

async function toNQuads(store: Store): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(store.getQuads(null, null, null, null));
  return await new Promise<string>((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError(413, `request body of ${declared} bytes exceeds the limit of ${limit} bytes`, 'BODY_TOO_LARGE'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new HttpError(413, `request body exceeds the limit of ${limit} bytes`, 'BODY_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => { if (!failed) resolve(Buffer.concat(chunks).toString('utf8')); });
    req.on('error', (e) => { if (!failed) reject(e); });
  });
}

interface ProtocolRequest {
  query?: string;
  update?: boolean;
  defaultGraphs: string[];
  namedGraphs: string[];
  format?: string;
}

function fromParams(params: URLSearchParams): ProtocolRequest {
  const queries = params.getAll('query');
  if (queries.length > 1) throw new HttpError(400, 'more than one "query" parameter', 'QUERY_SYNTAX');
  return {
    ...(queries[0] !== undefined ? { query: queries[0] } : {}),
    update: params.has('update'),
    defaultGraphs: params.getAll('default-graph-uri'),
    namedGraphs: params.getAll('named-graph-uri'),
    ...(params.get('format') ? { format: params.get('format')! } : {}),
  };
}

async function protocolRequest(req: IncomingMessage, url: URL, maxBody: number): Promise<ProtocolRequest> {
  if (req.method === 'GET' || req.method === 'HEAD') return fromParams(url.searchParams);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = await readBody(req, maxBody);
  if (type === 'application/sparql-query') {
    const p = fromParams(url.searchParams);
    return { ...p, query: body };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const merged = new URLSearchParams(url.searchParams);
    for (const [k, v] of new URLSearchParams(body)) merged.append(k, v);
    return fromParams(merged);
  }
  if (type === 'application/sparql-update') return { update: true, defaultGraphs: [], namedGraphs: [] };
  throw new HttpError(415, `unsupported Content-Type "${type || '(none)'}"; use application/sparql-query or application/x-www-form-urlencoded`, 'UNSUPPORTED_MEDIA_TYPE');
}

/**
 * Starts the endpoint; resolves once the graph is loaded in every worker and the port listens.
 *
 * @example
 * ```ts
 * const server = await startServer({ dir: '.', port: 0 });
 * const res = await fetch(`${server.endpoint}?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
 * await server.close();
 * ```
 */
export async function startServer(opts: ServeOptions): Promise<ServerHandle> {
  const host = opts.host ?? '127.0.0.1';
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxResults = opts.maxResults ?? 100_000;
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const log = opts.log ?? ((e: ServeLogEntry) => void process.stderr.write(`${JSON.stringify(e)}\n`));
  const store = await loadStore(opts);
  const queries: NamedQuery[] = opts.dir ? listNamedQueries(opts.dir).map((name) => resolveNamedQuery(opts.dir!, name)) : [];
  const started = Date.now();
  const pool = new QueryPool(await toNQuads(store), opts.workers ?? 2, (event, detail) =>
    log({ at: new Date().toISOString(), method: '-', path: '-', status: 0, ms: 0, event, ...detail }),
  );
  let triples: number;
  try {
    triples = await pool.ready();
  } catch (err) {
    await pool.close();
    throw new ClaimgraphError('INTERNAL', `query workers failed to start: ${err instanceof Error ? err.message : String(err)}`, {}, { cause: err });
  }

  const workbench = createWorkbench({ ...(opts.dir ? { dir: opts.dir } : {}), store, queries, timeoutMs, maxBodyBytes: maxBody, readBody, describeError });

  let base = '';
  const endpointUrl = (): string => `${base}${SPARQL_PATH.slice(1)}`;

  async function runProtocol(p: ProtocolRequest, accept: string | undefined, res: ServerResponse): Promise<void> {
    if (p.update) throw new ClaimgraphError('QUERY_REFUSED', 'this endpoint is read-only: SPARQL Update operations are refused (use `claimgraph build` to change the graph)');
    if (p.query === undefined) throw new HttpError(400, 'missing "query" parameter', 'QUERY_SYNTAX');
    const prepared = prepareQuery(p.query, { defaultGraphs: p.defaultGraphs, namedGraphs: p.namedGraphs });
    // negotiate before running, so an unacceptable request costs no query time
    const type: BindingsType | GraphType = prepared.form === 'quads'
      ? negotiate(accept, p.format, GRAPH_TYPES)
      : negotiate(accept, p.format, BINDINGS_TYPES);
    // a bounded queue: past it, clients are told to come back rather than wait behind a crowd
    if (pool.queued >= MAX_QUEUED) throw new HttpError(503, `${pool.queued} queries are waiting for a worker; retry later`, 'BUSY', { 'Retry-After': '2' });
    // a client that disconnects before its answer stops its query (its worker is replaced)
    const gone = new AbortController();
    const onClose = (): void => { if (!res.writableFinished) gone.abort(); };
    res.once('close', onClose);
    const result: PlainResult = await pool.run(prepared.sparql, { maxResults, timeoutMs, signal: gone.signal });
    // the same column order as `claimgraph query` (projection, or first appearance for SELECT *)
    if (result.type === 'bindings') result.variables = projectedVariables(prepared.ast, result.variables);
    const body = result.type === 'quads'
      ? await serializeGraph(result.triples, type as GraphType, TURTLE_PREFIXES)
      : serializeBindings(result, type as BindingsType);
    send(res, 200, `${type}; charset=utf-8`, body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS_HEADERS,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type, Accept',
        'Access-Control-Max-Age': '86400',
        Allow: 'GET, HEAD, POST, OPTIONS',
      });
      res.end();
      return;
    }
    // the workbench's pages, assets and APIs (it says false for the routes it does not own)
    if (await workbench.handle(req, res, url)) return;
    const path = url.pathname;
    const readOnlyRoute = path !== SPARQL_PATH;
    const allowed = readOnlyRoute ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'POST'];
    if (!allowed.includes(method)) {
      throw new HttpError(405, `method ${method} is not allowed on ${path}`, 'METHOD_NOT_ALLOWED', { Allow: [...allowed, 'OPTIONS'].join(', ') });
    }
    if (path === SPARQL_PATH) {
      const p = await protocolRequest(req, url, maxBody);
      if (p.query === undefined && !p.update && method !== 'POST') {
        const type = negotiate(req.headers.accept, p.format, GRAPH_TYPES);
        send(res, 200, `${type}; charset=utf-8`, await serializeGraph(serviceDescription(endpointUrl(), triples), type, DESCRIPTION_PREFIXES));
        return;
      }
      await runProtocol(p, req.headers.accept, res);
      return;
    }
    if (path === '/health') {
      sendJson(res, 200, { status: 'ok', triples, workers: pool.size, workersReady: pool.loaded, busy: pool.busy, queued: pool.queued, uptimeMs: Date.now() - started });
      return;
    }
    if (path === '/queries' || path === '/queries/') {
      sendJson(res, 200, queries.map((q) => ({ name: q.name, title: q.title, description: q.description, params: q.params, url: `${base}queries/${q.name}` })));
      return;
    }
    if (path.startsWith('/queries/')) {
      const name = decodeURIComponent(path.slice('/queries/'.length)).replace(/\.rq$/, '');
      const q = queries.find((x) => x.name === name);
      if (!q) throw new ClaimgraphError('QUERY_NOT_FOUND', `no named query "${name}"; see /queries`);
      // declared parameters may be given as URL parameters (`?org=cgr:acme`)
      const values: Record<string, string> = {};
      for (const p of q.params) {
        const v = url.searchParams.get(p.name);
        if (v !== null) values[p.name] = v;
      }
      const { sparql } = applyQueryParams(q, values);
      const format = url.searchParams.get('format');
      await runProtocol({ query: sparql, defaultGraphs: [], namedGraphs: [], ...(format ? { format } : {}) }, req.headers.accept, res);
      return;
    }
    if (path === '/check') {
      await handleCheck(url, res);
      return;
    }
    throw new HttpError(404, `no route ${path}; the SPARQL endpoint is ${SPARQL_PATH}`, 'NOT_FOUND');
  }

  // the fact checker's context (labels, lexicon, axioms) is built on the first /check only
  let checkContext: unknown;
  async function handleCheck(url: URL, res: ServerResponse): Promise<void> {
    const claim = url.searchParams.get('claim');
    if (!claim || !claim.trim()) throw new ClaimgraphError('CHECK_INPUT', 'missing "claim" parameter: /check?claim=<a statement in English>');
    const format = url.searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'claimreview') throw new HttpError(406, `format "${format}" is not available for /check; use json or claimreview`, 'NOT_ACCEPTABLE');
    checkContext ??= prepareCheck(store, opts.dir ? { dir: opts.dir } : {});
    const result = await checkClaim(store, claim, { context: checkContext, ...(opts.dir ? { dir: opts.dir } : {}) });
    sendJson(res, 200, format === 'claimreview' ? toClaimReview(result) : checkResultToJSON(result));
  }

  const server = createServer((req, res) => {
    const t0 = performance.now();
    let errorCode: string | undefined;
    const url = new URL(req.url ?? '/', 'http://localhost');
    // 'close' also fires when the client left before the answer, which is worth a line too
    res.once('close', () => {
      const gone = res.writableFinished ? {} : { clientGone: true };
      log({ at: new Date().toISOString(), method: req.method ?? '-', path: url.pathname, status: res.statusCode, ms: Math.round((performance.now() - t0) * 10) / 10, ...(errorCode ? { error: errorCode } : {}), ...gone });
    });
    handle(req, res, url).catch((err: unknown) => {
      const { status, code, message, headers } = describeError(err);
      errorCode = code;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // an oversized body is not read: close the connection after answering, and discard what
      // the client is still sending (up to a bound) so it can read the 413
      const close: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
      send(res, status, 'text/plain; charset=utf-8', `error[${code}]: ${message}\n`, { 'X-Claimgraph-Error': code, ...headers, ...close });
      if (status === 413) {
        let drained = 0;
        req.on('data', (c: Buffer) => {
          drained += c.length;
          if (drained > 16 * maxBody) req.destroy();
        });
        req.resume();
      }
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e) => reject(new ClaimgraphError('IO', `cannot listen on ${host}:${opts.port ?? 7878}: ${e.message}`)));
      server.listen(opts.port ?? 7878, host, () => resolve());
    });
  } catch (err) {
    await Promise.all([pool.close(), workbench.close()]);
    throw err;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 7878);
  const hostPart = host.includes(':') ? `[${host}]` : host;
  base = `http://${hostPart}:${port}/`;
  log({ at: new Date().toISOString(), method: '-', path: '-', status: 0, ms: 0, event: 'listening', url: base, endpoint: endpointUrl(), triples, workers: pool.size });
  if (opts.warmWorkbench) workbench.warm();
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host)) {
    // the endpoint has no authentication: say so when it is reachable from other machines
    log({ at: new Date().toISOString(), method: '-', path: '-', status: 0, ms: 0, event: 'warning', message: `listening on ${host}, beyond loopback: anyone who can reach this address can query the graph` });
  }

  return {
    url: base,
    endpoint: endpointUrl(),
    port,
    triples,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([pool.close(), workbench.close()]);
    },
  };
}

function describeError(err: unknown): { status: number; code: string; message: string; headers: Record<string, string> } {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message, headers: err.headers };
  if (err instanceof ClaimgraphError) return { status: STATUS_OF[err.code] ?? 500, code: err.code, message: err.message, headers: {} };
  return { status: 500, code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), headers: {} };
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(data, null, 2)}\n`);
}
