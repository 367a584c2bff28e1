/**
 * Vocabulary constants: namespaces, the fixed prefixes of every serialization, and the cg: terms
 * the build emits (a test checks each one is declared in ontology/claimgraph.ttl).
 */
import N3 from 'n3';
import type { NamedNode } from '@rdfjs/types';

const { namedNode } = N3.DataFactory;

/** The fixed prefix map of every serialization, in output order. */
export const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  schema: 'https://schema.org/',
  cg: 'https://w3id.org/claimgraph/ontology#',
  cgr: 'https://w3id.org/claimgraph/resource/',
  cga: 'https://w3id.org/claimgraph/article/',
  cgc: 'https://w3id.org/claimgraph/claim/',
});

/** A namespace: call it with a local name to get the term. */
export type Namespace = (local: string) => NamedNode;

function ns(base: string): Namespace {
  return (local: string) => namedNode(base + local);
}

/**
 * A vocabulary namespace: its few terms are made once each and shared (a build asks for one
 * per triple). Not for namespaces of resources, whose terms are unbounded.
 */
function vocabulary(base: string): Namespace {
  const terms = new Map<string, NamedNode>();
  return (local: string) => {
    let t = terms.get(local);
    if (t === undefined) {
      t = namedNode(base + local);
      // claim predicates and types come from data: keep the memo bounded all the same
      if (terms.size < 10_000) terms.set(local, t);
    }
    return t;
  };
}

/**
 * Namespace builders.
 *
 * @example
 * ```ts
 * CGR('acme').value; // 'https://w3id.org/claimgraph/resource/acme'
 * ```
 */
export const RDF = vocabulary(PREFIXES.rdf);
export const RDFS = vocabulary(PREFIXES.rdfs);
export const OWL = vocabulary(PREFIXES.owl);
export const XSD = vocabulary(PREFIXES.xsd);
export const SKOS = vocabulary(PREFIXES.skos);
export const PROV = vocabulary(PREFIXES.prov);
export const NIF = vocabulary(PREFIXES.nif);
export const SCHEMA = vocabulary(PREFIXES.schema);
export const CGR = ns(PREFIXES.cgr);
export const CGA = ns(PREFIXES.cga);
export const CGC = ns(PREFIXES.cgc);
/** Any cg: term by local name (claim predicates come from data, so they are not constants). */
export const cgTerm = vocabulary(PREFIXES.cg);
/** SHACL namespace (validation reports). */
export const SH = ns('http://www.w3.org/ns/shacl#');

const CG_LOCAL_NAMES = [
  // classes
  'Claim', 'GroupClaim', 'Segment',
  // segment kinds
  'Headline', 'Dateline', 'Body', 'Byline', 'CommentMeta', 'ReaderComment', 'Boilerplate',
  // authors nobody identifies; group quantifiers
  'UnidentifiedAgent', 'All', 'Some',
  // polarity, modality, derivation
  'Positive', 'Negative', 'Stated', 'Expected', 'Possible', 'Pledged', 'Perceived',
  'Direct', 'GroupExpansion', 'GroupException',
  // structural properties
  'segmentKind', 'sentenceId', 'inSegment', 'segment', 'polarity', 'modality', 'claimId',
  'assertedBy', 'statedIn', 'derivation', 'expandedFrom', 'quote', 'amount', 'group', 'plus', 'except', 'role',
  'quantifier', 'distributes', 'uncitedReason',
  // article dates
  'undated', 'publishedNotBefore', 'publishedNotAfter', 'datelineDate',
] as const;

/** Local names of the cg: terms the build emits as constants. */
export type CgLocalName = (typeof CG_LOCAL_NAMES)[number];

/**
 * The cg: terms the build emits, by local name.
 *
 * @example
 * ```ts
 * CG.Claim.value; // 'https://w3id.org/claimgraph/ontology#Claim'
 * ```
 */
export const CG: Readonly<Record<CgLocalName, NamedNode>> = Object.freeze(
  Object.fromEntries(CG_LOCAL_NAMES.map((n) => [n, cgTerm(n)])) as Record<CgLocalName, NamedNode>,
);
