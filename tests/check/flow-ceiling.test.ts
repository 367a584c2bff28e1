// An amount carried against a ceiling (src/check/flow-ceiling.ts, round 36, users29's F8): "will
// carry N a year" (a cg:flowPattern of the ceiling property) below the source's "up to M" is an
// amount the ceiling allows, not another capacity; above it, or the source's figure in another
// scale, it is still refuted.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgc:canal.annualCapacityBcm.12 a cg:Claim ;
    rdf:subject cgr:canal ; rdf:predicate cg:annualCapacityBcm ; rdf:object "12"^^xsd:decimal ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
`);

describe('an amount carried, said in a flow pattern', () => {
  it('is neither supported nor refuted below the ceiling, its reading shown', async () => {
    const r = await check('The canal pipeline will carry 10 billion cubic metres of gas a year.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('cg:flowPattern');
    expect((await check('The canal pipeline will transport 5 bcm of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline will carry at most 8 billion cubic metres of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline will not carry 10 billion cubic metres of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('is refuted above the ceiling or as the figure in another scale, supported at it; a ceiling stays a ceiling', async () => {
    expect((await check('The canal pipeline will carry 15 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline will carry 12 million cubic metres of gas a year.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline will carry 12 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline will carry up to 10 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
  });
});

describe('a floor of the amount carried (round 37, F8 left)', () => {
  it('is neither supported nor refuted below the ceiling, refuted above it', async () => {
    const r = await check('The canal pipeline will carry at least 10 billion cubic metres of gas a year.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('neither states nor excludes');
    expect((await check('The canal pipeline will carry more than 10 billion cubic metres of gas a year.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline will carry at least 15 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
  });
  it('is not the lower end of a figure said in another unit (own spa-06)', async () => {
    expect((await check('The canal pipeline will carry 12,000 million cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
  });
});
