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

describe('round 38 (misses30): "the <Word> one" as the second side', async () => {
  const { elidedOneRewrite } = await import('../../src/check/elided-possessive.js');
  it('borrows the first side\'s head noun', () => {
    expect(elidedOneRewrite(ctx, "Freedonia's aid to Sylvania was bigger than the Marsovian one.")).toBe("Freedonia's aid to Sylvania was bigger than the Marsovian aid.");
    expect(elidedOneRewrite(ctx, 'The Sylvanian financial assistance was slightly larger than the Marsovian one.')).toBe('The Sylvanian financial assistance was slightly larger than the Marsovian financial assistance.');
    expect(elidedOneRewrite(ctx, 'The Marsovian grants fell short of the Sylvanian ones.')).toBe('The Marsovian grants fell short of the Sylvanian grants.');
  });
  it('is no rewrite for a word the graph does not know, or without a comparison before it', () => {
    expect(elidedOneRewrite(ctx, "Freedonia's aid to Sylvania was bigger than the Zorbian one.")).toBeUndefined();
    expect(elidedOneRewrite(ctx, "Freedonia's aid to Sylvania was the Marsovian one.")).toBeUndefined();
  });
  it('decides the comparison as the two amounts do', async () => {
    expect(await verdict("Freedonia's financial assistance to Sylvania was bigger than the Marsovian one.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's financial assistance to Marsovia was bigger than the Sylvanian one.")).toBe('REFUTED');
  });
});
