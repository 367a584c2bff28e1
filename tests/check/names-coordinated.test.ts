// Two names joined by "and" are one subject, not two clauses (src/check/compound.ts, round 24):
// "full membership for A and B was anticipated in 2017" was cut into "full membership for A" (read
// by a verbless pattern as A's present membership, refuted) and "B was anticipated in 2017"
// (unread), and the refuted part refuted the whole, an expectation the source states.
import { describe, expect, it } from 'vitest';
import { isTitlePhrase, namesCoordinated, readRefutedPart } from '../../src/check/compound.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('names joined by "and"', () => {
  it('are seen as two names of one kind', () => {
    expect(namesCoordinated(ctx, 'full League membership for Sylvania', 'Freedonia was anticipated in 2017')).toBe(true);
    // a clause ending with an organisation, the next opening with a country: two clauses
    expect(namesCoordinated(ctx, 'Sylvania stayed out of the League', 'Freedonia joined it')).toBe(false);
  });
  it('are not cut into a refuted part and an unread one', () => {
    expect(readRefutedPart(ctx, 'full League membership for Sylvania and Freedonia was anticipated in 2017')).toBeUndefined();
    expect(readRefutedPart(ctx, 'Sylvania is a member of the League and Freedonia was anticipated in 2017')?.part.evaluation.verdict).toBe('REFUTED');
  });
  it('leave such a claim undecided rather than refuted', async () => {
    // the last-resort reading in part may still show the part it read, never as a verdict
    expect((await check('Full League membership for Sylvania and Freedonia was anticipated in 2017.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('a participle after a copula is no job title', () => {
    expect(isTitlePhrase('anticipated')).toBe(false);
    expect(isTitlePhrase('expected')).toBe(false);
    expect(isTitlePhrase('president')).toBe(true);
    // a passive with a misspelt participle first ("was recieved by Rufus Firefly at the gala")
    expect(isTitlePhrase('recieved by Rufus Firefly')).toBe(false);
  });
});
