/**
 * The check context: everything the checker derives once from the graph, the ontology and the
 * lexicon (labels index, office roles, property axioms, compiled patterns), reused across calls.
 * Built here from the parts: src/check/context-axioms.ts (the ontology's axioms),
 * src/check/context-lexicon.ts (patterns, markers, morphology), src/check/context-labels.ts (the
 * graph's names); the shapes are in src/check/context-types.ts, the namespaces in
 * src/check/context-vocab.ts. What depends on the ontology and the lexicon alone comes from the
 * cache beside the graph's load cache when its inputs are unchanged (src/check/context-cache.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { smallStore } from '../graph/store.js';
import { ClaimgraphError } from '../errors.js';
import type { ClaimScope } from './attribution.js';
import { readAxioms } from './context-axioms.js';
import { cachedLexiconParts, type LexiconParts } from './context-cache.js';
import { EntityTypes, indexLabels } from './context-labels.js';
import { literalWords, readLexicon, readMorphology, widenPatterns } from './context-lexicon.js';
import type { CheckContext, SlotType } from './context-types.js';
import { cg, literals, NS, owl, parseTurtleFile, rdf, rdfs } from './context-vocab.js';
import { loadDerivedLexicon } from './lexicon.js';
import { adoptPatternFiling, patternFiling } from './pattern-index.js';
import { compilePattern } from './pattern.js';
import { nameKey } from './text.js';
import type { CheckGraph } from './types.js';

type N3Store = ReturnType<typeof smallStore>;

export { NS } from './context-vocab.js';
export type { Axioms, CheckContext, Marker, RelationPattern, SlotType } from './context-types.js';

const PACKAGE_ONTOLOGY = fileURLToPath(new URL('../../ontology/', import.meta.url));

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
  const ontoText = existsSync(ontoFile) ? readFileSync(ontoFile, 'utf8') : undefined;
  const lexText = readFileSync(lexFile, 'utf8');
  const derivedFile = join(odir, 'lexicon.derived.json');
  const derivedText = existsSync(derivedFile) ? readFileSync(derivedFile, 'utf8') : undefined;
  // axioms in the graph itself (a store loaded with the ontology) count too
  const graphAxioms: Quad[] = [];
  for (const p of [owl('inverseOf'), rdfs('subPropertyOf'), rdfs('range'), rdfs('domain'), rdfs('subClassOf')]) {
    graphAxioms.push(...store.getQuads(null, p, null, null));
  }
  for (const t of [owl('SymmetricProperty'), owl('FunctionalProperty'), owl('InverseFunctionalProperty')]) {
    graphAxioms.push(...store.getQuads(null, rdf('type'), t, null));
  }
  const stores = (): { onto: N3Store; lex: N3Store } => {
    const onto = smallStore();
    if (ontoText !== undefined) onto.addQuads(parseTurtleFile(ontoFile, ontoText) as never);
    onto.addQuads(graphAxioms as never);
    const lex = smallStore();
    lex.addQuads(parseTurtleFile(lexFile, lexText) as never);
    // a property's patterns may also sit on its own declaration in claimgraph.ttl (adding a
    // property is one step in one place: docs/extending-the-ontology.md)
    const patternPreds = [cg('lexicalPattern'), ...lex.getSubjects(rdfs('subPropertyOf'), cg('lexicalPattern'), null).map((t) => t.value)];
    for (const p of patternPreds) lex.addQuads(onto.getQuads(null, p, null, null));
    return { onto, lex };
  };
  // the parts that depend on the ontology and lexicon alone: from the cache beside the graph's
  // load cache when their inputs are unchanged (src/check/context-cache.ts)
  const { parts, lexicon } = cachedLexiconParts({ dir: odir, texts: [ontoText, lexText, derivedText], graphAxioms },
    () => {
      const { onto, lex } = stores();
      return { parts: compileParts(onto, lex, odir, lexText, lexFile), lexicon: lex };
    },
    () => stores().lex);
  const { roleAliases, patternFiling: filing, ...rest } = parts;
  // the relation patterns' filing by word, kept with them (src/check/pattern-index.ts)
  adoptPatternFiling(rest.relations, filing);
  const ctx: CheckContext = {
    store, ...rest, wordsFile: join(odir, 'lexicon.words.txt'),
    labelIndex: new Map(), entityLabel: new Map(), entityTypes: new EntityTypes(), offices: new Map(), nameWords: new Set(), lexicon,
  };
  indexLabels(ctx);
  // an alias never replaces a role the graph names; an alias listed for several roles ("leader|
  // president", "leader|prime minister", in sorted order) names, for each holder, the first of
  // those roles the graph gives it an office of: a state with no president's office in the graph
  // has its prime minister as its "leader", one with both keeps the president
  const graphRoles = new Set(ctx.offices.keys());
  for (const [alias, role] of roleAliases) {
    const m = ctx.offices.get(role);
    if (!alias || !m || graphRoles.has(alias)) continue;
    const into = ctx.offices.get(alias);
    if (!into) ctx.offices.set(alias, new Map(m));
    else for (const [holder, office] of m) if (!into.has(holder)) into.set(holder, office);
  }
  return ctx;
}

/** The context's parts computed from the ontology's and the lexicon's stores (what the cache keeps). */
function compileParts(onto: N3Store, lex: N3Store, odir: string, lexText: string, lexFile: string): LexiconParts {
  const axioms = readAxioms(onto);
  // (round 41) relations whose stated fact is a commitment delivered later, and their sub-properties
  for (const q of lex.getQuads(null, cg('commitment'), null, null)) {
    if (q.object.value !== 'true') continue;
    for (const p of [q.subject.value, ...(axioms.subProperties.get(q.subject.value) ?? [])]) axioms.commitment.add(p);
  }
  const derived = loadDerivedLexicon(odir, lexText);
  const morph = readMorphology(lex, derived);
  const { relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes } = readLexicon(lex, axioms, morph, lexFile);
  const lexiconWords = widenPatterns(relations, derived, morph, new Set(literals(lex, null, cg('exactPatternWord')).map((w) => w.toLowerCase().trim())));
  for (const m of markers) for (const w of literalWords(m.pattern.nodes)) lexiconWords.add(w);
  for (const a of adjuncts) for (const w of literalWords(a.nodes)) lexiconWords.add(w);
  const keep = new Set(literals(lex, null, cg('meaningWord')).map((w) => w.toLowerCase()));
  const skippable = new Set([...derived.adverbs].filter((w) => !lexiconWords.has(w) && !keep.has(w) && !morph.ignorable.has(w)));
  const roleAliases = literals(lex, null, cg('roleAlias')).sort().map((v) => v.split('|').map((x) => nameKey(x.replace(/[-_]+/g, ' '), morph)) as [string, string]);
  return {
    morph, axioms, relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes,
    slotCurrency: new Map(lex.getQuads(null, cg('slotCurrency'), null, null).map((q) => [q.subject.value, q.object.value.toUpperCase()])), derived, skippable, meaningWords: keep,
    emptyAdverbs: new Set(literals(lex, null, cg('emptyAdverb')).map((w) => w.toLowerCase())),
    attitudeWords: new Set(literals(lex, null, cg('attitudeWord')).map((w) => w.toLowerCase())),
    strengtheningWords: new Set(literals(lex, null, cg('strengtheningWord')).map((w) => w.toLowerCase())),
    attribution: {
      patterns: literals(lex, null, cg('attributionPattern')).sort().map((src) => compilePattern(src, morph)),
      verbs: new Set(literals(lex, null, cg('reportingVerb')).map((v) => v.toLowerCase())),
      bodyNouns: new Set(literals(lex, cg('Body'), cg('sourceNoun')).map((v) => nameKey(v, morph))),
      readerNouns: new Set(literals(lex, cg('ReaderComment'), cg('sourceNoun')).map((v) => nameKey(v, morph))),
      depictionVerbs: new Set(literals(lex, null, cg('depictionVerb')).map((v) => v.toLowerCase())),
    },
    metadataPatterns: lex.getQuads(null, cg('metadataPattern'), null, null)
      .map((q) => ({ property: q.subject.value, src: q.object.value }))
      .sort((a, b) => (a.property < b.property ? -1 : a.property > b.property ? 1 : a.src < b.src ? -1 : 1))
      .map(({ property, src }) => ({ property, pattern: compilePattern(src, morph) })),
    roleAliases,
    patternFiling: patternFiling(relations),
  };
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
