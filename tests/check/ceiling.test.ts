// A figure the source gives as a ceiling (src/check/ceiling.ts, round 35, scope35; precision34's
// p34-014): a property the lexicon marks cg:ceilingProperty (a capacity, "up to N") is the most its
// subject reaches, so "at least N" is not supported by it (it was: N >= N), while "more than N"
// stays refuted and "at most N" supported.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { floorAtCeiling } from '../../src/check/ceiling.js';
import { NS } from '../../src/check/context.js';

const { ctx, check } = checkFixture(`
cgc:canal.annualCapacityBcm.12 a cg:Claim ;
    rdf:subject cgr:canal ; rdf:predicate cg:annualCapacityBcm ; rdf:object "12"^^xsd:decimal ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
`);

describe('floorAtCeiling', () => {
  it('is a floor at exactly the ceiling figure of a ceiling property', () => {
    const cap = `${NS.cg}annualCapacityBcm`;
    expect(floorAtCeiling(ctx, cap, { value: '12', bound: 'ge' }, 12)).toBe(true);
    expect(floorAtCeiling(ctx, cap, { value: '10', bound: 'ge' }, 12)).toBe(false);
    expect(floorAtCeiling(ctx, cap, { value: '12', bound: 'le' }, 12)).toBe(false);
    expect(floorAtCeiling(ctx, `${NS.cg}lengthKm`, { value: '12', bound: 'ge' }, 12)).toBe(false);
  });
});

describe('a ceiling in the graph', () => {
  it('leaves "at least N" undecided, refutes "more than N", supports "at most N" and "up to N"', async () => {
    const least = await check('The canal pipeline will carry at least 12 billion cubic metres of gas a year.');
    expect(least.verdict).toBe('NOT_ENOUGH_INFO');
    expect(least.explanation).toContain('ceiling');
    expect((await check('The canal pipeline will carry no less than 12 billion cubic metres of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline will carry more than 12 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline will carry at most 12 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline will carry up to 12 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
  });
});

describe('the bound said with a noun (round 35)', () => {
  it('reads "a maximum of N" as "up to N" and "a minimum of N" as "at least N"', async () => {
    expect((await check('The canal pipeline will carry a maximum of 12 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline will carry a maximum of 15 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline will carry a minimum of 12 billion cubic metres of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline will carry a minimum of 15 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
  });
});

describe('"up to N" of a quantity that is no ceiling (round 37, precision36-068)', () => {
  // the canal runs about 1,800 km (a length: no cg:ceilingProperty)
  const length = checkFixture(fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' }));

  it('keeps "at most N": not supported by "about N", which leaves room above it', async () => {
    const r = await length.check('The canal pipeline will run up to 1,800 kilometres.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation?.object).toMatchObject({ value: '1800', bound: 'le' });
    expect((await length.check('The canal pipeline will run about 1,800 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await length.check('The canal pipeline will run up to 1,000 kilometres.')).verdict).toBe('REFUTED');
  });

  it('still reads "up to N" of a ceiling property as the ceiling N', async () => {
    const r = await check('The canal pipeline will carry up to 12 billion cubic metres of gas a year.');
    expect(r.interpretation?.object).toMatchObject({ value: '12' });
    expect(r.interpretation?.object).not.toHaveProperty('bound');
  });
});
