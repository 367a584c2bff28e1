/**
 * Serializers of query results in the SPARQL 1.1 result formats and RDF graph formats.
 * They work on plain terms (see `PlainTerm`) because results come from worker threads.
 */
import { DataFactory, Writer } from 'n3';
import type * as RDF from '@rdfjs/types';
import { writeXml } from '../query/format.js';
import type { BindingsType, GraphType } from './protocol.js';
import type { PlainResult, PlainTerm, PlainTriple } from './types.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A term in Turtle / N-Triples syntax (the TSV results format uses it). */
function ntTerm(t: PlainTerm): string {
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const lex = `"${t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  if (t['xml:lang']) return `${lex}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== XSD_STRING) return `${lex}^^<${t.datatype}>`;
  return lex;
}

/**
 * Serializes a SELECT or ASK result.
 *
 * @example
 * ```ts
 * serializeBindings({ type: 'boolean', value: true }, 'application/sparql-results+json');
 * // '{"head":{},"boolean":true}\n'
 * ```
 */
export function serializeBindings(result: PlainResult, type: BindingsType): string {
  if (result.type === 'quads') throw new Error('a graph result is not a bindings result');
  if (type === 'application/sparql-results+json') {
    if (result.type === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
    return `${JSON.stringify({ head: { vars: result.variables }, results: { bindings: result.rows } })}\n`;
  }
  if (type === 'application/sparql-results+xml') {
    // one XML writer for the CLI and the server
    if (result.type === 'boolean') return writeXml(result);
    const rows = result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([v, t]) => [v, toRdf(t)])));
    return writeXml({ type: 'bindings', variables: result.variables, rows });
  }
  // CSV and TSV have no boolean form in the standard; answer the way most stores do
  if (result.type === 'boolean') return type === 'text/csv' ? `_askResult\r\n${result.value}\r\n` : `?_askResult\n${result.value}\n`;
  if (type === 'text/csv') {
    const lines = [result.variables.map(csvField).join(',')];
    for (const row of result.rows) {
      lines.push(result.variables.map((v) => {
        const t = row[v];
        if (!t) return '';
        return csvField(t.type === 'bnode' ? `_:${t.value}` : t.value);
      }).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  }
  const lines = [result.variables.map((v) => `?${v}`).join('\t')];
  for (const row of result.rows) lines.push(result.variables.map((v) => (row[v] ? ntTerm(row[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

function toRdf(t: PlainTerm): RDF.Term {
  if (t.type === 'uri') return DataFactory.namedNode(t.value);
  if (t.type === 'bnode') return DataFactory.blankNode(t.value);
  if (t['xml:lang']) return DataFactory.literal(t.value, t['xml:lang']);
  return DataFactory.literal(t.value, t.datatype ? DataFactory.namedNode(t.datatype) : undefined);
}

/**
 * Converts plain triples back into RDF/JS quads (default graph).
 *
 * @example
 * ```ts
 * plainToQuads([{ s: { type: 'uri', value: 'urn:a' }, p: { type: 'uri', value: 'urn:b' }, o: { type: 'literal', value: 'c' } }]);
 * ```
 */
export function plainToQuads(triples: PlainTriple[]): RDF.Quad[] {
  return triples.map((t) => DataFactory.quad(toRdf(t.s) as RDF.Quad_Subject, toRdf(t.p) as RDF.Quad_Predicate, toRdf(t.o) as RDF.Quad_Object));
}

function jsonLdTerm(t: PlainTerm): Record<string, string> {
  if (t.type === 'uri') return { '@id': t.value };
  if (t.type === 'bnode') return { '@id': `_:${t.value}` };
  if (t['xml:lang']) return { '@value': t.value, '@language': t['xml:lang'] };
  if (t.datatype && t.datatype !== XSD_STRING) return { '@value': t.value, '@type': t.datatype };
  return { '@value': t.value };
}

/**
 * Serializes a graph (CONSTRUCT / DESCRIBE result, service description). JSON-LD is written in
 * expanded form, one node object per subject, subjects and values in a stable order.
 *
 * @example
 * ```ts
 * await serializeGraph([], 'text/turtle', { cg: 'https://w3id.org/claimgraph/ontology#' });
 * ```
 */
export async function serializeGraph(triples: PlainTriple[], type: GraphType, prefixes: Record<string, string>): Promise<string> {
  if (type === 'application/ld+json') {
    const nodes = new Map<string, Record<string, unknown>>();
    for (const t of triples) {
      const id = t.s.type === 'bnode' ? `_:${t.s.value}` : t.s.value;
      let node = nodes.get(id);
      if (!node) nodes.set(id, (node = { '@id': id }));
      if (t.p.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && t.o.type !== 'literal') {
        ((node['@type'] ??= []) as string[]).push(t.o.type === 'bnode' ? `_:${t.o.value}` : t.o.value);
      } else {
        ((node[t.p.value] ??= []) as unknown[]).push(jsonLdTerm(t.o));
      }
    }
    const graph = [...nodes.values()].sort((a, b) => String(a['@id']).localeCompare(String(b['@id'])));
    return `${JSON.stringify(graph, null, 1)}\n`;
  }
  const format = type === 'text/turtle' ? 'Turtle' : 'N-Triples';
  const writer = new Writer(format === 'Turtle' ? { format, prefixes } : { format });
  writer.addQuads(plainToQuads(triples));
  return await new Promise<string>((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}
