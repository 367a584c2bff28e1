/**
 * What a query worker does with each kind of job (see `worker-main.ts` for the thread around
 * it). Everything that depends on a request's content happens here, in a worker the server can
 * stop: parsing the query, checking it against the endpoint's rules, choosing the result format,
 * running it, serializing the answer; the fact check of a claim. The main thread only relays.
 *
 * To add a kind of job: give `Job` in types.ts a member and `JOB_HANDLERS` an entry.
 */
import type N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import type { CheckGraph } from '../check/types.js';
import { ClaimgraphError } from '../errors.js';
import { openGraphForLookups } from '../index-store/index.js';
import { applyQueryParams, projectedVariables, runParsedQuery } from '../query/index.js';
import type { NamedQuery, QueryResult, QuerySourceGraph } from '../query/index.js';
import { PREFIXES } from '../graph/vocab.js';
import { BINDINGS_TYPES, GRAPH_TYPES, negotiate, prepareQuery } from './protocol.js';
export { replyForError } from './reply.js';
import type { BindingsType, GraphType } from './protocol.js';
import { serializeBindings, serializeGraph } from './results.js';
import type { Job, JobReply, PlainResult, PlainTerm } from './types.js';

/** What every job can use: the graph, the named queries, the limits. */
export interface WorkerContext {
  /** The graph as the query stage holds it (n3 Store, Oxigraph, or the graph's index with `--store index`). */
  graph: QuerySourceGraph;
  /** The graph for the fact checker's look-ups (opened on first use when `graph` is Oxigraph). */
  checkStore(): Promise<CheckGraph>;
  named: Map<string, NamedQuery>;
  maxResults: number;
  dir?: string;
  /** Time budget of one `/check` claim (ms); undefined: the checker's default. */
  claimBudgetMs?: number;
}

/** Answers one kind of job. Errors thrown are turned into HTTP errors by `replyForError` (reply.ts). */
export type JobHandler<J extends Job = Job> = (job: J, ctx: WorkerContext) => Promise<JobReply>;

const TURTLE_PREFIXES: Record<string, string> = { ...PREFIXES };

/** The empty graph: what a query whose dataset names only graphs this server lacks runs on. */
let emptyGraph: Promise<N3.Store> | undefined;
async function empty(): Promise<N3.Store> {
  emptyGraph ??= import('n3').then((m) => new m.Store());
  return await emptyGraph;
}

async function runSparql(text: string, dataset: { defaultGraphs: string[]; namedGraphs: string[] }, accept: string | undefined, format: string | undefined, ctx: WorkerContext): Promise<JobReply> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const prepared = prepareQuery(text, dataset);
  // negotiate before running, so an unacceptable request costs no query time
  const type: BindingsType | GraphType = prepared.form === 'quads'
    ? negotiate(accept, format, GRAPH_TYPES)
    : negotiate(accept, format, BINDINGS_TYPES);
  const source = prepared.emptyDataset ? await empty() : ctx.graph;
  const parse = lap();
  const result = await runParsedQuery(source, prepared.ast, prepared.sparql);
  const query = lap();
  const plain = toPlain(result, ctx.maxResults);
  if (plain.type === 'bindings') plain.variables = projectedVariables(prepared.ast, plain.variables);
  const body = plain.type === 'quads'
    ? await serializeGraph(plain.triples, type as GraphType, TURTLE_PREFIXES)
    : serializeBindings(plain, type as BindingsType);
  return { ok: true, status: 200, contentType: `${type}; charset=utf-8`, body, timing: { parse, query, serialize: lap() } };
}

// a check context per store: labels, lexicon and axioms are built on the first /check only
const checkContexts = new WeakMap<CheckGraph, unknown>();

/** The job handlers by kind. */
export const JOB_HANDLERS: { [K in Job['kind']]: JobHandler<Extract<Job, { kind: K }>> } = {
  async sparql(job, ctx) {
    return await runSparql(job.query, job, job.accept, job.format, ctx);
  },
  async named(job, ctx) {
    const q = ctx.named.get(job.name);
    if (!q) throw new ClaimgraphError('QUERY_NOT_FOUND', `no named query "${job.name}"; see /queries`);
    // declared parameters may be given as URL parameters (`?org=cgr:acme`)
    const { sparql } = applyQueryParams(q, job.params);
    return await runSparql(sparql, { defaultGraphs: [], namedGraphs: [] }, job.accept, job.format, ctx);
  },
  async check(job, ctx) {
    // the fact checker is loaded on the first /check: a worker that only answers queries starts faster
    const { checkClaim, checkResultToJSON, prepareCheck, toClaimReview } = await import('../check/index.js');
    const store = await ctx.checkStore();
    let context = checkContexts.get(store);
    if (!context) checkContexts.set(store, (context = prepareCheck(store, ctx.dir ? { dir: ctx.dir } : {})));
    const result = await checkClaim(store, job.claim, { context: context as never, ...(ctx.dir ? { dir: ctx.dir } : {}), ...(ctx.claimBudgetMs !== undefined ? { budgetMs: ctx.claimBudgetMs } : {}) });
    const data = job.format === 'claimreview' ? toClaimReview(result) : checkResultToJSON(result);
    return { ok: true, status: 200, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(data, null, 2)}\n` };
  },
};

function plainTerm(term: RDF.Term): PlainTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    const out: PlainTerm = { type: 'literal', value: term.value };
    if (term.language) out['xml:lang'] = term.language;
    else if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') out.datatype = term.datatype.value;
    return out;
  }
  // variables, quoted triples and default graphs never appear in results of the queries we run
  return { type: 'literal', value: term.value };
}

function tooLarge(maxResults: number): ClaimgraphError {
  return new ClaimgraphError('QUERY_RESULT_TOO_LARGE', `the result has more than ${maxResults} rows/triples, the server's limit; narrow the query or add a LIMIT`);
}

/** A query result as plain data for the serializers, refused whole past `maxResults`. */
function toPlain(result: QueryResult, maxResults: number): PlainResult {
  if (result.type === 'boolean') return { type: 'boolean', value: result.value };
  if (result.type === 'bindings') {
    if (result.rows.length > maxResults) throw tooLarge(maxResults);
    const rows = result.rows.map((row) => {
      const out: Record<string, PlainTerm> = {};
      for (const k in row) out[k] = plainTerm(row[k]!);
      return out;
    });
    return { type: 'bindings', variables: result.variables, rows };
  }
  if (result.quads.length > maxResults) throw tooLarge(maxResults);
  return { type: 'quads', triples: result.quads.map((q) => ({ s: plainTerm(q.subject), p: plainTerm(q.predicate), o: plainTerm(q.object) })) };
}

/**
 * The graph for the fact checker's look-ups: the query graph itself when it answers them (an n3
 * Store, the graph's index), else opened once from the project: a large graph's index when it
 * is current (a few pages read instead of the Turtle parsed into a second in-memory store),
 * otherwise the Turtle into an n3 Store.
 */
export function checkStoreLoader(graph: QuerySourceGraph, dir: string | undefined): () => Promise<CheckGraph> {
  let loaded: Promise<CheckGraph> | undefined;
  return () => {
    if ((graph as { backend?: string }).backend !== 'oxigraph') return Promise.resolve(graph as CheckGraph);
    if (!dir) throw new ClaimgraphError('INTERNAL', 'no project to load the fact checker\'s graph from');
    loaded ??= openGraphForLookups(dir);
    return loaded;
  };
}
