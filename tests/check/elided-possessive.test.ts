// A comparison whose second side is a bare possessive (src/check/elided-possessive.ts, round 21):
// "Sylvania's aid from Freedonia was bigger than Marsovia's" borrows the first side's head.
import { describe, expect, it } from 'vitest';
import { elidedPossessiveRewrite } from '../../src/check/elided-possessive.js';
import { freedoniaAid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia gave Sylvania US$ 4 million and Marsovia US$ 1.5 million of financial assistance
const { ctx, check } = checkFixture(freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000) + freedoniaAid('financialAssistanceTo', 'marsovia', 1_500_000));
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('elidedPossessiveRewrite', () => {
  it('says the bare possessive with the first side\'s head', () => {
    expect(elidedPossessiveRewrite(ctx, "Sylvania's aid from Freedonia was bigger than Marsovia's."))
      .toBe("Sylvania's aid from Freedonia was bigger than Marsovia's aid from Freedonia.");
    expect(elidedPossessiveRewrite(ctx, "Freedonia's aid to Sylvania was about as large as the League's."))
      .toBe("Freedonia's aid to Sylvania was about as large as the League's aid to Sylvania.");
  });
  it('is no rewrite without a possessive on each side, or for a possessor the graph does not know', () => {
    expect(elidedPossessiveRewrite(ctx, "Sylvania's aid from Freedonia was bigger than Marsovia's aid from Freedonia.")).toBeUndefined();
    expect(elidedPossessiveRewrite(ctx, 'The aid from Freedonia was bigger than Marsovia\'s.')).toBeUndefined();
    expect(elidedPossessiveRewrite(ctx, "Sylvania's aid from Freedonia was bigger than last year's.")).toBeUndefined();
  });
});

describe('a bare possessive side, end to end', () => {
  it('compares the two amounts, either way round', async () => {
    const r = await check("Sylvania's aid from Freedonia was bigger than Marsovia's.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('the bare possessive takes the first side\'s noun');
    expect(await verdict("Marsovia's aid from Freedonia was bigger than Sylvania's.")).toBe('REFUTED');
  });
  it('decides nothing when the graph gives the other side no amount', async () => {
    expect(await verdict("Freedonia's aid to Sylvania was bigger than the League's.")).toBe('NOT_ENOUGH_INFO');
  });
});
