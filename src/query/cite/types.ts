/**
 * What the citation modules pass between them: the patterns a row is traced through, the ground
 * triples found, and the look-ups a backend answers.
 */
import type * as RDF from '@rdfjs/types';
import type { QuerySelect } from '@traqula/rules-sparql-1-2';
import type { Citation, CitedSentence, QueryRow } from '../types.js';

/**
 * A property path in normal form: inverses pushed down to the links (`^(a/b)` is `^b/^a`).
 * `nps` is a negated property set: any predicate outside `forward` (read forwards) or outside
 * `inverse` (read backwards).
 */
export type PathExpr =
  | { type: 'link'; iri: string; inverse: boolean }
  | { type: 'seq' | 'alt'; items: PathExpr[] }
  | { type: 'star' | 'plus' | 'opt'; item: PathExpr }
  | { type: 'nps'; forward?: Set<string>; inverse?: Set<string> };

/** One predicate of a pattern that names it: an IRI, read forwards or backwards. */
export interface LinkPredicate {
  iri: string;
  inverse: boolean;
}

/**
 * A triple pattern of the query reduced to what citation needs. The predicate is a variable (bound
 * per solution), one or more alternative links (`p`, `^p`, `p|^q`), or a longer path traced
 * through the graph.
 */
export interface CitePattern {
  subject: RDF.Term;
  object: RDF.Term;
  predicate:
    | { kind: 'links'; links: LinkPredicate[] }
    | { kind: 'variable'; name: string }
    | { kind: 'path'; path: PathExpr; text: string };
}

/** A pattern no row can be traced through, with why. */
export interface UntraceablePattern {
  /** Variables it binds: it matters only to a row that binds one of them. */
  variables: string[];
  why: string;
}

/**
 * The citable shape of a group: its patterns, what cannot be traced, and its sub-selects
 * (scopes of their own, seen from outside only through what they project).
 */
export interface CiteScope {
  patterns: CitePattern[];
  untraceable: UntraceablePattern[];
  subSelects: SubSelectScope[];
}

/** A sub-select: its own scope, and the variables it shows its enclosing group. */
export interface SubSelectScope {
  query: QuerySelect;
  scope: CiteScope;
  /** Projected names (plain and `AS`). */
  projected: string[];
  /** True when every pattern inside only mentions projected variables: no re-run needed. */
  transparent: boolean;
}

/** A ground triple found in a solution. */
export interface GroundTriple {
  key: string;
  s: RDF.Term;
  p: string;
  o: RDF.Term;
}

/** A claim backing a ground triple, and the triple it backs (as shown in `via`). */
export interface ClaimRef {
  claim: string;
  via: string;
}

/** Polarity, modality and source sentences of a claim. */
export interface ClaimInfo {
  polarity?: string;
  modality?: string;
  sentences: CitedSentence[];
}

/** The look-ups citation makes, against the graph's indexes or a remote endpoint. */
export interface CitationBackend {
  /**
   * Of these predicates, those a positive stated claim could back (its own claims, or claims of
   * a sub-property, an inverse, itself when symmetric); undefined when not known cheaply.
   */
  citablePredicates(iris: string[]): Promise<Set<string> | undefined>;
  claimsForTriples(triples: GroundTriple[]): Promise<Map<string, ClaimRef[]>>;
  kinds(terms: RDF.Term[]): Promise<Map<string, 'claim' | 'sentence'>>;
  describeClaims(iris: string[]): Promise<Map<string, ClaimInfo>>;
  describeSentences(iris: string[]): Promise<Map<string, CitedSentence>>;
  /**
   * Where the citation of a bound term (a claim or a sentence citing itself; null for any other
   * term) is kept between queries, when the graph cannot change (an in-memory graph); absent:
   * each call looks its terms up again.
   */
  readonly termCitations?: Map<string, Citation | null>;
  /**
   * The triples on the walks from `s` to `o` that match a property path, or a reason when they
   * cannot be traced (too many, or no index to walk).
   */
  tracePath(path: PathExpr, s: RDF.Term, o: RDF.Term): Promise<GroundTriple[] | { untraceable: string }>;
}

/** What was found behind one row before the look-ups: its triples, bound terms, and gaps. */
export interface RowEvidence {
  triples: GroundTriple[];
  /** Named nodes the row's solutions bind (a bound claim or sentence is cited directly). */
  terms: RDF.Term[];
  /** Why part of the row could not be traced (deduplicated). */
  untraced: string[];
  /** True when some pattern was instantiated (its triples may back no claim). */
  matched: boolean;
}

/** A row's solutions, before they are instantiated into evidence. */
export type RowSolutions = QueryRow[];
