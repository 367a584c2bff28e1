// Comparisons of two amounts said as clauses (src/check/clause-comparisons.ts): "A gave more N to B
// than it did to C", "B got more N from A than C".
import { describe, expect, it } from 'vitest';
import { freedoniaAid as aid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia may provide US$ 2 million in grants to Grand Fenwick (possible); here it
// also pledged US$ 3 million in grants to Sylvania, and gave Sylvania US$ 4 million and Marsovia
// US$ 1.5 million of financial assistance (stated)
const { check } = checkFixture(aid('grantTo', 'sylvania', 3_000_000, 'pledged')
  + aid('financialAssistanceTo', 'sylvania', 4_000_000) + aid('financialAssistanceTo', 'marsovia', 1_500_000));

describe('a comparison of two amounts said as clauses', () => {
  it('completes "than it may give to Y" from the first clause: its subject and the compared noun', async () => {
    const r = await check('Freedonia pledged more grants to Sylvania than it may give to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('value-comparison');
    expect(r.explanation).toContain('USD 3,000,000 is more than USD 2,000,000');
    expect(r.explanation).toContain('stated as possible');
    // the wrong way round is not supported
    expect(await check('Freedonia pledged fewer grants to Sylvania than it may give to Grand Fenwick.').catch((e: Error) => e)).not.toHaveProperty('verdict', 'SUPPORTED');
    expect((await check('Freedonia pledged smaller grants to Sylvania than it may give to Grand Fenwick.')).verdict).toBe('REFUTED');
  });

  it('reads "than to Y" with the first clause\'s verb', async () => {
    expect((await check('Freedonia extended more financial assistance to Marsovia than to Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia extended less financial assistance to Marsovia than to Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('compares what a clause asserts, in its own modality: a pledge is not what may be given, nor money given', async () => {
    for (const claim of ['Freedonia pledged less grants to Grand Fenwick than to Sylvania.', 'Freedonia gave less money to Grand Fenwick than it did to Sylvania.',
      'Freedonia gave more money to Grand Fenwick than to Sylvania.']) {
      const r = await check(claim).catch((e: Error) => e);
      expect(r, claim).not.toHaveProperty('verdict', 'SUPPORTED');
      expect(r, claim).not.toHaveProperty('verdict', 'REFUTED');
    }
  });

  it('reads "than Y" as Y in the subject\'s place when only that place names an amount', async () => {
    const r = await check('Sylvania received more financial assistance from Freedonia than Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Marsovia');
    expect((await check('Marsovia received more financial assistance from Freedonia than Sylvania.')).verdict).toBe('REFUTED');
    // money received is aid of some kind (lexicon, cg:providedAssistanceTo); received, not pledged
    expect((await check('Sylvania got more money from Freedonia than Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia got more money from Freedonia than Sylvania.')).verdict).toBe('REFUTED');
  });

  it('is no reading when the second side does not read, and leaves a side without an amount undecided', async () => {
    const r = await check('Freedonia pledged more grants to Sylvania than it may give to Marsovia.').catch((e: Error) => e);
    expect(r).not.toHaveProperty('verdict', 'SUPPORTED');
    expect(r).not.toHaveProperty('verdict', 'REFUTED');
  });

  it('reads a bare comparative after a verb and its object as what was given (round 15)', async () => {
    const r = await check('Freedonia pledged Sylvania more than it may give Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('USD 3,000,000 is more than USD 2,000,000');
    expect(r.interpretation.notes?.join(' ')).toContain('alone read as more aid');
    expect((await check('Freedonia may give Grand Fenwick more than it pledged to Sylvania.')).verdict).toBe('REFUTED');
    // each side in its own modality: nothing was given to Grand Fenwick, only possibly
    for (const claim of ['Freedonia gave Grand Fenwick less than it gave Sylvania.', 'Rufus visited Sylvania more than Marsovia.']) {
      const x = await check(claim).catch((e: Error) => e);
      expect(x, claim).not.toHaveProperty('verdict', 'SUPPORTED');
      expect(x, claim).not.toHaveProperty('verdict', 'REFUTED');
    }
  });

  it('reads a bare comparative before the recipient\'s phrase as what was given (round 16)', async () => {
    // the same modality on both sides decides
    const r = await check('Freedonia pledged more to Sylvania than it may give to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('USD 3,000,000 is more than USD 2,000,000');
    // a side the graph gives no amount for is read and left undecided, saying which side lacks it
    const m = await check('Freedonia pledged more to Sylvania than Marsovia did.');
    expect(m.verdict).toBe('NOT_ENOUGH_INFO');
    expect(m.explanation).toContain('Marsovia');
    expect((await check('Freedonia pledged less to Sylvania than it may give to Grand Fenwick.')).verdict).toBe('REFUTED');
  });
});
