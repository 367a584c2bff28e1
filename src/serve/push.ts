/**
 * `claimgraph push`: loads the graph into a named graph of a remote store so that the target
 * graph is never left half-written.
 *
 * 1. The data goes to a fresh temporary graph (`urn:claimgraph:push:<uuid>`) through the SPARQL
 *    1.1 Graph Store HTTP Protocol, in chunks (the first PUT, the others POSTed).
 * 2. The temporary graph's triples are counted through the query endpoint; they must be all.
 * 3. One SPARQL 1.1 Update, `MOVE <temp> TO <target>`, replaces the target: the store applies
 *    it as one request (Virtuoso and Fuseki in one transaction), so a reader sees the old
 *    graph or the new one.
 * 4. The target is counted again.
 *
 * When a step fails the temporary graph is dropped and the error says what state the store is
 * in: the target untouched, or (when the store stopped answering during the MOVE) which two
 * states are possible and how to check. Authentication is negotiated from the store's
 * challenge (http-auth.ts).
 */
import { randomUUID } from 'node:crypto';
import { Writer } from 'n3';
import type { Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { loadGraphStore } from '../graph/index.js';
import { HttpAuth, fail, send, serverMessage } from './http-auth.js';
import { DEFAULT_GRAPH_IRI } from './types.js';
import type { PushOptions, PushReport } from './types.js';

export { HttpAuth } from './http-auth.js';

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
 * The SPARQL 1.1 Update endpoint that belongs to a Graph Store Protocol URL: Virtuoso's
 * `/sparql-graph-crud-auth` maps to `/sparql-auth` (the same digest user), `/sparql-graph-crud`
 * to `/sparql`, Fuseki's `/<dataset>/data` to `/<dataset>/update`; anything else is assumed to
 * take updates itself.
 *
 * @example
 * ```ts
 * updateEndpointFor('http://127.0.0.1:8890/sparql-graph-crud-auth'); // 'http://127.0.0.1:8890/sparql-auth'
 * ```
 */
export function updateEndpointFor(gsp: string): string {
  const u = new URL(gsp);
  u.search = '';
  if (/\/sparql-graph-crud-auth\/?$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/sparql-graph-crud-auth\/?$/, '/sparql-auth');
  else if (/\/sparql-graph-crud\/?$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/sparql-graph-crud\/?$/, '/sparql');
  else if (/\/data\/?$/.test(u.pathname)) u.pathname = u.pathname.replace(/\/data\/?$/, '/update');
  return u.toString();
}

/**
 * Throws a USAGE error unless `iri` is an absolute IRI that can be written as `<iri>` in SPARQL
 * and Turtle (a scheme, no spaces, none of `<>"{}|^\`\\`).
 *
 * @example
 * ```ts
 * checkGraphIri('https://w3id.org/claimgraph/graph'); // fine
 * checkGraphIri('my graph'); // throws
 * ```
 */
export function checkGraphIri(iri: string): void {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri)) throw new ClaimgraphError('USAGE', `the graph IRI must be absolute (start with a scheme such as https: or urn:), got "${iri}"`);
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020<>"{}|^`\\]/.exec(iri);
  if (bad) throw new ClaimgraphError('USAGE', `the graph IRI may not contain ${bad[0].trim() ? `"${bad[0]}"` : 'spaces or control characters'}: "${iri}"`);
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
  const json = (await res.json().catch(() => ({}))) as { results?: { bindings?: { n?: { value?: string } }[] } };
  const n = Number(json.results?.bindings?.[0]?.n?.value);
  if (!Number.isFinite(n)) throw new ClaimgraphError('REMOTE_HTTP', `counting the triples of <${graph}> at ${endpoint}: no count in the answer`);
  return n;
}

/** Runs one SPARQL 1.1 Update request; errors start with its verb (`MOVE at <endpoint>: ...`). */
async function update(endpoint: string, text: string, auth: HttpAuth, timeoutMs: number): Promise<void> {
  const what = `${text.split(' ')[0]} at ${endpoint}`;
  let res: Response;
  try {
    res = await send(new URL(endpoint), { method: 'POST', body: text, headers: { 'Content-Type': 'application/sparql-update' } }, auth, timeoutMs);
  } catch (err) {
    throw err instanceof ClaimgraphError ? new ClaimgraphError(err.code, `${what}: ${err.message}`, {}, { cause: err }) : err;
  }
  if (!res.ok) throw fail(res, await serverMessage(res), what);
  await res.body?.cancel();
}

function causeOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A push failure: where, the cause, then the state of the store; the code is the cause's kind. */
function pushError(cause: unknown, state: string, where?: string): ClaimgraphError {
  const code = cause instanceof ClaimgraphError && (cause.code === 'REMOTE_AUTH' || cause.code === 'REMOTE_MISMATCH') ? cause.code : 'REMOTE_HTTP';
  return new ClaimgraphError(code, `${where ? `${where}: ` : ''}${causeOf(cause).replace(/\.$/, '')}. ${state}`, {}, { cause });
}

/**
 * Pushes the graph into a named graph of a remote store (through a temporary graph and one
 * MOVE, see the module header) and checks the count.
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
  // probes and counts are small: a store that does not answer them soon will not answer
  const shortMs = Math.min(timeoutMs, 15_000);
  checkGraphIri(graph);
  let base: URL;
  try {
    base = new URL(opts.endpoint);
  } catch {
    throw new ClaimgraphError('USAGE', `not a URL: ${opts.endpoint}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new ClaimgraphError('USAGE', `the endpoint must be an http(s) URL: ${opts.endpoint}`);
  if (/\/(sparql|query)\/?$/.test(base.pathname)) {
    throw new ClaimgraphError('USAGE', `${opts.endpoint} looks like a SPARQL query endpoint; push needs the store's Graph Store Protocol endpoint (Virtuoso: …/sparql-graph-crud-auth, Fuseki: …/<dataset>/data)`);
  }
  if ((opts.user === undefined) !== (opts.password === undefined)) throw new ClaimgraphError('USAGE', 'give both a user and a password, or neither');
  const store: Store = opts.store ?? (opts.dir ? await loadGraphStore(opts.dir) : (() => { throw new ClaimgraphError('USAGE', 'pushGraph needs a project dir or a store'); })());
  const quads = store.getQuads(null, null, null, null);
  const total = quads.length;
  // blank nodes would lose their identity across separate requests: send them in one piece
  const hasBlank = quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
  const chunkSize = hasBlank ? Math.max(total, 1) : Math.max(1, opts.chunkSize ?? 20_000);
  const queryEndpoint = opts.queryEndpoint ?? queryEndpointFor(opts.endpoint);
  const updateEndpoint = opts.updateEndpoint ?? updateEndpointFor(opts.endpoint);
  const temp = `urn:claimgraph:push:${randomUUID()}`;

  const url = new URL(base);
  url.searchParams.set('graph', temp);
  const auth = new HttpAuth(opts.user, opts.password);
  // learn the authentication scheme before sending any data, so no chunk is uploaded twice
  const probe = await send(url, { method: 'HEAD', headers: {} }, new HttpAuth(undefined, undefined), shortMs);
  await probe.body?.cancel();
  if (probe.status === 401) {
    const challenge = probe.headers.get('www-authenticate');
    if (!auth.hasCredentials) {
      throw new ClaimgraphError('REMOTE_AUTH', `${opts.endpoint} requires authentication (${challenge ?? 'no challenge given'}); pass --user and --password-env`);
    }
    if (!auth.accept(challenge)) throw new ClaimgraphError('REMOTE_AUTH', `${opts.endpoint} asks for an authentication scheme claimgraph does not speak: ${challenge ?? '(none)'}`);
  }
  const countAuth = new HttpAuth(opts.user, opts.password);
  const updateAuth = new HttpAuth(opts.user, opts.password);
  const untouched = `<${graph}> was not changed`;

  /** Drops the temporary graph; says what became of it. */
  const dropTemp = async (): Promise<string> => {
    try {
      await update(updateEndpoint, `DROP SILENT GRAPH <${temp}>`, updateAuth, shortMs);
      return 'the temporary graph was removed';
    } catch (err) {
      return `the temporary graph <${temp}> could not be removed (${causeOf(err)}); remove it with \`DROP SILENT GRAPH <${temp}>\``;
    }
  };

  // 1. the data, into the temporary graph
  let sent = 0;
  let chunks = 0;
  const count = Math.max(1, Math.ceil(total / chunkSize));
  for (let start = 0; start < total || chunks === 0; start += chunkSize) {
    const slice = quads.slice(start, start + chunkSize);
    const method = chunks === 0 ? 'PUT' : 'POST';
    const where = `chunk ${chunks + 1} of ${count} (triples ${start + 1}–${start + slice.length} of ${total})`;
    try {
      const res = await send(url, { method, body: await nTriples(slice), headers: { 'Content-Type': 'text/turtle; charset=utf-8' } }, auth, timeoutMs);
      if (!res.ok) {
        const msg = await serverMessage(res);
        if (res.status === 401) throw new ClaimgraphError('REMOTE_AUTH', `${method} at ${opts.endpoint}: HTTP 401 ${res.statusText} — the store refused the credentials of user "${opts.user ?? ''}"${msg ? ` (${msg})` : ''}`);
        throw fail(res, msg, `${method} at ${opts.endpoint}`);
      }
      await res.body?.cancel();
    } catch (err) {
      throw pushError(err, `${untouched}; ${chunks === 0 ? 'no data reached the store' : `${sent} triples had reached a temporary graph, and ${await dropTemp()}`}`, `upload of ${where}`);
    }
    chunks++;
    sent += slice.length;
    opts.onProgress?.(sent, total);
  }

  // 2. all of it there?
  let inTemp: number;
  try {
    inTemp = await countRemoteTriples(queryEndpoint, temp, countAuth, timeoutMs);
  } catch (err) {
    throw pushError(err, `${untouched}; ${await dropTemp()}`);
  }
  if (inTemp !== total) {
    throw pushError(new ClaimgraphError('REMOTE_MISMATCH', `the temporary graph holds ${inTemp} triples at ${queryEndpoint} after the upload, the local graph has ${total}`), `${untouched}; ${await dropTemp()}`);
  }

  // 3. one update replaces the target
  try {
    await update(updateEndpoint, `MOVE <${temp}> TO <${graph}>`, updateAuth, timeoutMs);
  } catch (err) {
    // did it happen? the store applies MOVE as one request: ask which graph it holds now
    let state: string;
    try {
      const [target, left] = [await countRemoteTriples(queryEndpoint, graph, countAuth, shortMs), await countRemoteTriples(queryEndpoint, temp, countAuth, shortMs)];
      state = left === 0 && target === total
        ? `the store reports the MOVE done all the same: <${graph}> holds ${target} triples`
        : `<${graph}> holds ${target} triples (the MOVE did not happen; the local graph has ${total}); ${left > 0 ? await dropTemp() : 'the temporary graph is empty'}`;
    } catch (countErr) {
      state = `the store did not answer afterwards (${causeOf(countErr)}): <${graph}> holds either its old triples or all ${total} new ones (the MOVE is one update), and the temporary graph <${temp}> may remain; check with \`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }\` and remove it with \`DROP SILENT GRAPH <${temp}>\``;
    }
    throw pushError(err, state);
  }

  // 4. the target, counted
  const remoteTriples = await countRemoteTriples(queryEndpoint, graph, countAuth, timeoutMs);
  if (remoteTriples !== total) {
    throw new ClaimgraphError('REMOTE_MISMATCH', `after the push <${graph}> holds ${remoteTriples} triples at ${queryEndpoint}, the local graph has ${total}`);
  }
  return {
    endpoint: opts.endpoint, graph, triples: total, remoteTriples, chunks, auth: auth.scheme,
    ms: Math.round(performance.now() - t0),
  };
}
