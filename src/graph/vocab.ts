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
 * Namespace builders.
 *
 * @example
 * ```ts
 * CGR('acme').value; // 'https://w3id.org/claimgraph/resource/acme'
 * ```
 */
export const RDF = ns(PREFIXES.rdf);
export const RDFS = ns(PREFIXES.rdfs);
export const OWL = ns(PREFIXES.owl);
export const XSD = ns(PREFIXES.xsd);
export const SKOS = ns(PREFIXES.skos);
export const PROV = ns(PREFIXES.prov);
export const NIF = ns(PREFIXES.nif);
export const SCHEMA = ns(PREFIXES.schema);
export const CGR = ns(PREFIXES.cgr);
export const CGA = ns(PREFIXES.cga);
export const CGC = ns(PREFIXES.cgc);
/** Any cg: term by local name (claim predicates come from data, so they are not constants). */
export const cgTerm = ns(PREFIXES.cg);
/** SHACL namespace (validation reports). */
export const SH = ns('http://www.w3.org/ns/shacl#');

const CG_LOCAL_NAMES = [
  // classes
  'Claim', 'GroupClaim', 'Segment',
  // segment kinds
  'Headline', 'Body', 'Byline', 'CommentMeta', 'ReaderComment', 'Boilerplate',
  // polarity, modality, derivation
  'Positive', 'Negative', 'Stated', 'Expected', 'Possible', 'Pledged', 'Perceived',
  'Direct', 'GroupExpansion', 'GroupException',
  // structural properties
  'segmentKind', 'sentenceId', 'inSegment', 'segment', 'polarity', 'modality', 'claimId',
  'assertedBy', 'statedIn', 'derivation', 'expandedFrom', 'quote', 'amount', 'group', 'plus', 'except', 'role',
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
