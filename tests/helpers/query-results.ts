import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import type { OxigraphGraph } from '../../src/query/index.js';
import { projectRoot } from './cli.js';

/** A SPARQL 1.1 JSON results document (plus claimgraph's optional `citations`). */
export interface SparqlJson {
  head: { vars?: string[] };
  results?: { bindings: Record<string, { type: string; value: string; datatype?: string; 'xml:lang'?: string }>[] };
  boolean?: boolean;
  citations?: {
    status: 'cited' | 'uncited';
    reason?: 'no-claim' | 'untraceable';
    detail?: string;
    citations: { claim?: string; polarity?: string; modality?: string; via: string; sentences: { sentence: string; id: string; begin: number; end: number; text: string }[] }[];
  }[];
}

/**
 * Rows of a SPARQL JSON document as plain `var -> value` objects (unbound vars absent).
 *
 * @example
 * const rows = jsonRows(JSON.parse(r.stdout));
 */
export function jsonRows(doc: SparqlJson): Record<string, string>[] {
  return (doc.results?.bindings ?? []).map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** `cgr:` IRI of an entity id. */
export const cgr = (id: string): string => `https://w3id.org/claimgraph/resource/${id}`;
/** `cg:` IRI of a vocabulary term. */
export const cg = (name: string): string => `https://w3id.org/claimgraph/ontology#${name}`;
/** `cgc:` IRI of a claim. */
export const cgc = (id: string): string => `https://w3id.org/claimgraph/claim/${id}`;

/**
 * The query layer's hand-written mini graph (tests/fixtures/query/mini.ttl) as an N3 Store.
 *
 * @example
 * const store = miniStore();
 */
export function miniStore(): Store {
  const store = new Store();
  store.addQuads(new Parser().parse(readFileSync(join(projectRoot, 'tests/fixtures/query/mini.ttl'), 'utf8')));
  return store;
}

/**
 * Records the text of every query asked of an Oxigraph graph from now on (the array is live;
 * empty it between steps).
 *
 * @example
 * const texts = recordQueries(graph);
 * await runQuery(graph, 'ASK { ?s ?p ?o }');
 * texts.length; // 1
 */
export function recordQueries(graph: OxigraphGraph): string[] {
  const texts: string[] = [];
  const query = graph.query.bind(graph);
  graph.query = ((text: string, ...rest: never[]) => {
    texts.push(text);
    return query(text, ...rest);
  }) as typeof graph.query;
  // SELECTs answered whole are asked through `select`
  const select = graph.select.bind(graph);
  graph.select = ((text: string, ...rest: never[]) => {
    texts.push(text);
    return select(text, ...rest);
  }) as typeof graph.select;
  return texts;
}
