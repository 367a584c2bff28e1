/**
 * Reads what the compiler needs from the OWL/RDFS vocabulary: declared cg: properties (with
 * range and kind), qualifier properties, declared classes.
 */
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import { smallStore } from '../graph/store.js';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from '../graph/vocab.js';
import type { OntologyInfo, PropertyInfo } from './types.js';

const RDF_TYPE = PREFIXES.rdf + 'type';
const RANGE = PREFIXES.rdfs + 'range';
const SUBPROP = PREFIXES.rdfs + 'subPropertyOf';
const PROPERTY_TYPES = new Set([
  PREFIXES.rdf + 'Property', PREFIXES.owl + 'ObjectProperty', PREFIXES.owl + 'DatatypeProperty',
  PREFIXES.owl + 'FunctionalProperty', PREFIXES.owl + 'SymmetricProperty', PREFIXES.owl + 'TransitiveProperty',
  PREFIXES.owl + 'InverseFunctionalProperty', PREFIXES.owl + 'AnnotationProperty', PREFIXES.owl + 'AsymmetricProperty',
  PREFIXES.owl + 'IrreflexiveProperty', PREFIXES.cg + 'RelationProperty', PREFIXES.cg + 'QualifierProperty',
]);
const CLASS_TYPES = new Set([PREFIXES.owl + 'Class', PREFIXES.rdfs + 'Class']);
const LITERAL_RANGES = new Set([PREFIXES.rdfs + 'Literal', PREFIXES.rdf + 'langString', PREFIXES.rdf + 'PlainLiteral']);
// The ontology may mark qualifier properties with a class or a super-property of either name.
const QUALIFIER_MARKERS = ['QualifierProperty', 'Qualifier', 'qualifier', 'qualifierProperty'].map((n) => PREFIXES.cg + n);

/**
 * Parses ontology Turtle text into {@link OntologyInfo}.
 *
 * @example
 * ```ts
 * const o = parseOntology('@prefix cg: <https://w3id.org/claimgraph/ontology#> . cg:leads a owl:ObjectProperty .', 'x.ttl');
 * ```
 */
export function parseOntology(src: string, file: string): OntologyInfo {
  let quads: N3.Quad[];
  try {
    quads = new N3.Parser({ baseIRI: PREFIXES.cg }).parse(src);
  } catch (err) {
    const m = /line (\d+)/.exec((err as Error).message);
    throw new ClaimgraphError('ONTOLOGY_INVALID', `Turtle syntax error: ${(err as Error).message}`, { file, line: m ? Number(m[1]) : undefined }, { cause: err });
  }
  const store = smallStore();
  store.addQuads(quads);
  const cg = PREFIXES.cg;
  const properties = new Map<string, PropertyInfo>();
  const classes = new Set<string>();
  const typesOf = (s: string): string[] => store.getObjects(s, RDF_TYPE, null).map((o) => o.value);
  const subjects = new Set(store.getSubjects(null, null, null).map((s) => s.value));
  const superProps = (s: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [s];
    while (todo.length) {
      const cur = todo.pop()!;
      for (const o of store.getObjects(cur, SUBPROP, null)) if (!seen.has(o.value)) { seen.add(o.value); todo.push(o.value); }
    }
    return seen;
  };
  let anyMarked = false;
  const marked = new Set<string>();
  for (const s of subjects) {
    if (!s.startsWith(cg)) continue;
    const local = s.slice(cg.length);
    const types = typesOf(s);
    if (types.some((t) => CLASS_TYPES.has(t))) classes.add(local);
    if (!types.some((t) => PROPERTY_TYPES.has(t))) continue;
    const isQualifier = types.some((t) => QUALIFIER_MARKERS.includes(t)) || [...superProps(s)].some((p) => QUALIFIER_MARKERS.includes(p));
    if (isQualifier) { anyMarked = true; marked.add(local); }
    const range = store.getObjects(s, RANGE, null)[0]?.value;
    const domain = store.getObjects(s, PREFIXES.rdfs + 'domain', null)[0]?.value;
    // a range declared as a union of XSD datatypes (OWL 2 `owl:unionOf` on an rdfs:Datatype)
    const union = range !== undefined && !range.startsWith(PREFIXES.xsd) ? unionMembers(store, range) : [];
    const literal = types.includes(PREFIXES.owl + 'DatatypeProperty') ||
      (range !== undefined && (range.startsWith(PREFIXES.xsd) || LITERAL_RANGES.has(range) || union.length > 0));
    properties.set(local, {
      local, iri: s, kind: literal ? 'literal' : 'entity',
      datatype: literal ? (range && range.startsWith(PREFIXES.xsd) ? range : union[0] ?? PREFIXES.xsd + 'string') : undefined,
      ...(union.length > 1 ? { datatypes: union } : {}),
      ...(range !== undefined ? { range } : {}),
      ...(domain !== undefined ? { domain } : {}),
      qualifier: false,
    });
  }
  for (const p of properties.values()) p.qualifier = anyMarked ? marked.has(p.local) : true;
  return { file, properties, classes };
}

/**
 * The XSD members of a datatype defined as a union, in list order: `dt owl:unionOf ( ... )` or,
 * as OWL 2 writes a datatype definition, `dt owl:equivalentClass [ owl:unionOf ( ... ) ]`.
 */
function unionMembers(store: N3.Store, dt: string): string[] {
  const defs: N3.Term[] = [N3.DataFactory.namedNode(dt), ...store.getObjects(dt, PREFIXES.owl + 'equivalentClass', null)];
  const head = defs.map((d) => store.getObjects(d, PREFIXES.owl + 'unionOf', null)[0]).find((h) => h !== undefined);
  const out: string[] = [];
  let node = head;
  const nil = PREFIXES.rdf + 'nil';
  for (let guard = 0; node && node.value !== nil && guard < 64; guard++) {
    const first = store.getObjects(node, PREFIXES.rdf + 'first', null)[0];
    if (first?.value.startsWith(PREFIXES.xsd)) out.push(first.value);
    node = store.getObjects(node, PREFIXES.rdf + 'rest', null)[0];
  }
  return out;
}

/**
 * Reads ontology/claimgraph.ttl.
 *
 * @example
 * ```ts
 * const o = loadOntology('ontology/claimgraph.ttl');
 * o.properties.get('memberOf')?.kind; // 'entity'
 * ```
 */
export function loadOntology(path: string, displayName = path): OntologyInfo {
  let src: string;
  try {
    src = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ClaimgraphError('SOURCE_NOT_FOUND', `cannot read ontology: ${(err as Error).message}`, { file: displayName }, { cause: err });
  }
  return parseOntology(src, displayName);
}
