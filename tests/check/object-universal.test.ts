// A universal quantifier on what the verb takes (src/check/object-universal.ts, round 40, users32's
// F6): "Freedonia holds all of the League's voting power" was supported by Freedonia's share.
import { describe, expect, it } from 'vitest';
import { droppedUniversal } from '../../src/check/object-universal.js';
import { checkFixture, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

// Freedonia is the League's largest shareholder, Sylvania its second
const { check } = checkFixture(SHAREHOLDER_RANKS);

describe('"all" / "every" on the object a reading dropped', () => {
  it('holds a share read as all of the thing, and its denial, as NOT_ENOUGH_INFO', async () => {
    expect((await check('Freedonia holds voting power in the League.')).verdict).toBe('SUPPORTED');
    for (const claim of ["Freedonia holds all of the League's voting power.", 'Freedonia holds all the voting power in the League.',
      'Freedonia holds every vote in the League.', "Freedonia does not hold all of the League's voting power."]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, claim).toMatch(/says "(?:all(?: of)?|every)" of what the verb takes/);
    }
  });

  it('keeps a refutation of the bare words (none of a thing is not all of it)', async () => {
    expect((await check("Marsovia holds all of the League's voting power.")).verdict).not.toBe('SUPPORTED');
  });

  it('is not said of a group the readers count, a frequency, or a possessive\'s whole', () => {
    const r = (pattern: string) => ({ interpretation: { pattern, qualifiers: {} } }) as unknown as Parameters<typeof droppedUniversal>[1];
    expect(droppedUniversal('Rufus visited all five Ruritanian states.', r('{s} visit {o}'))).toBeUndefined();
    expect(droppedUniversal('The canal carries gas every year.', r('{s} carry gas a year'))).toBeUndefined();
    expect(droppedUniversal("The League's entire authorised capital is larger than the canal's cost.", r("{s} 's authorised capital {o}"))).toBeUndefined();
    // a floated quantifier of the subject, and a lower-case word before a possessive (no name)
    expect(droppedUniversal('The five Ruritanian states did not all join the League.', r('{s} join {o}'))).toBeUndefined();
    expect(droppedUniversal('Did Freedonia and Sylvania all join the League?', r('{s} join {o}'))).toBeUndefined();
    expect(droppedUniversal("Rufus's trip was all about strengthening Freedonia's economic ties.", r('{s} visit {o}'))).toBeUndefined();
    expect(droppedUniversal('Sylvania exports all its gas to Marsovia.', r('{s} export gas to {o}'))).toBe('all');
    expect(droppedUniversal('Freedonia has all the voting power of the League.', r('{s} have voting power in {o}'))).toBe('all');
  });
});
