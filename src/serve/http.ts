/**
 * HTTP plumbing of the server: reading a bounded body, the SPARQL 1.1 Protocol's request forms,
 * writing answers and errors. Nothing here looks inside a query.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, replyForError } from './reply.js';
import type { JobReply } from './types.js';

/** Headers on every answer: any origin may read it (the endpoint is read-only and public). */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-Claimgraph-Error, Content-Type, Retry-After',
};

/**
 * Reads a request body up to `limit` bytes; a larger one is a 413 HttpError.
 *
 * @example
 * ```ts
 * const text = await readBody(req, 1024 * 1024);
 * ```
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
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

/** What a SPARQL 1.1 Protocol request asks for. */
export interface ProtocolRequest {
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

/**
 * Reads the operation of a SPARQL 1.1 Protocol request: GET parameters, a POSTed
 * `application/sparql-query` body, or a POSTed form.
 *
 * @example
 * ```ts
 * const p = await protocolRequest(req, url, 1024 * 1024);
 * ```
 */
export async function protocolRequest(req: IncomingMessage, url: URL, maxBody: number): Promise<ProtocolRequest> {
  if (req.method === 'GET' || req.method === 'HEAD') return fromParams(url.searchParams);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = await readBody(req, maxBody);
  if (type === 'application/sparql-query') return { ...fromParams(url.searchParams), query: body };
  if (type === 'application/x-www-form-urlencoded') {
    const merged = new URLSearchParams(url.searchParams);
    for (const [k, v] of new URLSearchParams(body)) merged.append(k, v);
    return fromParams(merged);
  }
  if (type === 'application/sparql-update') return { update: true, defaultGraphs: [], namedGraphs: [] };
  throw new HttpError(415, `unsupported Content-Type "${type || '(none)'}"; use application/sparql-query or application/x-www-form-urlencoded`, 'UNSUPPORTED_MEDIA_TYPE');
}

/**
 * Writes a whole answer.
 *
 * @example
 * ```ts
 * send(res, 200, 'text/plain; charset=utf-8', 'ok\n');
 * ```
 */
export function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Writes a JSON answer. */
export function sendJson(res: ServerResponse, status: number, data: unknown): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * Writes a worker's answer: the response it built, or its error as `error[CODE]: message`.
 *
 * @example
 * ```ts
 * sendReply(res, await scheduler.submit(submission));
 * ```
 */
export function sendReply(res: ServerResponse, reply: JobReply & { via?: string }): void {
  if (reply.ok) send(res, reply.status, reply.contentType, reply.body, serverTiming(reply));
  else sendError(res, reply);
}

/**
 * The `Server-Timing` header (W3C Server Timing) of an answer: where its time went in the server
 * (see `JobTiming`), and `cache` or `shared` when it came from memory or from an identical
 * request's run (answers.ts).
 */
function serverTiming(reply: Extract<JobReply, { ok: true }> & { via?: string }): Record<string, string> {
  const parts = Object.entries(reply.timing ?? {}).map(([k, v]) => `${k};dur=${v.toFixed(1)}`);
  if (reply.via) parts.unshift(reply.via);
  return parts.length ? { 'Server-Timing': parts.join(', ') } : {};
}

/** Writes an error answer (plain text, code in `X-Claimgraph-Error`). */
export function sendError(res: ServerResponse, e: Extract<JobReply, { ok: false }>): void {
  send(res, e.status, 'text/plain; charset=utf-8', `error[${e.code}]: ${e.message}\n`, { 'X-Claimgraph-Error': e.code, ...(e.headers ?? {}) });
}

/** The error answer for anything thrown while handling a request (no stack trace ever). */
export const errorReply = replyForError;
