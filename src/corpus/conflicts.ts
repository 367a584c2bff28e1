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
import type { Conflict, ConflictReport, ConflictSide, ConflictSentence, Expectation, PropertyAxioms } from './types.js';

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
  // An expectation a later source settles (met, missed) or revises is not a conflict; nor are
  // a denial and an affirmation whose times do not overlap ('has not been active' until a date).
  const expectations = expectationOutcomes(store, claims, normal, superProps, side);
  const settled = new Set(expectations.map((e) => `${e.expected.claim} ${e.later.claim}`));
  for (const { n, neg, pos } of byKey.values()) {
    const clash = (a: string, b: string): boolean => !settled.has(`${a} ${b}`) && !settled.has(`${b} ${a}`) && overlaps(timing(store, a), timing(store, b));
    const posHit = [...pos].filter((p) => [...neg].some((q) => clash(p, q)));
    const negHit = [...neg].filter((q) => posHit.some((p) => clash(p, q)));
    if (!posHit.length) continue;
    const sides = [...posHit.sort(), ...negHit.sort()].map(side).sort(byDate);
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
      // one value at several precisions (2009 and December 2009) is one value
      const keys = [...g.values.keys()];
      const literalValue = (k: string): string | undefined => /^"([^"]*)"\^\^/.exec(k)?.[1];
      if (keys.every((k) => literalValue(k) !== undefined && keys.every((m) => nested(literalValue(k)!, literalValue(m)!)))) continue;
      const sides = [...g.values.keys()].sort().flatMap((v) => g.values.get(v)!.sort().map(side)).sort(byDate);
      conflicts.push(kind === 'functional'
        ? makeConflict(kind, g.p, termText(g.anchor), undefined, sides)
        : makeConflict(kind, g.p, undefined, termText(g.anchor), sides));
    }
  };
  groupBy('functional', axioms.functional);
  groupBy('inverse-functional', axioms.inverseFunctional);

  conflicts.sort((a, b) => a.kind.localeCompare(b.kind) || a.property.localeCompare(b.property)
    || (a.subject ?? '').localeCompare(b.subject ?? '') || (a.object ?? '').localeCompare(b.object ?? ''));
  return { claims: claims.length, conflicts, crossArticle: conflicts.filter((c) => c.crossArticle).length, expectations };
}

const byDate = (a: ConflictSide, b: ConflictSide): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0);

/** Two ISO dates, months or years of which one contains the other ('2009' and '2009-12'). */
function nested(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** First and last day an ISO year, month or day covers. */
const firstDay = (v: string): string => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
const lastDay = (v: string): string => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);

/** The time a claim speaks of, from its qualifiers, and the date it was made (its earliest source). */
interface Timing {
  /** Inclusive start, exclusive end of the time the claim holds (undefined: unbounded). */
  from?: string;
  before?: string;
  /** For an expectation: the last day it is due (byYear, or its point in time). */
  due?: string;
  made: string;
}

function timing(store: QuadSource, iri: string): Timing {
  const c = N3.DataFactory.namedNode(iri);
  const q = (l: string): string | undefined => one(store, c, CG_NS + l)?.value;
  const at = q('pointInTime') ?? q('date') ?? q('year');
  const t: Timing = { made: madeOn(store, c) };
  const from = q('since') ?? (at ? firstDay(at) : undefined) ?? q('earliestDate');
  if (from) t.from = firstDay(from);
  const until = q('until');
  if (until) t.before = firstDay(until);
  else if (at) t.before = `${lastDay(at)}~`;
  const by = q('byYear');
  if (by) t.due = lastDay(by);
  else if (at) t.due = lastDay(at);
  return t;
}

/** The earliest date of a claim's sources (an article's datePublished or bound, a comment's time). */
function madeOn(store: QuadSource, c: RDF.Term): string {
  const dates: string[] = [];
  for (const doc of all(store, c, `${CG_NS}statedIn`)) {
    const d = one(store, doc, 'https://schema.org/datePublished') ?? one(store, doc, 'https://schema.org/dateCreated') ?? one(store, doc, `${CG_NS}publishedNotBefore`);
    if (d) dates.push(d.value.slice(0, 10));
  }
  return dates.sort()[0] ?? '';
}

/** Whether two claims' times overlap (a claim without a time of its own overlaps everything). */
function overlaps(a: Timing, b: Timing): boolean {
  if (a.before !== undefined && b.from !== undefined && a.before <= b.from) return false;
  if (b.before !== undefined && a.from !== undefined && b.before <= a.from) return false;
  return true;
}

/**
 * Expectations (expected or pledged, positive, with a due date) that a later source speaks to:
 * met (it states the fact), missed (it states the fact did not happen by the due date) or
 * revised (it expects the fact not to happen by the due date).
 */
function expectationOutcomes(
  store: QuadSource, claims: ClaimInfo[],
  normal: (s: RDF.Term, p: string, o: RDF.Term) => { s: RDF.Term; p: string; o: RDF.Term },
  superProps: (p: string) => string[], side: (iri: string) => ConflictSide,
): Expectation[] {
  const key = (s: RDF.Term, p: string, o: RDF.Term): string => { const n = normal(s, p, o); return `${termKey(n.s)} ${n.p} ${termKey(n.o)}`; };
  const byTriple = new Map<string, ClaimInfo[]>();
  for (const c of claims) {
    for (const p of c.positive ? superProps(c.p) : [c.p]) {
      const k = key(c.s, p, c.o);
      byTriple.set(k, [...(byTriple.get(k) ?? []), c]);
    }
  }
  const out: Expectation[] = [];
  const hoped = [`${CG_NS}Expected`, `${CG_NS}Pledged`];
  for (const e of claims) {
    if (!e.positive || !hoped.includes(e.modality)) continue;
    const te = timing(store, e.iri);
    if (!te.due || !te.made) continue;
    for (const l of byTriple.get(key(e.s, e.p, e.o)) ?? []) {
      if (l.iri === e.iri) continue;
      const tl = timing(store, l.iri);
      if (!tl.made || tl.made <= te.made) continue;
      let status: Expectation['status'] | undefined;
      let note = '';
      if (l.positive && l.modality === `${CG_NS}Stated`) {
        status = tl.from === undefined || tl.from <= te.due ? 'met' : 'missed';
        note = status === 'met' ? `a source of ${tl.made} states it${tl.from ? ` from ${tl.from}` : ''}` : `it happened only from ${tl.from}, after ${te.due}`;
      } else if (!l.positive && l.modality === `${CG_NS}Stated` && (tl.before === undefined || tl.before > te.due)) {
        status = 'missed';
        note = `a source of ${tl.made} states it had not happened${tl.before ? ` before ${tl.before}` : ''}`;
      } else if (!l.positive && hoped.includes(l.modality) && tl.before !== undefined && tl.before > te.due) {
        status = 'revised';
        note = `a source of ${tl.made} expects it not before ${tl.before}: the expectation due by ${te.due} will be missed`;
      }
      if (status) out.push({ status, note, expected: side(e.iri), later: side(l.iri) });
    }
  }
  return out.sort((a, b) => byDate(a.expected, b.expected) || byDate(a.later, b.later));
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
      articleId: article.replace(/^.*\/article\//, ''),
      date: dateOf(store, article),
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
    date: madeOn(store, c),
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
/** An article's date as outputs show it (datePublished, or `undated` with the text's bounds). */
function dateOf(store: QuadSource, article: string): string {
  const a = N3.DataFactory.namedNode(article);
  const v = (p: string): string | undefined => one(store, a, p)?.value;
  const published = v('https://schema.org/datePublished');
  if (published) return published;
  const lo = v(`${CG_NS}publishedNotBefore`);
  const hi = v(`${CG_NS}publishedNotAfter`);
  return lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated';
}

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
