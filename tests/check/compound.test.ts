// Two statements in one claim: each checked, the verdicts combined.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { store, ctx } = checkFixture();
const check = (text: string) => checkClaim(store, text, { context: ctx });

describe('compound claims', () => {
  it('"A is P but B is not": both parts supported', async () => {
    const r = await check('Freedonia is a member of the League but Sylvania is not.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as 2 statements');
    expect(r.explanation).toContain('completed from part 1');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('"but not B" takes the place of the entity it is like', async () => {
    expect((await check('Freedonia is a member of the League but not Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is a member of the League but not Freedonia.')).verdict).toBe('REFUTED');
  });

  it('is refuted when one part is, undecided when one part is unknown', async () => {
    expect((await check('Freedonia is a member of the League and Sylvania is too.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is a member of the League; Marsovia is a member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('a claim that reads as one statement is not cut', async () => {
    const r = await check('Freedonia and Sylvania depend on Marsovia.');
    expect(r.explanation).not.toContain('Read as 2 statements');
  });
});
