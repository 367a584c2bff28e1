/**
 * The property and class axioms the checker reasons with (inverse, sub-property, symmetric,
 * functional, one holder at a time, ranges, superclasses, disjoint classes, cardinalities,
 * modality entailment, property chains...), read once from the ontology's triples.
 */
import type N3 from 'n3';
import { reachable } from '../graph/closure.js';
import type { Axioms } from './context-types.js';
import { cg, NS, objects, owl, rdf, rdfList, rdfs } from './context-vocab.js';

/**
 * Reads the axioms from a store holding the ontology (and the axioms stated in the graph).
 *
 * @example
 * ```ts
 * readAxioms(onto).inverse.get(NS.cg + 'hosted'); // Set { NS.cg + 'visited' }
 * ```
 */
export function readAxioms(onto: N3.Store): Axioms {
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
  for (const p of directSub.keys()) subProperties.set(p, reachable(directSub, p));
  const typed = (t: string): Set<string> => new Set(onto.getSubjects(rdf('type'), t, null).map((x) => x.value));
  const range = new Map<string, string>();
  for (const q of onto.getQuads(null, rdfs('range'), null, null)) range.set(q.subject.value, q.object.value);
  const domain = new Map<string, string>();
  for (const q of onto.getQuads(null, rdfs('domain'), null, null)) domain.set(q.subject.value, q.object.value);
  // RDFS: a sub-property's statements are its super-property's too (rdfs7), so the super-property's
  // domain and range hold for them (rdfs2, rdfs3). A sub-property that declares none of its own
  // takes its nearest ancestor's: "the Zenda field funded natural gas" is no reading of a
  // sub-property of "provided assistance to", whose giver is an agent.
  const directSuperProp = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, rdfs('subPropertyOf'), null, null)) add(directSuperProp, q.subject.value, q.object.value);
  inheritFromSuperProperties(domain, directSuperProp);
  inheritFromSuperProperties(range, directSuperProp);
  const directSuper = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, rdfs('subClassOf'), null, null)) add(directSuper, q.subject.value, q.object.value);
  const superClasses = new Map<string, Set<string>>();
  const supersOf = (c: string): Set<string> => {
    const hit = superClasses.get(c);
    if (hit) return hit;
    const all = new Set<string>([c, ...reachable(directSuper, c)]);
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
  // owl:propertyDisjointWith: no pair is related by both (a guest of an event is not its host;
  // src/check/disjoint-properties.ts)
  const disjointProperties = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, owl('propertyDisjointWith'), null, null)) {
    add(disjointProperties, q.subject.value, q.object.value);
    add(disjointProperties, q.object.value, q.subject.value);
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
  const deniedWith = new Map<string, Set<string>>();
  for (const q of onto.getQuads(null, cg('deniedWith'), null, null)) add(deniedWith, q.subject.value, q.object.value);
  const propertyChains = new Map<string, string[]>();
  for (const q of onto.getQuads(null, owl('propertyChainAxiom'), null, null)) propertyChains.set(q.subject.value, rdfList(onto, q.object));
  return {
    inverse, subProperties, deniedWith, maxOne, entailedModalities, subjectRelation, actedThrough, propertyChains,
    symmetric: typed(owl('SymmetricProperty')),
    functional: typed(owl('FunctionalProperty')),
    inverseFunctional: typed(owl('InverseFunctionalProperty')),
    oneHolderAtATime: new Set(onto.getQuads(null, cg('oneHolderAtATime'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oneGradeAtATime: new Set(onto.getQuads(null, cg('oneGradeAtATime'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oneNamedAtATime: new Set(onto.getQuads(null, cg('oneNamedAtATime'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oneStateAtATime: new Set(onto.getQuads(null, cg('oneStateAtATime'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oncePerObject: new Set(onto.getQuads(null, cg('oncePerObject'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oncePerOrganisation: new Set(onto.getQuads(null, cg('oncePerOrganisation'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    oneSubjectPerValue: new Set(onto.getQuads(null, cg('oneSubjectPerValue'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    countsSubjectsOf: new Map(onto.getQuads(null, cg('countsSubjectsOf'), null, null).map((q) => [q.subject.value, q.object.value] as [string, string])),
    lastingState: new Set(onto.getQuads(null, cg('lastingState'), null, null).filter((q) => q.object.value === 'true').map((q) => q.subject.value)),
    // filled from the lexicon (cg:commitment, ontology/lexicon.ttl) by context.ts
    commitment: new Set<string>(),
    extendsToAgent: new Set(onto.getQuads(null, cg('extendsToAgent'), null, null).filter((q) => q.object.value === 'true')
      .flatMap((q) => [q.subject.value, ...(subProperties.get(q.subject.value) ?? [])])),
    range, domain, superClasses, disjoint, disjointProperties, classLabels, properties,
    qualifiers: typed(cg('QualifierProperty')),
    labels,
  };
}

/**
 * Fills `declared` (property -> class) for every property that has none, from its nearest
 * super-property (breadth first) that has one; declared values are kept as they are.
 */
function inheritFromSuperProperties(declared: Map<string, string>, directSuper: Map<string, Set<string>>): void {
  for (const p of directSuper.keys()) {
    if (declared.has(p)) continue;
    const seen = new Set<string>([p]);
    let level = [...(directSuper.get(p) ?? [])];
    while (level.length > 0) {
      const hit = level.find((q) => declared.has(q));
      if (hit) { declared.set(p, declared.get(hit)!); break; }
      const next: string[] = [];
      for (const q of level) {
        if (seen.has(q)) continue;
        seen.add(q);
        next.push(...(directSuper.get(q) ?? []));
      }
      level = next;
    }
  }
}
