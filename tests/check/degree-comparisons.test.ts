// Comparisons with a degree (src/check/degree-comparisons.ts, round 27): "slightly larger", "far
// bigger"; and the free-relative sides of src/check/comparisons.ts ("what it pledged to Y").
import { describe, expect, it } from 'vitest';
import { freedoniaAid as aid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { degreeBeforeComparison } from '../../src/check/lexicon-words.js';

// the fixture: Freedonia may provide US$ 2 million in grants to Grand Fenwick (possible); here it
// also pledged US$ 4.1 million in grants to Sylvania, and gave Sylvania US$ 4 million and Marsovia
// US$ 1.5 million of financial assistance (stated)
const { check, ctx } = checkFixture(aid('grantTo', 'sylvania', 4_100_000, 'pledged')
  + aid('financialAssistanceTo', 'sylvania', 4_000_000) + aid('financialAssistanceTo', 'marsovia', 1_500_000));

const verdictOf = async (claim: string): Promise<string> => {
  const r = await check(claim).catch((e: Error) => e);
  return 'verdict' in r ? r.verdict : 'UNREAD';
};

describe('a comparison with a degree word', () => {
  it('holds a slight degree when the two amounts are within 10%, and refutes it from 50% apart', async () => {
    const r = await check("Freedonia's grants to Sylvania were slightly larger than its financial assistance to Sylvania.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('with the degree "slightly"');
    expect(r.explanation).toContain('2.5% above the smaller');
    // 4 million against 1.5 million: not slightly
    const far = await check("Freedonia's aid to Marsovia was slightly smaller than its financial assistance to Sylvania.");
    expect(far.verdict).toBe('REFUTED');
    expect(far.explanation).toContain('"slightly" does not hold');
  });

  it('holds a wide degree from 50% apart, and refutes it within 10%', async () => {
    expect(await verdictOf("Freedonia's financial assistance to Sylvania is far bigger than its aid to Marsovia.")).toBe('SUPPORTED');
    expect(await verdictOf("Freedonia's grants to Sylvania are much larger than its financial assistance to Sylvania.")).toBe('REFUTED');
    expect(await verdictOf("Freedonia's financial assistance to Sylvania is a good deal more than its aid to Marsovia.")).toBe('SUPPORTED');
  });

  it('refutes a slight degree beyond the closeness rule, and a comparison refuted without it', async () => {
    // 2 million against 1.5 million: 25% of the larger apart; undecided between 10% and 50% before
    // round 31, refuted beyond 15% by the one closeness rule (src/check/closeness.ts) since
    expect(await verdictOf("Freedonia's grants to Grand Fenwick are slightly larger than its aid to Marsovia.")).toBe('REFUTED');
    expect(await verdictOf("Freedonia's aid to Marsovia is slightly larger than its financial assistance to Sylvania.")).toBe('REFUTED');
  });

  it('keeps a degree word before a comparative from being set aside by the parser', () => {
    expect(degreeBeforeComparison(ctx, 'slightly', 'larger')).toBe(true);
    expect(degreeBeforeComparison(ctx, 'far', 'exceeds')).toBe(true);
    expect(degreeBeforeComparison(ctx, 'slightly', 'delayed')).toBe(false);
    expect(degreeBeforeComparison(ctx, 'formally', 'larger')).toBe(false);
  });
});

describe('a free-relative side ("what it pledged to Y")', () => {
  it('reads "what" and a clause as the amount the clause leaves out, its pronoun the first subject', async () => {
    const r = await check("Freedonia's aid to Marsovia is smaller than what it pledged to Sylvania.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('USD 1,500,000 is less than USD 4,100,000');
    expect(await verdictOf("Freedonia's aid to Marsovia topped what it pledged to Sylvania.")).toBe('REFUTED');
    expect(await verdictOf('What Freedonia pledged to Sylvania exceeds what it extended to Marsovia.')).toBe('SUPPORTED');
    expect(await verdictOf("Freedonia's aid to Marsovia is less than half of what Sylvania got from Freedonia.")).toBe('SUPPORTED');
  });

  it('is no side when the clause names no amount of the graph', async () => {
    const v = await verdictOf("Freedonia's aid to Marsovia is smaller than what it pledged to Ruritania.");
    expect(v).not.toBe('SUPPORTED');
    expect(v).not.toBe('REFUTED');
  });
});

describe('a comparative with an article and an amount noun in a clause comparison', () => {
  it('reads "a bigger sum than it pledged to Y" as more aid', async () => {
    expect(await verdictOf('Freedonia pledged Sylvania a larger sum than it extended to Marsovia.')).toBe('SUPPORTED');
    expect(await verdictOf('Freedonia extended Marsovia a bigger sum than it pledged to Sylvania.')).toBe('REFUTED');
  });
});

// Round 36 (branch compare36): "dwarfs" is a verb of far exceeding with the ratio the lexicon gives
// it (cg:wideExceedVerb "dwarfs|exceeds|3"), not any larger amount (a 2.8% gap was supported).
describe('a verb that says the wide degree with its ratio ("dwarfs")', () => {
  // Freedonia gave Sylvania US$ 4 million, Marsovia US$ 1 million and Grand Fenwick US$ 2 million,
  // and pledged Sylvania US$ 4.1 million in grants
  const wide = checkFixture(aid('grantTo', 'sylvania', 4_100_000, 'pledged') + aid('financialAssistanceTo', 'sylvania', 4_000_000)
    + aid('financialAssistanceTo', 'marsovia', 1_000_000) + aid('financialAssistanceTo', 'grand-fenwick', 2_000_000));
  const verdict = (claim: string): Promise<string> => wide.check(claim).then((r) => r.verdict, () => 'UNREAD');
  it('holds at three times or more, with the arithmetic', async () => {
    const r = await wide.check("Freedonia's financial assistance to Sylvania dwarfs its financial assistance to Marsovia.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('at least 3 times the smaller');
    expect(r.explanation).toContain('4000000 / 1000000 = 4');
    expect(await verdict("Freedonia's financial assistance to Marsovia is dwarfed by its financial assistance to Sylvania.")).toBe('SUPPORTED');
  });
  it('refutes close amounts and the smaller side, and leaves a ratio in between undecided', async () => {
    // 4.1 million against 4 million: larger, but 2.5% apart
    expect(await verdict("Freedonia's grants to Sylvania dwarf its financial assistance to Sylvania.")).toBe('REFUTED');
    expect(await verdict("Freedonia's financial assistance to Marsovia dwarfs its financial assistance to Sylvania.")).toBe('REFUTED');
    // twice: larger, neither close nor three times
    expect(await verdict("Freedonia's financial assistance to Sylvania dwarfs its financial assistance to Grand Fenwick.")).toBe('NOT_ENOUGH_INFO');
  });
  it('does not read the verb after a denial', async () => {
    expect(await verdict("Freedonia's grants to Sylvania do not dwarf its financial assistance to Sylvania.")).not.toMatch(/SUPPORTED|REFUTED/);
  });
});
