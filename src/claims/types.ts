/** Where a YAML node came from. */
export interface SourcePos {
  file: string;
  line: number;
}

/** What the ontology says about one cg: property. */
export interface PropertyInfo {
  local: string;
  iri: string;
  /** `literal` when the range is a datatype (or the property is an owl:DatatypeProperty). */
  kind: 'entity' | 'literal';
  /** Datatype IRI for literal properties (xsd:string when the ontology gives none). */
  datatype?: string;
  /** For a range that is a union of datatypes: its members, tried in order on a literal. */
  datatypes?: string[];
  /** The declared rdfs:range (a class or a datatype), when there is one. */
  range?: string;
  /** The declared rdfs:domain, when there is one. */
  domain?: string;
  /** Declared as a qualifier (or the ontology marks no qualifiers at all). */
  qualifier: boolean;
}

/** The parts of ontology/claimgraph.ttl the compiler needs. */
export interface OntologyInfo {
  file: string;
  properties: Map<string, PropertyInfo>;
  /** Local names of declared cg: classes. */
  classes: Set<string>;
}

/** A value in entities.yaml or claims.yaml before typing: an entity id or a literal lexical form. */
export interface RawFact {
  property: string;
  values: string[];
  pos: SourcePos;
}

/** One entry of entities.yaml. */
export interface EntityDef {
  id: string;
  types: string[];
  label: string;
  altLabels: string[];
  facts: RawFact[];
  pos: SourcePos;
}

/** A typed value: an entity or a literal with its datatype IRI. */
export type TermValue =
  | { type: 'entity'; id: string }
  | { type: 'literal'; value: string; datatype: string };

/** A money amount qualifier. */
export interface Amount {
  value: string;
  currency: string;
}

/** A group spec (subject or object of a claim). */
export interface GroupSpec {
  group: string;
  plus: string[];
  except: string[];
  role?: string;
  /**
   * `all` (default): every member, each gets its claim; `some`: a plural that names no member
   * ("countries from X"), kept as one group claim and expanded into nobody.
   */
  quantifier: 'all' | 'some';
}

/** A claim side before expansion. */
export type ClaimSide = TermValue | { type: 'group'; spec: GroupSpec };

/** A typed qualifier (values sorted; amounts separate). */
export interface Qualifier {
  property: string;
  values: TermValue[];
}

export type Polarity = 'positive' | 'negative';
export type Modality = 'stated' | 'expected' | 'possible' | 'pledged' | 'perceived';
export type Derivation = 'Direct' | 'GroupExpansion' | 'GroupException';

/** One claims.yaml entry as written (keys checked, values not yet resolved). */
export interface ClaimDef {
  id: string;
  article: string;
  pos: SourcePos;
  quotes: string[];
  subject: unknown;
  predicate: string;
  object: unknown;
  polarity: Polarity;
  modality: Modality;
  qualifiers: Record<string, unknown>;
  /** Qualifiers of a group claim that hold for each member (the others describe the whole). */
  distribute?: string[];
  note?: string;
  /** Line of each key, for errors on a value. */
  keyLines: Record<string, number>;
  /** Line of each quote (list items have their own line). */
  quoteLines: number[];
}

/** A parsed claims.yaml. */
export interface ClaimsFile {
  file: string;
  article: string;
  claims: ClaimDef[];
  /** Sentences the curator says support no claim, with why (`uncited:`). */
  uncited?: UncitedEntry[];
}

/** An `uncited:` entry of claims.yaml. */
export interface UncitedEntry {
  quote: string;
  reason: 'opinion' | 'question' | 'conditional' | 'speculation' | 'metadata';
  line: number;
}

/** A quote located in the article text (code points). */
export interface AnchoredQuote {
  begin: number;
  end: number;
  text: string;
  sentenceId: string;
  segmentId: string;
}

/** A sentence reference across articles. */
export interface SentenceRef {
  article: string;
  sentenceId: string;
}

/** Who states a claim: the article (its author) or a reader comment (its commenter). */
export type Speaker = { kind: 'article' } | { kind: 'comment'; number: number };

/** A claim after anchoring and typing, before group expansion. */
export interface CompiledClaim {
  id: string;
  article: string;
  pos: SourcePos;
  quotes: AnchoredQuote[];
  subject: ClaimSide;
  predicate: string;
  object: ClaimSide;
  polarity: Polarity;
  modality: Modality;
  qualifiers: Qualifier[];
  amounts: Amount[];
  speaker: Speaker;
  /** Qualifier properties (and `amounts`) that a group claim hands to each member. */
  distribute: string[];
}

/** A single (non-group) claim ready for the graph. */
export interface ResolvedClaim {
  /** Local part of the cgc: IRI (content-derived). */
  key: string;
  /** `<article>#<claim-id>` or `<article>#<claim-id>/<member>` for expansions. */
  claimId: string;
  article: string;
  subject: TermValue;
  predicate: string;
  object: TermValue;
  polarity: Polarity;
  modality: Modality;
  qualifiers: Qualifier[];
  amounts: Amount[];
  derivation: Derivation;
  /** Local part of the group claim IRI (`group.<article>.<id>`) for expansions. */
  expandedFrom?: string;
  sentences: SentenceRef[];
  quotes: Array<AnchoredQuote & { article: string }>;
  speaker: Speaker;
}

/** A group claim node (the statement about a group before expansion). */
export interface ResolvedGroupClaim {
  key: string;
  claimId: string;
  article: string;
  /** Which side holds the group. */
  side: 'subject' | 'object';
  spec: GroupSpec;
  other: TermValue;
  predicate: string;
  polarity: Polarity;
  modality: Modality;
  qualifiers: Qualifier[];
  amounts: Amount[];
  sentences: SentenceRef[];
  quotes: Array<AnchoredQuote & { article: string }>;
  speaker: Speaker;
  /** Keys of the claims it expanded into. */
  expandedInto: string[];
  /** Qualifier properties (and `amounts`) its members' claims carry too. */
  distribute: string[];
}
