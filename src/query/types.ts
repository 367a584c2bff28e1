import type * as RDF from '@rdfjs/types';
import type { Store } from 'n3';
import type { OxigraphGraph } from './oxigraph.js';
import type { IndexGraph } from '../index-store/index.js';

/** An RDF/JS term as returned by the engine (named node, literal, blank node). */
export type QueryTerm = RDF.Term;

/** One solution of a SELECT query: variable name (without `?`) to bound term; unbound = absent. */
export type QueryRow = Record<string, QueryTerm>;

/** A remote SPARQL 1.1 endpoint as a query source. */
export interface EndpointSource {
  /** The endpoint URL (SPARQL 1.1 Protocol). */
  endpoint: string;
  /** Named graph to use as the default graph (added to the query as `FROM <graph>`). */
  graph?: string;
}

/**
 * Where a query runs: the built graph (an n3 Store, Oxigraph for large graphs, or the graph's
 * persistent index: see `loadQueryGraph`) or a remote endpoint.
 */
export type QuerySource = Store | OxigraphGraph | IndexGraph | EndpointSource;

/**
 * The index look-ups citation makes on an in-memory graph (an n3 Store and an
 * {@link OxigraphGraph} both have them; `null` matches any term).
 */
export interface GraphReader {
  readonly size: number;
  getQuads(s: RDF.Term | null, p: RDF.Term | null, o: RDF.Term | null, g: RDF.Term | null): RDF.Quad[];
  getSubjects(p: RDF.Term | null, o: RDF.Term | null, g: RDF.Term | null): RDF.Term[];
  getObjects(s: RDF.Term | null, p: RDF.Term | null, g: RDF.Term | null): RDF.Term[];
  countQuads(s: RDF.Term | null, p: RDF.Term | null, o: RDF.Term | null, g: RDF.Term | null): number;
}

/** Options of {@link runQuery}. */
export interface RunQueryOptions {
  /** Name of the query (named query or file) for error locations. */
  name?: string;
  /** Base IRI for relative IRIs in the query. */
  baseIRI?: string;
}

/** The result of a SELECT query. */
export interface BindingsResult {
  type: 'bindings';
  /** Projected variables in display order (without `?`). */
  variables: string[];
  rows: QueryRow[];
}

/** The result of an ASK query. */
export interface BooleanResult {
  type: 'boolean';
  value: boolean;
}

/** The result of a CONSTRUCT or DESCRIBE query. */
export interface QuadsResult {
  type: 'quads';
  quads: RDF.Quad[];
}

/** What {@link runQuery} returns. */
export type QueryResult = BindingsResult | BooleanResult | QuadsResult;

/** A source sentence behind a claim: the NIF sentence node with its offsets (code points) and text. */
export interface CitedSentence {
  /** Sentence IRI. */
  iri: string;
  /** Short id (`s014`). */
  id: string;
  /** Begin offset, inclusive, in code points of the whole article text. */
  begin: number;
  /** End offset, exclusive. */
  end: number;
  /** Exact sentence text (`nif:anchorOf`). */
  text: string;
  /** The article the sentence is part of (IRI), when its IRI says (`cga:<article>/sentence/...`). */
  article?: string;
  /** That article's date: datePublished, or `undated` with the text's bounds (local graphs). */
  articleDate?: string;
}

/**
 * One citation of a result row: a claim node and the sentences it was derived from, or a
 * sentence bound directly by the query (then `claim` is absent).
 */
export interface Citation {
  /** Claim IRI, when the citation comes from a claim node. */
  claim?: string;
  /** Polarity IRI of the claim (`cg:Positive` / `cg:Negative`). */
  polarity?: string;
  /** Modality IRI of the claim (`cg:Stated`, `cg:Expected`...). */
  modality?: string;
  /** Why the row cites it: the matched triple (`s p o` IRIs/values) or the bound variable. */
  via: string;
  /** Source sentences, ordered by begin offset. */
  sentences: CitedSentence[];
}

/** Citations of one row, in the same order as the rows of the result. */
export type RowCitations = Citation[];

/** Output formats of result writers. */
export type ResultFormat = 'table' | 'json' | 'csv' | 'tsv' | 'xml' | 'turtle' | 'ntriples';

/** A named query file `queries/NAME.rq` with its header comments. */
export interface NamedQuery {
  /** File name without `.rq`, or the path given when a file was named directly. */
  name: string;
  /** Absolute path of the file. */
  file: string;
  /** `# title:` comment. */
  title: string;
  /** `# description:` comment (continuation lines joined). */
  description: string;
  /** `# param: name = default` declarations. */
  params: QueryParam[];
  /** The query text, as in the file. */
  sparql: string;
}

/** A query parameter declared with `# param: name = <default> [description]`. */
export interface QueryParam {
  name: string;
  /** Default value as written (a prefixed name, IRI or literal in SPARQL syntax). */
  default?: string;
  description?: string;
}
