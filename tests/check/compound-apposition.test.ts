// Round 34 (branch fix27, users27 family D): an apposition after a prepositional object is said
// of the noun before it ("... with Sylvania, home to the world's fourth largest gas reserves"),
// never completed with the clause's subject ("Freedonia home to ..." was refuted by Sylvania's
// rank); and when the noun is unsure (a name inside "the opening of the League"), the
// apposition is left unread.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Sylvania holds the world's fourth largest gas reserves
const { check } = checkFixture(`
${fixtureClaim({ id: 'sylvania.naturalGasReservesRank.4', s: 'cgr:sylvania', p: 'cg:naturalGasReservesRank', o: '"4"^^xsd:positiveInteger', more: 'cg:statedIn cga:fixture-article', asserted: true })}
`);

describe('an apposition after a prepositional object', () => {
  it('is said of the noun before it, not of the subject', async () => {
    const r = await check("Freedonia signed deals with Sylvania, home to the world's fourth largest gas reserves.");
    expect(r.verdict).not.toBe('REFUTED');
    expect(r.explanation).not.toContain('Freedonia home to');
    expect(r.explanation).not.toContain('completed from part 1');
  });
  it('is still said of a subject it follows', async () => {
    const r = await check("Sylvania, home to the world's fourth largest gas reserves, signed deals with Freedonia.");
    expect(r.verdict).toBe('SUPPORTED');
  });
});
