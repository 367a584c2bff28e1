/**
 * Citations for any query: which claims and source sentences stand behind each result row, or
 * why none do. The semantics are written down in docs/DESIGN.md ("What `--cite` cites").
 *
 * Plan (src/query/cite/plan.ts): which solutions of the WHERE clause stand behind each row.
 * Look-up (store-backend.ts, endpoint-backend.ts): the claims behind the triples those solutions
 * matched (src/query/cite/patterns.ts), property paths walked back to their triples (paths.ts).
 * Assemble (assemble.ts): each row's citations, or its reason for having none.
 */
import type * as RDF from '@rdfjs/types';
import type { Query, QuerySelect } from '@traqula/rules-sparql-1-2';
import { ClaimgraphError } from '../../errors.js';
import { oxigraphPlan } from '../deviations.js';
import { queryText } from '../parse.js';
import { isOxigraphGraph } from '../oxigraph.js';
import { engineKindFor, isEndpoint, runParsedQuery } from '../run.js';
import { iriContext, isAggregate, valuesConstants, wherePatterns } from '../syntax.js';
import type { BindingsResult, GraphReader, QueryResult, QueryRow, QuerySource, RowCitations, RunQueryOptions } from '../types.js';
import { assembleCitations } from './assemble.js';
import { EndpointBackend } from './endpoint-backend.js';
import { decodeGroup } from './group-codec.js';
import { collectScope, groundSolution, namedPredicates, patternVariables, tripleKey, type PathTask } from './patterns.js';
import { planExpansion, planGroupCitation, planSubSelect, rowKey, type GroupCitationPlan } from './plan.js';
import { storeBackend, type OntologySource } from './store-backend.js';
import type { CitationBackend, CitePattern, CiteScope, GroundTriple, RowEvidence } from './types.js';

export { MAX_PATH_STEPS } from './paths.js';
export type { OntologySource } from './store-backend.js';

/** Options of {@link citeRows}. */
export interface CiteOptions {
  /** Name of the query, for error locations. */
  name?: string;
  /**
   * Extra graph with the ontology (owl:inverseOf, owl:SymmetricProperty, rdfs:subPropertyOf)
   * when the graph itself does not carry it; a function is called only when a row needs it.
   */
  ontology?: OntologySource;
  /** Base IRI of the query's relative IRIs (as for {@link runParsedQuery}). */
  baseIRI?: string;
}

/** A SELECT's rows with their citations, from {@link runCitedQuery}. */
export interface CitedResult {
  result: QueryResult;
  /** One entry per row of a bindings result; undefined for ASK, CONSTRUCT and DESCRIBE. */
  citations?: RowCitations[];
}

/**
 * Citations for each row of a SELECT result, in row order.
 *
 * @example
 * ```ts
 * const ast = parseQuery(text);
 * const result = await runParsedQuery(store, ast, text);
 * if (result.type === 'bindings') {
 *   const rows = await citeRows(store, ast, result);
 *   rows[0].status; // 'cited' | 'uncited'
 * }
 * ```
 */
export async function citeRows(source: QuerySource, query: Query, result: BindingsResult, opts: CiteOptions = {}): Promise<RowCitations[]> {
  return citeWith(source, query, result, opts, undefined, undefined);
}

/**
 * Runs a query and cites its rows, as {@link runParsedQuery} then {@link citeRows} do, but with
 * one evaluation of an aggregate query instead of two where it can: over an in-process graph the
 * query gets one more projected aggregate carrying each group's solutions
 * (src/query/cite/plan.ts `planGroupCitation`), removed before the result is returned. Measured
 * at 1M triples on Oxigraph, `claims-per-sentence --cite` paid ~0.15 s for the longer aggregate
 * instead of ~0.4-0.6 s for a second evaluation, and it is exact where the re-run is not (a
 * group key the rows do not show).
 *
 * @example
 * ```ts
 * const ast = parseQuery('SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s cg:memberOf ?o } GROUP BY ?s');
 * const { result, citations } = await runCitedQuery(store, ast, undefined);
 * ```
 */
export async function runCitedQuery(source: QuerySource, query: Query, text: string | undefined, opts: CiteOptions & RunQueryOptions = {}): Promise<CitedResult> {
  let plan: GroupCitationPlan | undefined;
  let prepared: Prepared | undefined;
  if (!isEndpoint(source) && query.subType === 'select') {
    prepared = await prepare(backendFor(source, opts), query, opts.baseIRI);
    const planned = planGroupCitation(query as QuerySelect, patternVariables(prepared.scope), prepared.constants, isOxigraphGraph(source));
    if ('plan' in planned) plan = planned.plan;
  }
  const result = await runParsedQuery(source, plan?.query ?? query, plan ? undefined : text, opts);
  if (result.type !== 'bindings') return { result };
  if (!plan) return { result, citations: await citeWith(source, query, result, opts, undefined, prepared) };
  result.variables = result.variables.filter((v) => v !== plan.column);
  let groups: QueryRow[][] | undefined = [];
  const memo = new Map<string, RDF.Term>();
  for (const row of result.rows) {
    const encoded = row[plan.column];
    delete row[plan.column];
    const sols = groups && encoded ? decodeGroup(encoded.value, plan.vars, memo) : undefined;
    if (sols) groups?.push(sols);
    else groups = undefined;
  }
  if (plan.merge) merge(result, groups);
  return { result, citations: await citeWith(source, query, result, opts, groups && { keys: plan.keys, solutions: groups }, prepared) };
}

/** SELECT DISTINCT taken off by the plan: equal rows merged, in first-seen order, with their groups. */
function merge(result: BindingsResult, groups: QueryRow[][] | undefined): void {
  const seen = new Map<string, number>();
  const rows: QueryRow[] = [];
  const merged: QueryRow[][] = [];
  result.rows.forEach((row, i) => {
    const k = rowKey(row, result.variables);
    const at = seen.get(k);
    if (at === undefined) {
      seen.set(k, rows.length);
      rows.push(row);
      merged.push(groups ? [...groups[i]!] : []);
    } else if (groups) {
      merged[at]!.push(...groups[i]!);
    }
  });
  result.rows = rows;
  if (groups) groups.splice(0, groups.length, ...merged);
}

/**
 * Citations for each quad of a CONSTRUCT/DESCRIBE result: the claims behind a constructed
 * triple that is itself in the graph, or behind a claim or sentence node it mentions.
 *
 * @example
 * ```ts
 * const res = await runQuery(store, 'CONSTRUCT WHERE { ?s cg:memberOf ?o }');
 * if (res.type === 'quads') console.log(await citeQuads(store, res.quads));
 * ```
 */
export async function citeQuads(source: QuerySource, quads: RDF.Quad[], opts: CiteOptions = {}): Promise<RowCitations[]> {
  const evidence = quads.map((q): RowEvidence => ({
    triples: q.predicate.termType === 'NamedNode'
      ? [{ key: tripleKey(q.subject, q.predicate.value, q.object), s: q.subject, p: q.predicate.value, o: q.object }]
      : [],
    terms: [q.subject, q.object].filter((t) => t.termType === 'NamedNode'),
    untraced: [],
    matched: true,
  }));
  return assembleCitations(backendFor(source, opts), evidence);
}

/** A query's citable scope, with its constants put in and the links no claim can back left out. */
interface Prepared {
  scope: CiteScope;
  constants: Set<string>;
  /** Predicates a claim can back; undefined: unknown (every predicate is looked up). */
  citable?: Set<string>;
  /** Whether a claim can back a predicate a variable was bound to, as asked so far. */
  known: Map<string, boolean>;
}

async function prepare(backend: CitationBackend, query: Query, baseIRI: string | undefined): Promise<Prepared> {
  const ctx = iriContext(query, baseIRI);
  const constants = valuesConstants(wherePatterns(query), ctx);
  const scope = collectScope(wherePatterns(query), ctx);
  substitute(scope, constants);
  const citable = await backend.citablePredicates(namedPredicates(scope));
  return { scope, constants: new Set(constants.keys()), citable, known: new Map() };
}

/** A one-row VALUES block's constants, put into the patterns (variable predicates included). */
function substitute(scope: CiteScope, constants: Map<string, RDF.Term>): void {
  const put = (t: RDF.Term) => (t.termType === 'Variable' && constants.has(t.value) ? constants.get(t.value)! : t);
  for (const p of scope.patterns) {
    p.subject = put(p.subject);
    p.object = put(p.object);
    const pred = p.predicate;
    if (pred.kind === 'variable') {
      const c = constants.get(pred.name);
      if (c?.termType === 'NamedNode') p.predicate = { kind: 'links', links: [{ iri: c.value, inverse: false }] };
    }
  }
  // a sub-select's variables are its own, unless it shows them (then it joins with the constant)
  for (const sub of scope.subSelects) {
    const shown = new Map([...constants].filter(([k]) => sub.projected.includes(k)));
    if (shown.size) substitute(sub.scope, shown);
  }
}

/** Each displayed row's solutions, without the group keys the row itself shows. */
interface GroupSolutions {
  keys: string[];
  solutions: QueryRow[][];
}

async function citeWith(
  source: QuerySource,
  query: Query,
  result: BindingsResult,
  opts: CiteOptions,
  grouped: GroupSolutions | undefined,
  known: Prepared | undefined,
): Promise<RowCitations[]> {
  if (query.subType !== 'select' || result.rows.length === 0) {
    return result.rows.map(() => ({ status: 'uncited', citations: [], reason: 'no-claim', detail: 'not a SELECT query' }));
  }
  const backend = backendFor(source, opts);
  const prepared = known ?? (await prepare(backend, query, opts.baseIRI));
  const evidence: Accumulated[] = result.rows.map(() => newEvidence());

  let solutionsByRow: QueryRow[][];
  if (grouped) {
    // A grouped row's own key values are the same for each of its solutions.
    solutionsByRow = grouped.solutions.map((sols, i) => {
      const fixed: QueryRow = {};
      for (const k of grouped.keys) if (result.rows[i]![k]) fixed[k] = result.rows[i]![k]!;
      const names = Object.keys(fixed);
      for (const k of names) if (fixed[k]!.termType === 'NamedNode') evidence[i]!.terms.set(fixed[k]!.value, fixed[k]!);
      // in place, property by property: Object.assign and a new array per group cost ~0.1 s of
      // claims-per-sentence's 80k solutions (profile)
      for (const sol of sols) for (const k of names) sol[k] = fixed[k]!;
      return sols;
    });
  } else {
    const planned = planExpansion(query as QuerySelect, prepared.constants, result.rows);
    if (!planned) {
      solutionsByRow = result.rows.map((r) => [r]);
    } else if ('declined' in planned) {
      return result.rows.map(() => ({ status: 'uncited', citations: [], reason: 'untraceable', detail: `not traced: ${planned.declined}` }));
    } else {
      const { query: expanded, keys } = planned.plan;
      const groups = new Map<string, QueryRow[]>();
      for (const row of await solutions(source, expanded, query, opts)) {
        const k = rowKey(row, keys);
        const g = groups.get(k);
        if (g) g.push(row);
        else groups.set(k, [row]);
      }
      // an aggregate row may stand on no solution at all (COUNT(*) of nothing is 0)
      const aggregated = isAggregate(query as QuerySelect);
      solutionsByRow = result.rows.map((r, i) => {
        const sols = groups.get(rowKey(r, keys));
        if (!sols && !aggregated) untrace(evidence[i]!, 'the row was not found again among the query\'s solutions (a blank node or a value made anew by each run)');
        return sols ?? [];
      });
    }
  }
  await trace(backend, prepared, prepared.scope, query, solutionsByRow, evidence, source, opts);
  await tracePaths(backend, evidence);
  return assembleCitations(backend, evidence.map((e) => ({ triples: e.triples ? [...e.triples.values()] : [], terms: [...e.terms.values()], untraced: e.untraced ? [...e.untraced] : [], matched: e.matched })));
}

// A row's evidence; the collections a row may not need are made on first use (claims-per-sentence
// has 22,496 rows, most queries' rows no path and nothing untraced).
interface Accumulated {
  triples?: Map<string, GroundTriple>;
  paths?: Map<string, PathTask>;
  terms: Map<string, RDF.Term>;
  untraced?: Set<string>;
  matched: boolean;
}

function newEvidence(): Accumulated {
  return { terms: new Map(), matched: false };
}

function untrace(e: Accumulated, why: string): void {
  (e.untraced ??= new Set()).add(why);
}

/**
 * Instantiates a scope's patterns with each row's solutions; a sub-select that hides variables is
 * traced through its own solutions behind what it shows (one re-run for all rows).
 */
async function trace(
  backend: CitationBackend,
  prepared: Prepared,
  scope: CiteScope,
  top: Query,
  solutionsByRow: QueryRow[][],
  evidence: Accumulated[],
  source: QuerySource,
  opts: CiteOptions,
): Promise<void> {
  const { citable } = prepared;
  const patterns = citable ? scope.patterns.map((p) => keepCitable(p, citable)).filter((p): p is CitePattern => !!p) : scope.patterns;
  if (citable) await settleVariablePredicates(backend, prepared, patterns, solutionsByRow);
  const isCitable = citable ? (iri: string) => prepared.known.get(iri) ?? citable.has(iri) : undefined;
  for (const [i, sols] of solutionsByRow.entries()) {
    const e = evidence[i]!;
    if (sols.length > 0 && scope.patterns.length > 0) e.matched = true;
    for (const sol of sols) {
      if (patterns.length > 0) groundSolution(patterns, sol, (e.triples ??= new Map()), (e.paths ??= new Map()), isCitable);
      for (const k in sol) {
        const term = sol[k]!;
        if (term.termType === 'NamedNode') e.terms.set(term.value, term);
      }
    }
    for (const u of scope.untraceable) {
      if (sols.some((sol) => u.variables.every((v) => sol[v]))) untrace(e, u.why);
    }
  }
  for (const sub of scope.subSelects) {
    if (sub.transparent) {
      await trace(backend, prepared, sub.scope, top, solutionsByRow, evidence, source, opts);
      continue;
    }
    const all = solutionsByRow.flat();
    if (all.length === 0) continue;
    const planned = planSubSelect(sub, top, all);
    if ('declined' in planned) {
      solutionsByRow.forEach((sols, i) => {
        if (sols.length > 0) untrace(evidence[i]!, planned.declined);
      });
      continue;
    }
    const { query, keys } = planned.plan;
    const byKey = new Map<string, QueryRow[]>();
    for (const row of await solutions(source, query, top, opts)) {
      const k = rowKey(row, keys);
      const g = byKey.get(k);
      if (g) g.push(row);
      else byKey.set(k, [row]);
    }
    const inner = solutionsByRow.map((sols) => {
      const seen = new Set<string>();
      const out: QueryRow[] = [];
      for (const sol of sols) {
        const k = rowKey(sol, keys);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(...(byKey.get(k) ?? []));
      }
      return out;
    });
    await trace(backend, prepared, sub.scope, top, inner, evidence, source, opts);
  }
}

/**
 * Asks, once for all rows, whether a claim can back the predicates that variable predicates are
 * bound to (most bind rdf:type, labels and provenance links, which none can).
 */
async function settleVariablePredicates(backend: CitationBackend, prepared: Prepared, patterns: CitePattern[], solutionsByRow: QueryRow[][]): Promise<void> {
  const names = patterns.flatMap((p) => (p.predicate.kind === 'variable' ? [p.predicate.name] : []));
  if (names.length === 0) return;
  const unknown = new Set<string>();
  for (const sols of solutionsByRow) {
    for (const sol of sols) {
      for (const n of names) {
        const t = sol[n];
        if (t?.termType === 'NamedNode' && !prepared.known.has(t.value) && !prepared.citable!.has(t.value)) unknown.add(t.value);
      }
    }
  }
  if (unknown.size === 0) return;
  const citable = await backend.citablePredicates([...unknown]);
  for (const iri of unknown) prepared.known.set(iri, citable ? citable.has(iri) : true);
}

/** A pattern with the links no claim can back left out; undefined when none is left. */
function keepCitable(p: CitePattern, citable: Set<string>): CitePattern | undefined {
  if (p.predicate.kind !== 'links') return p;
  const links = p.predicate.links.filter((l) => citable.has(l.iri));
  if (links.length === 0) return undefined;
  return links.length === p.predicate.links.length ? p : { ...p, predicate: { kind: 'links', links } };
}

/** The property paths of all rows, walked once each, their triples added to the rows. */
async function tracePaths(backend: CitationBackend, evidence: Accumulated[]): Promise<void> {
  const done = new Map<string, GroundTriple[] | { untraceable: string }>();
  for (const e of evidence) {
    for (const task of e.paths?.values() ?? []) {
      let found = done.get(task.key);
      if (!found) done.set(task.key, (found = await backend.tracePath(task.path, task.s, task.o)));
      if (Array.isArray(found)) for (const t of found) (e.triples ??= new Map()).set(t.key, t);
      else untrace(e, found.untraceable);
    }
  }
}

/**
 * The solutions of a re-run. On a graph held in Oxigraph it is one of citation's own look-ups,
 * asked of the store directly like the others: the rows the user sees came through Comunica
 * already, and passing tens of thousands of solutions through Comunica's bindings again cost
 * ~0.1-0.2 s of `claims-per-sentence --cite` at 1M triples.
 */
async function solutions(source: QuerySource, query: QuerySelect, top: Query, opts: CiteOptions): Promise<QueryRow[]> {
  if (isOxigraphGraph(source) && engineKindFor(source, top) === 'local' && oxigraphPlan(query).route === 'oxigraph') {
    try {
      return source.select(queryText(query), opts.baseIRI).rows;
    } catch (err) {
      if (err instanceof ClaimgraphError) throw err;
      throw new ClaimgraphError('QUERY_FAILED', `citations: ${(err as Error).message}`, { query: opts.name }, { cause: err });
    }
  }
  const expanded = await runParsedQuery(source, query, undefined, { name: opts.name, baseIRI: opts.baseIRI });
  return expanded.type === 'bindings' ? expanded.rows : [];
}

/** Where the look-ups go: batched SPARQL for an endpoint, the graph's indexes otherwise. */
function backendFor(source: QuerySource, opts: CiteOptions): CitationBackend {
  return isEndpoint(source) ? new EndpointBackend(source, opts.name) : storeBackend(source as GraphReader, opts.ontology);
}
