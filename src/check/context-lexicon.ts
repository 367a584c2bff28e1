/**
 * The lexicon as the checker uses it (ontology/lexicon.ttl, widened by ontology/lexicon.derived.json):
 * irregular forms and ignorable words, the relation patterns compiled in a deterministic order,
 * qualifier adjuncts, polarity and modality markers, office phrases and slot types.
 */
import type N3 from 'n3';
import { ClaimgraphError } from '../errors.js';
import type { Axioms, Marker, RelationPattern, SlotType } from './context-types.js';
import { cg, literals, NS, objects, rdfs } from './context-vocab.js';
import { widen, type DerivedLexicon } from './lexicon.js';
import { compilePattern, literalNodes, type CompiledPattern, type PatternNode } from './pattern.js';
import { normWord, type Morphology } from './text.js';
import type { ModalityName, PolarityName } from './types.js';

/** Lower-case words of the literal nodes of a pattern (every choice and optional part). */
export function literalWords(nodes: PatternNode[], out = new Set<string>()): Set<string> {
  for (const n of literalNodes(nodes)) out.add(n.word);
  return out;
}

/**
 * Gives each literal word of the relation patterns its derived alternatives (src/check/lexicon.ts),
 * less any word that a pattern of another property uses as its own: the lexicon's choices win,
 * so "took" stays with the patterns that say "take" and is not read as "lead" (WordNet: lead =
 * take). Returns every literal word of the relation patterns.
 */
export function widenPatterns(relations: RelationPattern[], derived: DerivedLexicon, morph: Morphology, exact: ReadonlySet<string> = new Set()): Set<string> {
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
        // (round 36) a word the lexicon reads only as written (cg:exactPatternWord: "scholar", whose
        // WordNet synonym "student" is another role)
        if (n.t !== 'lit' || exact.has(n.word)) continue;
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

/** The lexicon's irregular forms (over the derived ones) and ignorable words. */
export function readMorphology(lex: N3.Store, derived: DerivedLexicon): Morphology {
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

/** The lexicon's patterns, markers and slot types, compiled; a bad pattern is ONTOLOGY_INVALID naming the file. */
export function readLexicon(lex: N3.Store, axioms: Axioms, morph: Morphology, file: string) {
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
