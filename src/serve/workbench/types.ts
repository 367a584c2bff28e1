/**
 * The JSON contract of the workbench APIs (`/api/...`): plain data, the same shapes the pages
 * in the browser read and any other client can. Offsets are Unicode code points of the whole
 * article text (`nif:beginIndex`, end exclusive), as NIF 2.0 and Web Annotation count them.
 * `docs/workbench.md` documents each route with an example.
 */

/** A resource with its display name: `rdfs:label` when the graph has one, else its prefixed IRI. */
export interface Ref {
  iri: string;
  /** Prefixed form (`cgr:freedonia`) or the full IRI when no project prefix fits. */
  curie: string;
  label: string;
}

/** A literal value (objects of datatype properties, qualifier values). */
export interface LiteralValue {
  value: string;
  datatype?: string;
  lang?: string;
}

/** Either side of a statement. */
export type Value = Ref | LiteralValue;

/** Lower-cased local names of cg:Positive / cg:Negative. */
export type PolarityName = 'positive' | 'negative';

/** Lower-cased local names of the cg:Modality instances. */
export type ModalityName = 'stated' | 'expected' | 'possible' | 'pledged' | 'perceived';

/** An article as listed: id, title and date, with counts. */
export interface ArticleSummary {
  iri: string;
  /** Local id (`freedonia-guild-2011`): the path of its page is `/articles/<id>`. */
  id: string;
  title: string;
  /** `schema:datePublished` (xsd:date lexical form), absent when the graph has none. */
  date?: string;
  author?: Ref;
  /** Claim nodes stated in the article or in its reader comments. */
  claims: number;
  sentences: number;
  /** Sentences at least one claim quotes. */
  citedSentences: number;
  comments: number;
}

/** Who asserts a source sentence: the article's author, or the reader who wrote the comment. */
export interface Speaker {
  kind: 'author' | 'reader';
  /** The author entity or the comment's author node, when the graph names one. */
  ref?: Ref;
  /** The comment's `schema:dateCreated` for a reader. */
  date?: string;
}

/** One sentence behind a claim, with everything needed to show it in place. */
export interface Source {
  article: { iri: string; id: string; title: string; date?: string };
  sentence: { iri: string; id: string; begin: number; end: number; text: string };
  /** The claim's quoted spans inside this sentence (absolute offsets); empty when the sentence
   *  is cited without a quote of this claim (a group member's own membership sentence). */
  quotes: Array<{ begin: number; end: number }>;
  speaker: Speaker;
  /** Kind of segment the sentence lies in (`body`, `comment`, `headline`...). */
  segment: string;
  /** The date the source speaks at: the comment's date for a reader, else the article's. */
  date?: string;
  /** The paragraph (segment) around the sentence, when asked for (`context`). */
  paragraph?: { begin: number; end: number; text: string };
}

/** A qualifier of a claim (`cg:amount`, `cg:year`...). */
export interface Qualifier {
  property: Ref;
  values: Array<Value | { amount: string; currency: string }>;
}

/** A claim node, as every view shows it. */
export interface ClaimView {
  iri: string;
  curie: string;
  subject: Value;
  predicate: Ref;
  object: Value;
  polarity: PolarityName;
  modality: ModalityName;
  /** `direct`, `group-expansion` or `group-exception`. */
  derivation?: string;
  /** The curated ids (`article#claim-id`) that produced this node. */
  claimIds: string[];
  qualifiers: Qualifier[];
  /** Sources in date order (undated last), then by article and offset. */
  sources: Source[];
  /** How many sources the claim has, when `sources` holds only the first of them (the entity
   *  API's `sources` parameter); absent when `sources` is whole. */
  sourcesTotal?: number;
  /** Earliest source date. */
  date?: string;
}

/** `GET /api/articles`: a page of articles in date order (undated last). */
export interface ArticleList {
  total: number;
  offset: number;
  limit: number;
  articles: ArticleSummary[];
}

/** One highlighted span of the article view: a quote phrase and the claims that quote it. */
export interface Span {
  iri: string;
  begin: number;
  end: number;
  /** `nif:anchorOf`, the exact text of the span. */
  text: string;
  claims: string[];
  /** Summary of the claims for colouring: negative / modal when any claim is. */
  polarity: PolarityName | 'mixed';
  modality: ModalityName | 'mixed';
  speaker: 'author' | 'reader';
}

/** `GET /api/articles/<id>`: the text with its segments, sentences, spans and claims. */
export interface ArticleView {
  article: ArticleSummary;
  text: string;
  segments: Array<{ iri: string; kind: string; begin: number; end: number }>;
  sentences: Array<{ iri: string; id: string; begin: number; end: number; cited: boolean }>;
  spans: Span[];
  /** Claims quoted in the article, by IRI (their sources limited to this article). */
  claims: Record<string, ClaimView>;
  /** More spans exist than `spans` holds (the limit is in `docs/workbench.md`). */
  truncated: boolean;
}

/** A group of an entity's claims: one property in one direction. */
export interface ClaimGroup {
  property: Ref;
  /** `out`: the entity is the subject; `in`: the object. */
  direction: 'out' | 'in';
  total: number;
  offset: number;
  claims: ClaimView[];
}

/** `GET /api/entities/<id>`: the entity, its background facts and its claims by property. */
export interface EntityView {
  entity: Ref & { altLabels: string[]; classes: Ref[]; comment?: string };
  /** Triples about the entity that no claim backs (entities.yaml background facts): not cited. */
  background: Array<{ property: Ref; value: Value }>;
  groups: ClaimGroup[];
  /** Claims about the entity, all groups together. */
  totalClaims: number;
  /** With `?claim=<IRI>`: that claim's group and index in it (date order), or null when it is not about the entity. */
  focus?: { claim: string; property: string; direction: 'out' | 'in'; index: number } | null;
}

/** `GET /api/entities/<id>/neighbourhood`: entities one or two claims away. */
export interface Neighbourhood {
  center: string;
  nodes: Array<Ref & { hop: number; classes: string[] }>;
  /** One edge per (source, target, property, polarity, modality): `claims` are all the claims
   *  it stands for, `claim` the first of them (its id in the drawing). */
  edges: Array<{ claim: string; claims: string[]; source: string; target: string; predicate: Ref; polarity: PolarityName; modality: ModalityName }>;
  /** Nodes or edges were left out to keep the drawing readable (the busiest are kept). */
  truncated: boolean;
  hops: number;
  /**
   * Per ring (1 = one claim away): entities found there and drawn. `found` is exact while every
   * entity inside the ring was read in full; otherwise a lower bound (`exact: false`): a hub's
   * claims are sampled, and a ring is read from the entities kept in the ring inside it only.
   */
  reach: Array<{ hop: number; found: number; drawn: number; exact: boolean }>;
  /** Edges (merged as in `edges`) among the drawn nodes before the edge limit, of the claims read (a lower bound when a `reach` count is not exact). */
  edgesFound: number;
}

/** One row's citation in `POST /api/cite`. */
export interface RowCitation {
  claim?: string;
  via: string;
  /** Sentence IRIs (a directly bound sentence has no claim). */
  sentences: string[];
}

/** `POST /api/cite`: the SPARQL JSON results plus each row's citations and the claims they name. */
export interface CitedAnswer {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, { type: string; value: string; datatype?: string; 'xml:lang'?: string }>> };
  citations: RowCitation[][];
  /**
   * Each row's status, as `claimgraph query --cite` gives it: `cited`, or `uncited` with its
   * reason (`no-claim`, `untraceable`) and the reason in words; a cited row's `detail` names
   * what part of it was not traced.
   */
  statuses: Array<{ status: 'cited' | 'uncited'; reason?: 'no-claim' | 'untraceable'; detail?: string }>;
  claims: Record<string, ClaimView>;
  /** Sentences bound directly by the query (no claim), with their context. */
  sentences: Record<string, Source>;
  /** The query had more rows than the citation limit: only the first `rows` are returned. */
  truncated: boolean;
}

/** `GET /api/check?claim=`: the check result with each piece of evidence in its paragraph. */
export interface CheckView {
  claim: string;
  verdict: 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO';
  explanation: string;
  /** The checker's JSON contract (`checkResultToJSON`). */
  result: Record<string, unknown>;
  /** A plain-English reading of the interpretation. */
  reading: string;
  /** `premise`: the sentence states a premise of the supporting claim (then `claim` is that premise). */
  evidence: Array<{ stance: 'supports' | 'refutes' | 'related'; premise?: boolean; claim?: ClaimView; source: Source }>;
  /** schema.org ClaimReview JSON-LD (`toClaimReview`). */
  claimReview: Record<string, unknown>;
  /** The stable path of this check's page (`/check?claim=...`). */
  url: string;
}

/** `GET /api/vocabulary`: what the editor completes. */
export interface Vocabulary {
  prefixes: Record<string, string>;
  classes: Array<{ iri: string; curie: string; label?: string; comment?: string }>;
  properties: Array<{ iri: string; curie: string; label?: string; comment?: string; kind: 'relation' | 'qualifier' | 'other' }>;
  queries: Array<{ name: string; title: string; description: string; sparql: string }>;
}

/** Search results of `GET /api/search?q=`. */
export interface SearchResult {
  q: string;
  entities: Array<Ref & { claims: number }>;
}

/** What a task worker is asked to do (see `tasks.ts`). */
export type WorkbenchTask =
  | { kind: 'articles'; offset: number; limit: number }
  | { kind: 'article'; id: string }
  | { kind: 'entity'; iri: string; perGroup: number; claim?: string; sources?: number }
  | { kind: 'entity-claims'; iri: string; property: string; direction: 'out' | 'in'; offset: number; limit: number; sources?: number }
  | { kind: 'neighbourhood'; iri: string; hops: number; maxNodes: number; maxEdges: number }
  | { kind: 'search'; q: string; limit: number }
  | { kind: 'resolve'; iri: string }
  | { kind: 'vocabulary' }
  | { kind: 'cite'; query: string; maxRows: number }
  | { kind: 'check'; claim: string };

/** Where `/resource?iri=` sends a browser. */
export interface Resolved {
  view: 'entity' | 'article';
  path: string;
}
