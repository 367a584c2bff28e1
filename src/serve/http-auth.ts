/**
 * HTTP for talking to a remote store: authentication negotiated from the store's challenge
 * (HTTP Digest, RFC 7616, what Virtuoso's `/sparql-graph-crud-auth` asks for, or Basic), one
 * request with a time limit, and a store's error page cut to one line.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ClaimgraphError } from '../errors.js';

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
export async function serverMessage(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  const plain = text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return plain.length > 500 ? `${plain.slice(0, 500)}…` : plain;
}

export function fail(res: Response, message: string, what: string): ClaimgraphError {
  const code = res.status === 401 || res.status === 403 ? 'REMOTE_AUTH' : 'REMOTE_HTTP';
  return new ClaimgraphError(code, `${what}: HTTP ${res.status} ${res.statusText}${message ? ` — ${message}` : ''}`);
}

/**
 * Sends one request with authentication, answering a fresh digest challenge (stale nonce) once;
 * a store that does not answer within `timeoutMs` is a `REMOTE_HTTP` error saying so.
 *
 * @example
 * ```ts
 * const res = await send(new URL(url), { method: 'HEAD', headers: {} }, new HttpAuth(undefined, undefined), 10_000);
 * ```
 */
export async function send(url: URL, init: { method: string; body?: string; headers: Record<string, string> }, auth: HttpAuth, timeoutMs: number): Promise<Response> {
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
      const name = (err as Error).name;
      if (name === 'TimeoutError') {
        throw new ClaimgraphError('REMOTE_HTTP', `${init.method} ${url.origin}${url.pathname}: the store did not answer within ${timeoutMs} ms`, {}, { cause: err });
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

