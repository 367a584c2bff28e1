// "X has Y as its Z" (src/check/has-as.ts): read as "X's Z is Y", the verdict the possessive gets;
// a negation, a modal or a list is not rewritten.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { hasAsRewrite } from '../../src/check/has-as.js';

const { check, ctx } = checkFixture();

describe('has Y as its Z', () => {
  it('says the role as the owner\'s', () => {
    expect(hasAsRewrite(ctx, 'Freedonia has Rufus Firefly as its prime minister.')).toBe("Freedonia's prime minister is Rufus Firefly");
    expect(hasAsRewrite(ctx, 'The League had Sylvania as its largest shareholder')).toBe("The League's largest shareholder was Sylvania");
    expect(hasAsRewrite(ctx, 'The Ruritanian states have Freedonia as their leader')).toBe("The Ruritanian states' leader is Freedonia");
  });

  it('leaves a negation, a modal and a list alone', () => {
    expect(hasAsRewrite(ctx, 'Freedonia does not have Rufus Firefly as its prime minister.')).toBeUndefined();
    expect(hasAsRewrite(ctx, 'Freedonia never had Rufus Firefly as its prime minister.')).toBeUndefined();
    expect(hasAsRewrite(ctx, 'Freedonia will have Rufus Firefly as its prime minister.')).toBeUndefined();
    expect(hasAsRewrite(ctx, 'Freedonia has Rufus Firefly and Gloria Teasdale as its prime ministers.')).toBeUndefined();
  });

  it('gets the verdict of the possessive, for a holder and for someone who holds nothing', async () => {
    for (const [frame, possessive] of [
      ['Freedonia has Rufus Firefly as its prime minister.', "Freedonia's prime minister is Rufus Firefly."],
      ['Sylvania has Rufus Firefly as its president.', "Sylvania's president is Rufus Firefly."],
    ] as const) {
      const [a, b] = [await check(frame), await check(possessive)];
      expect(a.verdict, frame).toBe(b.verdict);
      expect(a.explanation, frame).toMatch(/its role said as the owner's/);
    }
  });
});
