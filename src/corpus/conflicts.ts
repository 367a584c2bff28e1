/**
 * Conflicting claims across a corpus: the same statement with opposite polarity, or different
 * values of a single-valued (functional) property. Both sides are reported with the sentences
 * they rest on; nothing is resolved or dropped: deciding is the reader's job.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from '../graph/vocab.js';
import type { Conflict, ConflictReport, ConflictSide, ConflictSentence, PropertyAxioms } from './types.js';

const { rdf: RDF_NS, rdfs: RDFS_NS, owl: OWL_NS, cg: CG_NS, nif: NIF_NS, prov: PROV_NS } = PREFIXES;

/** The part of an RDF/JS store conflicts need (an N3 Store has it). */
export interface QuadSource {
  getQuads(s: RDF.Term | null, p: RDF.Term | null, o: RDF.Term | null, g: RDF.Term | null): RDF.Quad[];
}

/**
 * Reads the property axioms that define conflicts (functional, inverse-functional, symmetric,
 * inverse, sub-property) from an ontology file or from quads.
 *
 * @example
 * ```ts
 * const axioms = readPropertyAxioms(readFileSync('ontology/claimgraph.ttl', 'utf8'));
 * axioms.functional.has('https://w3id.org/claimgraph/ontology#heldOn'); // true
 * ```
 */
export function readPropertyAxioms(source: string | RDF.Quad[]): PropertyAxioms {
  const quads = typeof source === 'string' ? new N3.Parser().parse(source) : source;
  const ax: PropertyAxioms = { functional: new Set(), inverseFunctional: new Set(), symmetric: new Set(), inverseOf: new Map(), subPropertyOf: new Map() };
  for (const q of quads) {
    const s = q.subject.value;
    const p = q.predicate.value;
    const o = q.object.value;
    if (p === `${RDF_NS}type`) {
      if (o === `${OWL_NS}FunctionalProperty`) ax.functional.add(s);
      else if (o === `${OWL_NS}InverseFunctionalProperty`) ax.inverseFunctional.add(s);
      else if (o === `${OWL_NS}SymmetricProperty`) ax.symmetric.add(s);
    } else if (p === `${OWL_NS}inverseOf`) {
      ax.inverseOf.set(s, o);
      ax.inverseOf.set(o, s);
    } else if (p === `${RDFS_NS}subPropertyOf`) {
      const list = ax.subPropertyOf.get(s) ?? [];
      list.push(o);
      ax.subPropertyOf.set(s, list);
    }
  }
  return ax;
}

/**
 * Loads the property axioms of a project (`ontology/claimgraph.ttl`).
 *
 * @example
 * ```ts
 * const axioms = loadPropertyAxioms('.');
 * ```
 */
export function loadPropertyAxioms(dir: string): PropertyAxioms {
  const file = join(dir, 'ontology', 'claimgraph.ttl');
  if (!existsSync(file)) throw new ClaimgraphError('ONTOLOGY_INVALID', 'ontology not found', { file: 'ontology/claimgraph.ttl' });
  try {
    return readPropertyAxioms(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ClaimgraphError('ONTOLOGY_INVALID', `cannot parse ontology: ${(err as Error).message}`, { file: 'ontology/claimgraph.ttl' }, { cause: err });
  }
}

interface ClaimInfo {
  iri: string;
  s: RDF.Term;
  p: string;
  o: RDF.Term;
  positive: boolean;
  modality: string;
}

function termKey(t: RDF.Term): string {
  if (t.termType === 'Literal') return `"${t.value}"^^${t.datatype?.value ?? ''}@${t.language ?? ''}`;
  return `<${t.value}>`;
}

function termText(t: RDF.Term): string {
  return t.termType === 'Literal' ? t.value : t.value;
}

function one(store: QuadSource, s: RDF.Term, p: string): RDF.Term | undefined {
  return store.getQuads(s, N3.DataFactory.namedNode(p), null, null)[0]?.object;
}

function all(store: QuadSource, s: RDF.Term, p: string): RDF.Term[] {
  return store.getQuads(s, N3.DataFactory.namedNode(p), null, null).map((q) => q.object);
}

/**
 * Finds conflicting claims in a built graph:
 * - `polarity`: a positive and a negative claim of the same statement with the same modality
 *   (inverse and symmetric properties normalised; a positive claim on a sub-property conflicts
 *   with a negative claim on its super-property);
 * - `functional`: positive stated claims giving one subject different values of an
 *   owl:FunctionalProperty;
 * - `inverse-functional`: positive stated claims giving one object different subjects of an
 *   owl:InverseFunctionalProperty.
 * Every side lists its claim, articles and source sentences. The report is sorted (deterministic).
 *
 * @example
 * ```ts
 * const report = findConflicts(store, loadPropertyAxioms('.'));
 * for (const c of report.conflicts) console.log(c.kind, c.sides.map((s) => s.claim));
 * ```
 */
export function findConflicts(store: QuadSource, axioms: PropertyAxioms): ConflictReport {
  const claims: ClaimInfo[] = [];
  for (const q of store.getQuads(null, N3.DataFactory.namedNode(`${RDF_NS}type`), N3.DataFactory.namedNode(`${CG_NS}Claim`), null)) {
    const c = q.subject;
    const s = one(store, c, `${RDF_NS}subject`);
    const p = one(store, c, `${RDF_NS}predicate`);
    const o = one(store, c, `${RDF_NS}object`);
    if (!s || !p || !o) continue;
    const polarity = one(store, c, `${CG_NS}polarity`)?.value ?? `${CG_NS}Positive`;
    const modality = one(store, c, `${CG_NS}modality`)?.value ?? `${CG_NS}Stated`;
    claims.push({ iri: c.value, s, p: p.value, o, positive: polarity !== `${CG_NS}Negative`, modality });
  }

  // Normal form of a statement: inverse properties folded onto one direction, symmetric ones ordered.
  const normal = (s: RDF.Term, p: string, o: RDF.Term): { s: RDF.Term; p: string; o: RDF.Term } => {
    const inv = axioms.inverseOf.get(p);
    if (inv && inv < p && o.termType !== 'Literal') return { s: o, p: inv, o: s };
    if (axioms.symmetric.has(p) && o.termType !== 'Literal' && termKey(o) < termKey(s)) return { s: o, p, o: s };
    return { s, p, o };
  };
  const superProps = (p: string): string[] => {
    const out = new Set<string>([p]);
    const todo = [p];
    while (todo.length) {
      for (const sup of axioms.subPropertyOf.get(todo.pop()!) ?? []) if (!out.has(sup)) { out.add(sup); todo.push(sup); }
    }
    return [...out];
  };

  const conflicts: Conflict[] = [];
  const sideCache = new Map<string, ConflictSide>();
  const side = (iri: string): ConflictSide => {
    let sd = sideCache.get(iri);
    if (!sd) {
      sd = describeClaim(store, iri);
      sideCache.set(iri, sd);
    }
    return sd;
  };

  // Polarity: index positive claims under their statement and every super-property of it.
  const positives = new Map<string, ClaimInfo[]>();
  const negatives: { key: string; claim: ClaimInfo; n: { s: RDF.Term; p: string; o: RDF.Term } }[] = [];
  for (const c of claims) {
    if (c.positive) {
      for (const p of superProps(c.p)) {
        const n = normal(c.s, p, c.o);
        const key = `${termKey(n.s)} ${n.p} ${termKey(n.o)} ${c.modality}`;
        const list = positives.get(key) ?? [];
        list.push(c);
        positives.set(key, list);
      }
    } else {
      const n = normal(c.s, c.p, c.o);
      negatives.push({ key: `${termKey(n.s)} ${n.p} ${termKey(n.o)} ${c.modality}`, claim: c, n });
    }
  }
  const byKey = new Map<string, { n: { s: RDF.Term; p: string; o: RDF.Term }; neg: Set<string>; pos: Set<string> }>();
  for (const { key, claim, n } of negatives) {
    const pos = positives.get(key);
    if (!pos?.length) continue;
    const entry = byKey.get(key) ?? { n, neg: new Set(), pos: new Set() };
    entry.neg.add(claim.iri);
    for (const c of pos) entry.pos.add(c.iri);
    byKey.set(key, entry);
  }
  for (const { n, neg, pos } of byKey.values()) {
    const sides = [...[...pos].sort(), ...[...neg].sort()].map(side);
    conflicts.push(makeConflict('polarity', n.p, termText(n.s), termText(n.o), sides));
  }

  // Functional and inverse-functional: positive, stated claims only (a pledge is not a fact).
  const stated = claims.filter((c) => c.positive && c.modality === `${CG_NS}Stated`);
  const groupBy = (kind: 'functional' | 'inverse-functional', props: Set<string>): void => {
    const groups = new Map<string, { p: string; anchor: RDF.Term; values: Map<string, string[]> }>();
    for (const c of stated) {
      if (!props.has(c.p)) continue;
      const anchor = kind === 'functional' ? c.s : c.o;
      const value = kind === 'functional' ? c.o : c.s;
      const key = `${c.p} ${termKey(anchor)}`;
      const g = groups.get(key) ?? { p: c.p, anchor, values: new Map() };
      const list = g.values.get(termKey(value)) ?? [];
      list.push(c.iri);
      g.values.set(termKey(value), list);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (g.values.size < 2) continue;
      const sides = [...g.values.keys()].sort().flatMap((v) => g.values.get(v)!.sort().map(side));
      conflicts.push(kind === 'functional'
        ? makeConflict(kind, g.p, termText(g.anchor), undefined, sides)
        : makeConflict(kind, g.p, undefined, termText(g.anchor), sides));
    }
  };
  groupBy('functional', axioms.functional);
  groupBy('inverse-functional', axioms.inverseFunctional);

  conflicts.sort((a, b) => a.kind.localeCompare(b.kind) || a.property.localeCompare(b.property)
    || (a.subject ?? '').localeCompare(b.subject ?? '') || (a.object ?? '').localeCompare(b.object ?? ''));
  return { claims: claims.length, conflicts, crossArticle: conflicts.filter((c) => c.crossArticle).length };
}

function makeConflict(kind: Conflict['kind'], property: string, subject: string | undefined, object: string | undefined, sides: ConflictSide[]): Conflict {
  const articles = new Set(sides.flatMap((s) => s.articles));
  // Cross-article: the sides do not all come from one and the same single article.
  const perSide = sides.map((s) => s.articles.join(' '));
  const crossArticle = articles.size > 1 && new Set(perSide).size > 1;
  return { kind, property, ...(subject !== undefined ? { subject } : {}), ...(object !== undefined ? { object } : {}), crossArticle, sides };
}

function describeClaim(store: QuadSource, iri: string): ConflictSide {
  const c = N3.DataFactory.namedNode(iri);
  const lit = (t: RDF.Term | undefined): string | undefined => t?.value;
  const sentences: ConflictSentence[] = [];
  for (const sent of all(store, c, `${PROV_NS}wasDerivedFrom`)) {
    if (sent.termType !== 'NamedNode') continue;
    const text = lit(one(store, sent, `${NIF_NS}anchorOf`));
    if (text === undefined) continue; // not a sentence (a group claim...)
    const ctx = one(store, sent, `${NIF_NS}referenceContext`);
    const article = (ctx && lit(one(store, ctx, `${NIF_NS}sourceUrl`))) ?? sent.value.replace(/\/sentence\/[^/]+$/, '');
    sentences.push({
      iri: sent.value,
      id: lit(one(store, sent, `${CG_NS}sentenceId`)) ?? sent.value.replace(/^.*\//, ''),
      article,
      begin: Number(lit(one(store, sent, `${NIF_NS}beginIndex`)) ?? NaN),
      end: Number(lit(one(store, sent, `${NIF_NS}endIndex`)) ?? NaN),
      text,
    });
  }
  sentences.sort((a, b) => a.article.localeCompare(b.article) || a.begin - b.begin);
  const statedIn = all(store, c, `${CG_NS}statedIn`).map((t) => t.value).sort();
  const articles = [...new Set([...statedIn.map((a) => a.replace(/\/comment\/[^/]+$/, '')), ...sentences.map((s) => s.article)])].sort();
  return {
    claim: iri,
    subject: one(store, c, `${RDF_NS}subject`)?.value ?? '',
    predicate: one(store, c, `${RDF_NS}predicate`)?.value ?? '',
    object: one(store, c, `${RDF_NS}object`)?.value ?? '',
    polarity: one(store, c, `${CG_NS}polarity`)?.value ?? `${CG_NS}Positive`,
    modality: one(store, c, `${CG_NS}modality`)?.value ?? `${CG_NS}Stated`,
    claimIds: all(store, c, `${CG_NS}claimId`).map((t) => t.value).sort(),
    statedIn,
    articles,
    sentences,
  };
}

/**
 * Loads `graph/claimgraph.ttl` of a project into an N3 store (for commands that only need
 * triple lookups, not SPARQL).
 *
 * @example
 * ```ts
 * const store = loadBuiltGraph('.');
 * ```
 */
export function loadBuiltGraph(dir: string): N3.Store {
  const file = join(dir, 'graph', 'claimgraph.ttl');
  if (!existsSync(file)) throw new ClaimgraphError('SOURCE_NOT_FOUND', 'no built graph: run `claimgraph build` first', { file: 'graph/claimgraph.ttl' });
  const store = new N3.Store();
  try {
    store.addQuads(new N3.Parser().parse(readFileSync(file, 'utf8')));
  } catch (err) {
    throw new ClaimgraphError('IO', `cannot parse the built graph: ${(err as Error).message}`, { file: 'graph/claimgraph.ttl' }, { cause: err });
  }
  return store;
}
