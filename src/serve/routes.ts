/**
 * The routes of `claimgraph serve`. Each is a record: the path it answers (exact, or a prefix
 * ending in `/`), its methods, and a handler. Handlers run on the HTTP thread, so they do only
 * bounded work there (limits on sizes, the pre-scan of `prescan.ts`) and hand everything that
 * depends on a request's content to a worker through `ctx.submit`.
 *
 * To add a route: put a {@link Route} in `ServeOptions.routes` (or in `builtinRoutes`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NamedQuery } from '../query/index.js';
import { serializeGraph } from './results.js';
import { DESCRIPTION_PREFIXES, serviceDescription } from './description.js';
import { negotiate, GRAPH_TYPES } from './protocol.js';
import { HttpError } from './reply.js';
import { protocolRequest, send, sendJson, sendReply } from './http.js';
import { normalizeQuery, prescanQuery } from './prescan.js';
import { SPARQL_PATH } from './types.js';
import type { Job, JobReply } from './types.js';

/** What a route handler gets. */
export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The server's state and settings. */
  server: ServerInfo;
  /**
   * Hands a job to the workers (deadline from the request's arrival, lanes, fairness: see
   * scheduler.ts); `key` names the request for the scheduler's memory of expensive ones.
   */
  submit(job: Job, key: string): Promise<JobReply>;
}

/** What the routes know about the server. */
export interface ServerInfo {
  /** Base URL, ending in `/`. */
  base(): string;
  endpoint(): string;
  triples: number;
  queries: NamedQuery[];
  maxBodyBytes: number;
  maxQueryChars: number;
  maxQueryDepth: number;
  maxClaimChars: number;
  /** The numbers `/health` reports. */
  health(): Record<string, unknown>;
}

/** One route. */
export interface Route {
  /** An exact path (`/health`), or a prefix ending in `/` (`/queries/`) that matches longer paths. */
  path: string;
  /** Accepted methods (OPTIONS is answered for every route). */
  methods: readonly string[];
  handle(ctx: RouteContext): Promise<void> | void;
}

const READ = ['GET', 'HEAD'] as const;

async function sparqlRoute(ctx: RouteContext): Promise<void> {
  const { req, res, url, server } = ctx;
  const p = await protocolRequest(req, url, server.maxBodyBytes);
  if (p.update) throw new HttpError(403, 'this endpoint is read-only: SPARQL Update operations are refused (use `claimgraph build` to change the graph)', 'QUERY_REFUSED');
  if (p.query === undefined) {
    if (req.method === 'POST') throw new HttpError(400, 'missing "query" parameter', 'QUERY_SYNTAX');
    // a GET without a query: the service description
    const type = negotiate(req.headers.accept, p.format, GRAPH_TYPES);
    send(res, 200, `${type}; charset=utf-8`, await serializeGraph(serviceDescription(server.endpoint(), server.triples), type, DESCRIPTION_PREFIXES));
    return;
  }
  prescanQuery(p.query, { maxChars: server.maxQueryChars, maxDepth: server.maxQueryDepth });
  const job: Job = {
    kind: 'sparql', query: p.query, defaultGraphs: p.defaultGraphs, namedGraphs: p.namedGraphs,
    ...(req.headers.accept ? { accept: req.headers.accept } : {}), ...(p.format ? { format: p.format } : {}),
  };
  sendReply(res, await ctx.submit(job, `sparql\n${p.defaultGraphs.join(' ')}\n${p.namedGraphs.join(' ')}\n${normalizeQuery(p.query)}`));
}

async function namedRoute(ctx: RouteContext): Promise<void> {
  const { req, res, url, server } = ctx;
  // a malformed %-escape throws URIError, answered as 400
  const name = decodeURIComponent(url.pathname.slice('/queries/'.length)).replace(/\.rq$/, '');
  const q = server.queries.find((x) => x.name === name);
  if (!q) throw new HttpError(404, `no named query "${name}"; see /queries`, 'QUERY_NOT_FOUND');
  // declared parameters may be given as URL parameters (`?org=cgr:acme`); the URL is bounded
  // by Node's header size limit, and the values are read in the worker
  const params: Record<string, string> = {};
  for (const p of q.params) {
    const v = url.searchParams.get(p.name);
    if (v !== null) params[p.name] = v;
  }
  const format = url.searchParams.get('format');
  const job: Job = { kind: 'named', name, params, ...(req.headers.accept ? { accept: req.headers.accept } : {}), ...(format ? { format } : {}) };
  sendReply(res, await ctx.submit(job, `named\n${name}\n${JSON.stringify(params)}`));
}

async function checkRoute(ctx: RouteContext): Promise<void> {
  const { res, url, server } = ctx;
  const claim = url.searchParams.get('claim');
  if (!claim || !claim.trim()) throw new HttpError(400, 'missing "claim" parameter: /check?claim=<a statement in English>', 'CHECK_INPUT');
  const limit = server.maxClaimChars;
  if (claim.length > limit) throw new HttpError(400, `the claim is ${claim.length} characters long; this server checks at most ${limit} (one sentence)`, 'CHECK_INPUT');
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'claimreview') throw new HttpError(406, `format "${format}" is not available for /check; use json or claimreview`, 'NOT_ACCEPTABLE');
  sendReply(res, await ctx.submit({ kind: 'check', claim, format }, `check\n${claim}`));
}

/**
 * The built-in routes: the SPARQL endpoint, health, named queries, fact checks (the pages are the
 * workbench's, asked before these).
 *
 * @example
 * ```ts
 * builtinRoutes().map((r) => r.path); // ['/sparql', '/health', ...]
 * ```
 */
export function builtinRoutes(): Route[] {
  const list: Route['handle'] = ({ res, server }) =>
    sendJson(res, 200, server.queries.map((q) => ({ name: q.name, title: q.title, description: q.description, params: q.params, url: `${server.base()}queries/${q.name}` })));
  return [
    // the page itself is the workbench's (asked first); this record gives other methods their 405
    { path: '/', methods: READ, handle: () => { throw new HttpError(404, 'no page here; the SPARQL endpoint is /sparql', 'NOT_FOUND'); } },
    { path: SPARQL_PATH, methods: [...READ, 'POST'], handle: sparqlRoute },
    { path: '/health', methods: READ, handle: ({ res, server }) => sendJson(res, 200, server.health()) },
    { path: '/queries', methods: READ, handle: list },
    { path: '/queries/', methods: READ, handle: (ctx) => (ctx.url.pathname === '/queries/' ? list(ctx) : namedRoute(ctx)) },
    { path: '/check', methods: READ, handle: checkRoute },
  ];
}

/**
 * The route for a path: an exact match first, then the longest prefix route.
 *
 * @example
 * ```ts
 * findRoute(builtinRoutes(), '/queries/members-of')?.path; // '/queries/'
 * ```
 */
export function findRoute(routes: readonly Route[], path: string): Route | undefined {
  const exact = routes.find((r) => r.path === path);
  if (exact) return exact;
  let best: Route | undefined;
  for (const r of routes) {
    if (r.path.endsWith('/') && r.path !== '/' && path.startsWith(r.path) && (!best || r.path.length > best.path.length)) best = r;
  }
  return best;
}
