import { Parser, Store } from 'n3';

const PREFIXES = `
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix schema: <https://schema.org/> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cga: <https://w3id.org/claimgraph/article/> .
@prefix cgc: <https://w3id.org/claimgraph/claim/> .
`;

/**
 * Parses inline Turtle (with the project's prefixes predeclared) into an N3 Store.
 *
 * @example
 * const expected = ttl`cgr:kazakhstan cg:memberOf cgr:sco .`;
 */
export function ttl(strings: TemplateStringsArray, ...values: unknown[]): Store {
  const body = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const store = new Store();
  store.addQuads(new Parser().parse(PREFIXES + body));
  return store;
}

/**
 * Asserts every triple of `expected` is in `actual`; returns the missing ones (N-Triples-ish) for
 * a readable failure message.
 *
 * @example
 * expect(missingTriples(graph, ttl`cgr:kazakhstan cg:memberOf cgr:sco .`)).toEqual([]);
 */
export function missingTriples(actual: Store, expected: Store): string[] {
  const missing: string[] = [];
  for (const q of expected.getQuads(null, null, null, null)) {
    if (actual.countQuads(q.subject, q.predicate, q.object, null) === 0) {
      missing.push(`${q.subject.value} ${q.predicate.value} ${q.object.value}`);
    }
  }
  return missing;
}
