// Round 38 (fix31b, users31's F6): "up to X" / "as much as X" names X as the figure's reach, so a
// source figure far below X does not support it (NOT_ENOUGH_INFO, the arithmetic shown); a rounded
// ceiling near the figure is kept, and a plain "at most X" is still a bare bound
// (src/check/up-to-ceiling.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { claimNamed } from '../../src/check/claim-index.js';
import { roundedUp } from '../../src/check/up-to-ceiling.js';
import { NS } from '../../src/check/context.js';

// the canal runs 1,800 km (a length, stated exactly)
const length = checkFixture(fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:statedIn cga:fixture-article' }));

// the canal carries up to 12 bcm a year (a capacity: the source's own figure is a ceiling)
const capacity = checkFixture(`
cgc:canal.annualCapacityBcm.12 a cg:Claim ;
    rdf:subject cgr:canal ; rdf:predicate cg:annualCapacityBcm ; rdf:object "12"^^xsd:decimal ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
`);

describe('"up to X" far above the source figure', () => {
  it('is not supported by the smaller figure', async () => {
    const r = await length.check('The canal pipeline will run up to 5,000 kilometres.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('2.78 times');
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    expect((await length.check('The canal pipeline will run as much as 5,000 kilometres.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('keeps a ceiling near the figure, a plain "at most X" and a refutation', async () => {
    expect((await length.check('The canal pipeline will run up to 2,000 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await length.check('The canal pipeline will run at most 5,000 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await length.check('The canal pipeline will run up to 1,000 kilometres.')).verdict).toBe('REFUTED');
  });

  // round 39 (precision39's traps): near the figure is not enough; X must be the figure rounded up
  it('holds a ceiling near the figure that is not the figure rounded up', async () => {
    const r = await length.check('The canal pipeline will run up to 2,300 kilometres.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('not that figure rounded up');
    expect((await length.check('The canal pipeline will run as much as 1,900 kilometres.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await length.check('The canal pipeline will run up to 1,800 kilometres.')).verdict).toBe('SUPPORTED');
  });

  it('rounds up at the first, second and third significant digit and to the next power of ten', () => {
    expect(roundedUp(57).map((n) => Math.round(n * 1000) / 1000)).toEqual([60, 57, 57, 100]);
    expect(roundedUp(7.47).map((n) => Math.round(n * 1000) / 1000)).toEqual([8, 7.5, 7.47, 10]);
    expect(roundedUp(1800)).toEqual([2000, 1800, 1800, 10000]);
  });

  it('holds a ceiling of a ceiling property at another figure', async () => {
    expect((await capacity.check('The canal pipeline will carry up to 12,000 million cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await capacity.check('The canal pipeline will carry up to 15,000 million cubic metres of gas a year.')).verdict).not.toBe('SUPPORTED');
  });
});

// round 39 (tidy39): the cited claim is found by its IRI under its own rdf:predicate (claim-index's
// claimNamed, which src/check/focus.ts shares), as focus.ts looked it up
describe('the claim an evidence item cites', () => {
  it('is read under its own predicate', () => {
    const iri = `${NS.cgc}canal.annualCapacityBcm.12`;
    expect(claimNamed(capacity.ctx, iri)?.predicate).toBe(`${NS.cg}annualCapacityBcm`);
    expect(claimNamed(capacity.ctx, `${NS.cgr}canal`)).toBeUndefined();
  });
});
