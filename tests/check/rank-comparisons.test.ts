// Comparisons decided by ranks and superlatives (src/check/rank-comparisons.ts): "A holds a bigger
// stake in O than B", "A's economy is bigger than B's", "more than any other" as "the most".
import { describe, expect, it } from 'vitest';
import { superlativeRewrite } from '../../src/check/rank-comparisons.js';
import { checkFixture, fixtureClaim, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

// Freedonia is the League's largest shareholder, Sylvania its second; Freedonia has the largest
// economy in Ruritania (Freedonia and Sylvania are its members); Sylvania has the world's third
// largest gas reserves
const claim = (id: string, s: string, p: string, o: string, extra = ''): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o, sentence: 's020', more: extra });
const { ctx, check } = checkFixture([
  SHAREHOLDER_RANKS,
  claim('gas', 'sylvania', 'naturalGasReservesRank', '"3"^^xsd:positiveInteger'),
  claim('gas2', 'freedonia', 'naturalGasReservesRank', '"5"^^xsd:positiveInteger'),
  claim('rank3', 'marsovia', 'shareholderOf', 'cgr:league', 'cg:rank "3"^^xsd:positiveInteger'),
].join('\n'));

describe('a comparison by ranks', () => {
  it('reads the clause without its comparative and compares the ranks (1 = largest)', async () => {
    const r = await check('Freedonia holds a bigger stake in the League than Sylvania does.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('value-comparison');
    expect(r.explanation).toContain('Freedonia ranks 1, Sylvania ranks 2');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    expect((await check('Sylvania holds a bigger stake in the League than Freedonia does.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania holds a smaller stake in the League than Freedonia.')).verdict).toBe('SUPPORTED');
  });

  it('is NOT_ENOUGH_INFO, with the reading, when a side has no rank', async () => {
    const r = await check('Freedonia holds a bigger stake in the League than Grand Fenwick does.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('no single rank for Grand Fenwick');
  });

  it('is refuted when the other side is the largest of all (rank 1), whatever the side without a rank (round 18)', async () => {
    const r = await check('Grand Fenwick holds a bigger stake in the League than Freedonia does.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Freedonia ranks 1, the largest of all');
    expect((await check('Freedonia holds a smaller stake in the League than Grand Fenwick does.')).verdict).toBe('REFUTED');
    // a support would need the side without a rank to hold a stake at all
    expect((await check('Grand Fenwick holds a smaller stake in the League than Freedonia does.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"only A ... bigger than B" (round 22)', () => {
  it('holds when A ranks 1 and B ranks 2, and not when B has two above it or A is smaller', async () => {
    const r = await check('Only Freedonia holds a bigger stake in the League than Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('it alone is larger');
    expect((await check('Only Freedonia holds a bigger stake in the League than Marsovia.')).verdict).toBe('REFUTED');
    expect((await check('Only Sylvania holds a bigger stake in the League than Marsovia.')).verdict).toBe('REFUTED');
    expect((await check('Only Marsovia holds a bigger stake in the League than Sylvania.')).verdict).toBe('REFUTED');
  });
  it('holds "only A ... smaller than B" undecided unless A is the larger', async () => {
    expect((await check('Only Marsovia holds a smaller stake in the League than Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Only Freedonia holds a smaller stake in the League than Sylvania.')).verdict).toBe('REFUTED');
  });
});

describe('a comparison by a superlative (cg:superlativeNoun)', () => {
  it('the largest in a group is larger than each other member', async () => {
    const r = await check("Freedonia's economy is bigger than Sylvania's.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('largest economy in Ruritania');
    expect((await check("Sylvania's economy is larger than Freedonia's.")).verdict).toBe('REFUTED');
    expect((await check("Sylvania's economy is smaller than Freedonia's.")).verdict).toBe('SUPPORTED');
  });

  it('says nothing of an entity outside the group', async () => {
    expect((await check("Freedonia's economy is bigger than Grand Fenwick's.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a comparison of ranks a property holds as its value (cg:rankNoun)', () => {
  it('compares the two ranks (1 = largest)', async () => {
    const r = await check("Sylvania's gas reserves are larger than Freedonia's.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Sylvania ranks 3, Freedonia ranks 5');
    expect((await check("Freedonia's natural gas reserves are bigger than Sylvania's.")).verdict).toBe('REFUTED');
  });

  it('is NOT_ENOUGH_INFO, with the reading, when one side has no rank', async () => {
    const r = await check("Sylvania's gas reserves are larger than Grand Fenwick's.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('no single rank for Grand Fenwick');
  });
});

describe('"more than any other" is "the most"', () => {
  it('rewrites the comparative as the superlative', () => {
    expect(superlativeRewrite(ctx, 'Sylvania has larger natural gas reserves than any other country.')).toBe('Sylvania has the largest natural gas reserves');
    expect(superlativeRewrite(ctx, 'Freedonia is bigger than any other Ruritanian economy.')).toBe('Freedonia is the biggest Ruritanian economy');
    expect(superlativeRewrite(ctx, 'Freedonia is bigger than Sylvania.')).toBeUndefined();
  });

  it('is decided as the superlative: a rank of 3 refutes "the largest"', async () => {
    const r = await check('Sylvania has larger natural gas reserves than any other country.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('more than any other is the most');
  });

  it('reads "among the N largest" as a rank of at most N', async () => {
    expect((await check("Sylvania's gas reserves rank among the five largest in the world.")).verdict).toBe('SUPPORTED');
    expect((await check("Sylvania's gas reserves rank among the two largest in the world.")).verdict).toBe('REFUTED');
  });
});

describe('round 26: a rank said within a place (src/check/rank-scope.ts)', () => {
  it('is another ranking than the world rank the source gives: held either way', async () => {
    // the fixture: Sylvania's gas reserves rank 3 in the world; Sylvania is in Ruritania
    const first = await check('Sylvania holds the largest gas reserves in Ruritania.');
    expect(first.verdict).toBe('NOT_ENOUGH_INFO');
    expect(first.explanation).toContain('ranks within');
    expect((await check('Sylvania has the third largest gas reserves in Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the world's own scope still decides
    expect((await check("Sylvania holds the world's largest gas reserves.")).verdict).toBe('REFUTED');
    expect((await check("Sylvania holds the world's third largest gas reserves.")).verdict).toBe('SUPPORTED');
  });
});

describe('voting power wielded, a say, votes (round 31, lexicon cg:shareholderOf)', () => {
  it('compares the shareholders by rank whatever the words for their voting power', async () => {
    const r = await check('Freedonia wields more voting power in the League than Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Freedonia ranks 1, Sylvania ranks 2');
    expect((await check('Sylvania has a bigger say in the League than Freedonia does.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania holds less League voting power than Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia has a say in the League.')).verdict).toBe('SUPPORTED');
  });
  it('holds a side without a rank, and a say in what no bank is', async () => {
    expect((await check('Grand Fenwick has a smaller say in the League than Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
    // Ruritania is a group, not a body with shareholders (cg:shareholderOf's range): not read
    await expect(check('Sylvania has a bigger say in Ruritania than Freedonia.')).rejects.toThrow(/could not read/);
  });
});
