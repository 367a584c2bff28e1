/**
 * `claimgraph push`: uploads the graph into a named graph of a remote store through the
 * SPARQL 1.1 Graph Store HTTP Protocol, then checks the triple count through the store's
 * query endpoint.
 *
 * The first chunk is PUT (replacing whatever the graph held, so pushing twice leaves one
 * copy), the following chunks are POSTed (appended). Authentication is negotiated from the
 * store's challenge: HTTP Digest (RFC 7616, what Virtuoso's `/sparql-graph-crud-auth` asks
 * for) or Basic.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Writer } from 'n3';
import type { Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { loadGraphStore } from '../graph/index.js';
import { DEFAULT_GRAPH_IRI } from './types.js';
import type { PushOptions, PushReport } from './types.js';

interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  qop?: string;
  algorithm: string;
}

/** Parses `Digest realm="x", nonce="y", ...` (quoted or token values). */
function parseChallenge(header: string): { scheme: 'digest'; challenge: DigestChallenge } | { scheme: 'basic' } | undefined {
  const scheme = /^\s*(\w+)/.exec(header)?.[1]?.toLowerCase();
  if (scheme === 'basic') return { scheme: 'basic' };
  if (scheme !== 'digest') return undefined;
  const params: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)) params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  if (!params.nonce) return undefined;
  return {
    scheme: 'digest',
    challenge: {
      realm: params.realm ?? '',
      nonce: params.nonce,
      ...(params.opaque !== undefined ? { opaque: params.opaque } : {}),
      // a server may offer several qop values; "auth" is the one that covers our requests
      ...(params.qop !== undefined ? { qop: params.qop.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : params.qop } : {}),
      algorithm: params.algorithm ?? 'MD5',
    },
  };
}

/**
 * Builds HTTP Authorization headers for one user: Basic, or Digest with a nonce count that
 * increases per request.
 *
 * @example
 * ```ts
 * const auth = new HttpAuth('alice', 'secret');
 * auth.accept('Digest realm="r", nonce="n", qop="auth", algorithm="MD5"');
 * auth.header('PUT', '/store?graph=urn%3Ag'); // 'Digest username="alice", ...'
 * ```
 */
export class HttpAuth {
  scheme: 'none' | 'basic' | 'digest' = 'none';
  private challenge: DigestChallenge | undefined;
  private nc = 0;

  constructor(
    private readonly user: string | undefined,
    private readonly password: string | undefined,
    /** Client nonce source; fixed only by tests that check a published digest example. */
    private readonly makeCnonce: () => string = () => randomBytes(8).toString('hex'),
  ) {}

  /** True when credentials were given. */
  get hasCredentials(): boolean {
    return this.user !== undefined && this.password !== undefined;
  }

  /** Adopts the scheme of a `WWW-Authenticate` header; false when it is not one we speak. */
  accept(wwwAuthenticate: string | null): boolean {
    if (!wwwAuthenticate) return false;
    // several challenges may be offered; prefer Digest, which never sends the password
    const parts = wwwAuthenticate.split(/,\s*(?=(?:Basic|Digest)\b)/i);
    const parsed = parts.map(parseChallenge).filter((c) => c !== undefined);
    const chosen = parsed.find((c) => c.scheme === 'digest') ?? parsed[0];
    if (!chosen) return false;
    this.scheme = chosen.scheme;
    if (chosen.scheme === 'digest') {
      this.challenge = chosen.challenge;
      this.nc = 0;
    }
    return true;
  }

  /** The Authorization header for a request, or undefined without credentials or scheme. */
  header(method: string, uri: string): string | undefined {
    if (!this.hasCredentials || this.scheme === 'none') return undefined;
    if (this.scheme === 'basic') return `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
    const c = this.challenge!;
    const algo = c.algorithm.toUpperCase();
    const hashName = algo.startsWith('SHA-256') ? 'sha256' : 'md5';
    const h = (s: string): string => createHash(hashName).update(s).digest('hex');
    const cnonce = this.makeCnonce();
    const nc = (++this.nc).toString(16).padStart(8, '0');
    let ha1 = h(`${this.user}:${c.realm}:${this.password}`);
    if (algo.endsWith('-SESS')) ha1 = h(`${ha1}:${c.nonce}:${cnonce}`);
    const ha2 = h(`${method}:${uri}`);
    const response = c.qop ? h(`${ha1}:${c.nonce}:${nc}:${cnonce}:${c.qop}:${ha2}`) : h(`${ha1}:${c.nonce}:${ha2}`);
    const fields = [
      `username="${this.user}"`, `realm="${c.realm}"`, `nonce="${c.nonce}"`, `uri="${uri}"`,
      `algorithm=${c.algorithm}`, `response="${response}"`,
      ...(c.opaque !== undefined ? [`opaque="${c.opaque}"`] : []),
      ...(c.qop ? [`qop=${c.qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ];
    return `Digest ${fields.join(', ')}`;
  }
}

/** The text of a server's error page, short enough for one error line. */
async function serverMessage(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  const plain = text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return plain.length > 500 ? `${plain.slice(0, 500)}…` : plain;
}

function fail(res: Response, message: string, what: string): ClaimgraphError {
  const code = res.status === 401 || res.status === 403 ? 'REMOTE_AUTH' : 'REMOTE_HTTP';
  return new ClaimgraphError(code, `${what}: HTTP ${res.status} ${res.statusText}${message ? ` — ${message}` : ''}`);
}

/** Sends one request with authentication, answering a fresh digest challenge (stale nonce) once. */
async function send(url: URL, init: { method: string; body?: string; headers: Record<string, string> }, auth: HttpAuth, timeoutMs: number): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const authorization = auth.header(init.method, `${url.pathname}${url.search}`);
    let res: Response;
    try {
      res = await fetch(url, {
        method: init.method,
        headers: { ...init.headers, ...(authorization ? { Authorization: authorization } : {}) },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      // Virtuoso answers a rejected digest with 401 and closes the socket before reading a large
      // body, which the client sees as a reset: ask again without a body to learn whether it was auth
      if (authorization && init.body !== undefined && /ECONNRESET|EPIPE|UND_ERR_SOCKET/.test(cause?.code ?? '')) {
        const probe = await fetch(url, {
          method: 'HEAD',
          headers: { Authorization: auth.header('HEAD', `${url.pathname}${url.search}`) ?? authorization },
          signal: AbortSignal.timeout(timeoutMs),
        }).catch(() => undefined);
        if (probe && (probe.status === 401 || probe.status === 403)) return probe;
      }
      throw new ClaimgraphError('REMOTE_HTTP', `${init.method} ${url.origin}${url.pathname}: cannot reach the store (${cause?.code ?? cause?.message ?? (err as Error).message})`, {}, { cause: err });
    }
    if (res.status === 401 && attempt === 0 && auth.hasCredentials) {
      const challenge = res.headers.get('www-authenticate');
      // a first challenge, or a nonce that expired: answer it once; a second 401 means bad credentials
      const before = auth.scheme;
      if (auth.accept(challenge) && (before === 'none' || /stale\s*=\s*"?true/i.test(challenge ?? '') || before === 'digest')) {
        await res.body?.cancel();
        continue;
      }
    }
    return res;
  }
}

/** Serializes triples as N-Triples (valid Turtle too, so any store's Turtle parser reads it). */
function nTriples(quads: RDF.Quad[]): Promise<string> {
  const writer = new Writer({ format: 'N-Triples' });
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

/**
 * The SPARQL query endpoint that belongs to a Graph Store Protocol URL: Virtuoso's
 * `/sparql-graph-crud(-auth)` and Fuseki's `/<dataset>/data` map to `/sparql`; anything
 * else is assumed to answer queries itself.
 *
 * @example
 * ```ts
 * queryEndpointFor('http://127.0.0.1:8890/sparql-graph-crud-auth'); // 'http://127.0.0.1:8890/sparql'
 * ```
 */
export function queryEndpointFor(gsp: string): string {
  const u = new URL(gsp);
  u.search = '';
  if (/\/sparql-graph-crud(-auth)?\/?$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/sparql-graph-crud(-auth)?\/?$/, '/sparql');
  else if (/\/data\/?$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/data\/?$/, '/sparql');
  return u.toString();
}

/**
 * Counts the triples of a named graph through a SPARQL query endpoint.
 *
 * @example
 * ```ts
 * await countRemoteTriples('http://127.0.0.1:8890/sparql', 'https://w3id.org/claimgraph/graph');
 * ```
 */
export async function countRemoteTriples(endpoint: string, graph: string, auth: HttpAuth = new HttpAuth(undefined, undefined), timeoutMs = 60_000): Promise<number> {
  const url = new URL(endpoint);
  const body = new URLSearchParams({ query: `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }` }).toString();
  const res = await send(url, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' } }, auth, timeoutMs);
  if (!res.ok) throw fail(res, await serverMessage(res), `counting the triples of <${graph}> at ${endpoint}`);
  const json = (await res.json()) as { results?: { bindings?: { n?: { value?: string } }[] } };
  const n = Number(json.results?.bindings?.[0]?.n?.value);
  if (!Number.isFinite(n)) throw new ClaimgraphError('REMOTE_HTTP', `counting the triples of <${graph}> at ${endpoint}: no count in the answer`);
  return n;
}

/**
 * Pushes the graph into a named graph of a remote store and checks the count.
 *
 * @example
 * ```ts
 * const report = await pushGraph({
 *   dir: '.', endpoint: 'http://127.0.0.1:8890/sparql-graph-crud-auth',
 *   user: 'alice', password: process.env.STORE_PASSWORD,
 * });
 * console.log(`${report.remoteTriples} triples in <${report.graph}>`);
 * ```
 */
export async function pushGraph(opts: PushOptions): Promise<PushReport> {
  const t0 = performance.now();
  const graph = opts.graph ?? DEFAULT_GRAPH_IRI;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  let base: URL;
  try {
    base = new URL(opts.endpoint);
  } catch {
    throw new ClaimgraphError('USAGE', `not a URL: ${opts.endpoint}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new ClaimgraphError('USAGE', `the endpoint must be an http(s) URL: ${opts.endpoint}`);
  if ((opts.user === undefined) !== (opts.password === undefined)) throw new ClaimgraphError('USAGE', 'give both a user and a password, or neither');
  const store: Store = opts.store ?? (opts.dir ? await loadGraphStore(opts.dir) : (() => { throw new ClaimgraphError('USAGE', 'pushGraph needs a project dir or a store'); })());
  const quads = store.getQuads(null, null, null, null);
  const total = quads.length;
  // blank nodes would lose their identity across separate requests: send them in one piece
  const hasBlank = quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
  const chunkSize = hasBlank ? Math.max(total, 1) : Math.max(1, opts.chunkSize ?? 20_000);

  const url = new URL(base);
  url.searchParams.set('graph', graph);
  const auth = new HttpAuth(opts.user, opts.password);
  // learn the authentication scheme before sending any data, so no chunk is uploaded twice
  const probe = await send(url, { method: 'HEAD', headers: {} }, new HttpAuth(undefined, undefined), timeoutMs);
  await probe.body?.cancel();
  if (probe.status === 401) {
    const challenge = probe.headers.get('www-authenticate');
    if (!auth.hasCredentials) {
      throw new ClaimgraphError('REMOTE_AUTH', `${opts.endpoint} requires authentication (${challenge ?? 'no challenge given'}); pass --user and --password-env`);
    }
    if (!auth.accept(challenge)) throw new ClaimgraphError('REMOTE_AUTH', `${opts.endpoint} asks for an authentication scheme claimgraph does not speak: ${challenge ?? '(none)'}`);
  }

  let sent = 0;
  let chunks = 0;
  for (let start = 0; start < total || chunks === 0; start += chunkSize) {
    const slice = quads.slice(start, start + chunkSize);
    const method = chunks === 0 ? 'PUT' : 'POST';
    const res = await send(url, { method, body: await nTriples(slice), headers: { 'Content-Type': 'text/turtle; charset=utf-8' } }, auth, timeoutMs);
    if (!res.ok) {
      const msg = await serverMessage(res);
      if (res.status === 401) throw new ClaimgraphError('REMOTE_AUTH', `${method} <${graph}> at ${opts.endpoint}: HTTP 401 ${res.statusText} — the store refused the credentials of user "${opts.user ?? ''}"${msg ? ` (${msg})` : ''}`);
      throw fail(res, msg, `${method} <${graph}> at ${opts.endpoint} (triples ${start + 1}–${start + slice.length} of ${total})`);
    }
    await res.body?.cancel();
    chunks++;
    sent += slice.length;
    opts.onProgress?.(sent, total);
  }

  const queryEndpoint = opts.queryEndpoint ?? queryEndpointFor(opts.endpoint);
  const remoteTriples = await countRemoteTriples(queryEndpoint, graph, new HttpAuth(opts.user, opts.password), timeoutMs);
  if (remoteTriples !== total) {
    throw new ClaimgraphError('REMOTE_MISMATCH', `after the push <${graph}> holds ${remoteTriples} triples at ${queryEndpoint}, the local graph has ${total}`);
  }
  return {
    endpoint: opts.endpoint, graph, triples: total, remoteTriples, chunks, auth: auth.scheme,
    ms: Math.round(performance.now() - t0),
  };
}
