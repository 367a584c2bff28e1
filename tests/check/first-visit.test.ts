// A first visit said from the host's side or with a negation (src/check/first-visit.ts): said as
// the source's "X was the first N to visit O", which the first-in-office readings decide.
import { describe, expect, it } from 'vitest';
import { firstVisitRewrite, travellerIn } from '../../src/check/first-visit.js';
import { checkFixture } from '../helpers/check-fixture.js';

describe('first visits said from the host\'s side', () => {
  it('are said as "X was the first N to visit O"', () => {
    const first = 'Teasdale was the first Freedonian prime minister to visit Grand Fenwick';
    expect(firstVisitRewrite('Grand Fenwick had never hosted a Freedonian prime minister before Teasdale.')).toBe(first);
    expect(firstVisitRewrite('Grand Fenwick had never been visited by a Freedonian prime minister until Teasdale\'s 2010 trip.')).toBe(first);
    expect(firstVisitRewrite('Grand Fenwick was never visited by a Freedonian prime minister before Teasdale.')).toBe(first);
    expect(firstVisitRewrite('Before Teasdale, Grand Fenwick had never received a Freedonian prime minister.')).toBe(first);
    expect(firstVisitRewrite('No Freedonian prime minister had ever been to Grand Fenwick before Teasdale.')).toBe(first);
    expect(firstVisitRewrite('Grand Fenwick hosted a Freedonian prime minister for the first time during Teasdale\'s visit.')).toBe(first);
    expect(firstVisitRewrite('Grand Fenwick received its first visit from a Freedonian prime minister on Teasdale\'s tour.')).toBe(first);
  });

  it('need a traveller named after "before" / "during"', () => {
    expect(firstVisitRewrite('Grand Fenwick had never hosted a Freedonian prime minister before 2010.')).toBeUndefined();
    expect(firstVisitRewrite('Grand Fenwick had never hosted a Freedonian prime minister before the gala.')).toBeUndefined();
    expect(firstVisitRewrite('Grand Fenwick hosted a Freedonian prime minister for the first time in 2010.')).toBeUndefined();
    expect(firstVisitRewrite('Grand Fenwick hosted a Freedonian prime minister in 2010.')).toBeUndefined();
    expect(travellerIn('Rufus Firefly\'s 2001 state visit')).toBe('Rufus Firefly');
    expect(travellerIn('October 2010')).toBeUndefined();
  });

  it('are decided by the source\'s first holder to visit', async () => {
    const { check } = checkFixture();
    const r = await check('Grand Fenwick had never hosted a Freedonian prime minister before Teasdale.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as "Teasdale was the first Freedonian prime minister to visit Grand Fenwick"');
    // Firefly visited Sylvania in 2001, before Teasdale's 2010 visit
    expect((await check('Sylvania had never been visited by a Freedonian prime minister before Teasdale.')).verdict).not.toBe('SUPPORTED');
  });
});
