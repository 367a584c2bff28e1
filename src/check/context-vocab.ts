/**
 * The namespaces the checker reads, and small look-ups over the ontology's and lexicon's n3
 * stores shared by the modules that build the check context (src/check/context.ts).
 */
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from '../graph/vocab.js';

/**
 * The namespaces of the graph, the ontology and the lexicon, by prefix.
 *
 * @example
 * ```ts
 * NS.cg + 'memberOf'; // 'https://w3id.org/claimgraph/ontology#memberOf'
 * ```
 */
export const NS = {
  rdf: PREFIXES.rdf!,
  rdfs: PREFIXES.rdfs!,
  owl: PREFIXES.owl!,
  xsd: PREFIXES.xsd!,
  skos: PREFIXES.skos!,
  prov: PREFIXES.prov!,
  nif: PREFIXES.nif!,
  schema: PREFIXES.schema!,
  cg: PREFIXES.cg!,
  cgr: PREFIXES.cgr!,
  cga: PREFIXES.cga!,
  cgc: PREFIXES.cgc!,
};

export const cg = (l: string): string => NS.cg + l;
export const rdfs = (l: string): string => NS.rdfs + l;
export const rdf = (l: string): string => NS.rdf + l;
export const owl = (l: string): string => NS.owl + l;

/** Parses a Turtle file of the ontology folder; a syntax error is ONTOLOGY_INVALID naming the file. */
export function parseTurtleFile(file: string, text?: string): Quad[] {
  try {
    return new N3.Parser({ baseIRI: 'file://' + file }).parse(text ?? readFileSync(file, 'utf8')) as unknown as Quad[];
  } catch (err) {
    throw new ClaimgraphError('ONTOLOGY_INVALID', `cannot read ${file}: ${(err as Error).message}`, { file }, { cause: err });
  }
}

/** The objects of `subj pred ?o` as RDF/JS terms. */
export function objects(s: Pick<N3.Store, 'getObjects'>, subj: string | null, pred: string): Term[] {
  return s.getObjects(subj, pred, null) as unknown as Term[];
}

/** The literal objects' lexical forms of `subj pred ?o`. */
export function literals(s: Pick<N3.Store, 'getObjects'>, subj: string | null, pred: string): string[] {
  return objects(s, subj, pred).filter((o) => o.termType === 'Literal').map((o) => o.value);
}

/** The IRIs of an RDF list, in order (at most 64: a chain, not data). */
export function rdfList(s: N3.Store, head: N3.Term): string[] {
  const out: string[] = [];
  let node: N3.Term | undefined = head;
  for (let guard = 0; node && node.value !== rdf('nil') && guard < 64; guard++) {
    const first = s.getObjects(node, rdf('first'), null)[0];
    if (first?.termType === 'NamedNode') out.push(first.value);
    node = s.getObjects(node, rdf('rest'), null)[0];
  }
  return out;
}
