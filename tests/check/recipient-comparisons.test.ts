// Two recipients of one giver compared (src/check/recipient-comparisons.ts), verbs of slightly
// exceeding (src/check/degree-comparisons.ts, lexicon cg:slightExceedVerb) and "ranks behind
// only N others" (src/check/rank-words.ts): round 28, branch phrasing28.
import { describe, expect, it } from 'vitest';
import { recipientComparison } from '../../src/check/recipient-comparisons.js';
import { rankWordings } from '../../src/check/rank-words.js';
import { freedoniaAid as aid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia pledged US$ 4.1 million in grants to Sylvania, gave Sylvania US$ 4 million and
// Marsovia US$ 1.5 million of financial assistance, and may provide US$ 2 million to Grand Fenwick
const { ctx, check } = checkFixture(aid('grantTo', 'sylvania', 4_100_000, 'pledged')
  + aid('financialAssistanceTo', 'marsovia', 1_500_000));

const verdictOf = async (claim: string): Promise<string> => {
  const r = await check(claim).catch((e: Error) => e);
  return 'verdict' in r ? r.verdict : 'UNREAD';
};

describe('two recipients compared by what they got', () => {
  it('says the claim as a comparison of the giver\'s two packages', () => {
    expect(recipientComparison('Sylvania got more money out of Freedonia than Marsovia did')).toBe("Freedonia's aid to Sylvania was larger than its aid to Marsovia.");
    expect(recipientComparison('Marsovia received far less aid from Freedonia than Sylvania')).toBe("Freedonia's aid to Marsovia was far smaller than its aid to Sylvania.");
    expect(recipientComparison('Freedonia gave Sylvania more money than Marsovia')).toBe("Freedonia's aid to Sylvania was larger than its aid to Marsovia.");
    expect(recipientComparison('Freedonia gave more aid to Marsovia than to Sylvania')).toBe("Freedonia's aid to Marsovia was larger than its aid to Sylvania.");
  });
  it('leaves a giver compared with a giver, a denial and a question alone', () => {
    expect(recipientComparison('Freedonia gave Sylvania more money than Marsovia did')).toBeUndefined();
    expect(recipientComparison('Sylvania did not get more money from Freedonia than Marsovia')).toBeUndefined();
    expect(recipientComparison('Did Sylvania get more money from Freedonia than Marsovia?')).toBeUndefined();
  });
  it('decides by the two amounts', async () => {
    expect(await verdictOf('Sylvania got more money out of Freedonia than Marsovia did')).toBe('SUPPORTED');
    expect(await verdictOf('Marsovia got more money out of Freedonia than Sylvania did')).toBe('REFUTED');
    expect(await verdictOf('Freedonia gave Marsovia more money than Sylvania')).toBe('REFUTED');
    // near miss: Ruritania gets nothing the graph knows of
    expect(await verdictOf('Ruritania got more money out of Freedonia than Marsovia did')).not.toMatch(/SUPPORTED|REFUTED/);
  });
});

describe('a verb of slightly exceeding ("edges out")', () => {
  // as above, and Freedonia also gave Sylvania US$ 4 million of financial assistance
  const edged = checkFixture(aid('grantTo', 'sylvania', 4_100_000, 'pledged')
    + aid('financialAssistanceTo', 'sylvania', 4_000_000) + aid('financialAssistanceTo', 'marsovia', 1_500_000));
  const verdictOf = async (claim: string): Promise<string> => {
    const r = await edged.check(claim).catch((e: Error) => e);
    return 'verdict' in r ? r.verdict : 'UNREAD';
  };
  it('holds within 10% and refutes from 50% apart', async () => {
    // 4.1 million against 4 million
    expect(await verdictOf("Freedonia's grants to Sylvania edge out its financial assistance to Sylvania")).toBe('SUPPORTED');
    // 4.1 million against 1.5 million: more, but not by a little
    expect(await verdictOf("Freedonia's grants to Sylvania edge out its aid to Marsovia")).toBe('REFUTED');
    expect(await verdictOf("Freedonia's aid to Marsovia edges out its grants to Sylvania")).toBe('REFUTED');
  });
});

describe('"ranks behind only N others"', () => {
  it('says the rank after them', () => {
    expect(rankWordings(ctx, "Sylvania's stake in the League ranks behind only one other").map((w) => w.parts)).toContainEqual(["Sylvania's stake in the League ranks second"]);
    expect(rankWordings(ctx, "Sylvania's reserves rank behind only three other countries' reserves on earth").map((w) => w.parts)).toContainEqual(["Sylvania's reserves rank fourth in the world"]);
    expect(rankWordings(ctx, "Sylvania's reserves rank behind Freedonia's").map((w) => w.parts.join())).not.toContain("Sylvania's reserves rank second");
  });
});
