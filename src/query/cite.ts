/**
 * Citations for any query: which claims and source sentences stand behind each result row.
 *
 * The query's positive triple patterns (BGPs, OPTIONAL, UNION, GRAPH, sub-selects; predicates
 * that are one IRI, its inverse `^p`, or alternatives of IRIs) are instantiated with each
 * solution. A ground triple that holds is backed by the positive, stated claim nodes with that
 * subject, predicate and object (the claims a direct triple comes from); failing that, by a
 * claim of an inverse, symmetric or sub-property the ontology declares. A bound value that is
 * itself a claim or a sentence is cited directly.
 *
 * When the displayed rows do not carry every variable the patterns need (projection,
 * DISTINCT, aggregates, LIMIT), the query is run once more as `SELECT *` without solution
 * modifiers, and each displayed row takes the citations of the full solutions that agree with
 * it on its plain variables (for GROUP BY: on the group keys). A pattern whose predicate no
 * claim can back (by its own claims or through the ontology's axioms) is left out first.
 * `runCitedQuery` avoids that second evaluation for an aggregate query over a local graph: the
 * query itself carries each group's solutions out, as one more aggregate written as text.
 *
 * Look-ups go straight to the n3 Store's indexes, never one SPARQL query per row: few ground
 * triples are checked against the claims of their subject; when a query touches more than an
 * eighth of all claims, one pass indexes every positive stated claim by its triple. Both are
 * cached per store (the graph is read-only) so a warm engine pays once. When the displayed rows
 * may leave solutions out (LIMIT, OFFSET, HAVING), the `SELECT *` re-run is pinned to their keys
 * with VALUES; on Oxigraph it goes to the store directly, like the other look-ups. On a remote
 * endpoint the look-ups are batched SPARQL queries with VALUES.
 */
import type * as RDF from '@rdfjs/types';
import type { Store } from 'n3';
import type { Grouping, Pattern, Query, SelectQuery, Triple, Variable as SparqlVariable } from 'sparqljs';
import rdfDataFactory from 'rdf-data-factory';
import { PREFIXES } from '../graph/vocab.js';
import { compactIri, termToSparql } from './format.js';
import { ClaimgraphError } from '../errors.js';
import { isOxigraphGraph, type OxigraphGraph } from './oxigraph.js';
import { engineKindFor, isEndpoint, parseQuery, runParsedQuery } from './run.js';
import { collectVariables, hasAggregate } from './syntax.js';
import { sparqljs } from './sparqljs.js';
import type { BindingsResult, Citation, CitedSentence, EndpointSource, GraphReader, QueryResult, QueryRow, QuerySource, RowCitations, RunQueryOptions } from './types.js';

const { rdf: RDF_NS, rdfs: RDFS_NS, owl: OWL_NS, cg: CG, nif: NIF } = PREFIXES;
const PROV_DERIVED = `${PREFIXES.prov}wasDerivedFrom`;

const V = {
  type: `${RDF_NS}type`,
  subject: `${RDF_NS}subject`,
  predicate: `${RDF_NS}predicate`,
  object: `${RDF_NS}object`,
  polarity: `${CG}polarity`,
  modality: `${CG}modality`,
  positive: `${CG}Positive`,
  stated: `${CG}Stated`,
  claim: `${CG}Claim`,
  groupClaim: `${CG}GroupClaim`,
  sentenceId: `${CG}sentenceId`,
  sentence: `${NIF}Sentence`,
  begin: `${NIF}beginIndex`,
  end: `${NIF}endIndex`,
  anchorOf: `${NIF}anchorOf`,
  inverseOf: `${OWL_NS}inverseOf`,
  symmetric: `${OWL_NS}SymmetricProperty`,
  subPropertyOf: `${RDFS_NS}subPropertyOf`,
} as const;

/** A triple pattern reduced to what citation needs: terms or variables, and predicate IRIs. */
interface CitePattern {
  subject: RDF.Term;
  /** One or more alternative predicates; `inverse` swaps subject and object. */
  predicates: { iri: string; inverse: boolean }[];
  object: RDF.Term;
}

/** A ground triple found in a solution. */
interface GroundTriple {
  key: string;
  s: RDF.Term;
  p: string;
  o: RDF.Term;
}

/** Options of {@link citeRows}. */
export interface CiteOptions {
  /** Name of the query, for error locations. */
  name?: string;
  /**
   * Extra store with the ontology (owl:inverseOf, owl:SymmetricProperty, rdfs:subPropertyOf)
   * when the graph itself does not carry it; a function is called only when a row needs it.
   */
  ontology?: Store | (() => Store | undefined);
}

/**
 * Citations for each row of a SELECT result, in row order (an empty array = no citation).
 *
 * @example
 * ```ts
 * const ast = parseQuery(text);
 * const result = await runParsedQuery(store, ast, text);
 * if (result.type === 'bindings') {
 *   const citations = await citeRows(store, ast, result);
 *   console.log(citations[0].map((c) => c.claim));
 * }
 * ```
 */
export async function citeRows(source: QuerySource, query: Query, result: BindingsResult, opts: CiteOptions = {}): Promise<RowCitations[]> {
  return citeWith(source, query, result, opts, undefined);
}

/** A SELECT's rows with their citations, from {@link runCitedQuery}. */
export interface CitedResult {
  result: QueryResult;
  /** One entry per row of a bindings result; undefined for ASK, CONSTRUCT and DESCRIBE. */
  citations?: RowCitations[];
}

/**
 * Runs a query and cites its rows, as {@link runParsedQuery} then {@link citeRows} do, but with
 * one evaluation of an aggregate query instead of two where it can.
 *
 * Citing a grouped row needs the solutions behind it, which the grouped result no longer
 * carries. Over an in-process graph the query is run with one more projected aggregate: the
 * group's solutions, written as text with SPARQL's own string functions (`GROUP_CONCAT` of
 * terms, escaped with `ENCODE_FOR_URI` where they could hold a separator). Each row then
 * carries what its citations need, and the extra column is removed before the result is
 * returned. It is also exact where the re-run is not: grouped on an expression the rows do not
 * show, the re-run can only give every row every group's citations. Measured at 1M triples on
 * Oxigraph, `claims-per-sentence --cite` paid ~0.15 s for the longer aggregate instead of
 * ~0.4-0.6 s for a second evaluation. Queries it cannot rewrite (DISTINCT rows, no aggregate,
 * a remote endpoint) and groups holding a blank node, a triple term or a literal with a base
 * direction in a citable pattern (no string form to read back) are cited as `citeRows` does.
 *
 * @example
 * ```ts
 * const ast = parseQuery('SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s cg:memberOf ?o } GROUP BY ?s');
 * const { result, citations } = await runCitedQuery(store, ast, undefined);
 * ```
 */
export async function runCitedQuery(source: QuerySource, query: Query, text: string | undefined, opts: CiteOptions & RunQueryOptions = {}): Promise<CitedResult> {
  let plan: GroupCitationPlan | undefined;
  let patterns: CitePattern[] | undefined;
  if (!isEndpoint(source) && query.queryType === 'SELECT') {
    patterns = await citablePatterns(backendFor(source, opts), query);
    const inPatterns = new Set<string>();
    for (const p of patterns) for (const t of [p.subject, p.object]) if (t.termType === 'Variable') inPatterns.add(t.value);
    plan = planGroupCitation(query, inPatterns, isOxigraphGraph(source));
  }
  const result = await runParsedQuery(source, plan?.query ?? query, plan ? undefined : text, opts);
  if (result.type !== 'bindings') return { result };
  if (!plan) return { result, citations: await citeWith(source, query, result, opts, undefined, patterns) };
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
  return { result, citations: await citeWith(source, query, result, opts, groups && { keys: plan.keys, solutions: groups }, patterns) };
}

/** Each displayed row's solutions, without the group keys the row itself shows. */
interface GroupSolutions {
  keys: string[];
  solutions: QueryRow[][];
}

/**
 * The query's triple patterns a claim can back, with a one-row VALUES block's constants put in.
 * A pattern whose predicate no claim can back (rdf:type of a claim, provenance links, sentence
 * offsets) gives no citation: it is dropped before any solution is instantiated with it.
 */
async function citablePatterns(backend: CitationBackend, query: Query): Promise<CitePattern[]> {
  const constants = valuesConstants(query.where ?? []);
  const patterns: CitePattern[] = [];
  collectPatterns(query.where ?? [], patterns);
  for (const p of patterns) {
    if (p.subject.termType === 'Variable' && constants.has(p.subject.value)) p.subject = constants.get(p.subject.value)!;
    if (p.object.termType === 'Variable' && constants.has(p.object.value)) p.object = constants.get(p.object.value)!;
  }
  const citable = await backend.citablePredicates([...new Set(patterns.flatMap((p) => p.predicates.map((x) => x.iri)))]);
  if (!citable) return patterns;
  for (const p of patterns) p.predicates = p.predicates.filter((x) => citable.has(x.iri));
  return patterns.filter((p) => p.predicates.length > 0);
}

async function citeWith(
  source: QuerySource,
  query: Query,
  result: BindingsResult,
  opts: CiteOptions,
  grouped: GroupSolutions | undefined,
  known?: CitePattern[],
): Promise<RowCitations[]> {
  if (query.queryType !== 'SELECT' || result.rows.length === 0) return result.rows.map(() => []);
  const backend = backendFor(source, opts);
  const patterns = known ?? (await citablePatterns(backend, query));
  const plan = planExpansion(query, result.variables, new Set(valuesConstants(query.where ?? []).keys()));

  let solutionsByRow: QueryRow[][];
  // A grouped row's own key values, the same for each of its solutions (for their named nodes)
  let rowKeys: QueryRow[] | undefined;
  if (grouped) {
    rowKeys = result.rows.map((r) => {
      const fixed: QueryRow = {};
      for (const k of grouped.keys) if (r[k]) fixed[k] = r[k]!;
      return fixed;
    });
    // Patterns are instantiated with whole solutions: the keys go back in only when there are any.
    solutionsByRow = patterns.length === 0 ? grouped.solutions : grouped.solutions.map((sols, i) => sols.map((sol) => Object.assign(sol, rowKeys![i])));
  } else if (!plan) {
    solutionsByRow = result.rows.map((r) => [r]);
  } else {
    restrictToRows(plan, result.rows);
    const groups = new Map<string, QueryRow[]>();
    for (const row of await solutions(source, plan.query, opts.name)) {
      const k = rowKey(row, plan.keys);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(row);
    }
    solutionsByRow = result.rows.map((r) => groups.get(rowKey(r, plan.keys)) ?? []);
  }

  const rowTriples: GroundTriple[][] = [];
  const rowTerms: RDF.Term[][] = [];
  for (const [i, sols] of solutionsByRow.entries()) {
    const triples = new Map<string, GroundTriple>();
    const terms = new Map<string, RDF.Term>();
    if (rowKeys) for (const term of Object.values(rowKeys[i]!)) if (term.termType === 'NamedNode') terms.set(term.value, term);
    for (const sol of sols) {
      if (patterns.length > 0) for (const t of groundTriples(patterns, sol)) triples.set(t.key, t);
      for (const k in sol) {
        const term = sol[k]!;
        if (term.termType === 'NamedNode') terms.set(term.value, term);
      }
    }
    rowTriples.push([...triples.values()]);
    rowTerms.push([...terms.values()]);
  }
  return assembleCitations(backend, rowTriples, rowTerms);
}

/**
 * The solutions of the re-run query. On a graph held in Oxigraph it is one of citation's own
 * look-ups, asked of the store directly like the others: the rows the user sees came through
 * Comunica already, and passing tens of thousands of solutions through Comunica's bindings
 * again cost ~0.1-0.2 s of `claims-per-sentence --cite` at 1M triples.
 */
async function solutions(source: QuerySource, query: SelectQuery, name: string | undefined): Promise<QueryRow[]> {
  if (isOxigraphGraph(source) && engineKindFor(source, query) === 'local') {
    const text = new (sparqljs().Generator)().stringify(query);
    let res: ReturnType<OxigraphGraph['query']>;
    try {
      res = source.query(text, undefined, 'bindings');
    } catch (err) {
      throw new ClaimgraphError('QUERY_FAILED', `citations: ${(err as Error).message.split('\n')[0]}`, { query: name }, { cause: err });
    }
    if (Array.isArray(res)) {
      return (res as Map<string, RDF.Term>[]).map((m) => {
        const row: QueryRow = {};
        for (const [k, t] of m) row[k] = t;
        return row;
      });
    }
  }
  const expanded = await runParsedQuery(source, query, undefined, { name });
  return expanded.type === 'bindings' ? expanded.rows : [];
}

/** Where the look-ups go: batched SPARQL for an endpoint, the store's indexes otherwise. */
function backendFor(source: QuerySource, opts: CiteOptions): CitationBackend {
  return isEndpoint(source) ? new RemoteBackend(source, opts.name) : localBackend(source, opts.ontology);
}

/** Resolves every row's ground triples and bound terms in bulk, then builds each row's citations. */
async function assembleCitations(backend: CitationBackend, rowTriples: GroundTriple[][], rowTerms: RDF.Term[][]): Promise<RowCitations[]> {
  const allTriples = new Map<string, GroundTriple>();
  const allTerms = new Map<string, RDF.Term>();
  for (const ts of rowTriples) for (const t of ts) allTriples.set(t.key, t);
  for (const ts of rowTerms) for (const t of ts) allTerms.set(t.value, t);
  const claimsByTriple = await backend.claimsForTriples([...allTriples.values()]);
  const kinds = await backend.kinds([...allTerms.values()]);
  const claimIris = new Set<string>();
  for (const list of claimsByTriple.values()) for (const c of list) claimIris.add(c.claim);
  for (const [iri, kind] of kinds) if (kind === 'claim') claimIris.add(iri);
  const claimInfo = await backend.describeClaims([...claimIris]);
  const sentenceIris = [...kinds].filter(([, k]) => k === 'sentence').map(([iri]) => iri);
  const sentences = await backend.describeSentences(sentenceIris);

  const byTerm = new Map<string, Citation | null>();
  return rowTriples.map((triples, i) => {
    const out = new Map<string, Citation>();
    for (const t of triples) {
      for (const c of claimsByTriple.get(t.key) ?? []) {
        if (out.has(c.claim)) continue;
        const info = claimInfo.get(c.claim);
        out.set(c.claim, { claim: c.claim, polarity: info?.polarity, modality: info?.modality, via: c.via, sentences: info?.sentences ?? [] });
      }
    }
    for (const term of rowTerms[i]!) {
      if (out.has(term.value)) continue;
      // A bound claim or sentence is cited the same way in every row that binds it
      let c = byTerm.get(term.value);
      if (c === undefined) {
        const kind = kinds.get(term.value);
        c = null;
        if (kind === 'claim') {
          const info = claimInfo.get(term.value);
          c = { claim: term.value, polarity: info?.polarity, modality: info?.modality, via: compactIri(term.value), sentences: info?.sentences ?? [] };
        } else if (kind === 'sentence') {
          const s = sentences.get(term.value);
          if (s) c = { via: compactIri(term.value), sentences: [s] };
        }
        byTerm.set(term.value, c);
      }
      if (c) out.set(term.value, c);
    }
    return [...out.values()].sort(compareCitations);
  });
}

/**
 * Citations for each quad of a CONSTRUCT/DESCRIBE result: the claims behind a constructed
 * triple that is itself in the graph, or behind a claim/sentence node it mentions.
 *
 * @example
 * ```ts
 * const res = await runQuery(store, 'CONSTRUCT WHERE { ?s cg:memberOf ?o }');
 * if (res.type === 'quads') console.log(await citeQuads(store, res.quads));
 * ```
 */
export async function citeQuads(source: QuerySource, quads: RDF.Quad[], opts: CiteOptions = {}): Promise<RowCitations[]> {
  const rowTriples = quads.map((q) =>
    q.predicate.termType === 'NamedNode'
      ? [{ key: tripleKey(q.subject, q.predicate.value, q.object), s: q.subject, p: q.predicate.value, o: q.object }]
      : []);
  const rowTerms = quads.map((q) => [q.subject, q.object].filter((t) => t.termType === 'NamedNode'));
  return assembleCitations(backendFor(source, opts), rowTriples, rowTerms);
}

function compareCitations(a: Citation, b: Citation): number {
  const ab = a.sentences[0]?.begin ?? Infinity;
  const bb = b.sentences[0]?.begin ?? Infinity;
  if (ab !== bb) return ab - bb;
  const ak = a.claim ?? a.via;
  const bk = b.claim ?? b.via;
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}

/* ------------------------------------------------------------------ patterns */

function collectPatterns(patterns: Pattern[], out: CitePattern[]): void {
  for (const p of patterns) {
    switch (p.type) {
      case 'bgp':
        for (const t of p.triples) {
          const c = citePattern(t);
          if (c) out.push(c);
        }
        break;
      case 'group':
      case 'optional':
      case 'union':
      case 'graph':
        collectPatterns(p.patterns, out);
        break;
      case 'query':
        collectPatterns(p.where ?? [], out);
        break;
      default:
        // MINUS, FILTER (NOT EXISTS), SERVICE, BIND, VALUES: nothing positive to cite.
        break;
    }
  }
}

function citePattern(t: Triple): CitePattern | undefined {
  const preds = predicateIris(t.predicate as unknown, false);
  if (!preds || preds.length === 0) return undefined;
  return { subject: t.subject as RDF.Term, predicates: preds, object: t.object as RDF.Term };
}

function predicateIris(p: unknown, inverse: boolean): { iri: string; inverse: boolean }[] | undefined {
  const node = p as { termType?: string; value?: string; type?: string; pathType?: string; items?: unknown[] };
  if (node.termType === 'NamedNode') return [{ iri: node.value!, inverse }];
  if (node.type === 'path' && node.pathType === '^' && node.items?.length === 1) return predicateIris(node.items[0], !inverse);
  if (node.type === 'path' && node.pathType === '|') {
    const all: { iri: string; inverse: boolean }[] = [];
    for (const item of node.items ?? []) {
      const sub = predicateIris(item, inverse);
      if (!sub) return undefined;
      all.push(...sub);
    }
    return all;
  }
  // Sequences, repetitions and negated sets have unbound intermediate nodes: not citable.
  return undefined;
}

function groundTriples(patterns: CitePattern[], sol: QueryRow): GroundTriple[] {
  const out: GroundTriple[] = [];
  for (const p of patterns) {
    const s = bind(p.subject, sol);
    const o = bind(p.object, sol);
    if (!s || !o) continue;
    for (const pred of p.predicates) {
      const [subj, obj] = pred.inverse ? [o, s] : [s, o];
      if (subj.termType === 'Literal') continue;
      out.push({ key: tripleKey(subj, pred.iri, obj), s: subj, p: pred.iri, o: obj });
    }
  }
  return out;
}

function bind(t: RDF.Term, sol: QueryRow): RDF.Term | undefined {
  if (t.termType === 'Variable') return sol[t.value];
  // Blank nodes in a query pattern are variables too, and never projected: not citable.
  if (t.termType === 'BlankNode') return undefined;
  return t;
}

function tripleKey(s: RDF.Term, p: string, o: RDF.Term): string {
  return `${termToSparql(s)} <${p}> ${termToSparql(o)}`;
}

/* ------------------------------------------------------------------ expansion */

interface ExpansionPlan {
  query: SelectQuery;
  /** True when the displayed rows may leave solutions out (LIMIT, OFFSET, HAVING). */
  dropsSolutions: boolean;
  /** Variables a displayed row and its full solutions agree on. */
  keys: string[];
}

/**
 * Decides whether the displayed rows carry every variable the patterns need; when not,
 * returns the `SELECT *` query to run and the key variables to match solutions to rows.
 */
function planExpansion(query: SelectQuery, shown: string[], constants: Set<string>): ExpansionPlan | undefined {
  const inScope = new Set<string>();
  scopeVariables(query.where ?? [], inScope);
  for (const c of constants) inScope.delete(c);
  const aggregated = isAggregate(query);
  const plainShown = query.variables.filter((v): v is RDF.Variable => 'termType' in v && v.termType === 'Variable').map((v) => v.value);
  const wildcard = query.variables.some((v) => 'termType' in v && v.termType === 'Wildcard');
  const complete = wildcard || [...inScope].every((v) => plainShown.includes(v));
  // Rows that show every in-scope variable instantiate the patterns themselves (DISTINCT and
  // LIMIT only drop identical or later solutions).
  if (!aggregated && complete) return undefined;

  let keys: string[];
  if (aggregated) {
    keys = shownGroupKeys(query, new Set(shown));
  } else {
    keys = plainShown.filter((v) => inScope.has(v));
  }
  const expanded: SelectQuery = {
    ...query,
    variables: [{ termType: 'Wildcard', value: '*' } as never],
    distinct: false,
    reduced: false,
  };
  delete (expanded as Partial<SelectQuery>).group;
  delete (expanded as Partial<SelectQuery>).having;
  delete (expanded as Partial<SelectQuery>).order;
  delete (expanded as Partial<SelectQuery>).limit;
  delete (expanded as Partial<SelectQuery>).offset;
  const dropsSolutions = query.limit !== undefined || query.offset !== undefined || !!query.having;
  return { query: expanded, keys, dropsSolutions };
}

interface GroupCitationPlan {
  /** The query with one more projected aggregate: each group's solutions as text. */
  query: SelectQuery;
  column: string;
  /** The variables written per solution, in order. */
  vars: string[];
  /** Group keys the rows show: the same for every solution of a row, so not written. */
  keys: string[];
}

/**
 * Plans {@link runCitedQuery}'s single evaluation: an aggregate query (GROUP BY, or an
 * aggregate over one implicit group) gets `GROUP_CONCAT` of its solutions (not DISTINCT: citations
 * are sets anyway, and Oxigraph's DISTINCT cost ~40 ms of claims-per-sentence at 1M). Adding
 * an aggregate changes no group, HAVING, ORDER BY or LIMIT; under SELECT DISTINCT it would keep
 * rows apart that DISTINCT merges, so those queries are not rewritten.
 */
function planGroupCitation(query: Query, inPatterns: Set<string>, rawIris: boolean): GroupCitationPlan | undefined {
  if (query.queryType !== 'SELECT' || query.distinct || query.reduced || !isAggregate(query)) return undefined;
  const inScope = new Set<string>();
  scopeVariables(query.where ?? [], inScope);
  const constants = valuesConstants(query.where ?? []);
  const keys = shownGroupKeys(query, new Set(query.variables.filter((v): v is RDF.Variable => 'termType' in v && v.termType === 'Variable').map((v) => v.value)));
  const vars = [...inScope].filter((v) => !constants.has(v) && !keys.includes(v)).sort();
  if (vars.length === 0) return undefined;
  // A name used anywhere (ORDER BY, a FILTER NOT EXISTS) would take the column's value there
  const named = new Map<string, number>();
  collectVariables(query, named);
  let column = 'cite';
  while (named.has(column)) column = `_${column}`;
  // ENCODE_FOR_URI always escapes space, | and ^ (Comunica's, like JavaScript's encodeURI,
  // leaves more unescaped than the spec's [A-Za-z0-9._~-], such as "," and ":"): they separate
  // solutions, variables and a literal's parts. COALESCE turns an unbound variable (an error in
  // the IF) into an empty field.
  // Oxigraph holds only valid IRIs (no space, | or ^): they are written as they are, saving the
  // escaping and its reading back (~40 ms of claims-per-sentence at 1M). An n3 Store can hold
  // any string as an IRI.
  const iri = (v: string) => (rawIris ? `CONCAT("i", STR(?${v}))` : `CONCAT("I", ENCODE_FOR_URI(STR(?${v})))`);
  // A variable in no citable pattern matters only when it binds a claim or a sentence: its IRIs
  // are written, anything else is left out.
  const term = (v: string) =>
    inPatterns.has(v)
      ? `COALESCE(IF(isIRI(?${v}), ${iri(v)}, IF(isLiteral(?${v}), CONCAT("L", ENCODE_FOR_URI(STR(?${v})), "^", ENCODE_FOR_URI(STR(DATATYPE(?${v}))), "^", LANG(?${v})), "X")), "")`
      : `COALESCE(IF(isIRI(?${v}), ${iri(v)}, ""), "")`;
  const tuple = vars.length === 1 ? term(vars[0]!) : `CONCAT(${vars.map(term).join(', " ", ')})`;
  const parsed = new (sparqljs().Parser)().parse(`SELECT (GROUP_CONCAT(${tuple}; SEPARATOR = "|") AS ?${column}) WHERE {}`) as SelectQuery;
  return { query: { ...query, variables: [...query.variables, parsed.variables[0]!] } as SelectQuery, column, vars, keys };
}

const DF = new rdfDataFactory.DataFactory();
const DIR_LANG_STRING = `${RDF_NS}dirLangString`;

/**
 * Reads back one group's solutions written by {@link planGroupCitation}; undefined when a term
 * has no string form to read (blank node, triple term, directional literal).
 */
function decodeGroup(text: string, vars: string[], memo: Map<string, RDF.Term>): QueryRow[] | undefined {
  if (text === '') return [];
  const out: QueryRow[] = [];
  for (const tuple of text.split('|')) {
    const sol: QueryRow = {};
    // one variable (the common case): the tuple is the field, no second split
    const fields = vars.length === 1 ? [tuple] : tuple.split(' ');
    if (fields.length !== vars.length) return undefined;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (f === '') continue;
      let t = memo.get(f);
      if (!t) {
        t = readField(f);
        if (!t) return undefined;
        memo.set(f, t);
      }
      sol[vars[i]!] = t;
    }
    out.push(sol);
  }
  return out;
}

function readField(f: string): RDF.Term | undefined {
  switch (f[0]) {
    case 'i':
      return DF.namedNode(f.slice(1));
    case 'I':
      return DF.namedNode(decodeURIComponent(f.slice(1)));
    case 'L': {
      const [lex, dt, lang] = f.slice(1).split('^');
      const datatype = decodeURIComponent(dt!);
      if (datatype === DIR_LANG_STRING) return undefined;
      return lang ? DF.literal(decodeURIComponent(lex!), lang) : DF.literal(decodeURIComponent(lex!), DF.namedNode(datatype));
    }
    default:
      return undefined;
  }
}

/** Rows up to which the re-run query is pinned to the displayed rows' keys with VALUES. */
const MAX_PINNED_ROWS = 5000;

/**
 * Pins the re-run query to the displayed rows (`VALUES (?keys) { ... }` first in WHERE), so a
 * `LIMIT 10` over a big graph re-runs for 10 rows' worth of solutions, not for all of them.
 * Without LIMIT, OFFSET or HAVING every solution belongs to a displayed row, so the pin would
 * select nothing away and only cost a join: measured at 1M triples on Oxigraph, `about --cite`'s
 * re-run took ~90 ms pinned to its 505 rows and ~20 ms as the plain query.
 */
function restrictToRows(plan: ExpansionPlan, rows: QueryRow[]): void {
  if (!plan.dropsSolutions) return;
  // A BIND's variable cannot be bound before the BIND runs: those keys stay unpinned.
  const bound = new Set<string>();
  bindVariables(plan.query.where ?? [], bound);
  const pins = plan.keys.filter((k) => !bound.has(k));
  if (pins.length === 0 || rows.length > MAX_PINNED_ROWS) return;
  const seen = new Set<string>();
  const values: Record<string, RDF.Term | undefined>[] = [];
  for (const row of rows) {
    if (pins.some((k) => row[k]?.termType === 'BlankNode')) return; // not expressible in VALUES
    const k = rowKey(row, pins);
    if (seen.has(k)) continue;
    seen.add(k);
    values.push(Object.fromEntries(pins.map((key) => [`?${key}`, row[key]])));
  }
  plan.query.where = [{ type: 'values', values } as unknown as Pattern, ...(plan.query.where ?? [])];
}

function bindVariables(patterns: Pattern[], out: Set<string>): void {
  for (const p of patterns) {
    if (p.type === 'bind') out.add(p.variable.value);
    else if (p.type === 'group' || p.type === 'optional' || p.type === 'union' || p.type === 'graph' || p.type === 'minus') bindVariables(p.patterns, out);
  }
}

/**
 * Variables a top-level one-row VALUES block fixes (a named query's parameter): constants for
 * every solution, so the displayed rows need not carry them.
 */
function valuesConstants(patterns: Pattern[]): Map<string, RDF.Term> {
  const out = new Map<string, RDF.Term>();
  for (const p of patterns) {
    if (p.type !== 'values' || p.values.length !== 1) continue;
    for (const [k, v] of Object.entries(p.values[0]!)) {
      if (v) out.set(k.replace(/^[?$]/, ''), v as RDF.Term);
    }
  }
  return out;
}

/** True for GROUP BY, HAVING, or an aggregate in the projection (one implicit group). */
function isAggregate(query: SelectQuery): boolean {
  return !!query.group || !!query.having || query.variables.some((v) => 'expression' in v && hasAggregate(v.expression));
}

/** GROUP BY keys that are plain variables the rows show (an expression key is not shown). */
function shownGroupKeys(query: SelectQuery, shown: Set<string>): string[] {
  return (query.group ?? [])
    .map((g: Grouping) => g.expression as { termType?: string; value?: string })
    .filter((e) => e.termType === 'Variable' && shown.has(e.value!))
    .map((e) => e.value!);
}

function scopeVariables(patterns: Pattern[], out: Set<string>): void {
  for (const p of patterns) {
    switch (p.type) {
      case 'bgp':
        for (const t of p.triples) {
          for (const term of [t.subject, t.object]) if ((term as RDF.Term).termType === 'Variable') out.add((term as RDF.Term).value);
          if ((t.predicate as RDF.Term).termType === 'Variable') out.add((t.predicate as RDF.Term).value);
        }
        break;
      case 'group':
      case 'optional':
      case 'union':
        scopeVariables(p.patterns, out);
        break;
      case 'graph':
        if (p.name.termType === 'Variable') out.add(p.name.value);
        scopeVariables(p.patterns, out);
        break;
      case 'bind':
        out.add(p.variable.value);
        break;
      case 'values':
        for (const row of p.values) for (const k of Object.keys(row)) out.add(k.replace(/^[?$]/, ''));
        break;
      case 'query':
        for (const v of p.variables as SparqlVariable[]) {
          if ('termType' in v && v.termType === 'Variable') out.add(v.value);
          else if ('variable' in v) out.add(v.variable.value);
          else scopeVariables(p.where ?? [], out);
        }
        break;
      default:
        break;
    }
  }
}

function rowKey(row: QueryRow, keys: string[]): string {
  return keys.map((k) => (row[k] ? termToSparql(row[k]!) : '')).join('\u0001');
}

/* ------------------------------------------------------------------ backends */

interface ClaimRef {
  claim: string;
  via: string;
}

interface ClaimInfo {
  polarity?: string;
  modality?: string;
  sentences: CitedSentence[];
}

interface CitationBackend {
  /**
   * Of these predicates, those a positive stated claim could back (its own claims, or claims of
   * a sub-property, an inverse, itself when symmetric); undefined when not known cheaply.
   */
  citablePredicates(iris: string[]): Promise<Set<string> | undefined>;
  claimsForTriples(triples: GroundTriple[]): Promise<Map<string, ClaimRef[]>>;
  kinds(terms: RDF.Term[]): Promise<Map<string, 'claim' | 'sentence'>>;
  describeClaims(iris: string[]): Promise<Map<string, ClaimInfo>>;
  describeSentences(iris: string[]): Promise<Map<string, CitedSentence>>;
}

/**
 * Per-store citation index, filled lazily: the claims about each subject touched so far (so a
 * cold query over a big graph pays only for the entities its rows mention), and the ontology's
 * property axioms.
 */
interface StoreIndex {
  /** Subject term key -> its positive stated claims (for inverse / sub-property look-ups). */
  bySubject: Map<string, SubjectClaims>;
  /** Triple key -> positive stated claims with exactly that triple. */
  exact: Map<string, string[]>;
  /** True once `exact` holds every positive stated claim of the store. */
  complete: boolean;
  /** Number of claim nodes (rdf:subject statements), -1 until counted. */
  claimCount: number;
  /** Subject term key -> claim nodes with that rdf:subject. */
  claimsOfSubject: Map<string, RDF.Term[]>;
  /** Polarity and modality of every claim, kept from the complete pass for bulk descriptions. */
  columns?: { polarity: Map<string, RDF.Term>; modality: Map<string, RDF.Term> };
  /** IRIs typed as claims (cg:Claim, cg:GroupClaim) and as sentences, read once for bulk kinds. */
  kindSets?: { claims: Set<string>; sentences: Set<string> };
  /** Claim -> source sentence IRIs, from one pass over prov:wasDerivedFrom (bulk descriptions). */
  derivedFrom?: Map<string, string[]>;
  /** Property axioms, read on first need (most rows are backed by an exact claim). */
  axioms?: Axioms;
  /** Claim and sentence descriptions, filled as they are asked for (the graph is read-only). */
  claims: Map<string, ClaimInfo>;
  sentences: Map<string, CitedSentence | undefined>;
}

const indexes = new WeakMap<GraphReader, StoreIndex>();

const RDF_PREDICATE = namedNode(V.predicate);
const RDF_OBJECT = namedNode(V.object);
const CG_POLARITY = namedNode(V.polarity);
const CG_POSITIVE = namedNode(V.positive);
const CG_MODALITY = namedNode(V.modality);
const CG_STATED = namedNode(V.stated);

function namedNode(value: string): RDF.NamedNode {
  return { termType: 'NamedNode', value, equals: (o?: RDF.Term | null) => !!o && o.termType === 'NamedNode' && o.value === value } as RDF.NamedNode;
}

function nn(_store: GraphReader, value: string): RDF.NamedNode {
  return namedNode(value);
}

function objectsOf(store: GraphReader, s: RDF.Term, p: string): RDF.Term[] {
  return store.getObjects(s as never, nn(store, p) as never, null) as unknown as RDF.Term[];
}

function storeIndex(store: GraphReader): StoreIndex {
  const cached = indexes.get(store);
  if (cached) return cached;
  const index: StoreIndex = { bySubject: new Map(), exact: new Map(), complete: false, claimCount: -1, claimsOfSubject: new Map(), claims: new Map(), sentences: new Map() };
  indexes.set(store, index);
  return index;
}

interface Axioms {
  inverses: Map<string, Set<string>>;
  symmetric: Set<string>;
  /** Property -> all its (transitive) sub-properties. */
  subProperties: Map<string, Set<string>>;
  /** Property -> {@link relatedInverses}, filled as properties are asked for. */
  inverseClosure: Map<string, Set<string>>;
}

function axiomsOf(store: GraphReader, index: StoreIndex, ontology: CiteOptions['ontology']): Axioms {
  if (index.axioms) return index.axioms;
  const extra = typeof ontology === 'function' ? ontology() : ontology;
  const inverses = new Map<string, Set<string>>();
  const symmetric = new Set<string>();
  const direct = new Map<string, Set<string>>();
  for (const src of extra ? [store, extra] : [store]) {
    for (const q of src.getQuads(null, nn(src, V.inverseOf) as never, null, null)) {
      addTo(inverses, q.subject.value, q.object.value);
      addTo(inverses, q.object.value, q.subject.value);
    }
    for (const q of src.getQuads(null, nn(src, V.type) as never, nn(src, V.symmetric) as never, null)) symmetric.add(q.subject.value);
    for (const q of src.getQuads(null, nn(src, V.subPropertyOf) as never, null, null)) addTo(direct, q.object.value, q.subject.value);
  }
  const subProperties = new Map<string, Set<string>>();
  for (const p of direct.keys()) {
    const all = new Set<string>();
    const stack = [...(direct.get(p) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (all.has(x) || x === p) continue;
      all.add(x);
      stack.push(...(direct.get(x) ?? []));
    }
    subProperties.set(p, all);
  }
  index.axioms = { inverses, symmetric, subProperties, inverseClosure: new Map() };
  return index.axioms;
}

interface SubjectClaims {
  /** Every positive stated claim about the subject. */
  all: { claim: string; p: string; o: RDF.Term }[];
}

function claimsAbout(store: GraphReader, index: StoreIndex, s: RDF.Term): SubjectClaims {
  const k = termToSparql(s);
  let found = index.bySubject.get(k);
  if (found) return found;
  found = { all: [] };
  if (s.termType !== 'Literal') {
    for (const q of store.getQuads(null, nn(store, V.subject) as never, s as never, null)) {
      const c = q.subject;
      if (objectsOf(store, c, V.polarity)[0]?.value !== V.positive || objectsOf(store, c, V.modality)[0]?.value !== V.stated) continue;
      const p = objectsOf(store, c, V.predicate)[0];
      const o = objectsOf(store, c, V.object)[0];
      if (!p || !o) continue;
      found.all.push({ claim: c.value, p: p.value, o });
    }
  }
  index.bySubject.set(k, found);
  return found;
}

/**
 * Indexes every positive stated claim by its triple in one pass over the predicate index:
 * cheaper than per-triple look-ups once a query's rows touch a good share of all claims.
 */
function completeExactIndex(store: GraphReader, index: StoreIndex): void {
  const column = (p: string) => {
    const m = new Map<string, RDF.Term>();
    for (const q of store.getQuads(null, nn(store, p) as never, null, null)) m.set(q.subject.value, q.object as RDF.Term);
    return m;
  };
  const polarity = column(V.polarity);
  const modality = column(V.modality);
  index.columns = { polarity, modality };
  const predicates = column(V.predicate);
  const objects = column(V.object);
  const exact = new Map<string, string[]>();
  for (const [c, subject] of column(V.subject)) {
    if (polarity.get(c)?.value !== V.positive || modality.get(c)?.value !== V.stated) continue;
    const p = predicates.get(c);
    const o = objects.get(c);
    if (!p || !o) continue;
    const key = tripleKey(subject, p.value, o);
    const list = exact.get(key);
    if (list) list.push(c);
    else exact.set(key, [c]);
  }
  index.exact = exact;
  index.complete = true;
}

/** Positive stated claims of exactly one triple, found through the claims about its subject. */
function exactClaims(store: GraphReader, index: StoreIndex, t: GroundTriple): string[] {
  const memo = index.exact.get(t.key);
  if (memo) return memo;
  if (index.complete) return [];
  const out: string[] = [];
  if (t.s.termType !== 'Literal') {
    const sk = termToSparql(t.s);
    let candidates = index.claimsOfSubject.get(sk);
    if (!candidates) {
      candidates = store.getSubjects(nn(store, V.subject) as never, t.s as never, null) as unknown as RDF.Term[];
      index.claimsOfSubject.set(sk, candidates);
    }
    const p = nn(store, t.p);
    const has = (s: RDF.Term, pred: RDF.Term, o: RDF.Term) => store.countQuads(s as never, pred as never, o as never, null) > 0;
    // Allocation-free count look-ups, cheapest rejections first.
    for (const c of candidates) {
      if (has(c, RDF_PREDICATE, p) && has(c, RDF_OBJECT, t.o) && has(c, CG_POLARITY, CG_POSITIVE) && has(c, CG_MODALITY, CG_STATED)) out.push(c.value);
    }
  }
  index.exact.set(t.key, out);
  return out;
}

/** The properties whose claims back a triple of `p` read backwards: its inverses (and their sub-properties), itself when symmetric. */
function relatedInverses(axioms: Axioms, p: string): Set<string> {
  let invs = axioms.inverseClosure.get(p);
  if (!invs) {
    invs = new Set(axioms.inverses.get(p) ?? []);
    if (axioms.symmetric.has(p)) invs.add(p);
    for (const inv of [...invs]) for (const sub of axioms.subProperties.get(inv) ?? []) invs.add(sub);
    axioms.inverseClosure.set(p, invs);
  }
  return invs;
}

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

function localBackend(store: GraphReader, ontology: CiteOptions['ontology']): CitationBackend {
  const index = storeIndex(store);
  const has = (s: RDF.Term, p: string, o: RDF.Term) => store.countQuads(s as never, nn(store, p) as never, o as never, null) > 0;
  return {
    async citablePredicates(iris) {
      const axioms = axiomsOf(store, index, ontology);
      const claimed = (p: string) => store.countQuads(null, RDF_PREDICATE as never, nn(store, p) as never, null) > 0;
      return new Set(iris.filter((p) => claimed(p) || [...(axioms.subProperties.get(p) ?? []), ...relatedInverses(axioms, p)].some(claimed)));
    },
    async claimsForTriples(triples) {
      const out = new Map<string, ClaimRef[]>();
      if (!index.complete) {
        if (index.claimCount < 0) index.claimCount = store.countQuads(null, nn(store, V.subject) as never, null, null);
        if (triples.length * 8 > index.claimCount) completeExactIndex(store, index);
      }
      for (const t of triples) {
        // A positive stated claim always has its direct triple in the graph (design contract),
        // so an exact hit needs no further check.
        const exact = exactClaims(store, index, t);
        if (exact?.length) {
          const via = `${display(t.s)} ${compactIri(t.p)} ${display(t.o)}`;
          out.set(t.key, exact.map((claim) => ({ claim, via })));
          continue;
        }
        // Otherwise a claim of a related property (sub-property, inverse, symmetric) may back
        // it. Most ground triples of a query have none (rdf:type, the provenance links), and
        // are settled by the axioms alone, before any look-up in the graph.
        const axioms = axiomsOf(store, index, ontology);
        const subs = axioms.subProperties.get(t.p);
        const invs = t.o.termType === 'Literal' ? undefined : relatedInverses(axioms, t.p);
        if (!subs?.size && !invs?.size) continue;
        // Only a triple the graph holds was matched by the query: a UNION branch or a false
        // ground pattern must not pull in claims of related properties.
        if (!has(t.s, t.p, t.o)) continue;
        const via = `${display(t.s)} ${compactIri(t.p)} ${display(t.o)}`;
        const derived: ClaimRef[] = [];
        if (subs) {
          for (const c of claimsAbout(store, index, t.s).all) {
            if (subs.has(c.p) && c.o.equals(t.o)) derived.push({ claim: c.claim, via });
          }
        }
        if (invs?.size) {
          for (const c of claimsAbout(store, index, t.o).all) {
            if (invs.has(c.p) && c.o.equals(t.s)) derived.push({ claim: c.claim, via });
          }
        }
        if (derived.length) out.set(t.key, derived);
      }
      return out;
    },
    async kinds(terms) {
      const out = new Map<string, 'claim' | 'sentence'>();
      if (index.claimCount < 0) index.claimCount = store.countQuads(null, nn(store, V.subject) as never, null, null);
      // Many terms at once (a big answer binds thousands of claims and sentences): the typed
      // nodes, read once per store, answer by set membership instead of three look-ups a term.
      if (!index.kindSets && terms.length * 8 > index.claimCount) {
        const typed = (cls: string) => (store.getSubjects(nn(store, V.type) as never, nn(store, cls) as never, null) as unknown as RDF.Term[])
          .filter((t) => t.termType === 'NamedNode').map((t) => t.value);
        index.kindSets = { claims: new Set([...typed(V.claim), ...typed(V.groupClaim)]), sentences: new Set(typed(V.sentence)) };
      }
      if (index.kindSets) {
        const { claims, sentences } = index.kindSets;
        for (const t of terms) {
          if (t.termType !== 'NamedNode') continue;
          if (claims.has(t.value)) out.set(t.value, 'claim');
          else if (sentences.has(t.value)) out.set(t.value, 'sentence');
        }
        return out;
      }
      const type = nn(store, V.type);
      for (const t of terms) {
        if (store.countQuads(t as never, type as never, nn(store, V.claim) as never, null) > 0 || store.countQuads(t as never, type as never, nn(store, V.groupClaim) as never, null) > 0) out.set(t.value, 'claim');
        else if (store.countQuads(t as never, type as never, nn(store, V.sentence) as never, null) > 0) out.set(t.value, 'sentence');
      }
      return out;
    },
    async describeClaims(iris) {
      const out = new Map<string, ClaimInfo>();
      // Many claims at once: one pass over prov:wasDerivedFrom beats a look-up per claim.
      const bulk = index.columns !== undefined && iris.length * 8 > index.claimCount;
      if (bulk && !index.derivedFrom) {
        const m = new Map<string, string[]>();
        for (const q of store.getQuads(null, nn(store, PROV_DERIVED) as never, null, null)) {
          const list = m.get(q.subject.value);
          if (list) list.push(q.object.value);
          else m.set(q.subject.value, [q.object.value]);
        }
        index.derivedFrom = m;
      }
      for (const iri of iris) {
        let info = index.claims.get(iri);
        if (!info) {
          const c = nn(store, iri);
          const sentences: CitedSentence[] = [];
          const sources = bulk ? (index.derivedFrom!.get(iri) ?? []) : objectsOf(store, c, PROV_DERIVED).map((t) => t.value);
          for (const s of sources) {
            if (!index.sentences.has(s)) index.sentences.set(s, localSentence(store, nn(store, s)));
            const cs = index.sentences.get(s);
            if (cs) sentences.push(cs);
          }
          sentences.sort((a, b) => a.begin - b.begin || (a.iri < b.iri ? -1 : 1));
          const polarity = bulk ? index.columns!.polarity.get(iri)?.value : objectsOf(store, c, V.polarity)[0]?.value;
          const modality = bulk ? index.columns!.modality.get(iri)?.value : objectsOf(store, c, V.modality)[0]?.value;
          info = { polarity, modality, sentences };
          index.claims.set(iri, info);
        }
        out.set(iri, info);
      }
      return out;
    },
    async describeSentences(iris) {
      const out = new Map<string, CitedSentence>();
      for (const iri of iris) {
        if (!index.sentences.has(iri)) index.sentences.set(iri, localSentence(store, nn(store, iri)));
        const s = index.sentences.get(iri);
        if (s) out.set(iri, s);
      }
      return out;
    },
  };
}

function localSentence(store: GraphReader, s: RDF.Term): CitedSentence | undefined {
  const begin = objectsOf(store, s, V.begin)[0];
  const end = objectsOf(store, s, V.end)[0];
  if (!begin || !end) return undefined;
  const article = articleOfSentence(s.value);
  return {
    iri: s.value,
    id: objectsOf(store, s, V.sentenceId)[0]?.value ?? s.value.replace(/^.*\//, ''),
    begin: Number(begin.value),
    end: Number(end.value),
    text: objectsOf(store, s, V.anchorOf)[0]?.value ?? '',
    ...(article ? { article, articleDate: articleDateOf(store, article) } : {}),
  };
}

/** The article of a sentence, from the sentence IRI's documented shape (`cga:<article>/sentence/<id>`). */
function articleOfSentence(iri: string): string | undefined {
  const m = /^(https:\/\/w3id\.org\/claimgraph\/article\/[^/]+)\/sentence\/[^/]+$/.exec(iri);
  return m?.[1];
}

/** An article's date, looked up once per store and article: sentence ids repeat across articles. */
const articleDates = new WeakMap<object, Map<string, string>>();
function articleDateOf(store: GraphReader, article: string): string {
  let dates = articleDates.get(store);
  if (!dates) articleDates.set(store, (dates = new Map()));
  let d = dates.get(article);
  if (d === undefined) {
    const a = nn(store, article);
    const v = (p: string): string | undefined => objectsOf(store, a, p)[0]?.value;
    const lo = v(`${CG}publishedNotBefore`);
    const hi = v(`${CG}publishedNotAfter`);
    d = v('https://schema.org/datePublished') ?? (lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated');
    dates.set(article, d);
  }
  return d;
}

function display(t: RDF.Term): string {
  return t.termType === 'NamedNode' ? compactIri(t.value) : termToSparql(t);
}

/** Remote endpoint: the same look-ups as batched SPARQL queries (VALUES blocks). */
class RemoteBackend implements CitationBackend {
  constructor(private readonly source: EndpointSource, private readonly name?: string) {}

  async citablePredicates(): Promise<undefined> {
    return undefined; // one more round trip would cost more than the look-ups it saves
  }

  private async select(text: string): Promise<QueryRow[]> {
    const ast = parseQuery(text, { name: this.name });
    const res = await runParsedQuery(this.source, ast, text, { name: this.name });
    return res.type === 'bindings' ? res.rows : [];
  }

  async claimsForTriples(triples: GroundTriple[]): Promise<Map<string, ClaimRef[]>> {
    const out = new Map<string, ClaimRef[]>();
    for (const batch of chunks(triples, 100)) {
      const values = batch.map((t) => `(${termToSparql(t.s)} <${t.p}> ${termToSparql(t.o)})`).join('\n');
      const rows = await this.select(`SELECT ?s ?p ?o ?c WHERE { VALUES (?s ?p ?o) { ${values} }
        ?s ?p ?o .
        ?c <${V.subject}> ?s ; <${V.predicate}> ?p ; <${V.object}> ?o ; <${V.polarity}> <${V.positive}> ; <${V.modality}> <${V.stated}> . }`);
      for (const r of rows) {
        const key = tripleKey(r.s!, r.p!.value, r.o!);
        const via = `${display(r.s!)} ${compactIri(r.p!.value)} ${display(r.o!)}`;
        const list = out.get(key) ?? [];
        if (!list.some((x) => x.claim === r.c!.value)) list.push({ claim: r.c!.value, via });
        out.set(key, list);
      }
    }
    for (const list of out.values()) list.sort((a, b) => (a.claim < b.claim ? -1 : 1));
    return out;
  }

  async kinds(terms: RDF.Term[]): Promise<Map<string, 'claim' | 'sentence'>> {
    const out = new Map<string, 'claim' | 'sentence'>();
    for (const batch of chunks(terms, 200)) {
      const rows = await this.select(`SELECT ?x ?t WHERE { VALUES ?x { ${batch.map(termToSparql).join(' ')} }
        ?x <${V.type}> ?t . VALUES ?t { <${V.claim}> <${V.groupClaim}> <${V.sentence}> } }`);
      for (const r of rows) out.set(r.x!.value, r.t!.value === V.sentence ? 'sentence' : 'claim');
    }
    return out;
  }

  async describeClaims(iris: string[]): Promise<Map<string, ClaimInfo>> {
    const out = new Map<string, ClaimInfo>();
    for (const batch of chunks(iris, 100)) {
      const rows = await this.select(`SELECT ?c ?pol ?mod ?s ?id ?b ?e ?text WHERE { VALUES ?c { ${batch.map((i) => `<${i}>`).join(' ')} }
        OPTIONAL { ?c <${V.polarity}> ?pol } OPTIONAL { ?c <${V.modality}> ?mod }
        OPTIONAL { ?c <${PROV_DERIVED}> ?s . ?s <${V.begin}> ?b ; <${V.end}> ?e . OPTIONAL { ?s <${V.sentenceId}> ?id } OPTIONAL { ?s <${V.anchorOf}> ?text } } }`);
      for (const r of rows) {
        const info = out.get(r.c!.value) ?? { polarity: r.pol?.value, modality: r.mod?.value, sentences: [] };
        if (r.s && !info.sentences.some((x) => x.iri === r.s!.value)) info.sentences.push(remoteSentence(r));
        out.set(r.c!.value, info);
      }
    }
    for (const info of out.values()) info.sentences.sort((a, b) => a.begin - b.begin || (a.iri < b.iri ? -1 : 1));
    await this.dateArticles([...out.values()].flatMap((i) => i.sentences));
    return out;
  }

  /** Sets each sentence's article date, one batched look-up for the distinct articles. */
  private async dateArticles(sentences: CitedSentence[]): Promise<void> {
    const articles = [...new Set(sentences.map((s) => s.article).filter((a): a is string => !!a))];
    const dates = new Map<string, string>();
    for (const batch of chunks(articles, 100)) {
      const rows = await this.select(`SELECT ?a ?d ?lo ?hi WHERE { VALUES ?a { ${batch.map((i) => `<${i}>`).join(' ')} }
        OPTIONAL { ?a <https://schema.org/datePublished> ?d } OPTIONAL { ?a <${CG}publishedNotBefore> ?lo } OPTIONAL { ?a <${CG}publishedNotAfter> ?hi } }`);
      for (const r of rows) {
        const lo = r.lo?.value;
        const hi = r.hi?.value;
        dates.set(r.a!.value, r.d?.value ?? (lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated'));
      }
    }
    for (const s of sentences) if (s.article && dates.has(s.article)) s.articleDate = dates.get(s.article);
  }

  async describeSentences(iris: string[]): Promise<Map<string, CitedSentence>> {
    const out = new Map<string, CitedSentence>();
    for (const batch of chunks(iris, 200)) {
      const rows = await this.select(`SELECT ?s ?id ?b ?e ?text WHERE { VALUES ?s { ${batch.map((i) => `<${i}>`).join(' ')} }
        ?s <${V.begin}> ?b ; <${V.end}> ?e . OPTIONAL { ?s <${V.sentenceId}> ?id } OPTIONAL { ?s <${V.anchorOf}> ?text } }`);
      for (const r of rows) out.set(r.s!.value, remoteSentence(r));
    }
    await this.dateArticles([...out.values()]);
    return out;
  }
}

function remoteSentence(r: QueryRow): CitedSentence {
  const article = articleOfSentence(r.s!.value);
  return { iri: r.s!.value, id: r.id?.value ?? r.s!.value.replace(/^.*\//, ''), begin: Number(r.b!.value), end: Number(r.e!.value), text: r.text?.value ?? '', ...(article ? { article } : {}) };
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
