// A comparison said with "have" (src/check/have-comparisons.ts): "A has a larger N than B [does]"
// read as "A's N is larger than B's" and decided by the comparison readers.
import { describe, expect, it } from 'vitest';
import { haveComparisonRewrite, rankAmongRewrite, rankVerbRewrite } from '../../src/check/have-comparisons.js';
import { checkFixture, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

// Freedonia is the League's largest shareholder, Sylvania its second; Freedonia has the largest
// economy in Ruritania (Freedonia and Sylvania are its members)
const { ctx, check } = checkFixture(SHAREHOLDER_RANKS);

describe('haveComparisonRewrite', () => {
  it('says "A has a larger N than B [does]" as the possessive comparison', () => {
    expect(haveComparisonRewrite(ctx, 'Sylvania has a larger economy than Freedonia.')).toBe("Sylvania's economy is larger than Freedonia's");
    expect(haveComparisonRewrite(ctx, 'Sylvania has bigger gas reserves than Freedonia does.')).toBe("Sylvania's gas reserves are bigger than Freedonia's");
  });
  it('leaves "than any other", an amount and a possessive subject to other readers', () => {
    expect(haveComparisonRewrite(ctx, 'Freedonia has a larger economy than any other Ruritanian state.')).toBeUndefined();
    expect(haveComparisonRewrite(ctx, 'Freedonia has a larger budget than US$ 5 million.')).toBeUndefined();
    expect(haveComparisonRewrite(ctx, "Freedonia's bank has a larger budget than Sylvania.")).toBeUndefined();
  });
});

describe('a comparison said with "have", end to end', () => {
  it('is decided by a superlative, with the reading shown', async () => {
    const r = await check('Sylvania has a larger economy than Freedonia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain(`Read as "Sylvania's economy is larger than Freedonia's"`);
    expect((await check('Freedonia has a larger economy than Sylvania.')).verdict).toBe('SUPPORTED');
  });
  it('compares shareholders by voting power (lexicon cg:shareholderOf)', async () => {
    expect((await check('Sylvania has more voting power in the League than Freedonia does.')).verdict).toBe('REFUTED');
    expect((await check("Freedonia has a bigger share of the League's voting power than Sylvania.")).verdict).toBe('SUPPORTED');
  });
  it('reads a chunk or slice of the bank\'s voting power, the bank named before the noun (round 26)', async () => {
    expect((await check('Sylvania has a bigger chunk of League voting power than Freedonia.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia has a bigger share of League voting power than Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia holds a larger slice of the League's voting power than Sylvania.")).verdict).toBe('SUPPORTED');
  });
  it('reads "holds" as "has" (round 22)', async () => {
    expect((await check('Sylvania holds more voting power in the League than Freedonia.')).verdict).toBe('REFUTED');
    expect((await check("Freedonia holds a bigger share of the League's voting power than Sylvania.")).verdict).toBe('SUPPORTED');
  });
});

describe('rankVerbRewrite (round 18)', () => {
  it('says "A outranks B in N" as the possessive comparison', () => {
    expect(rankVerbRewrite('Freedonia outranks Sylvania in League voting power.')).toBe("Freedonia's League voting power is larger than Sylvania's");
    expect(rankVerbRewrite('Sylvania ranks below Freedonia in voting power in the League.')).toBe("Sylvania's voting power in the League is smaller than Freedonia's");
    expect(rankVerbRewrite('Freedonia was ranked ahead of Sylvania in terms of voting power in the League.')).toBe("Freedonia's voting power in the League was larger than Sylvania's");
    expect(rankVerbRewrite('Freedonia does not outrank Sylvania in voting power.')).toBeUndefined();
    expect(rankVerbRewrite('Freedonia outranks any other member in voting power.')).toBeUndefined();
  });
  it('is decided by the shareholder ranks', async () => {
    expect((await check('Freedonia outranks Sylvania in voting power in the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia ranks behind Sylvania in voting power in the League.')).verdict).toBe('REFUTED');
    // a voting share without its percentage is the shareholding (lexicon cg:shareholderOf)
    expect((await check('Sylvania has a voting share in the League.')).verdict).toBe('SUPPORTED');
  });
});

describe('rankAmongRewrite (round 31)', () => {
  it('says "A outranks / trails B among <N>s" as "A is a larger / smaller <N> than B"', () => {
    expect(rankAmongRewrite("Freedonia outranks Sylvania among the League's shareholders")).toBe('Freedonia is a larger shareholder of the League than Sylvania');
    expect(rankAmongRewrite('Freedonia outranks Sylvania among the shareholders of the League')).toBe('Freedonia is a larger shareholder of the League than Sylvania');
    expect(rankAmongRewrite('Sylvania trails Freedonia among League shareholders')).toBe('Sylvania is a smaller League shareholder than Freedonia');
    expect(rankAmongRewrite('Freedonia outranks Sylvania among Ruritanian economies')).toBe('Freedonia is a larger Ruritanian economy than Sylvania');
  });
  it('leaves a side that is no name, and a noun that is no plural, alone', () => {
    expect(rankAmongRewrite('Freedonia outranks any other state among League shareholders')).toBeUndefined();
    expect(rankAmongRewrite('Freedonia outranks Sylvania among the League staff')).toBeUndefined();
  });
  it('is decided by the ranks: the order reversed is refuted, a side with no rank held', async () => {
    expect((await check("Freedonia outranks Sylvania among the League's shareholders.")).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania outranks Freedonia among League shareholders.')).verdict).toBe('REFUTED');
    expect((await check('Marsovia outranks Sylvania among League shareholders.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 36 (branch compare36): "Kazakhstan is a smaller economy than Uzbekistan" (u28-comparisons-11) was unread
describe('"A is a larger N than B" with N a superlative noun of the lexicon ("economy")', () => {
  it('is said with "has" and decided by the superlative', async () => {
    expect(haveComparisonRewrite(ctx, 'Sylvania is a smaller economy than Freedonia.')).toBe("Sylvania's economy is smaller than Freedonia's");
    expect((await check('Sylvania is a smaller economy than Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is a smaller economy than Sylvania.')).verdict).toBe('REFUTED');
    // another noun: not this reading (the rank readers' "larger shareholder")
    expect(haveComparisonRewrite(ctx, 'Sylvania is a larger bank than Freedonia.')).toBeUndefined();
  });
});

describe('round 38 (misses30): "holds / owns" a larger N than B', () => {
  it('is said as "has"', () => {
    expect(haveComparisonRewrite(ctx, 'Sylvania holds a bigger voting share than Freedonia.')).toBe("Sylvania's voting share is bigger than Freedonia's");
    expect(haveComparisonRewrite(ctx, 'Sylvania owns larger gas reserves than Freedonia.')).toBe("Sylvania's gas reserves are larger than Freedonia's");
  });
});
