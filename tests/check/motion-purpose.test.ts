// A purpose clause after a verb of going (src/check/motion-purpose.ts): "X went to P to do Y" is
// read as "X did Y at P"; only a supported reading decides.
import { describe, expect, it } from 'vitest';
import { readMotionPurpose } from '../../src/check/motion-purpose.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia signed a deal with Marsovia at the Founders Gala
const { check } = checkFixture(`
cgc:freedonia.signedDealWith.marsovia a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:signedDealWith ; rdf:object cgr:marsovia ;
    cg:event cgr:gala ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004> .
cgr:freedonia cg:signedDealWith cgr:marsovia .
`);

describe('a purpose after a verb of going', () => {
  it('is read as the deed done at the place, with the modal and time the claim gives', () => {
    expect(readMotionPurpose('Freedonia went to the Founders Gala to sign a deal with Marsovia.')?.claim).toBe('Freedonia sign a deal with Marsovia at the Founders Gala');
    expect(readMotionPurpose('Leaders gathered near the city in order to launch the canal.')?.claim).toBe('Leaders launch the canal near the city');
    expect(readMotionPurpose('Freedonia was expected to travel to the Gala in May 2016 to sign a deal.')?.claim).toBe('Freedonia was expected to sign a deal at the Gala in May 2016');
    expect(readMotionPurpose('Freedonia went to the Founders Gala.')).toBeUndefined();
  });
  it('is supported when the graph states the deed there', async () => {
    const r = await check('Freedonia went to the Founders Gala to sign a deal with Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('as the deed done there');
  });
  it('is never refuted by a deed the graph denies (an aim may fail)', async () => {
    const r = await check('Sylvania travelled to the Founders Gala to join the League of Nations States.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('going somewhere to do a thing is not doing it');
  });
});
