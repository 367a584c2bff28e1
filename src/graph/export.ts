/**
 * Serializations of the graph besides Turtle: N-Triples, N-Quads, TriG, JSON-LD. All of them
 * sort their input so the same graph always gives the same bytes.
 */
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from './vocab.js';

/** Export formats. */
export const EXPORT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Named graph that N-Quads and TriG put the data in (Turtle and N-Triples have none). */
export const EXPORT_GRAPH_IRI = 'https://w3id.org/claimgraph/graph';

const { namedNode, quad: mkQuad } = N3.DataFactory;

/**
 * Sort key of a quad: subject, then predicate (rdf:type first), then object.
 *
 * @example
 * ```ts
 * quads.sort((a, b) => (quadSortKey(a) < quadSortKey(b) ? -1 : 1));
 * ```
 */
export function quadSortKey(q: Quad): string {
  return `${termSortKey(q.subject)}\u0000${predicateSortKey(q.predicate)}\u0000${termSortKey(q.object)}`;
}

const RDF_TYPE = PREFIXES.rdf + 'type';

/**
 * The part of {@link quadSortKey} for a subject or object.
 *
 * @example
 * ```ts
 * termSortKey(namedNode('https://example.org/a')); // '<https://example.org/a>'
 * ```
 */
export function termSortKey(x: Quad['object']): string {
  if (x.termType !== 'Literal') return `<${x.value}>`;
  // n3's literals give their datatype IRI without building a term for it
  const dt = (x as { datatypeString?: string }).datatypeString ?? x.datatype.value;
  return `"${x.value}"@${x.language}^^${dt}`;
}

/**
 * The part of {@link quadSortKey} for a predicate: empty for rdf:type, which comes first inside
 * a subject, as in the Turtle output.
 *
 * @example
 * ```ts
 * predicateSortKey(namedNode(PREFIXES.rdf + 'type')); // ''
 * ```
 */
export function predicateSortKey(p: Quad['predicate']): string {
  return p.value === RDF_TYPE ? '' : termSortKey(p);
}

/**
 * Quads sorted by subject, predicate (rdf:type first), object.
 *
 * @example
 * ```ts
 * const sorted = sortGraphQuads(store.getQuads(null, null, null, null));
 * ```
 */
export function sortGraphQuads(quads: Quad[]): Quad[] {
  return quads.map((q) => [quadSortKey(q), q] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, q]) => q);
}

function write(quads: Quad[], format: string, prefixes?: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new N3.Writer({ format, prefixes });
    w.addQuads(quads as N3.Quad[]);
    w.end((err, out) => (err ? reject(err) : resolve(out)));
  });
}

/**
 * Serializes quads deterministically in one of {@link EXPORT_FORMATS}.
 *
 * @example
 * ```ts
 * const nt = await serializeGraph(quads, 'ntriples');
 * ```
 */
export async function serializeGraph(quads: Quad[], format: ExportFormat): Promise<string> {
  const sorted = sortGraphQuads(quads);
  const inGraph = (): Quad[] => sorted.map((q) => mkQuad(q.subject as N3.NamedNode, q.predicate as N3.NamedNode, q.object as N3.NamedNode, namedNode(EXPORT_GRAPH_IRI)) as Quad);
  switch (format) {
    case 'turtle': return write(sorted, 'Turtle', { ...PREFIXES });
    case 'ntriples': return write(sorted, 'N-Triples');
    case 'nquads': return write(inGraph(), 'N-Quads');
    case 'trig': return write(inGraph(), 'application/trig', { ...PREFIXES });
    case 'jsonld': {
      const nquads = await write(sorted, 'N-Quads');
      // imported here: jsonld brings its own HTTP client, which no other format needs
      const { default: jsonld } = await import('jsonld');
      const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
      const compacted = await jsonld.compact(expanded, { '@context': { ...PREFIXES } });
      return JSON.stringify(compacted, null, 2) + '\n';
    }
    default:
      throw new ClaimgraphError('USAGE', `unknown export format ${JSON.stringify(format)} (expected ${EXPORT_FORMATS.join(', ')})`);
  }
}
