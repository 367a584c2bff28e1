// The claim in other words (src/check/rewrites.ts): a word that only strengthens a claim is
// dropped, and then only a refutation decides. (The time-clause and going-to-do rewrites have
// tests of their own: time-clause.test.ts, motion-purpose.test.ts.)
import { describe, expect, it } from 'vitest';
import { chosenAsIts, withoutStrengtheners } from '../../src/check/rewrites.js';
import { fixtureClaim } from '../helpers/check-fixture.js';
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

// round 41 (misses41): a body's choice of its own office holder said in the active voice
describe('"Y picked X as its first N" (chosenAsIts)', () => {
  it('is said in the passive, the verb kept', () => {
    expect(chosenAsIts('Sylvania picked Rufus Firefly as its first president.')).toBe('Rufus Firefly was picked as the first president of Sylvania.');
    expect(chosenAsIts('The League chose Gloria Teasdale as its inaugural president.')).toBe('Gloria Teasdale was chosen as the first president of the League.');
    // no holder named, or something after the office: not this shape
    expect(chosenAsIts('Sylvania picked its first president.')).toBeUndefined();
    expect(chosenAsIts('Sylvania picked Rufus Firefly as its first president in 2001.')).toBeUndefined();
  });
  it('is decided as the passive', async () => {
    const withHolder = checkFixture(fixtureClaim({ id: 't41.rufus.president', s: 'cgr:rufus', p: 'cg:holdsOffice', o: 'cgr:president-of-sylvania',
      more: '; cg:officeOrdinal "1"^^xsd:positiveInteger ; cg:officeObtainedBy "election" ' }));
    const v = (s: string): Promise<string> => withHolder.check(s).then((r) => r.verdict, () => 'UNREAD');
    expect(await v('Sylvania elected Rufus Firefly as its first president.')).toBe('SUPPORTED');
    expect(await v('Sylvania picked Gloria Teasdale as its first president.')).not.toBe('SUPPORTED');
  });
});
