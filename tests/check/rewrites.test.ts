// The claim in other words (src/check/rewrites.ts): a word that only strengthens a claim is
// dropped, and then only a refutation decides. (The time-clause and going-to-do rewrites have
// tests of their own: time-clause.test.ts, motion-purpose.test.ts.)
import { describe, expect, it } from 'vitest';
import { withoutStrengtheners } from '../../src/check/rewrites.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('a word that only strengthens a claim (src/check/rewrites.ts)', () => {
  it('is read without it: a refutation refutes, a support decides nothing', async () => {
    const r = await check('Sylvania has long been a member of the League of Nations States.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toContain('read without "long"');
    expect((await check('Freedonia has long been a member of the League of Nations States.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('is not dropped under a denial, where it weakens the claim', () => {
    expect(withoutStrengtheners(ctx, 'Sylvania has not always been a member.')).toBeUndefined();
    expect(withoutStrengtheners(ctx, 'Sylvania has always been a member.')?.claim).toBe('Sylvania has been a member.');
  });
});
