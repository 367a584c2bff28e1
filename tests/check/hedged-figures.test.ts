// A hedge before an amount (round 31, branch fix24): "some", "~" and "upwards of" reach the value
// parser (src/check/text.ts keeps "some" and reads "~" before a figure; lexicon cg:meaningWord
// "upwards"), so the one closeness rule (src/check/closeness.ts) or the bound decides, not the
// exact figure: "Freedonia signed deals worth some US$ 5.2 million" held for 5 million.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();

describe('a hedged amount', () => {
  it('is held within the closeness rule, and refuted far from it', async () => {
    for (const [c, v] of [
      ['Freedonia signed energy deals worth some US$ 5 million with Sylvania.', 'SUPPORTED'],
      ['Freedonia signed energy deals worth ~US$5m with Sylvania.', 'SUPPORTED'],
      // round 34 (fix27's rounding test): an exact 5 million is no rounding of 5.2: held
      ['Freedonia signed energy deals worth some US$ 5.2 million with Sylvania.', 'NOT_ENOUGH_INFO'],
      ['Freedonia signed energy deals worth ~US$5.2m with Sylvania.', 'NOT_ENOUGH_INFO'],
      // near misses: far off, and the exact figure said without the hedge
      ['Freedonia signed energy deals worth some US$ 9 million with Sylvania.', 'REFUTED'],
      ['Freedonia signed energy deals worth US$ 5.2 million with Sylvania.', 'REFUTED'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
  });

  it('reads "upwards of" as more than, also where "upwards" was skipped as an adverb', async () => {
    expect((await check('Freedonia signed energy deals worth upwards of US$ 4 million with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals worth upwards of US$ 6 million with Sylvania.')).verdict).toBe('REFUTED');
    expect((await check("Freedonia's energy deals with Sylvania were upwards of US$ 4 million.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's energy deals with Sylvania were upwards of US$ 6 million.")).verdict).toBe('REFUTED');
  });
});
