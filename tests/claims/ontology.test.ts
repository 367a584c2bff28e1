import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ClaimgraphError } from '../../src/errors.js';
import { checkEntities, loadOntology, parseEntities, parseOntology, termSlug, claimKey } from '../../src/claims/index.js';
import { projectRoot } from '../helpers/cli.js';

const HEAD = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
`;

describe('parseOntology', () => {
  it('reads kinds, ranges and qualifier marks', () => {
    const o = parseOntology(HEAD + `
      cg:Country a owl:Class .
      cg:leads a owl:ObjectProperty .
      cg:since a owl:DatatypeProperty ; rdfs:range xsd:gYear .
      cg:nickname a owl:DatatypeProperty .
      cg:rank a owl:DatatypeProperty , cg:QualifierProperty ; rdfs:range xsd:positiveInteger .
    `, 'o.ttl');
    expect(o.classes.has('Country')).toBe(true);
    expect(o.properties.get('leads')).toMatchObject({ kind: 'entity', qualifier: false });
    expect(o.properties.get('since')).toMatchObject({ kind: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#gYear' });
    expect(o.properties.get('nickname')).toMatchObject({ kind: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#string' });
    expect(o.properties.get('rank')).toMatchObject({ qualifier: true });
  });

  it('treats every property as a qualifier when the ontology marks none', () => {
    const o = parseOntology(HEAD + 'cg:leads a owl:ObjectProperty .', 'o.ttl');
    expect(o.properties.get('leads')?.qualifier).toBe(true);
  });

  it('reports Turtle syntax errors as ONTOLOGY_INVALID with the file', () => {
    expect(() => parseOntology(HEAD + 'cg:leads a owl:ObjectProperty', 'bad.ttl')).toThrow(ClaimgraphError);
    try { parseOntology(HEAD + '\ncg:leads a ;', 'bad.ttl'); } catch (e) {
      expect((e as ClaimgraphError).code).toBe('ONTOLOGY_INVALID');
      expect((e as ClaimgraphError).location.file).toBe('bad.ttl');
    }
  });

  it('reads the repository ontology: core properties with the DESIGN kinds', () => {
    const o = loadOntology(join(projectRoot, 'ontology/claimgraph.ttl'));
    for (const p of ['memberOf', 'partOf', 'visited', 'attended', 'officeOf', 'signedDealWith', 'grantTo']) expect(o.properties.get(p)?.kind).toBe('entity');
    expect(o.properties.get('heldOn')?.datatype).toBe('http://www.w3.org/2001/XMLSchema#date');
    // a year, a month or a day (cg:TemporalValue): the first datatype a value fits types it
    expect(o.properties.get('operationalSince')?.datatypes).toEqual(['date', 'gYearMonth', 'gYear'].map((d) => `http://www.w3.org/2001/XMLSchema#${d}`));
    expect(o.properties.get('endDate')?.qualifier).toBe(true);
    expect(o.properties.get('memberOf')?.qualifier).toBe(false);
  });
});

describe('entities', () => {
  const o = parseOntology(HEAD + 'cg:Country a owl:Class . cg:Office a owl:Class . cg:officeOf a owl:ObjectProperty . cg:roleType a owl:DatatypeProperty .', 'o.ttl');

  it('types background facts and rejects unknown classes, properties and entities with lines', () => {
    const ok = parseEntities('entities:\n  - { id: freedonia, type: Country, label: Freedonia }\n  - { id: p, type: Office, label: P, officeOf: freedonia, roleType: president }\n', 'e.yaml');
    expect(checkEntities(ok, o).get('p')).toEqual([
      { property: 'officeOf', values: [{ type: 'entity', id: 'freedonia' }] },
      { property: 'roleType', values: [{ type: 'literal', value: 'president', datatype: 'http://www.w3.org/2001/XMLSchema#string' }] },
    ]);
    const cases: Array<[string, string, number]> = [
      ['entities:\n  - { id: x, type: Planet, label: X }\n', 'UNKNOWN_PROPERTY', 2],
      ['entities:\n  - id: x\n    type: Country\n    label: X\n    ruler: y\n', 'UNKNOWN_PROPERTY', 5],
      ['entities:\n  - { id: p, type: Office, label: P, officeOf: atlantis }\n', 'UNKNOWN_ENTITY', 2],
    ];
    for (const [src, code, line] of cases) {
      let err: ClaimgraphError | undefined;
      try { checkEntities(parseEntities(src, 'e.yaml'), o); } catch (e) { err = e as ClaimgraphError; }
      expect(err?.code, src).toBe(code);
      expect(err?.location.line, src).toBe(line);
    }
  });

  it('rejects duplicate ids, bad ids and missing labels', () => {
    expect(() => parseEntities('entities:\n  - { id: x, type: Country, label: X }\n  - { id: x, type: Country, label: Y }\n', 'e.yaml')).toThrow(/e.yaml:3.*duplicate entity id x/);
    expect(() => parseEntities('entities:\n  - { id: Bad_Id, type: Country, label: X }\n', 'e.yaml')).toThrow(/must match/);
    expect(() => parseEntities('entities:\n  - { id: x, type: Country }\n', 'e.yaml')).toThrow(/no label/);
  });
});

describe('claim keys', () => {
  it('slugs literal objects and appends neg, modality and a qualifier hash', () => {
    expect(termSlug({ type: 'literal', value: '2015-09-03', datatype: '' })).toBe('2015-09-03');
    expect(termSlug({ type: 'literal', value: 'Full Member!', datatype: '' })).toBe('full-member');
    const base = { subject: { type: 'entity' as const, id: 'a' }, predicate: 'p', object: { type: 'entity' as const, id: 'b' }, qualifiers: [], amounts: [] };
    expect(claimKey({ ...base, polarity: 'positive', modality: 'stated' })).toBe('a.p.b');
    expect(claimKey({ ...base, polarity: 'negative', modality: 'expected' })).toBe('a.p.b.neg.expected');
    const q = claimKey({ ...base, polarity: 'positive', modality: 'stated', amounts: [{ value: '1', currency: 'USD' }] });
    expect(q).toMatch(/^a\.p\.b\.[0-9a-f]{6}$/);
    expect(claimKey({ ...base, polarity: 'positive', modality: 'stated', amounts: [{ value: '2', currency: 'USD' }] })).not.toBe(q);
  });
});
