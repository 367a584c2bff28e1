// Amounts in frames the patterns do not take (round 11, branch `spans`, src/check/amount-frames.ts
// and the gas-volume conversions of ontology/lexicon.ts): "put / pegged at", "price tag", a
// demonym as the giver, "million cubic metres". Each end-to-end claim was unread before.
import { describe, expect, it } from 'vitest';
import { amountFrameRewrites } from '../../src/check/amount-frames.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const { ctx: fixture } = checkFixture();

describe('amountFrameRewrites', () => {
  it('says a value verb of estimating as "estimated at", then as the copula', () => {
    expect(amountFrameRewrites(fixture, "The canal's price tag is put at $5bn.").map((r) => r.claim))
      .toEqual(["The canal's cost is estimated at $5bn.", "The canal's cost is $5bn."]);
    expect(amountFrameRewrites(fixture, 'The price of the canal was pegged at about US$ 5 billion.')[0]!.claim).toBe('The cost of the canal is estimated at about US$ 5 billion.');
  });
  it('reads a demonym of one country as the giver, and leaves other words alone', () => {
    expect(amountFrameRewrites(fixture, 'Sylvania got US$ 5 million in Freedonian aid.')[0]!.claim).toBe('Sylvania got US$ 5 million in aid from Freedonia.');
    expect(amountFrameRewrites(fixture, 'Sylvania got US$ 5 million in Freedonia aid.')).toEqual([]);
    expect(amountFrameRewrites(fixture, 'The canal was put into service in 1999.')).toEqual([]);
  });
});

describe('amount frames, end to end (unread before round 11)', () => {
  it('decides the estimate, the price tag and the giver', async () => {
    expect((await check("TAPI's cost is put at about $10 billion.")).verdict).toBe('SUPPORTED');
    expect((await check("The TAPI pipeline's price tag is put at $1bn.")).verdict).toBe('REFUTED');
    expect((await check('The price tag of the TAPI pipeline is estimated at US$10bn.')).verdict).toBe('SUPPORTED');
    expect((await check("The AIIB's authorised capital is pegged at US$ 50 billion.")).verdict).toBe('REFUTED');
    const r = await check('Uzbekistan got USD 105 mn in Japanese financial assistance.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('"Japanese" read as the giver, Japan');
    expect((await check('Uzbekistan got ¥ 20 billion in Japanese financial assistance.')).verdict).toBe('REFUTED');
  });
  it('converts gas volumes in millions of cubic metres to the patterns\' bcm', async () => {
    expect((await check('The TAPI pipeline will carry 33,000 million cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    const r = await check('The TAPI pipeline will carry 33 million cubic metres of gas a year.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('0.033');
  });
});

describe('a source putting a value at V (round 32)', () => {
  it('reads "S puts X\'s N at V" as the source\'s estimate', () => {
    expect(amountFrameRewrites(fixture, "The Freedonia Herald puts Sylvania's cost at about $5 billion.").map((r) => r.claim))
      .toEqual(["According to The Freedonia Herald, Sylvania's cost is estimated at about $5 billion"]);
  });
  it('leaves a denial, a modal and a figure no noun of value names', () => {
    expect(amountFrameRewrites(fixture, "The Freedonia Herald does not put Sylvania's cost at about $5 billion.")).toEqual([]);
    expect(amountFrameRewrites(fixture, "The Freedonia Herald may put Sylvania's cost at about $5 billion.")).toEqual([]);
    expect(amountFrameRewrites(fixture, "The Freedonia Herald puts Sylvania's hopes at about $5 billion.")).toEqual([]);
  });
});
