/**
 * Shapes generated from the ontology, and the vocabulary checks SHACL cannot make.
 *
 * Adding a property to ontology/claimgraph.ttl is one step: its rdfs:domain, rdfs:range and
 * characteristics are all its shapes need. For every cg:RelationProperty and cg:QualifierProperty
 * this module writes SHACL Core shapes: the values' datatype (or a union of datatypes) or node
 * kind and class, at most one value when functional. `claimClassCheck` checks the class of the
 * subject (rdfs:domain) and object (rdfs:range) of every claim about a relation, whatever its
 * polarity. `vocabularyCheck` reports, for every property a claim uses, a
 * missing declaration of domain and range (nothing to check its values against) and a missing
 * lexical pattern (the fact checker cannot read claims about it).
 */
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../graph/index.js';
import type { ValidationResultData } from './types.js';

const { namedNode, literal, quad, blankNode } = N3.DataFactory;
const cg = (l: string): string => PREFIXES.cg + l;
const sh = (l: string): N3.NamedNode => namedNode('http://www.w3.org/ns/shacl#' + l);
const rdf = (l: string): string => PREFIXES.rdf + l;
const rdfs = (l: string): string => PREFIXES.rdfs + l;
const owl = (l: string): string => PREFIXES.owl + l;
const SHAPES = 'https://w3id.org/claimgraph/shapes#';

/** What the ontology declares about one property. */
interface Declared {
  iri: string;
  relation: boolean;
  functional: boolean;
  literal: boolean;
  domain?: string;
  range?: string;
  /** XSD datatypes the values may have (a union range lists several). */
  datatypes: string[];
}

function declarations(onto: N3.Store): Declared[] {
  const out: Declared[] = [];
  const types = (s: string): Set<string> => new Set(onto.getObjects(s, rdf('type'), null).map((o) => o.value));
  const subjects = new Set([
    ...onto.getSubjects(rdf('type'), cg('RelationProperty'), null).map((t) => t.value),
    ...onto.getSubjects(rdf('type'), cg('QualifierProperty'), null).map((t) => t.value),
  ]);
  // RDFS: a sub-property has its super-properties' domain and range
  const inherited = (iri: string, p: string, seen = new Set<string>()): string | undefined => {
    if (seen.has(iri)) return undefined;
    seen.add(iri);
    const own = onto.getObjects(iri, p, null)[0]?.value;
    if (own !== undefined) return own;
    for (const sup of onto.getObjects(iri, rdfs('subPropertyOf'), null)) {
      const v = inherited(sup.value, p, seen);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  for (const iri of [...subjects].sort()) {
    const t = types(iri);
    const range = inherited(iri, rdfs('range'));
    const domain = inherited(iri, rdfs('domain'));
    const datatypes = range === undefined ? [] : range.startsWith(PREFIXES.xsd) ? [range] : unionOf(onto, range);
    out.push({
      iri, relation: t.has(cg('RelationProperty')), functional: t.has(owl('FunctionalProperty')),
      literal: t.has(owl('DatatypeProperty')) || datatypes.length > 0,
      ...(domain ? { domain } : {}), ...(range ? { range } : {}), datatypes,
    });
  }
  return out;
}

function unionOf(onto: N3.Store, dt: string): string[] {
  const defs: N3.Term[] = [namedNode(dt), ...onto.getObjects(dt, owl('equivalentClass'), null)];
  let node = defs.map((d) => onto.getObjects(d, owl('unionOf'), null)[0]).find((h) => h !== undefined);
  const out: string[] = [];
  for (let guard = 0; node && node.value !== rdf('nil') && guard < 64; guard++) {
    const first = onto.getObjects(node, rdf('first'), null)[0];
    if (first?.value.startsWith(PREFIXES.xsd)) out.push(first.value);
    node = onto.getObjects(node, rdf('rest'), null)[0];
  }
  return out;
}

/** An RDF list of terms, as quads, from its head. */
function list(items: N3.Term[], out: Quad[]): N3.Term {
  let head: N3.Term = namedNode(rdf('nil'));
  for (const item of [...items].reverse()) {
    const cell = blankNode();
    out.push(quad(cell, namedNode(rdf('first')), item as N3.Quad_Object) as Quad, quad(cell, namedNode(rdf('rest')), head as N3.Quad_Object) as Quad);
    head = cell;
  }
  return head;
}

/**
 * SHACL shapes of every relation and qualifier property the ontology declares, from its
 * domain, range and characteristics.
 *
 * @example
 * ```ts
 * const shapes = new N3.Store(generatedShapes(ontologyStore));
 * ```
 */
export function generatedShapes(onto: N3.Store): Quad[] {
  const out: Quad[] = [];
  const add = (s: N3.Term, p: N3.NamedNode, o: N3.Term): void => void out.push(quad(s as N3.Quad_Subject, p, o as N3.Quad_Object) as Quad);
  const a = namedNode(rdf('type'));
  const isClass = (c: string | undefined): c is string => c !== undefined && !c.startsWith(PREFIXES.xsd) && c !== rdfs('Literal') && !c.startsWith(rdfs('')) && !c.startsWith(rdf(''));
  for (const d of declarations(onto)) {
    const local = d.iri.slice(PREFIXES.cg.length);
    const name = `cg:${local}`;
    // the values of the property, wherever it is used (direct triples, claim nodes' qualifiers)
    const values = namedNode(`${SHAPES}generated-${local}`);
    add(values, a, sh('NodeShape'));
    add(values, sh('targetSubjectsOf'), namedNode(d.iri));
    const ps = blankNode();
    add(values, sh('property'), ps);
    add(ps, sh('path'), namedNode(d.iri));
    // A functional property whose values may be a year, a month or a day can hold one value at
    // several precisions (2009 and December 2009): the conflict check compares those, not SHACL.
    if (d.functional && d.datatypes.length <= 1) add(ps, sh('maxCount'), literal('1', namedNode(PREFIXES.xsd + 'integer')));
    if (d.literal) {
      if (d.datatypes.length === 1) add(ps, sh('datatype'), namedNode(d.datatypes[0]));
      else if (d.datatypes.length > 1) add(ps, sh('or'), list(d.datatypes.map((dt) => { const b = blankNode(); add(b, sh('datatype'), namedNode(dt)); return b; }), out));
      else add(ps, sh('nodeKind'), sh('Literal'));
      add(ps, sh('message'), literal(`${name} must be ${d.functional ? 'one' : 'a'} literal of ${d.datatypes.map((x) => x.replace(PREFIXES.xsd, 'xsd:')).join(' or ') || 'any datatype'} (rdfs:range)`));
    } else {
      add(ps, sh('nodeKind'), sh('IRI'));
      if (isClass(d.range)) add(ps, sh('class'), namedNode(d.range));
      add(ps, sh('message'), literal(`${name} must point to ${isClass(d.range) ? `a ${d.range.replace(PREFIXES.cg, 'cg:')} (rdfs:range)` : 'an IRI'}${d.functional ? ', at most one' : ''}`));
    }
  }
  return out;
}

/**
 * The subject and object of every claim node (whatever its polarity and modality, so also of
 * claims with no direct triple) against the rdfs:domain and rdfs:range of its predicate, with
 * rdfs:subClassOf chains: SHACL Core would need one sh:or shape per property over every claim,
 * which made validation slow; this is one pass.
 *
 * @example
 * ```ts
 * claimClassCheck(graph, ontology); // [{ severity: 'Violation', source: 'vocabulary', ... }]
 * ```
 */
export function claimClassCheck(data: N3.Store, onto: N3.Store): ValidationResultData[] {
  const decl = new Map(declarations(onto).filter((d) => d.relation).map((d) => [d.iri, d]));
  const supers = new Map<string, Set<string>>();
  const closure = (c: string): Set<string> => {
    let set = supers.get(c);
    if (set) return set;
    set = new Set([c]);
    supers.set(c, set);
    for (const sup of onto.getObjects(c, rdfs('subClassOf'), null)) if (sup.termType === 'NamedNode') for (const x of closure(sup.value)) set.add(x);
    return set;
  };
  const isA = (node: N3.Term, cls: string): boolean => data.getObjects(node, rdf('type'), null).some((t) => closure(t.value).has(cls));
  const isClass = (c: string | undefined): c is string => c !== undefined && !c.startsWith(PREFIXES.xsd) && !c.startsWith(rdfs('')) && !c.startsWith(rdf(''));
  const out: ValidationResultData[] = [];
  for (const claim of data.getSubjects(rdf('type'), cg('Claim'), null)) {
    const p = data.getObjects(claim, rdf('predicate'), null)[0];
    const d = p && decl.get(p.value);
    if (!d) continue;
    const name = `cg:${d.iri.slice(PREFIXES.cg.length)}`;
    for (const [side, cls] of [['subject', d.domain], ['object', d.literal ? undefined : d.range]] as const) {
      if (!isClass(cls)) continue;
      const node = data.getObjects(claim, rdf(side), null)[0];
      if (!node || node.termType !== 'NamedNode' || isA(node, cls)) continue;
      out.push({
        severity: 'Violation', source: 'vocabulary', focusNode: claim.value, path: rdf(side), value: node.value,
        sourceConstraintComponent: 'http://www.w3.org/ns/shacl#ClassConstraintComponent',
        message: `the ${side} of a ${name} claim must be a ${cls.replace(PREFIXES.cg, 'cg:')} (rdfs:${side === 'subject' ? 'domain' : 'range'} of ${name})`,
      });
    }
  }
  return out;
}

/**
 * Properties used by claims that nothing checks or nothing reads: no rdfs:domain and no
 * rdfs:range (no generated shape constrains them), or no lexical pattern (the fact checker
 * cannot read a claim about them). Warnings: the graph is well-formed, the vocabulary is not done.
 *
 * @example
 * ```ts
 * vocabularyCheck(graph, ontologyAndLexicon); // [{ severity: 'Warning', source: 'vocabulary', ... }]
 * ```
 */
export function vocabularyCheck(data: N3.Store, vocab: N3.Store): ValidationResultData[] {
  const used = new Set<string>();
  for (const t of [cg('Claim'), cg('GroupClaim')]) {
    for (const c of data.getSubjects(rdf('type'), t, null)) for (const p of data.getObjects(c, rdf('predicate'), null)) used.add(p.value);
  }
  const patternPreds = [cg('lexicalPattern'), ...vocab.getSubjects(rdfs('subPropertyOf'), cg('lexicalPattern'), null).map((t) => t.value)];
  const hasPattern = (p: string): boolean => patternPreds.some((pp) => vocab.countQuads(p, pp, null, null) > 0);
  const inverses = (p: string): string[] => [...vocab.getObjects(p, owl('inverseOf'), null), ...vocab.getSubjects(owl('inverseOf'), p, null)].map((t) => t.value);
  const out: ValidationResultData[] = [];
  for (const p of [...used].sort()) {
    const name = p.startsWith(PREFIXES.cg) ? `cg:${p.slice(PREFIXES.cg.length)}` : p;
    const supers = (x: string, seen = new Set<string>()): string[] => {
      if (seen.has(x)) return [];
      seen.add(x);
      return [x, ...vocab.getObjects(x, rdfs('subPropertyOf'), null).flatMap((o) => supers(o.value, seen))];
    };
    if (!supers(p).some((x) => vocab.countQuads(x, rdfs('domain'), null, null) + vocab.countQuads(x, rdfs('range'), null, null) > 0)) {
      out.push({ severity: 'Warning', source: 'vocabulary', focusNode: p, message: `${name} is used by claims but declares neither rdfs:domain nor rdfs:range: no shape checks its subjects and values (ontology/claimgraph.ttl)` });
    }
    if (!hasPattern(p) && !inverses(p).some(hasPattern)) {
      out.push({ severity: 'Warning', source: 'vocabulary', focusNode: p, message: `${name} is used by claims but has no lexical pattern: the fact checker cannot read a claim about it (add cg:lexicalPattern to its declaration)` });
    }
  }
  return out;
}
