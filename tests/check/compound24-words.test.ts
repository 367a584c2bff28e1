// Round 24 (branch compound24): words of the lexicon for the compound, question and copular
// claims of users16 (ontology/lexicon.ttl): "end up with" (what one is left holding), "go live"
// (switched on), a rank "worldwide for" / "on earth", read by the patterns and idioms already there.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(fixtureClaim({ id: 'sylvania.naturalGasReservesRank.4', s: 'cgr:sylvania', p: 'cg:naturalGasReservesRank', o: '"4"^^xsd:positiveInteger', asserted: true }));

describe('idioms and rank phrases (round 24)', () => {
  it('"went live in <year>" is going into service: the one start decides', async () => {
    expect((await check('The canal pipeline went live in 1999')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline went live in 2005')).verdict).toBe('REFUTED');
  });
  it('"ended up with" is what one has or got', async () => {
    const r = await check('Did Sylvania end up with a seat in the League?');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:idiom');
  });
  it('a rank said "worldwide for" or "on earth"', async () => {
    expect((await check('Does Sylvania rank fourth worldwide for natural gas reserves?')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania ranks fifth worldwide for gas reserves')).verdict).toBe('REFUTED');
    expect((await check('Sylvania has the fourth largest natural gas reserves on earth')).verdict).toBe('SUPPORTED');
  });
});
