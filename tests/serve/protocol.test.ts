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
    const q = prepareQuery('SELECT * FROM <urn:a> WHERE { ?s ?p ?o }', { defaultGraphs: ['urn:b'], namedGraphs: ['urn:c'] }).sparql;
    expect(q).toMatch(/FROM <urn:b>/);
    expect(q).toMatch(/FROM NAMED <urn:c>/);
    expect(q).not.toMatch(/urn:a/);
    expect(prepareQuery(`SELECT * FROM <${DEFAULT_GRAPH_IRI}> WHERE { ?s ?p ?o }`, none).sparql).not.toMatch(/FROM/);
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
