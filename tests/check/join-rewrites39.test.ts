// Round 39 (branch misses31, users31's compound misses; src/check/join-rewrites.ts, compound.ts):
// "X, for its part, V", a clause between dashes, "with X as its N", and a part whose object is a
// thing the first part names ("..., and Y joined as a founding member").
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import { joinRewrites } from '../../src/check/join-rewrites.js';

describe('round 39 joiners', () => {
  it('says "for its part", a clause between dashes and "with X as its N" in joiners the compound reader cuts', async () => {
    const { ctx } = await checkGraphDir(corpusFixture);
    const said = (t: string): string[] => joinRewrites(ctx, t).map((r) => r.claim);
    expect(said('Uzbekistan, for its part, received US$ 150 million from Japan.')).toContain('Uzbekistan received US$ 150 million from Japan');
    expect(said('For its part, Uzbekistan received aid.')).toContain('Uzbekistan received aid');
    expect(said('The AIIB opened in Beijing \u2014 China holds 26% of the votes \u2014 in 2016.')).toContain('The AIIB opened in Beijing in 2016; China holds 26% of the votes');
    // an apposition or a relative clause between dashes is no clause of its own
    expect(said('Jin Liqun \u2014 a former vice-minister \u2014 was elected.').some((c) => c.includes('; a former'))).toBe(false);
    expect(said('The AIIB opened in Beijing with Jin Liqun as its first president.')).toContain('The AIIB opened in Beijing; Jin Liqun is its first president');
  });

  it('decides each part', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    expect((await corpus.check('Uzbekistan, for its part, received US$ 150 million in Japanese assistance.')).verdict).toBe('REFUTED');
    expect((await corpus.check('The AIIB opened in Beijing \u2014 China holds about 26% of the votes \u2014 with Jin Liqun as its first president.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('The bank opened in Beijing \u2014 India holds the largest share of the votes \u2014 in January 2016.')).verdict).toBe('REFUTED');
  });

  it('gives a part without its object the thing the first part names', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    expect((await corpus.check("Jin Liqun became the bank's first president, and Turkmenistan joined as a founding member.")).verdict).toBe('REFUTED');
    expect((await corpus.check('The AIIB opened in Beijing, and Tajikistan signed up as a founding member.')).verdict).toBe('SUPPORTED');
    // an undecided insertion ("Japan included AIIB" as a part) never keeps a later reading from the claim
    expect((await corpus.check('The AIIB opened in Beijing with 57 prospective founders, Japan included.')).verdict).toBe('REFUTED');
  });
});
