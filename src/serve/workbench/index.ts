/**
 * The workbench of `claimgraph serve`: pages for querying with citations, reading an article
 * with its claims, an entity with its neighbourhood, and checking a claim, plus the JSON APIs
 * they read (documented in docs/workbench.md). `createWorkbench` gives the server one
 * `handle(req, res, url)` that answers the workbench's routes and says `false` for the others.
 *
 * Every request-dependent read of the graph runs in the task threads of `pool.ts`, under the
 * server's time limit counted from the request's arrival; the main thread only routes, checks
 * parameters and copies bytes. The threads start on the first workbench request, so a server
 * used only as a SPARQL endpoint never pays for them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writer } from 'n3';
import type { Store } from 'n3';
import type { NamedQuery } from '../../query/index.js';
import { HttpError, negotiate } from '../protocol.js';
import { assetCacheControl, assetFile, viewPreloads } from './assets.js';
import { renderView } from './pages.js';
import { viewFetches } from './view-urls.js';
import { checkPath, normaliseClaim, pathFor } from './paths.js';
import { TaskPool } from './pool.js';
import { entityIri } from './entities.js';
import type { CheckView, Resolved, SearchResult, Vocabulary, WorkbenchTask } from './types.js';

export type * from './types.js';
export { pathFor, checkPath, normaliseClaim } from './paths.js';
export { contentSecurityPolicy } from './pages.js';
export { runTask, taskState } from './tasks.js';

/** Limits of the workbench's APIs (documented in docs/workbench.md). */
export const WORKBENCH_LIMITS = {
  /** Articles per page of `/api/articles`. */
  articlesPerPage: 200,
  /** Claims per page of an entity's group. */
  claimsPerPage: 200,
  /** Rows of a query with citations. */
  citedRows: 2_000,
  /** Nodes of a neighbourhood drawing. */
  neighbourhoodNodes: 300,
  /** Edges of a neighbourhood drawing. */
  neighbourhoodEdges: 600,
  /** Hits of an entity search. */
  searchHits: 50,
  /** Characters of a claim to check, and of a query to cite (the server's body limit applies too). */
  claimChars: 2_000,
} as const;

/** What the server hands the workbench. */
export interface WorkbenchOptions {
  /** The project dir (the threads load its graph and ontology), or `store` when there is none. */
  dir?: string;
  store: Store;
  queries: NamedQuery[];
  /** Per-request time limit, counted from arrival. */
  timeoutMs: number;
  maxBodyBytes: number;
  /** With `dir`: the task threads open the project's persistent index instead of loading the Turtle (`serve --store index`). */
  index?: boolean;
  /** Task threads (each holds a copy of the graph, or opens the index). Default 1. */
  threads?: number;
  /** Reads a request body within the limit (the server's own reader). */
  readBody: (req: IncomingMessage, limit: number) => Promise<string>;
  /** Hears a task thread's error that no request was waiting for (the server logs it as an event). */
  onWorkerError?: (err: unknown) => void;
  /** The server's error mapping (status, code, message, headers). */
  describeError: (err: unknown) => { status: number; code: string; message: string; headers: Record<string, string> };
}

/** The workbench's routes, for the server. */
export interface Workbench {
  /** Answers a workbench route and resolves true, or resolves false for a path it does not own. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Starts the task threads and their graph load now rather than on the first page. */
  warm(): void;
  /** Ends the task threads. */
  close(): Promise<void>;
}

/**
 * An integer parameter in decimal digits (no sign, exponent, hex or fraction), within bounds;
 * absent or empty: the default. Anything else is a 400 naming the parameter and its range.
 */
function intParam(url: URL, name: string, dflt: number, min: number, max: number): number {
  const all = url.searchParams.getAll(name);
  if (all.length > 1) throw new HttpError(400, `parameter "${name}" is given ${all.length} times; give it once`, 'BAD_PARAMETER');
  const raw = all[0];
  if (raw === undefined || raw === '') return dflt;
  const n = /^[0-9]{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new HttpError(400, `parameter "${name}" must be ${range}, got "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`, 'BAD_PARAMETER');
  }
  return n;
}

/** `sources`: the first N sources of each claim (1 to 1,000); absent, every source (0). */
function sourcesParam(url: URL): number {
  return intParam(url, 'sources', 0, 1, 1000);
}

function requiredParam(url: URL, name: string, max: number): string {
  const v = url.searchParams.get(name);
  if (v === null || !v.trim()) throw new HttpError(400, `missing parameter "${name}"`, 'BAD_PARAMETER');
  if (v.length > max) throw new HttpError(400, `parameter "${name}" is longer than ${max} characters`, 'BAD_PARAMETER');
  return v;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, `malformed percent-encoding in the path: "${s}"`, 'BAD_PARAMETER');
  }
}

const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function sendJson(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(data), headers);
}

function sendJsonText(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Access-Control-Allow-Origin': '*', ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { ...SECURITY_HEADERS, Location: location, 'Content-Length': 0 });
  res.end();
}

async function toNQuads(store: Store): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(store.getQuads(null, null, null, null));
  return await new Promise<string>((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

/**
 * Creates the workbench over a server's graph.
 *
 * @example
 * ```ts
 * const workbench = createWorkbench({ dir, store, queries, timeoutMs: 30_000, maxBodyBytes: 1 << 20, readBody, describeError });
 * if (await workbench.handle(req, res, url)) return;
 * ```
 */
export function createWorkbench(opts: WorkbenchOptions): Workbench {
  let pool: Promise<TaskPool> | undefined;
  let vocabulary: string | undefined;
  const assets = new Map<string, { body: Buffer; etag: string }>();
  const getPool = (): Promise<TaskPool> =>
    (pool ??= (async () => new TaskPool(opts.dir ? { dir: opts.dir, ...(opts.index ? { index: true } : {}) } : { nquads: await toNQuads(opts.store) }, opts.threads ?? 1, opts.onWorkerError))());

  /** Runs a task under the request's deadline; its answer as JSON text. */
  async function taskJson(t: WorkbenchTask, arrived: number, res: ServerResponse): Promise<string> {
    const gone = new AbortController();
    const onClose = (): void => { if (!res.writableFinished) gone.abort(); };
    res.once('close', onClose);
    try {
      return await (await getPool()).run(t, arrived + opts.timeoutMs, gone.signal);
    } finally {
      res.off('close', onClose);
    }
  }

  /** A task whose (small) answer the main thread reads: search hits, a resolved path, a check page. */
  async function task<R>(t: WorkbenchTask, arrived: number, res: ServerResponse): Promise<R> {
    return JSON.parse(await taskJson(t, arrived, res)) as R;
  }

  /** Sends a task's answer as it came from the thread. */
  async function answer(res: ServerResponse, t: WorkbenchTask, arrived: number): Promise<void> {
    sendJsonText(res, 200, await taskJson(t, arrived, res));
  }

  function page(res: ServerResponse, view: Parameters<typeof renderView>[0], data: Record<string, unknown>, extra: Parameters<typeof renderView>[2] = {}, status = 200): void {
    const p = renderView(view, data, { preload: viewPreloads(view), fetches: viewFetches(view, typeof data.id === 'string' ? data.id : undefined), ...extra });
    res.writeHead(status, { ...p.headers, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(p.html) });
    res.end(p.html);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, arrived: number): Promise<void> {
    const path = url.pathname;
    const parts = path.split('/').filter(Boolean).slice(1).map(decodeSegment);
    const [what, id, sub] = parts;
    if (what === undefined) {
      sendJson(res, 200, { routes: ['/api/vocabulary', '/api/articles', '/api/articles/{id}', '/api/entities/{id}', '/api/entities/{id}/claims', '/api/entities/{id}/neighbourhood', '/api/search?q=', '/api/resolve?iri=', '/api/cite', '/api/check?claim='], docs: 'docs/workbench.md' });
      return;
    }
    if (what === 'vocabulary' && parts.length === 1) {
      // the same for every request while the server runs: made once
      if (!vocabulary) {
        const v = await task<Vocabulary>({ kind: 'vocabulary' }, arrived, res);
        vocabulary = JSON.stringify({ ...v, queries: opts.queries.map(({ name, title, description, sparql }) => ({ name, title, description, sparql })) });
      }
      sendJsonText(res, 200, vocabulary);
      return;
    }
    if (what === 'articles' && parts.length === 1) {
      const limit = intParam(url, 'limit', 50, 1, WORKBENCH_LIMITS.articlesPerPage);
      await answer(res, { kind: 'articles', offset: intParam(url, 'offset', 0, 0, Number.MAX_SAFE_INTEGER), limit }, arrived);
      return;
    }
    if (what === 'articles' && id !== undefined && parts.length === 2) {
      await answer(res, { kind: 'article', id }, arrived);
      return;
    }
    if (what === 'entities' && id !== undefined) {
      const iri = entityIri(id);
      if (parts.length === 2) {
        const claim = url.searchParams.has('claim') ? requiredParam(url, 'claim', 4000) : undefined;
        await answer(res, { kind: 'entity', iri, perGroup: intParam(url, 'perGroup', 10, 0, WORKBENCH_LIMITS.claimsPerPage), sources: sourcesParam(url), ...(claim !== undefined ? { claim } : {}) }, arrived);
        return;
      }
      if (sub === 'claims' && parts.length === 3) {
        const direction = url.searchParams.get('direction') ?? 'out';
        if (direction !== 'out' && direction !== 'in') throw new HttpError(400, 'parameter "direction" must be "out" or "in"', 'BAD_PARAMETER');
        await answer(res, {
          kind: 'entity-claims', iri, direction, property: requiredParam(url, 'property', 2000),
          offset: intParam(url, 'offset', 0, 0, Number.MAX_SAFE_INTEGER), limit: intParam(url, 'limit', 25, 1, WORKBENCH_LIMITS.claimsPerPage), sources: sourcesParam(url),
        }, arrived);
        return;
      }
      if (sub === 'neighbourhood' && parts.length === 3) {
        await answer(res, {
          kind: 'neighbourhood', iri, hops: intParam(url, 'hops', 2, 1, 2),
          maxNodes: intParam(url, 'maxNodes', 60, 1, WORKBENCH_LIMITS.neighbourhoodNodes), maxEdges: intParam(url, 'maxEdges', 150, 0, WORKBENCH_LIMITS.neighbourhoodEdges),
        }, arrived);
        return;
      }
    }
    if (what === 'search' && parts.length === 1) {
      await answer(res, { kind: 'search', q: requiredParam(url, 'q', 200), limit: intParam(url, 'limit', 10, 1, WORKBENCH_LIMITS.searchHits) }, arrived);
      return;
    }
    if (what === 'resolve' && parts.length === 1) {
      await answer(res, { kind: 'resolve', iri: requiredParam(url, 'iri', 4000) }, arrived);
      return;
    }
    if (what === 'cite' && parts.length === 1) {
      await answer(res, { kind: 'cite', query: await citeQuery(req, url), maxRows: WORKBENCH_LIMITS.citedRows }, arrived);
      return;
    }
    if (what === 'check' && parts.length === 1) {
      await answer(res, { kind: 'check', claim: normaliseClaim(requiredParam(url, 'claim', WORKBENCH_LIMITS.claimChars)) }, arrived);
      return;
    }
    throw new HttpError(404, `no workbench API at ${path}; see /api/`, 'NOT_FOUND');
  }

  /** The query of `/api/cite`: `?query=` on GET, or a form / `application/sparql-query` body on POST. */
  async function citeQuery(req: IncomingMessage, url: URL): Promise<string> {
    if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const body = await opts.readBody(req, opts.maxBodyBytes);
      if (type === 'application/sparql-query') return body;
      if (type === 'application/x-www-form-urlencoded') {
        const q = new URLSearchParams(body).get('query');
        if (q) return q;
        throw new HttpError(400, 'missing "query" in the form body', 'QUERY_SYNTAX');
      }
      throw new HttpError(415, `unsupported Content-Type "${type || '(none)'}"; use application/sparql-query or application/x-www-form-urlencoded`, 'UNSUPPORTED_MEDIA_TYPE');
    }
    const q = url.searchParams.get('query');
    if (!q) throw new HttpError(400, 'missing "query" parameter', 'QUERY_SYNTAX');
    return q;
  }

  async function pages(req: IncomingMessage, res: ServerResponse, url: URL, arrived: number): Promise<boolean> {
    const path = url.pathname;
    if (path === '/' || path === '/index.html' || path === '/query') {
      page(res, 'query', {});
      return true;
    }
    if (path === '/articles' || path === '/articles/') {
      page(res, 'articles', {});
      return true;
    }
    const article = /^\/articles\/([^/]+)$/.exec(path);
    if (article) {
      page(res, 'article', { id: decodeSegment(article[1]!) });
      return true;
    }
    const entity = /^\/entities\/([^/]+)$/.exec(path);
    if (entity) {
      page(res, 'entity', { id: decodeSegment(entity[1]!) });
      return true;
    }
    if (path === '/resource') {
      const r = await task<Resolved>({ kind: 'resolve', iri: requiredParam(url, 'iri', 4000) }, arrived, res);
      redirect(res, r.path);
      return true;
    }
    if (path === '/search') {
      const q = url.searchParams.get('q') ?? '';
      const hits = q.trim() ? await task<SearchResult>({ kind: 'search', q: q.slice(0, 200), limit: 1 }, arrived, res) : undefined;
      const first = hits?.entities[0];
      if (first) redirect(res, pathFor('entity', first.iri));
      else throw new HttpError(404, `no entity is named like "${q}"`, 'NOT_FOUND');
      return true;
    }
    if (path === '/check' && !url.searchParams.has('format') && wantsHtml(req)) {
      const raw = url.searchParams.get('claim');
      if (raw === null || !raw.trim()) {
        page(res, 'check', {});
        return true;
      }
      const claim = normaliseClaim(raw);
      // one address per claim: a differently spaced copy of the same text is sent to it
      if (raw !== claim) {
        redirect(res, checkPath(claim));
        return true;
      }
      if (claim.length > WORKBENCH_LIMITS.claimChars) {
        page(res, 'check', { claim, error: { code: 'CHECK_INPUT', message: `the claim is longer than ${WORKBENCH_LIMITS.claimChars} characters` } }, {}, 400);
        return true;
      }
      try {
        const view = await task<CheckView>({ kind: 'check', claim }, arrived, res);
        page(res, 'check', { claim, result: view }, { title: `${view.verdict}: ${claim}`, jsonLd: view.claimReview });
      } catch (err) {
        const e = opts.describeError(err);
        page(res, 'check', { claim, error: { code: e.code, message: e.message } }, {}, e.status);
      }
      return true;
    }
    return false;
  }

  return {
    async handle(req, res, url) {
      const arrived = Date.now();
      const path = url.pathname;
      const method = req.method ?? 'GET';
      if (path.startsWith('/assets/')) {
        if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `method ${method} is not allowed on ${path}`, 'METHOD_NOT_ALLOWED', { Allow: 'GET, HEAD' });
        const file = assetFile(path.slice('/assets/'.length));
        if (!file) throw new HttpError(404, `no asset ${path}`, 'NOT_FOUND');
        // the bundle does not change while the server runs: read each file once
        let asset = assets.get(file.path);
        if (!asset) {
          const body = readFileSync(file.path);
          assets.set(file.path, (asset = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` }));
        }
        const headers = { 'Content-Type': file.type, 'Cache-Control': assetCacheControl(file.name), ETag: asset.etag, 'X-Content-Type-Options': 'nosniff' };
        // a browser revalidating what it holds (app.js, app.css) gets 304 and no body
        if (req.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === asset!.etag)) {
          res.writeHead(304, headers);
          res.end();
          return true;
        }
        res.writeHead(200, { ...headers, 'Content-Length': asset.body.length });
        res.end(method === 'HEAD' ? undefined : asset.body);
        return true;
      }
      if (path === '/api' || path.startsWith('/api/')) {
        const allowed = path === '/api/cite' ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
        try {
          if (!allowed.includes(method)) throw new HttpError(405, `method ${method} is not allowed on ${path}`, 'METHOD_NOT_ALLOWED', { Allow: allowed.join(', ') });
          await api(req, res, url, arrived);
        } catch (err) {
          if (res.headersSent) throw err;
          const e = opts.describeError(err);
          const where = err instanceof Error && 'location' in err ? (err as { location: { line?: number; column?: number } }).location : {};
          sendJson(res, e.status, { error: { code: e.code, message: e.message, ...(where.line !== undefined ? { line: where.line, column: where.column } : {}) } }, e.headers);
        }
        return true;
      }
      if (method !== 'GET' && method !== 'HEAD') return false;
      return await pages(req, res, url, arrived);
    },
    warm() {
      // one small task makes each thread load the graph; failures show on the first real request
      void getPool().then((p) => p.run({ kind: 'vocabulary' }, Date.now() + 3_600_000)).catch(() => undefined);
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}

function wantsHtml(req: IncomingMessage): boolean {
  try {
    return negotiate(req.headers.accept, undefined, ['application/json', 'text/html'] as const) === 'text/html';
  } catch {
    return false;
  }
}
