/**
 * Running SPARQL through Comunica over the in-memory graph or a remote endpoint.
 */
import type * as RDF from '@rdfjs/types';
import type { Query, QuerySelect, SparqlQuery } from '@traqula/rules-sparql-1-2';
import { ClaimgraphError } from '../errors.js';
import { compileQuery } from './algebra.js';
import { commonJs, getEngine, type EngineKind } from './engine.js';
import { isOxigraphGraph, type OxigraphGraph } from './oxigraph.js';
import { CONTEXT_KEYS, orAsWritten, oxigraphQuerySource, type PushdownHelpers } from './pushdown.js';
import { generateQuery, parseSparql, queryText } from './parse.js';
import { groupBeforeJoin } from './rewrite.js';
import { oxigraphPlan } from './deviations.js';
import rdfDataFactory from 'rdf-data-factory';
import { collectVariables, functionIris, hasService, projection } from './syntax.js';
import type { EndpointSource, QueryResult, QueryRow, QuerySource, RunQueryOptions } from './types.js';

/**
 * True when the source is a remote endpoint rather than an in-memory store.
 *
 * @example
 * ```ts
 * isEndpoint({ endpoint: 'http://localhost:8890/sparql' }); // true
 * ```
 */
export function isEndpoint(source: QuerySource): source is EndpointSource {
  return typeof (source as EndpointSource).endpoint === 'string';
}

/**
 * Parses a query (positioned QUERY_SYNTAX errors) and refuses updates: the graph is read-only.
 *
 * @example
 * ```ts
 * const ast = parseQuery('ASK { ?s ?p ?o }');
 * ```
 */
export function parseQuery(sparql: string, opts: RunQueryOptions & { file?: string; prefixes?: Record<string, string> } = {}): Query {
  const ast: SparqlQuery = parseSparql(sparql, opts);
  if (ast.type !== 'query') {
    throw new ClaimgraphError('QUERY_FAILED', 'SPARQL updates are not supported: the graph is read-only', { query: opts.name, file: opts.file });
  }
  return ast;
}

/**
 * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query on a store or a remote endpoint and
 * collects the whole result.
 *
 * For an endpoint with a `graph`, the query gets `FROM <graph>` (unless it names its own
 * dataset), so the named graph acts as the default graph.
 *
 * @example
 * ```ts
 * const res = await runQuery(store, 'SELECT ?s WHERE { ?s a cg:Claim }');
 * if (res.type === 'bindings') console.log(res.rows.length);
 * const remote = await runQuery({ endpoint: 'http://localhost:8890/sparql', graph: 'urn:g' }, 'ASK { ?s ?p ?o }');
 * ```
 */
export async function runQuery(source: QuerySource, sparql: string, opts: RunQueryOptions = {}): Promise<QueryResult> {
  const ast = parseQuery(sparql, opts);
  return runParsedQuery(source, ast, sparql, opts);
}

/**
 * Runs an already parsed query. `text` is its source, sent as-is when nothing needs rewriting;
 * without it, the text the tree was parsed from (src/query/parse.ts `queryText`), or for a tree
 * built in code, the generator's writing of it.
 *
 * @example
 * ```ts
 * const ast = parseQuery(text);
 * const res = await runParsedQuery(store, ast, text);
 * ```
 */
export async function runParsedQuery(source: QuerySource, ast: Query, text: string | undefined, opts: RunQueryOptions = {}): Promise<QueryResult> {
  let sparql = text ?? queryText(ast);
  if (isEndpoint(source) && source.graph && ast.datasets.clauses.length === 0) {
    const iri = { type: 'term', subType: 'namedNode', value: source.graph, loc: { sourceLocationType: 'autoGenerate' } } as const;
    sparql = generateQuery({ ...ast, datasets: { ...ast.datasets, clauses: [{ clauseType: 'default', value: iri }] } } as Query);
  }
  const kind = engineKindFor(source, ast);
  // over Oxigraph: pushed down whole, unless Oxigraph would depart from the spec (deviations.ts)
  const plan = kind === 'local' && isOxigraphGraph(source) ? oxigraphPlan(ast) : undefined;
  const pushdown = plan?.route === 'oxigraph';
  if (pushdown && (ast.subType === 'select' || ast.subType === 'ask')) {
    try {
      return await answerWhole(source as OxigraphGraph, ast, sparql, plan.plainColumns, opts.baseIRI);
    } catch (err) {
      if (err instanceof ClaimgraphError) throw err;
      throw remoteOrQueryError(err, source, opts);
    }
  }
  const engine = await getEngine(pushdown ? 'pushdown' : kind);
  const context = isEndpoint(source)
    ? { sources: [{ type: 'sparql', value: source.endpoint }] as [{ type: 'sparql'; value: string }] }
    : pushdown
      // the whole query goes to Oxigraph as its text, as Comunica sends it to an endpoint
      ? pushdownContext(await pushdownSource(source as OxigraphGraph), ast, pushedText(ast, sparql))
      : { sources: [source] as [RDF.Source] };
  let ctx: Record<string, unknown> = opts.baseIRI ? { ...context, baseIRI: opts.baseIRI } : context;
  try {
    // Over a local store the query goes in as compiled algebra (src/query/algebra.ts: no parser
    // to build in a fresh process). The full engine gets the text: a SPARQL endpoint source
    // forwards the original query string as it is.
    let query: string | object = sparql;
    if (kind === 'local') {
      const compiled = await compileQuery(sparql, opts.baseIRI);
      query = compiled.operation;
      if (compiled.baseIRI) ctx = { ...ctx, baseIRI: compiled.baseIRI };
    }
    const result = await engine.query(query as never, ctx as never);
    if (result.resultType === 'bindings') {
      const stream = await result.execute();
      const rows: QueryRow[] = [];
      for await (const b of stream as AsyncIterable<RDF.Bindings>) {
        const row: QueryRow = {};
        // forEach, not for-of: Comunica's iterator is a generator of [variable, term] pairs, and
        // at 22k rows of 8 variables it took ~35 ms more than this (measured)
        b.forEach((t, v) => {
          row[v.value] = t;
        });
        rows.push(row);
      }
      const meta = await result.metadata();
      const variables = projectedVariables(ast, meta.variables.map((v: { variable?: RDF.Variable } | RDF.Variable) => ('variable' in v && v.variable ? v.variable.value : (v as RDF.Variable).value)));
      if (plan?.route === 'oxigraph') plainGroupConcat(rows, plan.plainColumns);
      return { type: 'bindings', variables, rows };
    }
    if (result.resultType === 'boolean') {
      return { type: 'boolean', value: await result.execute() };
    }
    if (result.resultType === 'quads') {
      const stream = await result.execute();
      const quads: RDF.Quad[] = [];
      // SPARQL 16.2: a template instantiated into a literal subject (or a non-IRI predicate) adds
      // no triple; Comunica passes such triples on, and no RDF syntax could write them
      for await (const q of stream as AsyncIterable<RDF.Quad>) if (wellFormed(q)) quads.push(q);
      return { type: 'quads', quads };
    }
    throw new ClaimgraphError('QUERY_FAILED', `unsupported result type ${String((result as { resultType: string }).resultType)}`, { query: opts.name });
  } catch (err) {
    if (err instanceof ClaimgraphError) throw err;
    throw remoteOrQueryError(err, source, opts);
  }
}

/**
 * A SELECT or ASK that Oxigraph answers whole, asked of it directly rather than through
 * Comunica's pushdown source. Why: Comunica adds nothing to such a query (one source takes the
 * whole operation; src/query/pushdown.ts), but costs ~0.4-0.6 ms a query around it (actor
 * buses, an immutable bindings map per row, the iterator), more than Oxigraph's own evaluation
 * of a selective query (bench at 1M triples, 2026-12-03: members-of 1.05 ms against Oxigraph's
 * 0.39 ms). The answer is the one the source gave Comunica, and Comunica passed on unchanged:
 * the same text (the user's, or src/query/rewrite.ts's equivalent, or traqula's writing of it
 * when Oxigraph's parser refuses it), the same base IRI (the query's last `BASE`, else
 * `baseIRI`), the same rows and terms; for `SELECT *` the same variables (Comunica's in-scope
 * variables of the query's algebra, then any other a row binds). CONSTRUCT and DESCRIBE
 * (which Comunica turns into a CONSTRUCT) still go through Comunica.
 */
async function answerWhole(graph: OxigraphGraph, ast: Query, sparql: string, plainColumns: string[], baseIRI: string | undefined): Promise<QueryResult> {
  const text = pushedText(ast, sparql);
  const written = () => generateQuery(groupBeforeJoin(ast) ?? ast);
  const base = declaredBase(ast) ?? baseIRI;
  if (ast.subType === 'ask') {
    const value = orAsWritten(text, written, (q) => graph.query(q, base, 'boolean'));
    if (typeof value !== 'boolean') throw new ClaimgraphError('QUERY_FAILED', 'internal: Oxigraph did not answer an ASK with a boolean');
    return { type: 'boolean', value };
  }
  const { names, rows } = orAsWritten(text, written, (q) => graph.select(q, base));
  plainGroupConcat(rows, plainColumns);
  const { wildcard } = projection(ast as QuerySelect);
  const engineVars = wildcard ? await inScopeNames(sparql, baseIRI, rows) : names;
  return { type: 'bindings', variables: projectedVariables(ast, engineVars), rows };
}

/** The value of a query's last `BASE` (as written: Comunica's parse of the text gives the same). */
function declaredBase(ast: Query): string | undefined {
  let base: string | undefined;
  for (const c of ast.context ?? []) if (c.subType === 'base') base = c.value.value;
  return base;
}

let scopeOf: Promise<(op: object) => RDF.Variable[]> | undefined;

/**
 * A `SELECT *`'s variables as Comunica lists them: the in-scope variables of the query's algebra
 * (src/query/algebra.ts, cached), then any other variable a row binds, in order of appearance.
 */
async function inScopeNames(sparql: string, baseIRI: string | undefined, rows: QueryRow[]): Promise<string[]> {
  scopeOf ??= import('@comunica/utils-algebra').then((m) => {
    const { algebraUtils } = commonJs(m);
    return (op: object) => algebraUtils.inScopeVariables(op as never);
  });
  const compiled = await compileQuery(sparql, baseIRI);
  const out = new Set((await scopeOf)(compiled.operation).map((v) => v.value));
  for (const row of rows) for (const k in row) out.add(k);
  return [...out];
}

/**
 * SPARQL 1.1's GROUP_CONCAT is a simple literal; Oxigraph keeps a language tag its values share
 * (src/query/deviations.ts).
 */
function plainGroupConcat(rows: QueryRow[], columns: string[]): void {
  if (columns.length === 0) return;
  for (const row of rows) {
    for (const c of columns) {
      const t = row[c];
      if (t?.termType === 'Literal' && t.language) row[c] = DF.literal(t.value);
    }
  }
}

const DF = new rdfDataFactory.DataFactory();

/**
 * The context of a query handed whole to Oxigraph: its text, the functions it calls, and its
 * text as traqula writes it, for a text Oxigraph's parser refuses (deviations.ts).
 */
function pushdownContext(source: object, ast: Query, text: string): Record<string, unknown> {
  const context: Record<string, unknown> = {
    [CONTEXT_KEYS.querySources]: [{ source }],
    [CONTEXT_KEYS.queryString]: text,
    [CONTEXT_KEYS.writtenText]: () => generateQuery(groupBeforeJoin(ast) ?? ast),
  };
  const functions = functionIris(ast);
  if (functions.length) context[CONTEXT_KEYS.extensionFunctions] = functions;
  return context;
}

const pushdownSources = new WeakMap<OxigraphGraph, Promise<object>>();

/** The graph's Comunica query source, built once per graph with Comunica's own helpers. */
function pushdownSource(graph: OxigraphGraph): Promise<object> {
  let p = pushdownSources.get(graph);
  if (!p) {
    p = Promise.all([
      import('asynciterator'),
      import('@comunica/utils-bindings-factory'),
      import('@comunica/utils-metadata'),
      import('@comunica/utils-algebra'),
      import('rdf-data-factory'),
    ]).then(([ai, bf, md, alg, rdf]) => {
      const dataFactory = new (commonJs(rdf).DataFactory)();
      const bindingsFactory = new (commonJs(bf).BindingsFactory)(dataFactory);
      // resolved once: commonJs() compares the module's keys (~4 us a call, on every query)
      const { algebraUtils } = commonJs(alg);
      const helpers: PushdownHelpers = {
        ArrayIterator: commonJs(ai).ArrayIterator as unknown as PushdownHelpers['ArrayIterator'],
        bindings: (entries) => bindingsFactory.bindings(entries),
        inScopeVariables: (op) => algebraUtils.inScopeVariables(op as never),
        MetadataValidationState: commonJs(md).MetadataValidationState,
        variable: (name) => dataFactory.variable(name),
      };
      return oxigraphQuerySource(graph, helpers);
    });
    pushdownSources.set(graph, p);
  }
  return p;
}

/**
 * Which Comunica build runs a query: the light one for an in-memory store, the full one (with
 * HTTP) for a remote endpoint or a query with a `SERVICE` clause anywhere in it.
 *
 * @example
 * ```ts
 * engineKindFor(store, parseQuery('SELECT * { ?s ?p ?o }')); // 'local'
 * engineKindFor(store, parseQuery('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')); // 'remote'
 * ```
 */
export function engineKindFor(source: QuerySource, ast: Query): EngineKind {
  return isEndpoint(source) || hasService(ast.where) ? 'remote' : 'local';
}

function wellFormed(q: RDF.Quad): boolean {
  return (q.subject as RDF.Term).termType !== 'Literal' && q.predicate.termType === 'NamedNode';
}

function remoteOrQueryError(err: unknown, source: QuerySource, opts: RunQueryOptions): ClaimgraphError {
  const message = err instanceof Error ? err.message : String(err);
  if (isEndpoint(source)) {
    const status = /\b([45]\d\d)\b/.exec(message);
    const code = status && (status[1] === '401' || status[1] === '403') ? 'REMOTE_AUTH' : 'REMOTE_HTTP';
    return new ClaimgraphError(code, `endpoint ${source.endpoint}: ${message.split('\n')[0]}`, { query: opts.name }, { cause: err });
  }
  return new ClaimgraphError('QUERY_FAILED', message.split('\n')[0]!, { query: opts.name }, { cause: err });
}

/**
 * Display order of a SELECT's variables: the projection as written, or for `SELECT *` the
 * in-scope variables in order of first appearance in the query.
 *
 * @example
 * ```ts
 * projectedVariables(parseQuery('SELECT ?b ?a { ?a ?p ?b }'), ['a', 'b']); // ['b', 'a']
 * ```
 */
export function projectedVariables(ast: Query, engineVars: string[]): string[] {
  if (ast.subType === 'select') {
    const { wildcard, names } = projection(ast as QuerySelect);
    if (!wildcard) return names;
  }
  const order = new Map<string, number>();
  collectVariables(ast.where ?? [], order);
  return [...engineVars].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
}

/**
 * The text handed to Oxigraph: the query itself, or an equivalent it evaluates faster
 * (src/query/rewrite.ts). Comunica is given the query as written either way.
 */
function pushedText(ast: Query, sparql: string): string {
  const faster = groupBeforeJoin(ast);
  return faster ? generateQuery(faster) : sparql;
}
