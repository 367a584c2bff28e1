/**
 * The SPARQL 1.1 Protocol rules of the endpoint: which operation a request carries, which
 * media type answers it, and what the query must look like before it reaches the engine.
 */
import type * as sparqljsTypes from 'sparqljs';
import { sparqljs } from '../query/sparqljs.js';
import { ClaimgraphError } from '../errors.js';
import { parseSparql } from '../query/index.js';
import { DEFAULT_GRAPH_IRI } from './types.js';
import { HttpError } from './reply.js';

export { HttpError } from './reply.js';

/** Result formats for SELECT / ASK, by media type. */
export const BINDINGS_TYPES = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;

/** Graph formats for CONSTRUCT / DESCRIBE and the service description, by media type. */
export const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/ld+json'] as const;

export type BindingsType = (typeof BINDINGS_TYPES)[number];
export type GraphType = (typeof GRAPH_TYPES)[number];

/** Short `format=` names (as Virtuoso and Fuseki accept them) and common aliases. */
const ALIASES: Record<string, string> = {
  json: 'application/sparql-results+json',
  'application/json': 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  'application/xml': 'application/sparql-results+xml',
  'text/xml': 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  turtle: 'text/turtle',
  ttl: 'text/turtle',
  'application/x-turtle': 'text/turtle',
  ntriples: 'application/n-triples',
  nt: 'application/n-triples',
  'text/plain': 'application/n-triples',
  jsonld: 'application/ld+json',
  'json-ld': 'application/ld+json',
};

interface Range {
  type: string;
  q: number;
  order: number;
}

function parseAccept(accept: string): Range[] {
  return accept
    .split(',')
    .map((part, order) => {
      const [type, ...params] = part.trim().split(';');
      let q = 1;
      for (const p of params) {
        const [k, v] = p.trim().split('=');
        if (k?.trim() === 'q') q = Number.parseFloat(v ?? '1');
      }
      return { type: (type ?? '').trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.type.length > 0 && r.q > 0);
}

/**
 * Picks the media type to answer with: the `format` parameter first (name or media type), then
 * the Accept header by quality; `*\/*` and a missing header give the first of `offered`.
 * Throws a 406 HttpError when nothing offered is acceptable.
 *
 * @example
 * ```ts
 * negotiate('text/csv;q=0.5, application/sparql-results+xml', undefined, BINDINGS_TYPES);
 * // 'application/sparql-results+xml'
 * ```
 */
export function negotiate<T extends string>(accept: string | undefined, format: string | undefined, offered: readonly T[]): T {
  if (format) {
    const f = format.trim().toLowerCase();
    const type = (ALIASES[f] ?? f) as T;
    if (offered.includes(type)) return type;
    throw new HttpError(406, `format "${format}" is not available for this result; use one of: ${offered.join(', ')}`, 'NOT_ACCEPTABLE');
  }
  if (!accept || !accept.trim()) return offered[0]!;
  const ranges = parseAccept(accept).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of ranges) {
    const type = ALIASES[r.type] ?? r.type;
    if (offered.includes(type as T)) return type as T;
    if (r.type === '*/*') return offered[0]!;
    if (r.type.endsWith('/*')) {
      const hit = offered.find((o) => o.startsWith(r.type.slice(0, -1)));
      if (hit) return hit;
    }
  }
  throw new HttpError(406, `none of the accepted media types (${accept}) can carry this result; offered: ${offered.join(', ')}`, 'NOT_ACCEPTABLE');
}

/** The kind of result a query produces. */
export type QueryForm = 'bindings' | 'boolean' | 'quads';

/** A query checked and rewritten for the engine. */
export interface PreparedQuery {
  /** The text the engine runs (the original text unless its `FROM` clauses were removed). */
  sparql: string;
  form: QueryForm;
  /** The parsed query (for the display order of variables). */
  ast: sparqljsTypes.Query;
  /**
   * True when the query's dataset names only graphs this server does not hold: its default
   * graph is then empty, and the query runs on an empty graph.
   */
  emptyDataset: boolean;
}

function containsService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsService);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'service') return true;
    return Object.values(o).some((v) => typeof v === 'object' && containsService(v));
  }
  return false;
}

/**
 * Parses a query string, refuses what a read-only endpoint must not run (updates, SERVICE
 * calls that would make the server fetch other hosts) and applies the protocol's dataset
 * parameters. The server's graph is the default graph and is also named
 * {@link DEFAULT_GRAPH_IRI}: a dataset (`default-graph-uri` / `named-graph-uri`, which override
 * the query's own `FROM` / `FROM NAMED`) whose default graphs include that IRI is the whole
 * graph; one that names only other graphs, or only named graphs, has an empty default graph
 * (SPARQL 1.1 Query 13.2 and Protocol 2.1.4). Named graphs are always empty here.
 *
 * @example
 * ```ts
 * prepareQuery('ASK { ?s ?p ?o }', { defaultGraphs: [], namedGraphs: [] }).form; // 'boolean'
 * ```
 */
export function prepareQuery(text: string, dataset: { defaultGraphs: string[]; namedGraphs: string[] }): PreparedQuery {
  // the query stage's parser gives QUERY_SYNTAX errors with line and column
  const parsed = parseSparql(text);
  if (parsed.type === 'update') {
    throw new ClaimgraphError('QUERY_REFUSED', 'this endpoint is read-only: SPARQL Update operations are refused (use `claimgraph build` to change the graph)');
  }
  if (containsService(parsed)) {
    throw new ClaimgraphError('QUERY_REFUSED', 'SERVICE (federated query) is not allowed on this endpoint: the server does not fetch other hosts');
  }
  const q = parsed as sparqljsTypes.Query;
  const form: QueryForm = q.queryType === 'SELECT' ? 'bindings' : q.queryType === 'ASK' ? 'boolean' : 'quads';
  const fromProtocol = dataset.defaultGraphs.length > 0 || dataset.namedGraphs.length > 0;
  const fromQuery = (q.from?.default?.length ?? 0) > 0 || (q.from?.named?.length ?? 0) > 0;
  const defaults = fromProtocol ? dataset.defaultGraphs : (q.from?.default ?? []).map((t) => t.value);
  const wholeGraph = !(fromProtocol || fromQuery) || defaults.includes(DEFAULT_GRAPH_IRI);
  if (!wholeGraph) return { sparql: text, form, ast: q, emptyDataset: true };
  if (!fromQuery) return { sparql: text, form, ast: q, emptyDataset: false };
  // the engine holds the graph as its default graph, not under the IRI: drop the clauses
  const rewritten = { ...q, from: undefined } as sparqljsTypes.Query;
  return { sparql: new (sparqljs().Generator)().stringify(rewritten), form, ast: rewritten, emptyDataset: false };
}
