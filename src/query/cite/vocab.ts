/**
 * The vocabulary citation reads: claim nodes, their polarity and modality, source sentences, and
 * the ontology's property axioms.
 */
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from '../../graph/vocab.js';
import { compactIri, termToSparql } from '../format.js';

const { rdf: RDF_NS, rdfs: RDFS_NS, owl: OWL_NS, cg: CG, nif: NIF } = PREFIXES;

/** IRIs citation looks up. */
export const V = {
  type: `${RDF_NS}type`,
  subject: `${RDF_NS}subject`,
  predicate: `${RDF_NS}predicate`,
  object: `${RDF_NS}object`,
  polarity: `${CG}polarity`,
  modality: `${CG}modality`,
  positive: `${CG}Positive`,
  stated: `${CG}Stated`,
  claim: `${CG}Claim`,
  groupClaim: `${CG}GroupClaim`,
  sentenceId: `${CG}sentenceId`,
  sentence: `${NIF}Sentence`,
  begin: `${NIF}beginIndex`,
  end: `${NIF}endIndex`,
  anchorOf: `${NIF}anchorOf`,
  inverseOf: `${OWL_NS}inverseOf`,
  symmetric: `${OWL_NS}SymmetricProperty`,
  subPropertyOf: `${RDFS_NS}subPropertyOf`,
  derivedFrom: `${PREFIXES.prov}wasDerivedFrom`,
  datePublished: 'https://schema.org/datePublished',
  publishedNotBefore: `${CG}publishedNotBefore`,
  publishedNotAfter: `${CG}publishedNotAfter`,
} as const;

/**
 * The article of a sentence, from the sentence IRI's documented shape (`cga:<article>/sentence/<id>`).
 *
 * @example
 * ```ts
 * articleOfSentence('https://w3id.org/claimgraph/article/a1/sentence/s3'); // 'https://w3id.org/claimgraph/article/a1'
 * ```
 */
export function articleOfSentence(iri: string): string | undefined {
  const m = /^(https:\/\/w3id\.org\/claimgraph\/article\/[^/]+)\/sentence\/[^/]+$/.exec(iri);
  return m?.[1];
}

/**
 * An article's date as citations show it: `datePublished`, else `undated` with the bounds the
 * text gives (`publishedNotBefore`..`publishedNotAfter`).
 *
 * @example
 * ```ts
 * articleDate(undefined, '2015-01', undefined); // 'undated, 2015-01..?'
 * ```
 */
export function articleDate(published: string | undefined, lo: string | undefined, hi: string | undefined): string {
  return published ?? (lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated');
}

/**
 * A term as a citation's `via` shows it: a compact IRI, else SPARQL syntax.
 *
 * @example
 * ```ts
 * display(DF.namedNode('https://w3id.org/claimgraph/resource/league')); // 'cgr:league'
 * ```
 */
export function display(t: RDF.Term): string {
  return t.termType === 'NamedNode' ? compactIri(t.value) : termToSparql(t);
}

/**
 * The `via` of a citation: the triple it backs.
 *
 * @example
 * ```ts
 * via(s, 'https://w3id.org/claimgraph/ontology#memberOf', o); // 'cgr:freedonia cg:memberOf cgr:guild'
 * ```
 */
export function via(s: RDF.Term, p: string, o: RDF.Term): string {
  return `${display(s)} ${compactIri(p)} ${display(o)}`;
}
