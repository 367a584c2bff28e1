import { describe, expect, test } from 'vitest';
import { BINDINGS_TYPES, GRAPH_TYPES, HttpError, negotiate, prepareQuery } from '../../src/serve/protocol.js';
import { DEFAULT_GRAPH_IRI } from '../../src/serve/index.js';
import { ClaimgraphError } from '../../src/errors.js';

const none = { defaultGraphs: [], namedGraphs: [] };

describe('negotiate', () => {
  test.each([
    [undefined, 'application/sparql-results+json'],
    ['', 'application/sparql-results+json'],
    ['*/*', 'application/sparql-results+json'],
    ['text/*', 'text/csv'],
    ['text/html, application/xhtml+xml, */*;q=0.8', 'application/sparql-results+json'],
    ['application/json', 'application/sparql-results+json'],
    ['text/tab-separated-values;q=0.9, text/csv;q=0.9', 'text/tab-separated-values'],
    ['application/sparql-results+xml;q=0.1, text/csv;q=0.2', 'text/csv'],
  ])('bindings, Accept %j -> %s', (accept, type) => {
    expect(negotiate(accept, undefined, BINDINGS_TYPES)).toBe(type);
  });

  test('graphs: text/plain is N-Triples, no Accept is Turtle, format names work', () => {
    expect(negotiate('text/plain', undefined, GRAPH_TYPES)).toBe('application/n-triples');
    expect(negotiate(undefined, undefined, GRAPH_TYPES)).toBe('text/turtle');
    expect(negotiate('text/turtle', 'jsonld', GRAPH_TYPES)).toBe('application/ld+json');
  });

  test('q=0 excludes a type; nothing acceptable is a 406 listing what is offered', () => {
    const err = (() => { try { negotiate('application/sparql-results+json;q=0, image/png', undefined, BINDINGS_TYPES); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(406);
    expect((err as Error).message).toMatch(/offered: application\/sparql-results\+json, application\/sparql-results\+xml, text\/csv, text\/tab-separated-values/);
  });
});

describe('prepareQuery', () => {
  test('the query form decides the result kind', () => {
    expect(prepareQuery('SELECT * WHERE { ?s ?p ?o }', none).form).toBe('bindings');
    expect(prepareQuery('ASK { ?s ?p ?o }', none).form).toBe('boolean');
    expect(prepareQuery('CONSTRUCT WHERE { ?s ?p ?o }', none).form).toBe('quads');
    expect(prepareQuery('DESCRIBE <urn:x>', none).form).toBe('quads');
  });

  test('an unchanged dataset keeps the text as sent', () => {
    const text = 'SELECT * WHERE { ?s ?p ?o } # comment';
    expect(prepareQuery(text, none).sparql).toBe(text);
  });

  test('protocol graphs replace the query\'s FROM; the served graph IRI means the whole graph', () => {
    const own = DEFAULT_GRAPH_IRI;
    const q = (text: string, d = none) => prepareQuery(text, d);
    // the protocol's graphs win over the query's FROM: here they name only graphs the server lacks
    expect(q(`SELECT * FROM <${own}> WHERE { ?s ?p ?o }`, { defaultGraphs: ['urn:b'], namedGraphs: ['urn:c'] }).emptyDataset).toBe(true);
    expect(q('SELECT * FROM <urn:a> WHERE { ?s ?p ?o }', { defaultGraphs: [own], namedGraphs: [] })).toMatchObject({ emptyDataset: false, sparql: expect.not.stringMatching(/FROM/) });
    // FROM naming the served graph, alone or with others: the whole graph, the clauses dropped
    expect(q(`SELECT * FROM <${own}> WHERE { ?s ?p ?o }`)).toMatchObject({ emptyDataset: false, sparql: expect.not.stringMatching(/FROM/) });
    expect(q(`SELECT * FROM <urn:x> FROM <${own}> WHERE { ?s ?p ?o }`).emptyDataset).toBe(false);
    // only other graphs, or only named graphs: an empty default graph (SPARQL 1.1 Query 13.2)
    expect(q('SELECT * FROM <urn:x> WHERE { ?s ?p ?o }').emptyDataset).toBe(true);
    expect(q(`SELECT * FROM NAMED <${own}> WHERE { ?s ?p ?o }`).emptyDataset).toBe(true);
    expect(q('SELECT * WHERE { ?s ?p ?o }', { defaultGraphs: [], namedGraphs: ['urn:c'] }).emptyDataset).toBe(true);
    // no dataset at all: the text runs as written
    const text = 'SELECT * WHERE { ?s ?p ?o } # as written';
    expect(q(text)).toMatchObject({ emptyDataset: false, sparql: text });
  });

  test.each([
    ['INSERT DATA { <urn:a> <urn:b> <urn:c> }', /read-only/],
    ['SELECT * WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }', /SERVICE/],
  ])('refused: %s', (text, message) => {
    const err = (() => { try { prepareQuery(text, none); } catch (e) { return e; } })();
    expect((err as ClaimgraphError).code).toBe('QUERY_REFUSED');
    expect((err as Error).message).toMatch(message);
  });

  test('a syntax error carries line and column', () => {
    const err = (() => { try { prepareQuery('SELECT *\nWHERE { ?s ?p ?o', none); } catch (e) { return e; } })() as ClaimgraphError;
    expect(err.code).toBe('QUERY_SYNTAX');
    expect(err.location).toMatchObject({ line: 2, column: 17 });
  });
});
