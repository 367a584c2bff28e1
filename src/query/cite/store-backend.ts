/**
 * Citation look-ups on an in-memory graph (an n3 Store or an OxigraphGraph): straight to its
 * indexes, never one SPARQL query per row.
 *
 * Few ground triples are checked against the claims of their subject; when a query touches more
 * than one {@link BULK_SHARE}th of all claims, one pass indexes every positive stated claim by
 * its triple. Both are kept per graph (the graph is read-only), so a warm engine pays once.
 * Property paths are walked through the same indexes (src/query/cite/paths.ts).
 */
import type * as RDF from '@rdfjs/types';
import { reachable } from '../../graph/closure.js';
import type { Citation, CitedSentence, GraphReader } from '../types.js';
import { termToSparql } from '../format.js';
import { compilePath, tracePath, MAX_PATH_STEPS } from './paths.js';
import { tripleKey } from './patterns.js';
import type { CitationBackend, ClaimInfo, ClaimRef, GroundTriple, PathExpr } from './types.js';
import { V, articleDate, articleOfSentence, via } from './vocab.js';

/**
 * Bulk reading pays once a request's terms or triples are more than 1/BULK_SHARE of the graph's
 * claims (measured at 1M triples, 2026-11-29: per-term look-ups cost ~8x a row read in bulk).
 */
export const BULK_SHARE = 8;

/**
 * The ontology's property axioms, when the graph itself does not carry them: a graph, or its quads
 * as parsed (read once, without building a store for three patterns); a function is called on
 * first need.
 */
export type OntologySource = GraphReader | readonly RDF.Quad[] | (() => GraphReader | readonly RDF.Quad[] | undefined);

/**
 * Per-graph citation index, filled lazily: the claims about each subject touched so far (so a
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
  /** Bound terms' own citations (src/query/cite/assemble.ts), kept as they are made. */
  termCitations: Map<string, Citation | null>;
}

const indexes = new WeakMap<GraphReader, StoreIndex>();

const RDF_PREDICATE = named(V.predicate);
const RDF_OBJECT = named(V.object);
const CG_POLARITY = named(V.polarity);
const CG_POSITIVE = named(V.positive);
const CG_MODALITY = named(V.modality);
const CG_STATED = named(V.stated);

/** A named node both stores accept as a look-up term (an RDF/JS term with `equals`). */
function named(value: string): RDF.NamedNode {
  return { termType: 'NamedNode', value, equals: (o?: RDF.Term | null) => !!o && o.termType === 'NamedNode' && o.value === value } as RDF.NamedNode;
}

function objectsOf(store: GraphReader, s: RDF.Term, p: string): RDF.Term[] {
  return store.getObjects(s as never, named(p) as never, null) as unknown as RDF.Term[];
}

function storeIndex(store: GraphReader): StoreIndex {
  const cached = indexes.get(store);
  if (cached) return cached;
  const index: StoreIndex = { bySubject: new Map(), exact: new Map(), complete: false, claimCount: -1, claimsOfSubject: new Map(), claims: new Map(), sentences: new Map(), termCitations: new Map() };
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

function axiomsOf(store: GraphReader, index: StoreIndex, ontology: OntologySource | undefined): Axioms {
  if (index.axioms) return index.axioms;
  const extra = typeof ontology === 'function' ? ontology() : ontology;
  const inverses = new Map<string, Set<string>>();
  const symmetric = new Set<string>();
  const direct = new Map<string, Set<string>>();
  for (const src of extra ? [store, extra] : [store]) {
    const quads = (p: string, o?: string): readonly RDF.Quad[] => isQuadList(src)
      ? src.filter((q) => q.predicate.value === p && q.predicate.termType === 'NamedNode' && (o === undefined || (q.object.termType === 'NamedNode' && q.object.value === o)))
      : src.getQuads(null, named(p) as never, o === undefined ? null : named(o) as never, null);
    for (const q of quads(V.inverseOf)) {
      addTo(inverses, q.subject.value, q.object.value);
      addTo(inverses, q.object.value, q.subject.value);
    }
    for (const q of quads(V.type, V.symmetric)) symmetric.add(q.subject.value);
    for (const q of quads(V.subPropertyOf)) addTo(direct, q.object.value, q.subject.value);
  }
  const subProperties = new Map<string, Set<string>>();
  for (const p of direct.keys()) subProperties.set(p, reachable(direct, p));
  index.axioms = { inverses, symmetric, subProperties, inverseClosure: new Map() };
  return index.axioms;
}

function isQuadList(x: GraphReader | readonly RDF.Quad[]): x is readonly RDF.Quad[] {
  return Array.isArray(x);
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
    for (const q of store.getQuads(null, named(V.subject) as never, s as never, null)) {
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
    for (const q of store.getQuads(null, named(p) as never, null, null)) m.set(q.subject.value, q.object as RDF.Term);
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
      candidates = store.getSubjects(named(V.subject) as never, t.s as never, null) as unknown as RDF.Term[];
      index.claimsOfSubject.set(sk, candidates);
    }
    const p = named(t.p);
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

/**
 * The look-ups over a graph's indexes.
 *
 * @example
 * ```ts
 * const backend = storeBackend(store, ontologyStore);
 * await backend.claimsForTriples(triples);
 * ```
 */
export function storeBackend(store: GraphReader, ontology?: OntologySource): CitationBackend {
  const index = storeIndex(store);
  const has = (s: RDF.Term, p: string, o: RDF.Term) => store.countQuads(s as never, named(p) as never, o as never, null) > 0;
  return {
    termCitations: index.termCitations,
    async citablePredicates(iris) {
      const axioms = axiomsOf(store, index, ontology);
      const claimed = (p: string) => store.countQuads(null, RDF_PREDICATE as never, named(p) as never, null) > 0;
      return new Set(iris.filter((p) => claimed(p) || [...(axioms.subProperties.get(p) ?? []), ...relatedInverses(axioms, p)].some(claimed)));
    },
    async claimsForTriples(triples) {
      const out = new Map<string, ClaimRef[]>();
      if (!index.complete) {
        if (index.claimCount < 0) index.claimCount = store.countQuads(null, named(V.subject) as never, null, null);
        if (triples.length * BULK_SHARE > index.claimCount) completeExactIndex(store, index);
      }
      for (const t of triples) {
        // A positive stated claim always has its direct triple in the graph (design contract),
        // so an exact hit needs no further check.
        const exact = exactClaims(store, index, t);
        if (exact?.length) {
          const shown = via(t.s, t.p, t.o);
          out.set(t.key, exact.map((claim) => ({ claim, via: shown })));
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
        const shown = via(t.s, t.p, t.o);
        const derived: ClaimRef[] = [];
        if (subs) {
          for (const c of claimsAbout(store, index, t.s).all) {
            if (subs.has(c.p) && c.o.equals(t.o)) derived.push({ claim: c.claim, via: shown });
          }
        }
        if (invs?.size) {
          for (const c of claimsAbout(store, index, t.o).all) {
            if (invs.has(c.p) && c.o.equals(t.s)) derived.push({ claim: c.claim, via: shown });
          }
        }
        if (derived.length) out.set(t.key, derived);
      }
      return out;
    },
    async kinds(terms) {
      const out = new Map<string, 'claim' | 'sentence'>();
      if (index.claimCount < 0) index.claimCount = store.countQuads(null, named(V.subject) as never, null, null);
      // Many terms at once (a big answer binds thousands of claims and sentences): the typed
      // nodes, read once per store, answer by set membership instead of three look-ups a term.
      if (!index.kindSets && terms.length * BULK_SHARE > index.claimCount) {
        const typed = (cls: string) => (store.getSubjects(named(V.type) as never, named(cls) as never, null) as unknown as RDF.Term[])
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
      const type = named(V.type);
      for (const t of terms) {
        if (store.countQuads(t as never, type as never, named(V.claim) as never, null) > 0 || store.countQuads(t as never, type as never, named(V.groupClaim) as never, null) > 0) out.set(t.value, 'claim');
        else if (store.countQuads(t as never, type as never, named(V.sentence) as never, null) > 0) out.set(t.value, 'sentence');
      }
      return out;
    },
    async describeClaims(iris) {
      const out = new Map<string, ClaimInfo>();
      // Many claims at once: one pass over prov:wasDerivedFrom beats a look-up per claim.
      const bulk = index.columns !== undefined && iris.length * BULK_SHARE > index.claimCount;
      if (bulk && !index.derivedFrom) {
        const m = new Map<string, string[]>();
        for (const q of store.getQuads(null, named(V.derivedFrom) as never, null, null)) {
          const list = m.get(q.subject.value);
          if (list) list.push(q.object.value);
          else m.set(q.subject.value, [q.object.value]);
        }
        index.derivedFrom = m;
      }
      for (const iri of iris) {
        let info = index.claims.get(iri);
        if (!info) {
          const c = named(iri);
          const sentences: CitedSentence[] = [];
          const sources = bulk ? (index.derivedFrom!.get(iri) ?? []) : objectsOf(store, c, V.derivedFrom).map((t) => t.value);
          for (const s of sources) {
            if (!index.sentences.has(s)) index.sentences.set(s, localSentence(store, named(s)));
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
        if (!index.sentences.has(iri)) index.sentences.set(iri, localSentence(store, named(iri)));
        const s = index.sentences.get(iri);
        if (s) out.set(iri, s);
      }
      return out;
    },
    async tracePath(path, s, o) {
      let automaton = automata.get(path);
      if (!automaton) automata.set(path, (automaton = compilePath(path)));
      return tracePath(store, automaton, s, o) ?? { untraceable: `a property path with more than ${MAX_PATH_STEPS} steps to follow` };
    },
  };
}

const automata = new WeakMap<PathExpr, ReturnType<typeof compilePath>>();

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

/** An article's date, looked up once per store and article: sentence ids repeat across articles. */
const articleDates = new WeakMap<object, Map<string, string>>();
function articleDateOf(store: GraphReader, article: string): string {
  let dates = articleDates.get(store);
  if (!dates) articleDates.set(store, (dates = new Map()));
  let d = dates.get(article);
  if (d === undefined) {
    const a = named(article);
    const v = (p: string): string | undefined => objectsOf(store, a, p)[0]?.value;
    d = articleDate(v(V.datePublished), v(V.publishedNotBefore), v(V.publishedNotAfter));
    dates.set(article, d);
  }
  return d;
}