// A subject with a reduced relative clause and an amount (src/check/reduced-relative.ts, round 15):
// "The grants Freedonia may give Grand Fenwick amount to V".
import { describe, expect, it } from 'vitest';
import { ownedSubjectRewrite, reducedRelativeRewrite } from '../../src/check/reduced-relative.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture graph: Freedonia may give Grand Fenwick US$ 2 million in grants; Freedonia signed
// energy deals worth US$ 5 million with Sylvania
const { ctx, check } = checkFixture();

describe('reducedRelativeRewrite', () => {
  it('says the giver, the thing given with its amount, and the receiver', () => {
    expect(reducedRelativeRewrite(ctx, 'The grants Freedonia may give Grand Fenwick amount to US$ 2 million.'))
      .toBe('Freedonia may give grants worth US$ 2 million to Grand Fenwick');
    expect(reducedRelativeRewrite(ctx, 'The energy deals Freedonia signed with Sylvania totalled US$ 5 million'))
      .toBe('Freedonia signed energy deals worth US$ 5 million with Sylvania');
    // a noun of two words
    expect(reducedRelativeRewrite(ctx, 'The possible grants Freedonia may give Grand Fenwick were worth US$ 2 million'))
      .toBe('Freedonia may give possible grants worth US$ 2 million to Grand Fenwick');
  });

  it('is no rewrite without a whole name on each side or an amount verb', () => {
    expect(reducedRelativeRewrite(ctx, 'The grants Freedonia may give amount to US$ 2 million.')).toBeUndefined();
    expect(reducedRelativeRewrite(ctx, 'The grants Freedonia may give Grand Fenwick are large.')).toBeUndefined();
    expect(reducedRelativeRewrite(ctx, 'Freedonia may give Grand Fenwick grants worth US$ 2 million.')).toBeUndefined();
  });
});

describe('a claim with such a subject', () => {
  it('is decided by the amount the graph gives', async () => {
    const r = await check('The grants Freedonia may give Grand Fenwick amount to US$ 2 million.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('relative clause');
    expect((await check('The grants Freedonia may give Grand Fenwick amount to US$ 9 million.')).verdict).toBe('REFUTED');
  });
});

describe('a subject owned through a reduced relative clause (round 24)', () => {
  const owned = checkFixture(fixtureClaim({ id: 'sylvania.naturalGasReservesRank.4', s: 'cgr:sylvania', p: 'cg:naturalGasReservesRank', o: '"4"^^xsd:positiveInteger', asserted: true }));
  it('is said as the owner\'s possessive', () => {
    expect(ownedSubjectRewrite(owned.ctx, 'The gas reserves Sylvania holds rank fourth worldwide')).toBe("Sylvania's gas reserves rank fourth worldwide");
    // an object of the owning verb is no clause about the noun
    expect(ownedSubjectRewrite(owned.ctx, 'The gas reserves Sylvania holds the fourth rank')).toBeUndefined();
    // "has" may be an auxiliary ("the aid Sylvania has given ...")
    expect(ownedSubjectRewrite(owned.ctx, 'The gas reserves Sylvania has rank fourth worldwide')).toBeUndefined();
  });
  it('is checked as that possessive', async () => {
    expect((await owned.check('The gas reserves Sylvania holds rank fourth worldwide.')).verdict).toBe('SUPPORTED');
    expect((await owned.check('The gas reserves Sylvania holds rank second worldwide.')).verdict).toBe('REFUTED');
  });
});
