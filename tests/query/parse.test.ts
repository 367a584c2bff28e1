import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { applyQueryParams, parseQueryHeader, parseSparql, projectedVariables, parseQuery, resolveNamedQuery } from '../../src/query/index.js';
import { corpusFixture } from '../helpers/cli.js';

function syntaxError(q: string): ClaimgraphError {
  try {
    parseSparql(q, { name: 't' });
  } catch (e) {
    return e as ClaimgraphError;
  }
  throw new Error('no error');
}

describe('parseSparql positions (1-based, of the offending token)', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o . FILTER( }', 1, 37],
    ['SELECT * WHERE {\n ?s ?p \n}', 3, 1],
    ['SELECT * WHERE { ?s ?p "abc }', 1, 24],
    ['SELECT * WHERE {\n  # a comment }\n  ?s ?p ?o\n  LIMIT }', 4, 3],
    ['SELEC * WHERE { }', 1, 1],
  ])('%j -> line %i column %i', (q, line, column) => {
    const e = syntaxError(q);
    expect(e.code).toBe('QUERY_SYNTAX');
    expect(e.location).toMatchObject({ line, column, query: 't' });
  });

  it('reports end of query', () => {
    const e = syntaxError('SELECT * WHERE { ?s ?p ?o');
    expect(e.message).toContain('end of query');
  });
});

describe('named query headers and parameters', () => {
  it('reads title, multi-line description and params', () => {
    const h = parseQueryHeader('# title: T\n# description: first\n#   second line\n# param: org = cgr:acme  the org\n# param: other\nSELECT * {}');
    expect(h).toEqual({ title: 'T', description: 'first second line', params: [{ name: 'org', default: 'cgr:acme', description: 'the org' }, { name: 'other', default: undefined, description: undefined }] });
  });

  it('every named query has a title, a description and parses', () => {
    for (const name of ['about', 'aiib-not-sco', 'aiib-not-sco-strict', 'claims-per-sentence', 'members-of', 'money-per-country', 'negative-claims', 'parade-attendance']) {
      const q = resolveNamedQuery(corpusFixture, name);
      expect(q.title, name).not.toBe('');
      expect(q.description.length, name).toBeGreaterThan(20);
      expect(() => parseQuery(q.sparql, { name })).not.toThrow();
      // declared params have their default in a VALUES block of the query
      for (const p of q.params) expect(q.sparql, `${name} ${p.name}`).toMatch(new RegExp(`VALUES \\?${p.name} \\{ ${p.default!.replace(/[-:]/g, '\\$&')} \\}`));
    }
  });

  it('a parameter replaces the VALUES default, or is added when the query has none', () => {
    const q = resolveNamedQuery(corpusFixture, 'members-of');
    const { sparql } = applyQueryParams(q, { org: 'acme' });
    expect(sparql).toMatch(/VALUES \?org \{ cgr:acme \}/);
    expect(sparql).not.toMatch(/VALUES \?org \{ cgr:sco \}/);
    // only the VALUES block changed: the rest (comments included) is the query as written
    expect(sparql.replace('VALUES ?org { cgr:acme }', 'VALUES ?org { cgr:sco }')).toBe(q.sparql);
    const bare = { ...q, sparql: 'PREFIX cgr: <https://w3id.org/claimgraph/resource/>\nSELECT ?m WHERE { ?m ?p ?org }' };
    expect(applyQueryParams(bare, { org: 'acme' }).sparql).toMatch(/VALUES \?org \{\s*cgr:acme\s*\}/);
  });

  it('SELECT * lists variables in order of first appearance', () => {
    expect(projectedVariables(parseQuery('SELECT * WHERE { ?b ?a ?c }'), ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
    expect(projectedVariables(parseQuery('SELECT ?c (1 AS ?one) WHERE { ?b ?a ?c }'), ['one', 'c'])).toEqual(['c', 'one']);
  });
});
