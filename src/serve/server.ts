/**
 * `claimgraph serve`: a SPARQL 1.1 Protocol endpoint over the project's graph.
 *
 * Routes: the workbench's pages and JSON APIs (`/`, `/articles`, `/entities`, `/check` for a
 * browser, `/api/...`: see `workbench/`, asked first); then routes.ts: `GET|POST /sparql` queries
 * (a GET without a query answers the service description); `/health`; `/queries` and
 * `/queries/NAME`; `/check?claim=`.
 *
 * The HTTP thread never computes on a request's content: it reads bounded bodies, refuses texts
 * too long or too deeply nested (prescan.ts), and hands each query or claim to a pool of worker
 * threads (pool.ts) through a scheduler (scheduler.ts) that gives every request a deadline from
 * its arrival, keeps expensive requests in a lane of their own, and serves clients in turn. So
 * `/health`, the page and the cheap queries answer whatever else runs.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Store, Writer } from 'n3';
import { ClaimgraphError } from '../errors.js';
import { indexStatus, INDEX_FILE, passedOver, worthANotice } from '../index-store/index.js';
import { listNamedQueries, resolveNamedQuery } from '../query/index.js';
import type { NamedQuery } from '../query/index.js';
import { WorkerPool } from './pool.js';
import { Scheduler, LANE_DEFAULTS } from './scheduler.js';
import { ANSWER_CACHE_DEFAULTS, Answers } from './answers.js';
import { HttpError } from './reply.js';
import { CORS_HEADERS, errorReply, readBody, sendError } from './http.js';
import { createWorkbench } from './workbench/index.js';
import { builtinRoutes, findRoute } from './routes.js';
import type { RouteContext, ServerInfo } from './routes.js';
import { SPARQL_PATH } from './types.js';
import type { JobTiming, LaneOptions, ServeLogEntry, ServeOptions, ServerHandle } from './types.js';

/** The largest delay `setTimeout` honours (2^31-1 ms); a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

async function toNQuads(store: Store): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(store.getQuads(null, null, null, null));
  return await new Promise<string>((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

function positive(name: string, value: number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1 || v > max) throw new ClaimgraphError('USAGE', `${name} must be an integer from 1 to ${max}, got ${v}`);
  return v;
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
  if (!opts.dir && !opts.store) throw new ClaimgraphError('USAGE', 'startServer needs a project dir or a store');
  if (opts.storeKind === 'index') requireIndex(opts);
  const host = opts.host ?? '127.0.0.1';
  const timeoutMs = positive('timeoutMs', opts.timeoutMs, 30_000, MAX_TIMEOUT_MS);
  const workers = positive('workers', opts.workers, 2, 64);
  const log = opts.log ?? ((e: ServeLogEntry) => void process.stderr.write(`${JSON.stringify(e)}\n`));
  const event = (name: string, detail: Record<string, unknown>): void =>
    log({ at: new Date().toISOString(), method: '-', path: '-', status: 0, ms: 0, event: name, ...detail });
  const queries: NamedQuery[] = opts.dir ? listNamedQueries(opts.dir).map((name) => resolveNamedQuery(opts.dir!, name)) : [];
  const pool = new WorkerPool(
    {
      ...(opts.dir && !opts.store ? { dir: opts.dir } : { nquads: await toNQuads(opts.store!), ...(opts.dir ? { dir: opts.dir } : {}) }),
      storeKind: opts.storeKind ?? 'oxigraph',
      maxResults: positive('maxResults', opts.maxResults, 100_000),
      ...(opts.claimBudgetMs !== undefined ? { claimBudgetMs: positive('claimBudgetMs', opts.claimBudgetMs, 1) } : {}),
    },
    workers,
    opts.spareWorkers ?? 1,
    event,
  );
  let triples: number;
  try {
    triples = await pool.ready();
  } catch (err) {
    await pool.close();
    throw new ClaimgraphError('INTERNAL', `query workers failed to start: ${err instanceof Error ? err.message : String(err)}`, {}, { cause: err });
  }
  const lanes: LaneOptions = { ...LANE_DEFAULTS, maxSlowRunning: Math.max(1, workers - 1), ...(opts.lanes ?? {}) };
  const scheduler = new Scheduler(pool, lanes, timeoutMs, event);
  const cacheBytes = opts.answerCacheBytes ?? ANSWER_CACHE_DEFAULTS.maxBytes;
  if (!Number.isInteger(cacheBytes) || cacheBytes < 0) throw new ClaimgraphError('USAGE', `answerCacheBytes must be an integer >= 0, got ${cacheBytes}`);
  const answers = new Answers(scheduler, () => pool.graphId, cacheBytes > 0 ? { ...ANSWER_CACHE_DEFAULTS, maxBytes: cacheBytes, maxEntryBytes: Math.floor(cacheBytes / 2) } : undefined, lanes.maxPerClient);
  const routes = [...(opts.routes ?? []), ...builtinRoutes()];
  // the workbench's threads load the project's graph themselves; `store` only serves without one
  const workbench = createWorkbench({
    ...(opts.dir ? { dir: opts.dir } : {}), store: opts.store ?? new Store(), queries, timeoutMs,
    // `--store index`: the workbench's threads read the index too (no Turtle parsed per thread)
    ...(opts.storeKind === 'index' ? { index: true } : {}),
    maxBodyBytes: positive('maxBodyBytes', opts.maxBodyBytes, 1024 * 1024), readBody,
    onWorkerError: (err) => event('workbench-worker-error', { message: err instanceof Error ? err.message : String(err) }),
    describeError: (err) => {
      const e = errorReply(err);
      return { status: e.status, code: e.code, message: e.message, headers: e.headers ?? {} };
    },
  });

  const started = Date.now();
  let base = '';
  const info: ServerInfo = {
    base: () => base,
    endpoint: () => `${base}${SPARQL_PATH.slice(1)}`,
    triples,
    queries,
    maxBodyBytes: positive('maxBodyBytes', opts.maxBodyBytes, 1024 * 1024),
    maxQueryChars: positive('maxQueryChars', opts.maxQueryChars, 256 * 1024),
    maxQueryDepth: positive('maxQueryDepth', opts.maxQueryDepth, 100),
    maxClaimChars: positive('maxClaimChars', opts.maxClaimChars, 1000),
    health: () => ({
      status: 'ok', triples, workers: pool.size, workersReady: pool.loadedCount, sparesReady: pool.sparesReady,
      busy: pool.busy, queued: scheduler.queued.fast + scheduler.queued.slow, lanes: { queued: scheduler.queued, running: scheduler.runningCount },
      restarts: pool.restarts, refused: scheduler.refused, uptimeMs: Date.now() - started, pid: process.pid,
      answers: { cached: answers.counts.cached, shared: answers.counts.shared, held: answers.cache?.size ?? 0, heldBytes: answers.cache?.bytes ?? 0, graph: pool.graphId?.slice(0, 16) ?? null },
    }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, arrival: number, note: LogNote): Promise<void> {
    const method = req.method ?? 'GET';
    const route = findRoute(routes, url.pathname);
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS_HEADERS,
        'Access-Control-Allow-Methods': [...(route?.methods ?? ['GET', 'HEAD']), 'OPTIONS'].join(', '),
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type, Accept',
        'Access-Control-Max-Age': '86400',
        Allow: [...(route?.methods ?? ['GET', 'HEAD']), 'OPTIONS'].join(', '),
      });
      res.end();
      return;
    }
    // the workbench's pages, assets and APIs (it says false for the routes it does not own)
    if (await workbench.handle(req, res, url)) return;
    if (!route) throw new HttpError(404, `no route ${url.pathname}; the SPARQL endpoint is ${SPARQL_PATH}`, 'NOT_FOUND');
    if (!route.methods.includes(method)) {
      throw new HttpError(405, `method ${method} is not allowed on ${url.pathname}`, 'METHOD_NOT_ALLOWED', { Allow: [...route.methods, 'OPTIONS'].join(', ') });
    }
    const client = req.socket.remoteAddress ?? '-';
    const ctx: RouteContext = {
      req, res, url, server: info,
      submit: async (job, key) => {
        // a client that hangs up before its answer leaves the queue (or frees an expensive worker)
        const gone = new AbortController();
        res.once('close', () => { if (!res.writableFinished) gone.abort(); });
        const reply = await answers.answer({ job, client, key, arrival, signal: gone.signal });
        if (reply.via) note.via = reply.via;
        if (reply.ok && reply.timing) note.timing = reply.timing;
        return reply;
      },
    };
    await route.handle(ctx);
  }

  const server = createServer((req, res) => {
    const arrival = performance.now();
    let errorCode: string | undefined;
    let path = '-';
    const note: LogNote = {};
    // 'close' also fires when the client left before the answer, which is worth a line too
    res.once('close', () => {
      const gone = res.writableFinished ? {} : { clientGone: true };
      log({
        at: new Date().toISOString(), method: req.method ?? '-', path, status: res.statusCode, ms: Math.round((performance.now() - arrival) * 10) / 10,
        ...(errorCode ? { error: errorCode } : {}), ...gone, ...(note.via ? { via: note.via } : {}), ...(note.timing ? { timing: roundTiming(note.timing) } : {}),
      });
    });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      path = url.pathname;
    } catch {
      url = new URL('http://localhost/');
    }
    handle(req, res, url, arrival, note).catch((err: unknown) => {
      const reply = errorReply(err);
      errorCode = reply.code;
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      // an oversized body is not read: close the connection after answering, and discard what
      // the client is still sending (up to a bound) so it can read the 413
      if (reply.status === 413) reply.headers = { ...(reply.headers ?? {}), Connection: 'close' };
      sendError(res, reply);
      if (reply.status === 413) {
        let drained = 0;
        req.on('data', (c: Buffer) => {
          drained += c.length;
          if (drained > 16 * info.maxBodyBytes) req.destroy();
        });
        req.resume();
      }
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  // a client that trickles its headers or body is cut off well before the request's own budget
  server.requestTimeout = Math.min(timeoutMs, 60_000);
  server.headersTimeout = Math.min(20_000, server.requestTimeout);
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
  event('listening', { url: base, endpoint: info.endpoint(), triples, workers: pool.size });
  if (opts.warmWorkbench) workbench.warm();
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host)) {
    // the endpoint has no authentication: say so when it is reachable from other machines
    event('warning', { message: `listening on ${host}, beyond loopback: anyone who can reach this address can query the graph` });
  }
  // /check and the workbench read a large graph through its index when current: say when it is not
  if (opts.dir && !opts.store && opts.storeKind !== 'index') {
    const status = indexStatus(opts.dir);
    if (status.state !== 'current' && worthANotice(opts.dir, status.state)) event('warning', { message: `/check and the workbench: ${passedOver(status)}` });
  }

  let closing: Promise<void> | undefined;
  return {
    url: base,
    endpoint: info.endpoint(),
    port,
    triples,
    close() {
      closing ??= (async () => {
        scheduler.close();
        await Promise.all([
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
          pool.close(),
          workbench.close(),
        ]);
      })();
      return closing;
    },
  };
}

/** What the request log line says besides the response: how the answer was got, and where its time went. */
interface LogNote {
  via?: 'cache' | 'shared';
  timing?: JobTiming;
}

function roundTiming(t: JobTiming): JobTiming {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

/** `storeKind: 'index'` needs the project's index, current: said before any worker starts. */
function requireIndex(opts: ServeOptions): void {
  if (!opts.dir || opts.store) throw new ClaimgraphError('USAGE', '--store index serves a project\'s built graph through its index (graph/.index/): it needs a project dir, not a store');
  const status = indexStatus(opts.dir);
  if (status.state !== 'current') throw new ClaimgraphError('IO', `--store index: ${status.reason}; run \`claimgraph build\` to write it`, { file: INDEX_FILE });
}
