// Frames of denial and likelihood (src/check/negation-frames.ts, round 11): "failed to V" (what
// failed happened: refuted; otherwise undecided, the attempt unknown), "has yet to V", "has not
// yet V-ed", "is unlikely to V" (not expected to).
import { describe, expect, it } from 'vitest';
import { frameRewrites } from '../../src/check/negation-frames.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgc:acme-bank.approvedLoanTo.the-region.neg a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:approvedLoanTo ; rdf:object cgr:the-region ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:until "2016-01-16"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('frames of denial and likelihood', () => {
  it('say the claim in the words the patterns read', () => {
    expect(frameRewrites('Sylvania failed to join the League.')).toEqual([{ claim: 'Sylvania did join the League', kind: 'failed' }]);
    expect(frameRewrites('Sylvania failed to become a member of the League.')[0]).toEqual({ claim: 'Sylvania is a member of the League', kind: 'failed' });
    expect(frameRewrites('The Bank has yet to approve a loan to Freedonia.')).toEqual([{ claim: 'The Bank has not approved a loan to Freedonia', kind: 'same' }]);
    expect(frameRewrites('The Bank has not yet approved a loan to Freedonia.')).toEqual([{ claim: 'The Bank has not approved a loan to Freedonia', kind: 'same' }]);
    expect(frameRewrites('Grand Fenwick is unlikely to join the League.')).toEqual([{ claim: 'Grand Fenwick is not expected to join the League', kind: 'same' }]);
    expect(frameRewrites('Did Sylvania fail to join the League?')).toEqual([]);
  });

  it('refute "failed to" when it happened, and leave it undecided when it did not (an attempt is presupposed)', async () => {
    const r = await check('Freedonia failed to join the League.');
    expect(r.verdict).toBe('REFUTED');
    expect((await check('Freedonia failed to become a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania failed to join the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('read "has yet to" and "has not yet" as the present-perfect denial', async () => {
    expect((await check('The Acme Bank has yet to approve a loan to Ruritania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank has not yet approved a loan to Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('the reading of an undecided "failed to" (round 39, users32 F1)', () => {
  it('is the denial, as the refuted one is: a part completed from it turns that', async () => {
    const r = await check('Sylvania failed to join the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation?.polarity).toBe('negative');
  });
});
