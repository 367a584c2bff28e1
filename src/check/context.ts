/**
 * The check context: everything the checker derives once from the graph, the ontology and the
 * lexicon (labels index, office roles, property axioms, compiled patterns), reused across calls.
 */
import type { ClaimTime } from './timeline.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import { smallStore } from '../graph/store.js';
import type { Quad, Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from '../graph/vocab.js';
import type { ClaimScope } from './attribution.js';
import { loadDerivedLexicon, widen, type DerivedLexicon } from './lexicon.js';
import { compilePattern, type CompiledPattern, type PatternNode } from './pattern.js';
import { nameKey, normWord, type Morphology } from './text.js';
import type { CheckGraph, ModalityName, PolarityName } from './types.js';

export const NS = {
  rdf: PREFIXES.rdf!,
  rdfs: PREFIXES.rdfs!,
  owl: PREFIXES.owl!,
  xsd: PREFIXES.xsd!,
  skos: PREFIXES.skos!,
  prov: PREFIXES.prov!,
  nif: PREFIXES.nif!,
  schema: PREFIXES.schema!,
  cg: PREFIXES.cg!,
  cgr: PREFIXES.cgr!,
  cga: PREFIXES.cga!,
  cgc: PREFIXES.cgc!,
};

/** How a slot's text is read. */
/** `date-or-year`: the object of a date-valued property, which a claim may name by its year or month. */
export type SlotType = 'entity' | 'amount' | 'date' | 'date-or-year' | 'year' | 'number' | 'string' | 'boolean' | 'duration';

/** A relation pattern of the lexicon. */
export interface RelationPattern {
  property: string;
  name: string;
  pattern: CompiledPattern;
  polarity: PolarityName;
  modality: ModalityName;
  /** Position in the lexicon (ties are broken by it, so output is deterministic). */
  order: number;
  /** Read in claims only, not in articles' sentences by `suggest` (lexicon `cg:claimOnlyPattern`). */
  claimOnly?: boolean;
}

/** A marker that changes polarity or modality ("not", "may", "is set to"). */
export interface Marker {
  pattern: CompiledPattern;
  polarity?: PolarityName;
  modality?: ModalityName;
}

/** Property axioms read from the ontology. */
export interface Axioms {
  inverse: Map<string, Set<string>>;
  /** p -> every property below p (transitive, p excluded). */
  subProperties: Map<string, Set<string>>;
  symmetric: Set<string>;
  functional: Set<string>;
  inverseFunctional: Set<string>;
  /** Properties annotated `cg:oneHolderAtATime true`: each object has one subject at a time (an office, one holder). */
  oneHolderAtATime: Set<string>;
  /** Properties annotated `cg:lastingState true`: a source's point in time is one time it held, not its span. */
  lastingState: Set<string>;
  /** Properties annotated `cg:extendsToAgent true` (and those below them): an actor's statement is its agent's (src/check/actors.ts). */
  extendsToAgent: Set<string>;
  range: Map<string, string>;
  domain: Map<string, string>;
  /** class -> every superclass (transitive, itself included). */
  superClasses: Map<string, Set<string>>;
  /** class -> the classes declared disjoint with it (`owl:disjointWith`, `owl:AllDisjointClasses`; src/check/kinds.ts). */
  disjoint: Map<string, Set<string>>;
  /** class -> its English label (`rdfs:label`), the noun a claim names it by ("gas field"). */
  classLabels: Map<string, string>;
  /**
   * p -> OWL restrictions `C rdfs:subClassOf [ owl:onProperty p ; owl:maxQualifiedCardinality 1 ;
   * owl:onClass D ]` (or `owl:maxCardinality 1`, D undefined): a C has at most one p-value that is a D.
   */
  maxOne: Map<string, Array<{ subjectClass: string; onClass?: string }>>;
  /** Properties usable as claim predicates / qualifiers, by local name. */
  properties: Map<string, string>;
  qualifiers: Set<string>;
  labels: Map<string, string>;
  /**
   * Modality (lower-case local name) -> the modalities a source statement of it also supports
   * (`cg:entailsModality`, transitive, itself included): a stated fact supports "will"/"may".
   */
  entailedModalities: Map<string, Set<string>>;
  /**
   * Qualifier -> the relation a claim's subject has to the qualifier's value (`cg:subjectRelation`:
   * the first Prime Minister to visit a country holds the office of Prime Minister).
   */
  subjectRelation: Map<string, string>;
  /**
   * Relation property (and every property below it) -> the qualifier naming the person its
   * subject acts through (`cg:actedThrough`: a prime minister's grant is the state's).
   */
  actedThrough: Map<string, string>;
  /** Property -> the properties whose chain entails it (`owl:propertyChainAxiom`, in order). */
  propertyChains: Map<string, string[]>;
}

/** Everything the checker needs, derived once per graph. */
export interface CheckContext {
  store: CheckGraph;
  morph: Morphology;
  axioms: Axioms;
  relations: RelationPattern[];
  /** Qualifier adjuncts ("in {year}"). */
  adjuncts: CompiledPattern[];
  /** The adjuncts `suggest` reads in articles' sentences: all but the lexicon's `cg:claimOnlyPattern`s. */
  articleAdjuncts: CompiledPattern[];
  markers: Marker[];
  /** Noun phrases naming an office from a role and a state: "{role} of {holder}". */
  officePatterns: CompiledPattern[];
  /** Slot type overrides from the lexicon (slot name -> type). */
  slotTypes: Map<string, SlotType>;
  /** Property IRI -> the currency its bare decimal values are in (lexicon `cg:slotCurrency`). */
  slotCurrency: Map<string, string>;
  /** Name key -> entity IRIs. */
  labelIndex: Map<string, Set<string>>;
  /** Entity IRI -> preferred label. */
  entityLabel: Map<string, string>;
  /** Entity IRI -> rdf:type IRIs. */
  entityTypes: Map<string, Set<string>>;
  /** Role key -> (state IRI -> office IRI). */
  offices: Map<string, Map<string, string>>;
  /** Words of every name, to tell a name from filler in "could not read" messages. */
  nameWords: Set<string>;
  /** Other words for pattern words, irregular forms and skippable adverbs (ontology/lexicon.derived.json). */
  derived: DerivedLexicon;
  /** Words a claim may carry without changing its relation (derived adverbs less any word the lexicon uses). */
  skippable: Set<string>;
  /** Words that change a claim's meaning wherever they stand (lexicon `cg:meaningWord`: "only", "first", "before"). */
  meaningWords: Set<string>;
  /** Words that only strengthen a claim (lexicon `cg:strengtheningWord`: "long" in "has long been"; src/check/rewrites.ts). */
  strengtheningWords: Set<string>;
  /** WordNet's word list for the typo guard of entity linking (read on first use, src/check/fuzzy.ts). */
  wordsFile: string;
  /** Attribution frames and their words (src/check/attribution.ts). */
  attribution: { patterns: CompiledPattern[]; verbs: Set<string>; bodyNouns: Set<string>; readerNouns: Set<string> };
  /** When set, only the claims of this source count (a claim about what a source said). */
  scope?: ClaimScope;
  /** When set, the time the claim is checked for ("as of 2016, ..."): later sources do not decide it. */
  asOf?: ClaimTime;
  /** True when the claim is in the present tense and in no other ("X is the president of Y"; src/check/claim-time.ts). */
  present?: boolean;
  /** Patterns of claims about the articles themselves (src/check/metadata.ts). */
  metadataPatterns: Array<{ property: string; pattern: CompiledPattern }>;
  /** The lexicon's triples (ontology/lexicon.ttl), for word lists a module reads on first use (src/check/lexicon-words.ts). */
  lexicon: ReturnType<typeof smallStore>;
}

const PACKAGE_ONTOLOGY = fileURLToPath(new URL('../../ontology/', import.meta.url));

/** Pattern properties -> (polarity, modality) are declared in the lexicon, not here. */
const cg = (l: string): string => NS.cg + l;
const rdfs = (l: string): string => NS.rdfs + l;
const rdf = (l: string): string => NS.rdf + l;
const owl = (l: string): string => NS.owl + l;

function parseTurtleFile(file: string, text?: string): Quad[] {
  try {
    return new N3.Parser({ baseIRI: 'file://' + file }).parse(text ?? readFileSync(file, 'utf8')) as unknown as Quad[];
  } catch (err) {
    throw new ClaimgraphError('ONTOLOGY_INVALID', `cannot read ${file}: ${(err as Error).message}`, { file }, { cause: err });
  }
}

function ontologyDir(dir?: string): string {
  if (dir && existsSync(join(dir, 'ontology', 'lexicon.ttl'))) return join(dir, 'ontology');
  return PACKAGE_ONTOLOGY;
}

const contexts = new WeakMap<object, Map<string, CheckContext>>();

/**
 * The check context of a store, built on first use and cached per store and project dir.
 *
 * @example
 * ```ts
 * const ctx = loadCheckContext(await loadGraphStore('.'), { dir: '.' });
 * ```
 */
export function loadCheckContext(store: CheckGraph, opts: { dir?: string } = {}): CheckContext {
  const key = opts.dir ?? '';
  let perStore = contexts.get(store);
  if (!perStore) contexts.set(store, (perStore = new Map()));
  const hit = perStore.get(key);
  if (hit) return hit;
  const ctx = buildCheckContext(store, opts);
  perStore.set(key, ctx);
  return ctx;
}

const scoped = new WeakMap<CheckContext, Map<string, CheckContext>>();

/**
 * The context restricted to one source's claims (a claim about what a source said), cached.
 *
 * @example
 * ```ts
 * const readers = scopedContext(ctx, { kind: 'reader' });
 * ```
 */
export function scopedContext(ctx: CheckContext, scope: ClaimScope): CheckContext {
  const key = JSON.stringify(scope);
  let m = scoped.get(ctx);
  if (!m) scoped.set(ctx, (m = new Map()));
  let c = m.get(key);
  if (!c) m.set(key, (c = { ...ctx, scope }));
  return c;
}

/**
 * Builds a fresh check context (no caching).
 *
 * @example
 * ```ts
 * const ctx = buildCheckContext(store, { dir: '/path/to/project' });
 * ctx.relations.length; // number of lexical patterns
 * ```
 */
export function buildCheckContext(store: CheckGraph, opts: { dir?: string } = {}): CheckContext {
  const odir = ontologyDir(opts.dir);
  const ontoFile = join(odir, 'claimgraph.ttl');
  const lexFile = join(odir, 'lexicon.ttl');
  if (!existsSync(lexFile)) throw new ClaimgraphError('SOURCE_NOT_FOUND', `lexicon not found: ${lexFile}`, { file: lexFile });
  const onto = smallStore();
  if (existsSync(ontoFile)) onto.addQuads(parseTurtleFile(ontoFile) as never);
  // axioms in the graph itself (a store loaded with the ontology) count too
  for (const p of [owl('inverseOf'), rdfs('subPropertyOf'), rdfs('range'), rdfs('domain'), rdfs('subClassOf')]) {
    onto.addQuads(store.getQuads(null, p, null, null));
  }
  for (const t of [owl('SymmetricProperty'), owl('FunctionalProperty'), owl('InverseFunctionalProperty')]) {
    onto.addQuads(store.getQuads(null, rdf('type'), t, null));
  }
  const lex = smallStore();
  const lexText = readFileSync(lexFile, 'utf8');
  lex.addQuads(parseTurtleFile(lexFile, lexText) as never);
  // a property's patterns may also sit on its own declaration in claimgraph.ttl (adding a
  // property is one step in one place: docs/extending-the-ontology.md)
  const patternPreds = [cg('lexicalPattern'), ...lex.getSubjects(rdfs('subPropertyOf'), cg('lexicalPattern'), null).map((t) => t.value)];
  for (const p of patternPreds) lex.addQuads(onto.getQuads(null, p, null, null));
  const axioms = readAxioms(onto);
  const derived = loadDerivedLexicon(odir, lexText);
  const morph = readMorphology(lex, derived);
  const { relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes } = readLexicon(lex, axioms, morph, lexFile);
  const lexiconWords = widenPatterns(relations, derived, morph);
  for (const m of markers) for (const w of literalWords(m.pattern.nodes)) lexiconWords.add(w);
  for (const a of adjuncts) for (const w of literalWords(a.nodes)) lexiconWords.add(w);
  const keep = new Set(literals(lex, null, cg('meaningWord')).map((w) => w.toLowerCase()));
  const skippable = new Set([...derived.adverbs].filter((w) => !lexiconWords.has(w) && !keep.has(w) && !morph.ignorable.has(w)));
  const roleAliases = literals(lex, null, cg('roleAlias')).sort().map((v) => v.split('|').map((x) => nameKey(x.replace(/[-_]+/g, ' '), morph)) as [string, string]);
  const ctx: CheckContext = {
    store, morph, axioms, relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes,
    slotCurrency: new Map(lex.getQuads(null, cg('slotCurrency'), null, null).map((q) => [q.subject.value, q.object.value.toUpperCase()])), derived, skippable, meaningWords: keep,
    strengtheningWords: new Set(literals(lex, null, cg('strengtheningWord')).map((w) => w.toLowerCase())), wordsFile: join(odir, 'lexicon.words.txt'),
    attribution: {
      patterns: literals(lex, null, cg('attributionPattern')).sort().map((src) => compilePattern(src, morph)),
      verbs: new Set(literals(lex, null, cg('reportingVerb')).map((v) => v.toLowerCase())),
      bodyNouns: new Set(literals(lex, cg('Body'), cg('sourceNoun')).map((v) => nameKey(v, morph))),
      readerNouns: new Set(literals(lex, cg('ReaderComment'), cg('sourceNoun')).map((v) => nameKey(v, morph))),
    },
    metadataPatterns: lex.getQuads(null, cg('metadataPattern'), null, null)
      .map((q) => ({ property: q.subject.value, src: q.object.value }))
      .sort((a, b) => (a.property < b.property ? -1 : a.property > b.property ? 1 : a.src < b.src ? -1 : 1))
      .map(({ property, src }) => ({ property, pattern: compilePattern(src, morph) })),
    labelIndex: new Map(), entityLabel: new Map(), entityTypes: new Map(), offices: new Map(), nameWords: new Set(), lexicon: lex,
  };
  indexLabels(ctx);
  for (const [alias, role] of roleAliases) {
    const m = ctx.offices.get(role);
    if (alias && m && !ctx.offices.has(alias)) ctx.offices.set(alias, m);
  }
  return ctx;
}

/** Lower-case words of the literal nodes of a pattern (every choice and optional part). */
function literalWords(nodes: PatternNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (n.t === 'lit') out.add(n.word);
    else if (n.t === 'group') for (const alt of n.alts) literalWords(alt, out);
  }
  return out;
}

/**
 * Gives each literal word of the relation patterns its derived alternatives (src/check/lexicon.ts),
 * less any word that a pattern of another property uses as its own: the lexicon's choices win,
 * so "took" stays with the patterns that say "take" and is not read as "lead" (WordNet: lead =
 * take). Returns every literal word of the relation patterns.
 */
function widenPatterns(relations: RelationPattern[], derived: DerivedLexicon, morph: Morphology): Set<string> {
  const byProperty = new Map<string, Set<string>>();
  for (const r of relations) {
    let set = byProperty.get(r.property);
    if (!set) byProperty.set(r.property, (set = new Set()));
    literalWords(r.pattern.nodes, set);
  }
  const all = new Set<string>();
  for (const set of byProperty.values()) for (const w of set) all.add(w);
  const norm = new Map<string, string>();
  const normOf = (w: string): string => {
    let n = norm.get(w);
    if (n === undefined) norm.set(w, (n = normWord(w, morph)));
    return n;
  };
  const normsOf = (words: Iterable<string>): Set<string> => new Set([...words].map(normOf));
  const allNorms = normsOf(all);
  const ownNorms = new Map([...byProperty].map(([p, words]) => [p, normsOf(words)]));
  const widened = new Map<string, string[]>();
  const cache = new Map<string, Set<string>>();
  for (const r of relations) {
    const own = ownNorms.get(r.property)!;
    const visit = (nodes: PatternNode[]): void => {
      for (const n of nodes) {
        if (n.t === 'group') {
          for (const alt of n.alts) visit(alt);
          continue;
        }
        if (n.t !== 'lit') continue;
        const key = `${r.property}|${n.word}`;
        let alts = cache.get(key);
        if (!alts) {
          let ws = widened.get(n.word);
          if (!ws) widened.set(n.word, (ws = widen(derived, n.word).map(normOf)));
          alts = new Set(ws.filter((w) => w !== n.norm && (own.has(w) || !allNorms.has(w))));
          cache.set(key, alts);
        }
        if (alts.size) n.alts = alts;
      }
    };
    visit(r.pattern.nodes);
  }
  return all;
}

function objects(s: N3.Store, subj: string | null, pred: string): Term[] {
  return s.getObjects(subj, pred, null) as unknown as Term[];
}

function readAxioms(onto: N3.Store): Axioms {
  const inverse = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string): void => {
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    set.add(v);
  };
  for (const q of onto.getQuads(null, owl('inverseOf'), null, null)) {
    add(inverse, q.subject.value, q.object.value);
    add(inverse, q.object.value, q.subject.value);
  }
  const directSub = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, rdfs('subPropertyOf'), null, null)) add(directSub, q.object.value, q.subject.value);
  const subProperties = new Map<string, Set<string>>();
  for (const p of directSub.keys()) {
    const all = new Set<string>();
    const stack = [...(directSub.get(p) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (all.has(x) || x === p) continue;
      all.add(x);
      stack.push(...(directSub.get(x) ?? []));
    }
    subProperties.set(p, all);
  }
  const typed = (t: string): Set<string> => new Set(onto.getSubjects(rdf('type'), t, null).map((x) => x.value));
  const range = new Map<string, string>();
  for (const q of onto.getQuads(null, rdfs('range'), null, null)) range.set(q.subject.value, q.object.value);
  const domain = new Map<string, string>();
  for (const q of onto.getQuads(null, rdfs('domain'), null, null)) domain.set(q.subject.value, q.object.value);
  const directSuper = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, rdfs('subClassOf'), null, null)) add(directSuper, q.subject.value, q.object.value);
  const superClasses = new Map<string, Set<string>>();
  const supersOf = (c: string): Set<string> => {
    const hit = superClasses.get(c);
    if (hit) return hit;
    const all = new Set<string>([c]);
    const stack = [...(directSuper.get(c) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (all.has(x)) continue;
      all.add(x);
      stack.push(...(directSuper.get(x) ?? []));
    }
    superClasses.set(c, all);
    return all;
  };
  for (const c of directSuper.keys()) supersOf(c);
  const properties = new Map<string, string>();
  const labels = new Map<string, string>();
  const props = new Set<string>([
    ...typed(owl('ObjectProperty')), ...typed(owl('DatatypeProperty')), ...typed(cg('RelationProperty')), ...typed(cg('QualifierProperty')),
  ]);
  for (const p of props) {
    if (!p.startsWith(NS.cg)) continue;
    properties.set(p.slice(NS.cg.length), p);
    const l = objects(onto, p, rdfs('label'))[0];
    if (l) labels.set(p, l.value);
  }
  const maxOne = new Map<string, Array<{ subjectClass: string; onClass?: string }>>();
  for (const card of [owl('maxQualifiedCardinality'), owl('maxCardinality')]) {
    for (const q of onto.getQuads(null, card, null, null)) {
      if (q.object.termType !== 'Literal' || Number(q.object.value) !== 1) continue;
      // the restriction is a blank node: look it up by term, not by its label
      const prop = onto.getObjects(q.subject, owl('onProperty'), null)[0];
      if (!prop || prop.termType !== 'NamedNode') continue;
      const onClass = card === owl('maxQualifiedCardinality') ? onto.getObjects(q.subject, owl('onClass'), null)[0]?.value : undefined;
      for (const c of onto.getSubjects(rdfs('subClassOf'), q.subject, null)) {
        let list = maxOne.get(prop.value);
        if (!list) maxOne.set(prop.value, (list = []));
        list.push({ subjectClass: c.value, ...(onClass ? { onClass } : {}) });
      }
    }
  }
  const disjoint = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, owl('disjointWith'), null, null)) {
    add(disjoint, q.subject.value, q.object.value);
    add(disjoint, q.object.value, q.subject.value);
  }
  for (const all of onto.getSubjects(rdf('type'), owl('AllDisjointClasses'), null)) {
    const members: string[] = [];
    // an RDF list: rdf:first / rdf:rest down to rdf:nil (bounded: a list is not a cycle)
    for (let node = onto.getObjects(all, owl('members'), null)[0]; node && node.value !== rdf('nil') && members.length < 100; node = onto.getObjects(node, rdf('rest'), null)[0]) {
      const first = onto.getObjects(node, rdf('first'), null)[0];
      if (first) members.push(first.value);
    }
    for (const a of members) for (const b of members) if (a !== b) add(disjoint, a, b);
  }
  const classLabels = new Map<string, string>();
  for (const c of onto.getSubjects(rdf('type'), owl('Class'), null)) {
    const l = objects(onto, c.value, rdfs('label'))[0];
    if (l && c.value.startsWith(NS.cg)) classLabels.set(c.value, l.value);
  }
  const entailedModalities = new Map<string, Set<string>>();
  const modalityName = (iri: string): string => iri.slice(iri.lastIndexOf('#') + 1).toLowerCase();
  for (const m of onto.getSubjects(rdf('type'), cg('Modality'), null)) {
    const seen = new Set<string>([m.value]);
    const todo = [m.value];
    while (todo.length) {
      for (const o of onto.getObjects(todo.pop()!, cg('entailsModality'), null)) {
        if (o.termType === 'NamedNode' && !seen.has(o.value)) {
          seen.add(o.value);
          todo.push(o.value);
        }
      }
    }
    entailedModalities.set(modalityName(m.value), new Set([...seen].map(modalityName)));
  }
  const subjectRelation = new Map(onto.getQuads(null, cg('subjectRelation'), null, null).map((q) => [q.subject.value, q.object.value]));
  const actedThrough = new Map<string, string>();
  for (const q of onto.getQuads(null, cg('actedThrough'), null, null)) {
    for (const p of [q.subject.value, ...(subProperties.get(q.subject.value) ?? [])]) if (!actedThrough.has(p)) actedThrough.set(p, q.object.value);
  }
  const propertyChains = new Map<string, string[]>();
  for (const q of onto.getQuads(null, owl('propertyChainAxiom'), null, null)) propertyChains.set(q.subject.value, rdfList(onto, q.object));
  return {
    inverse, subProperties, maxOne, entailedModalities, subjectRelation, actedThrough, propertyChains,
    symmetric: typed(owl('SymmetricProperty')),
    functional: typed(owl('FunctionalProperty')),
    inverseFunctional: typed(owl('InverseFunctionalProperty')),
    oneHolderAtATime: new Set(onto.getQuads(null, cg('oneHolderAtATime'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    lastingState: new Set(onto.getQuads(null, cg('lastingState'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    extendsToAgent: new Set(onto.getQuads(null, cg('extendsToAgent'), null, null).filter((q) => q.object.value === 'true')
      .flatMap((q) => [q.subject.value, ...(subProperties.get(q.subject.value) ?? [])])),
    range, domain, superClasses, disjoint, classLabels, properties,
    qualifiers: typed(cg('QualifierProperty')),
    labels,
  };
}

/** The IRIs of an RDF list, in order (at most 64: a chain, not data). */
function rdfList(s: N3.Store, head: N3.Term): string[] {
  const out: string[] = [];
  let node: N3.Term | undefined = head;
  for (let guard = 0; node && node.value !== rdf('nil') && guard < 64; guard++) {
    const first = s.getObjects(node, rdf('first'), null)[0];
    if (first?.termType === 'NamedNode') out.push(first.value);
    node = s.getObjects(node, rdf('rest'), null)[0];
  }
  return out;
}

function literals(s: N3.Store, subj: string | null, pred: string): string[] {
  return objects(s, subj, pred).filter((o) => o.termType === 'Literal').map((o) => o.value);
}

function readMorphology(lex: N3.Store, derived: DerivedLexicon): Morphology {
  // the lexicon's own irregular forms win over derived ones
  const lemmas = new Map<string, string>(derived.forms);
  const ignorable = new Set<string>();
  for (const v of literals(lex, null, cg('irregularForm'))) {
    const [form, lemma] = v.trim().toLowerCase().split(/\s+/);
    if (form && lemma) lemmas.set(form, lemma);
  }
  for (const v of literals(lex, null, cg('ignorableWord'))) ignorable.add(v.trim().toLowerCase());
  return { lemmas, ignorable };
}

const MODALITIES: Record<string, ModalityName> = {
  Stated: 'stated', Expected: 'expected', Possible: 'possible', Pledged: 'pledged', Perceived: 'perceived',
};

function modalityOf(iri: string | undefined): ModalityName | undefined {
  return iri && iri.startsWith(NS.cg) ? MODALITIES[iri.slice(NS.cg.length)] : undefined;
}

function readLexicon(lex: N3.Store, axioms: Axioms, morph: Morphology, file: string) {
  const compile = (src: string): CompiledPattern => {
    try {
      return compilePattern(src, morph);
    } catch (err) {
      throw new ClaimgraphError('ONTOLOGY_INVALID', (err as Error).message, { file }, { cause: err });
    }
  };
  // pattern-bearing properties: cg:lexicalPattern and every rdfs:subPropertyOf it, each with an
  // optional polarity / modality of its own
  const patternProps = new Map<string, { polarity: PolarityName; modality: ModalityName }>();
  patternProps.set(cg('lexicalPattern'), { polarity: 'positive', modality: 'stated' });
  for (const p of lex.getSubjects(rdfs('subPropertyOf'), cg('lexicalPattern'), null)) {
    const pol = objects(lex, p.value, cg('patternPolarity'))[0]?.value;
    const mod = modalityOf(objects(lex, p.value, cg('patternModality'))[0]?.value);
    patternProps.set(p.value, { polarity: pol === cg('Negative') ? 'negative' : 'positive', modality: mod ?? 'stated' });
  }
  const relations: RelationPattern[] = [];
  const adjuncts: CompiledPattern[] = [];
  const articleAdjuncts: CompiledPattern[] = [];
  let order = 0;
  // patterns the checker reads in a claim and suggest leaves out of articles' sentences, by
  // property and text (each must name a pattern of the lexicon: checked below)
  const claimOnly = new Set(lex.getQuads(null, cg('claimOnlyPattern'), null, null).map((q) => `${q.subject.value}|${q.object.value}`));
  const claimOnlyUsed = new Set<string>();
  const qualifierNames = new Set([...axioms.qualifiers].map((q) => q.slice(NS.cg.length)));
  // deterministic order: by property IRI, then pattern text as written
  const entries: Array<{ prop: string; src: string; pp: string }> = [];
  for (const [pp] of patternProps) {
    for (const q of lex.getQuads(null, pp, null, null)) {
      if (q.object.termType !== 'Literal') continue;
      entries.push({ prop: q.subject.value, src: q.object.value, pp });
    }
  }
  entries.sort((a, b) => (a.prop < b.prop ? -1 : a.prop > b.prop ? 1 : a.src < b.src ? -1 : a.src > b.src ? 1 : a.pp < b.pp ? -1 : 1));
  for (const e of entries) {
    const name = e.prop.startsWith(NS.cg) ? e.prop.slice(NS.cg.length) : e.prop;
    const compiled = compile(e.src);
    const isQualifier = qualifierNames.has(name) && !compiled.slots.includes('s');
    const onlyInClaims = claimOnly.has(`${e.prop}|${e.src}`);
    if (onlyInClaims) claimOnlyUsed.add(`${e.prop}|${e.src}`);
    if (isQualifier) {
      adjuncts.push(compiled);
      if (!onlyInClaims) articleAdjuncts.push(compiled);
      continue;
    }
    if (!axioms.properties.has(name)) {
      throw new ClaimgraphError('UNKNOWN_PROPERTY', `lexical pattern "${e.src}" is attached to ${e.prop}, which the ontology does not declare`, { file });
    }
    if (!compiled.slots.includes('s') || !compiled.slots.includes('o')) {
      throw new ClaimgraphError('ONTOLOGY_INVALID', `lexical pattern "${e.src}" of ${name} needs both {s} and {o}`, { file });
    }
    const pm = patternProps.get(e.pp)!;
    relations.push({ property: e.prop, name, pattern: compiled, polarity: pm.polarity, modality: pm.modality, order: order++, ...(onlyInClaims ? { claimOnly: true } : {}) });
  }
  for (const k of claimOnly) {
    if (!claimOnlyUsed.has(k)) throw new ClaimgraphError('ONTOLOGY_INVALID', `cg:claimOnlyPattern "${k.slice(k.indexOf('|') + 1)}" of ${k.slice(0, k.indexOf('|'))} is no lexical pattern of that property`, { file });
  }
  const markers: Marker[] = [];
  for (const q of lex.getQuads(null, cg('lexicalMarker'), null, null)) {
    if (q.object.termType !== 'Literal') continue;
    const target = q.subject.value;
    const m: Marker = { pattern: compile(q.object.value) };
    if (target === cg('Negative')) m.polarity = 'negative';
    else {
      const mod = modalityOf(target);
      if (!mod) continue;
      m.modality = mod;
    }
    markers.push(m);
  }
  // longer markers first ("is set to" before "to")
  markers.sort((a, b) => b.pattern.source.length - a.pattern.source.length || (a.pattern.source < b.pattern.source ? -1 : 1));
  const officePatterns = literals(lex, null, cg('officePattern')).sort().map(compile);
  const slotTypes = new Map<string, SlotType>();
  for (const q of lex.getQuads(null, cg('slotType'), null, null)) {
    const name = q.subject.value.startsWith(NS.cg) ? q.subject.value.slice(NS.cg.length) : q.subject.value;
    slotTypes.set(name, q.object.value as SlotType);
  }
  return { relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes };
}

function indexLabels(ctx: CheckContext): void {
  const { store, morph } = ctx;
  const skip = (iri: string): boolean => iri.startsWith(NS.cga) || iri.startsWith(NS.cgc) || iri.startsWith(NS.cg);
  const addKey = (key: string, iri: string): void => {
    if (!key) return;
    let set = ctx.labelIndex.get(key);
    if (!set) ctx.labelIndex.set(key, (set = new Set()));
    set.add(iri);
  };
  for (const pred of [rdfs('label'), NS.skos + 'altLabel', NS.skos + 'prefLabel']) {
    for (const q of store.getQuads(null, pred, null, null)) {
      const iri = q.subject.value;
      if (q.subject.termType !== 'NamedNode' || skip(iri)) continue;
      if (pred === rdfs('label') && !ctx.entityLabel.has(iri)) ctx.entityLabel.set(iri, q.object.value);
      const key = nameKey(q.object.value, morph);
      addKey(key, iri);
      for (const w of key.split(' ')) ctx.nameWords.add(w);
    }
  }
  for (const iri of ctx.entityLabel.keys()) {
    const types = new Set(store.getObjects(iri, rdf('type'), null).map((t) => t.value));
    ctx.entityTypes.set(iri, types);
  }
  // offices: entity with cg:officeOf X and cg:roleType R, reachable as "{role} of X" and the like
  for (const q of store.getQuads(null, cg('roleType'), null, null)) {
    const office = q.subject.value;
    const roleKey = nameKey(q.object.value.replace(/[-_]+/g, ' '), morph);
    for (const holder of store.getObjects(office, cg('officeOf'), null)) {
      let m = ctx.offices.get(roleKey);
      if (!m) ctx.offices.set(roleKey, (m = new Map()));
      m.set(holder.value, office);
    }
  }
}

/**
 * Local name of a cg: IRI (or the IRI itself).
 *
 * @example
 * ```ts
 * localName('https://w3id.org/claimgraph/ontology#memberOf'); // 'memberOf'
 * ```
 */
export function localName(iri: string): string {
  for (const base of [NS.cg, NS.cgr, NS.cgc, NS.cga]) if (iri.startsWith(base)) return iri.slice(base.length);
  const m = /[#/]([^#/]+)$/.exec(iri);
  return m ? m[1]! : iri;
}

/**
 * How the value of a property (as `{o}`) or a qualifier slot is read, from its rdfs:range.
 *
 * @example
 * ```ts
 * slotTypeOf(ctx, 'https://w3id.org/claimgraph/ontology#year'); // 'year'
 * ```
 */
export function slotTypeOf(ctx: CheckContext, property: string): SlotType {
  const override = ctx.slotTypes.get(localName(property));
  if (override) return override;
  const r = ctx.axioms.range.get(property);
  if (!r) return 'entity';
  // a day, a month or a year (cg:TemporalValue, a union of xsd:date, xsd:gYearMonth, xsd:gYear)
  if (r === NS.cg + 'TemporalValue') return 'date-or-year';
  switch (r) {
    case NS.xsd + 'gYear': return 'year';
    case NS.xsd + 'date': case NS.xsd + 'dateTime': return 'date';
    case NS.xsd + 'integer': case NS.xsd + 'positiveInteger': case NS.xsd + 'nonNegativeInteger': case NS.xsd + 'decimal': return 'number';
    case NS.xsd + 'boolean': return 'boolean';
    case NS.xsd + 'string': case NS.rdfs + 'Literal': case NS.rdf + 'langString': return 'string';
    case NS.schema + 'MonetaryAmount': return 'amount';
    default: return 'entity';
  }
}
