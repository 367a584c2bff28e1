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
 * it on its plain variables (for GROUP BY: on the group keys).
 *
 * Look-ups go straight to the n3 Store's indexes through a per-store index of claim triples,
 * built once and reused, never one SPARQL query per row. On a remote endpoint they are
 * batched SPARQL queries with VALUES.
 */
import type * as RDF from '@rdfjs/types';
import type { Store } from 'n3';
import type { Grouping, Pattern, Query, SelectQuery, Triple, Variable as SparqlVariable } from 'sparqljs';
import { compactIri, termToSparql } from './format.js';
import { isEndpoint, parseQuery, runParsedQuery } from './run.js';
import type { BindingsResult, Citation, CitedSentence, EndpointSource, QueryRow, QuerySource, RowCitations } from './types.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL_NS = 'http://www.w3.org/2002/07/owl#';
const CG = 'https://w3id.org/claimgraph/ontology#';
const PROV_DERIVED = 'http://www.w3.org/ns/prov#wasDerivedFrom';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

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
   * when the graph itself does not carry it.
   */
  ontology?: Store;
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
  if (query.queryType !== 'SELECT' || result.rows.length === 0) return result.rows.map(() => []);
  const patterns: CitePattern[] = [];
  collectPatterns(query.where ?? [], patterns);
  const plan = planExpansion(query, result.variables);

  let solutionsByRow: QueryRow[][];
  if (!plan) {
    solutionsByRow = result.rows.map((r) => [r]);
  } else {
    const expanded = await runParsedQuery(source, plan.query, undefined, { name: opts.name });
    const groups = new Map<string, QueryRow[]>();
    if (expanded.type === 'bindings') {
      for (const row of expanded.rows) {
        const k = rowKey(row, plan.keys);
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push(row);
      }
    }
    solutionsByRow = result.rows.map((r) => groups.get(rowKey(r, plan.keys)) ?? []);
  }

  const backend = isEndpoint(source) ? new RemoteBackend(source, opts.name) : localBackend(source, opts.ontology);
  // Collect every ground triple and bound term once, resolve them in bulk, then assemble.
  const rowTriples: GroundTriple[][] = [];
  const rowTerms: RDF.Term[][] = [];
  const allTriples = new Map<string, GroundTriple>();
  const allTerms = new Map<string, RDF.Term>();
  for (const sols of solutionsByRow) {
    const triples = new Map<string, GroundTriple>();
    const terms = new Map<string, RDF.Term>();
    for (const sol of sols) {
      for (const t of groundTriples(patterns, sol)) triples.set(t.key, t);
      for (const term of Object.values(sol)) if (term.termType === 'NamedNode') terms.set(term.value, term);
    }
    rowTriples.push([...triples.values()]);
    rowTerms.push([...terms.values()]);
    for (const t of triples.values()) allTriples.set(t.key, t);
    for (const [k, v] of terms) allTerms.set(k, v);
  }
  const claimsByTriple = await backend.claimsForTriples([...allTriples.values()]);
  const kinds = await backend.kinds([...allTerms.values()]);
  const claimIris = new Set<string>();
  for (const list of claimsByTriple.values()) for (const c of list) claimIris.add(c.claim);
  for (const [iri, kind] of kinds) if (kind === 'claim') claimIris.add(iri);
  const claimInfo = await backend.describeClaims([...claimIris]);
  const sentenceIris = [...kinds].filter(([, k]) => k === 'sentence').map(([iri]) => iri);
  const sentences = await backend.describeSentences(sentenceIris);

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
      const kind = kinds.get(term.value);
      if (kind === 'claim' && !out.has(term.value)) {
        const info = claimInfo.get(term.value);
        out.set(term.value, { claim: term.value, polarity: info?.polarity, modality: info?.modality, via: compactIri(term.value), sentences: info?.sentences ?? [] });
      } else if (kind === 'sentence' && !out.has(term.value)) {
        const s = sentences.get(term.value);
        if (s) out.set(term.value, { via: compactIri(term.value), sentences: [s] });
      }
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
  const rows: QueryRow[] = quads.map((q) => ({ s: q.subject, p: q.predicate, o: q.object }));
  const v = (value: string) => ({ termType: 'Variable', value }) as RDF.Variable;
  const query = {
    type: 'query', queryType: 'SELECT', prefixes: {}, variables: [v('s'), v('p'), v('o')],
    where: [{ type: 'bgp', triples: [] }],
  } as unknown as SelectQuery;
  const patterns = quads.map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object }) as Triple);
  (query.where![0] as { triples: Triple[] }).triples = dedupeTriples(patterns);
  return citeRows(source, query, { type: 'bindings', variables: ['s', 'p', 'o'], rows }, opts);
}

function dedupeTriples(ts: Triple[]): Triple[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = `${termToSparql(t.subject as RDF.Term)} ${termToSparql(t.predicate as RDF.Term)} ${termToSparql(t.object as RDF.Term)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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
  /** Variables a displayed row and its full solutions agree on. */
  keys: string[];
}

/**
 * Decides whether the displayed rows carry every variable the patterns need; when not,
 * returns the `SELECT *` query to run and the key variables to match solutions to rows.
 */
function planExpansion(query: SelectQuery, shown: string[]): ExpansionPlan | undefined {
  const inScope = new Set<string>();
  scopeVariables(query.where ?? [], inScope);
  const aggregated = !!query.group || !!query.having || query.variables.some((v) => 'expression' in v && hasAggregate(v.expression));
  const plainShown = query.variables.filter((v): v is RDF.Variable => 'termType' in v && v.termType === 'Variable').map((v) => v.value);
  const wildcard = query.variables.some((v) => 'termType' in v && v.termType === 'Wildcard');
  const complete = wildcard || [...inScope].every((v) => plainShown.includes(v));
  // Rows that show every in-scope variable instantiate the patterns themselves (DISTINCT and
  // LIMIT only drop identical or later solutions).
  if (!aggregated && complete) return undefined;

  let keys: string[];
  if (aggregated) {
    keys = (query.group ?? [])
      .map((g: Grouping) => g.expression as { termType?: string; value?: string })
      .filter((e) => e.termType === 'Variable')
      .map((e) => e.value!)
      .filter((v) => shown.includes(v));
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
  return { query: expanded, keys };
}

function hasAggregate(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const node = e as { type?: string; args?: unknown[] };
  if (node.type === 'aggregate') return true;
  return Array.isArray(node.args) && node.args.some(hasAggregate);
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
  claimsForTriples(triples: GroundTriple[]): Promise<Map<string, ClaimRef[]>>;
  kinds(terms: RDF.Term[]): Promise<Map<string, 'claim' | 'sentence'>>;
  describeClaims(iris: string[]): Promise<Map<string, ClaimInfo>>;
  describeSentences(iris: string[]): Promise<Map<string, CitedSentence>>;
}

/** Per-store citation index: claim triples of positive stated claims, and the ontology's property axioms. */
interface StoreIndex {
  byTriple: Map<string, string[]>;
  /** Claims by subject and object regardless of predicate (for inverse/sub-property fallback). */
  bySubjectObject: Map<string, { claim: string; p: string }[]>;
  inverses: Map<string, Set<string>>;
  symmetric: Set<string>;
  /** Property -> all its (transitive) sub-properties. */
  subProperties: Map<string, Set<string>>;
}

const indexes = new WeakMap<Store, StoreIndex>();

function nn(store: Store, value: string): RDF.NamedNode {
  // The store's own factory gives terms its indexes know.
  return { termType: 'NamedNode', value, equals: (o?: RDF.Term | null) => !!o && o.termType === 'NamedNode' && o.value === value } as RDF.NamedNode;
}

function objectsOf(store: Store, s: RDF.Term, p: string): RDF.Term[] {
  return store.getObjects(s as never, nn(store, p) as never, null) as unknown as RDF.Term[];
}

function storeIndex(store: Store, ontology?: Store): StoreIndex {
  const cached = indexes.get(store);
  if (cached) return cached;
  const byTriple = new Map<string, string[]>();
  const bySubjectObject = new Map<string, { claim: string; p: string }[]>();
  for (const q of store.getQuads(null, nn(store, V.subject) as never, null, null)) {
    const c = q.subject;
    const pol = objectsOf(store, c, V.polarity)[0]?.value;
    const mod = objectsOf(store, c, V.modality)[0]?.value;
    if (pol !== V.positive || mod !== V.stated) continue;
    const p = objectsOf(store, c, V.predicate)[0];
    const o = objectsOf(store, c, V.object)[0];
    if (!p || !o) continue;
    const key = tripleKey(q.object as RDF.Term, p.value, o);
    const list = byTriple.get(key);
    if (list) list.push(c.value);
    else byTriple.set(key, [c.value]);
    const so = `${termToSparql(q.object as RDF.Term)} ${termToSparql(o)}`;
    const l2 = bySubjectObject.get(so);
    if (l2) l2.push({ claim: c.value, p: p.value });
    else bySubjectObject.set(so, [{ claim: c.value, p: p.value }]);
  }
  const inverses = new Map<string, Set<string>>();
  const symmetric = new Set<string>();
  const direct = new Map<string, Set<string>>();
  for (const src of ontology ? [store, ontology] : [store]) {
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
  const index = { byTriple, bySubjectObject, inverses, symmetric, subProperties };
  indexes.set(store, index);
  return index;
}

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

function localBackend(store: Store, ontology?: Store): CitationBackend {
  const index = storeIndex(store, ontology);
  const has = (s: RDF.Term, p: string, o: RDF.Term) => store.countQuads(s as never, nn(store, p) as never, o as never, null) > 0;
  return {
    async claimsForTriples(triples) {
      const out = new Map<string, ClaimRef[]>();
      for (const t of triples) {
        // Only a triple the graph holds was matched by the query; a claim about a triple that
        // is not there (a negative one) must not back a positive match.
        if (!has(t.s, t.p, t.o)) continue;
        const via = `${display(t.s)} ${compactIri(t.p)} ${display(t.o)}`;
        const exact = index.byTriple.get(t.key);
        if (exact?.length) {
          out.set(t.key, exact.map((claim) => ({ claim, via })));
          continue;
        }
        const derived: ClaimRef[] = [];
        const subs = index.subProperties.get(t.p);
        for (const c of index.bySubjectObject.get(`${termToSparql(t.s)} ${termToSparql(t.o)}`) ?? []) {
          if (subs?.has(c.p)) derived.push({ claim: c.claim, via });
        }
        if (t.o.termType !== 'Literal') {
          const invs = new Set(index.inverses.get(t.p) ?? []);
          if (index.symmetric.has(t.p)) invs.add(t.p);
          for (const inv of [...invs]) for (const sub of index.subProperties.get(inv) ?? []) invs.add(sub);
          for (const c of index.bySubjectObject.get(`${termToSparql(t.o)} ${termToSparql(t.s)}`) ?? []) {
            if (invs.has(c.p)) derived.push({ claim: c.claim, via });
          }
        }
        if (derived.length) out.set(t.key, derived);
      }
      return out;
    },
    async kinds(terms) {
      const out = new Map<string, 'claim' | 'sentence'>();
      const type = nn(store, V.type);
      for (const t of terms) {
        if (store.countQuads(t as never, type as never, nn(store, V.claim) as never, null) > 0 || store.countQuads(t as never, type as never, nn(store, V.groupClaim) as never, null) > 0) out.set(t.value, 'claim');
        else if (store.countQuads(t as never, type as never, nn(store, V.sentence) as never, null) > 0) out.set(t.value, 'sentence');
      }
      return out;
    },
    async describeClaims(iris) {
      const sentenceCache = new Map<string, CitedSentence | undefined>();
      const out = new Map<string, ClaimInfo>();
      for (const iri of iris) {
        const c = nn(store, iri);
        const sentences: CitedSentence[] = [];
        for (const s of objectsOf(store, c, PROV_DERIVED)) {
          if (!sentenceCache.has(s.value)) sentenceCache.set(s.value, localSentence(store, s));
          const cs = sentenceCache.get(s.value);
          if (cs) sentences.push(cs);
        }
        sentences.sort((a, b) => a.begin - b.begin || (a.iri < b.iri ? -1 : 1));
        out.set(iri, { polarity: objectsOf(store, c, V.polarity)[0]?.value, modality: objectsOf(store, c, V.modality)[0]?.value, sentences });
      }
      return out;
    },
    async describeSentences(iris) {
      const out = new Map<string, CitedSentence>();
      for (const iri of iris) {
        const s = localSentence(store, nn(store, iri));
        if (s) out.set(iri, s);
      }
      return out;
    },
  };
}

function localSentence(store: Store, s: RDF.Term): CitedSentence | undefined {
  const begin = objectsOf(store, s, V.begin)[0];
  const end = objectsOf(store, s, V.end)[0];
  if (!begin || !end) return undefined;
  return {
    iri: s.value,
    id: objectsOf(store, s, V.sentenceId)[0]?.value ?? s.value.replace(/^.*\//, ''),
    begin: Number(begin.value),
    end: Number(end.value),
    text: objectsOf(store, s, V.anchorOf)[0]?.value ?? '',
  };
}

function display(t: RDF.Term): string {
  return t.termType === 'NamedNode' ? compactIri(t.value) : termToSparql(t);
}

/** Remote endpoint: the same look-ups as batched SPARQL queries (VALUES blocks). */
class RemoteBackend implements CitationBackend {
  constructor(private readonly source: EndpointSource, private readonly name?: string) {}

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
    return out;
  }

  async describeSentences(iris: string[]): Promise<Map<string, CitedSentence>> {
    const out = new Map<string, CitedSentence>();
    for (const batch of chunks(iris, 200)) {
      const rows = await this.select(`SELECT ?s ?id ?b ?e ?text WHERE { VALUES ?s { ${batch.map((i) => `<${i}>`).join(' ')} }
        ?s <${V.begin}> ?b ; <${V.end}> ?e . OPTIONAL { ?s <${V.sentenceId}> ?id } OPTIONAL { ?s <${V.anchorOf}> ?text } }`);
      for (const r of rows) out.set(r.s!.value, remoteSentence(r));
    }
    return out;
  }
}

function remoteSentence(r: QueryRow): CitedSentence {
  return { iri: r.s!.value, id: r.id?.value ?? r.s!.value.replace(/^.*\//, ''), begin: Number(r.b!.value), end: Number(r.e!.value), text: r.text?.value ?? '' };
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
