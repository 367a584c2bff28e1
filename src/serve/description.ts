/**
 * The SPARQL 1.1 Service Description of the endpoint, answered at the endpoint URL when a GET
 * carries no query. Nodes are IRIs under the endpoint URL (no blank nodes, as in the graph).
 */
import { BINDINGS_TYPES, GRAPH_TYPES } from './protocol.js';
import type { PlainTerm, PlainTriple } from './types.js';

const SD = 'http://www.w3.org/ns/sparql-service-description#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const VOID = 'http://rdfs.org/ns/void#';
const FORMATS: Record<string, string> = {
  'application/sparql-results+json': 'http://www.w3.org/ns/formats/SPARQL_Results_JSON',
  'application/sparql-results+xml': 'http://www.w3.org/ns/formats/SPARQL_Results_XML',
  'text/csv': 'http://www.w3.org/ns/formats/SPARQL_Results_CSV',
  'text/tab-separated-values': 'http://www.w3.org/ns/formats/SPARQL_Results_TSV',
  'text/turtle': 'http://www.w3.org/ns/formats/Turtle',
  'application/n-triples': 'http://www.w3.org/ns/formats/N-Triples',
  'application/ld+json': 'http://www.w3.org/ns/formats/JSON-LD',
};

/** Prefixes used when the description is written as Turtle. */
export const DESCRIPTION_PREFIXES = { sd: SD, void: VOID, formats: 'http://www.w3.org/ns/formats/' };

/**
 * Triples describing the endpoint at `endpointUrl` serving `triples` triples.
 *
 * @example
 * ```ts
 * serviceDescription('http://127.0.0.1:7878/sparql', 1200).length > 0; // true
 * ```
 */
export function serviceDescription(endpointUrl: string, triples: number): PlainTriple[] {
  const iri = (value: string): PlainTerm => ({ type: 'uri', value });
  const lit = (value: string, datatype?: string): PlainTerm => (datatype ? { type: 'literal', value, datatype } : { type: 'literal', value });
  const service = iri(endpointUrl);
  const dataset = iri(`${endpointUrl}#dataset`);
  const graph = iri(`${endpointUrl}#default-graph`);
  const out: PlainTriple[] = [];
  const add = (s: PlainTerm, p: string, o: PlainTerm): void => void out.push({ s, p: iri(p), o });
  add(service, RDF_TYPE, iri(`${SD}Service`));
  add(service, `${SD}endpoint`, service);
  add(service, `${SD}supportedLanguage`, iri(`${SD}SPARQL11Query`));
  for (const t of [...BINDINGS_TYPES, ...GRAPH_TYPES]) add(service, `${SD}resultFormat`, iri(FORMATS[t]!));
  add(service, `${SD}defaultDataset`, dataset);
  add(dataset, RDF_TYPE, iri(`${SD}Dataset`));
  add(dataset, `${SD}defaultGraph`, graph);
  add(graph, RDF_TYPE, iri(`${SD}Graph`));
  add(graph, `${VOID}triples`, lit(String(triples), 'http://www.w3.org/2001/XMLSchema#integer'));
  return out;
}
