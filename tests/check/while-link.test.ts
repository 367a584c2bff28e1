// Round 41 (modal41, users33's F11 left): a bare "while" / "whilst", a fronted "As", "long before"
// (src/check/while-link.ts). Each was SUPPORTED from its two parts, the link of time never read.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('"while" between two dated deeds', () => {
  it('holds two deeds the graph dates at times that cannot overlap (was SUPPORTED)', async () => {
    for (const claim of [
      'Junichiro Koizumi visited Kazakhstan in 2006 while Shinzo Abe concluded his state visit to Central Asia on October 28, 2015.',
      "Whilst Shinzo Abe concluded his state visit to Central Asia, the United Nations General Assembly recognised Turkmenistan's permanent neutrality.",
    ]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, claim).toContain('do not overlap');
    }
  });

  it('keeps the contrast when a part is a denial', async () => {
    expect((await check('Kazakhstan joined the AIIB while Turkmenistan stayed out.')).verdict).toBe('SUPPORTED');
    // a past perfect orders the parts itself: the contrast
    expect((await check('Abe visited Turkmenistan and Tajikistan, while Koizumi had visited Kazakhstan and Uzbekistan in 2006.')).verdict).toBe('SUPPORTED');
  });

  it('holds "long before", a distance no source states (was SUPPORTED)', async () => {
    const r = await check('Long before the AIIB formally opened, its Articles of Agreement entered into force.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    // years apart: long on any reading, as before
    expect((await check("Turkmenistan's neutrality got UN recognition long before the Central Asia-China pipeline opened")).verdict).toBe('SUPPORTED');
  });
});

// Round 41 (lead, precision41-356/357): two deeds said in the past joined by "while", one of them not
// dated by the graph: nothing shows they overlapped (was SUPPORTED); a present state or a denial keeps
// the contrast reading.
describe('a "while" between two past deeds the graph does not both date', () => {
  it('is held; a state or a denial beside it is a contrast', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('Abe toured Central Asia while China held its Victory Day Parade.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('While Abe was touring Central Asia, the TAPI ceremony took place near Mary.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Kazakhstan joined the AIIB while Turkmenistan stayed out.')).verdict).toBe('SUPPORTED');
    expect((await check('China leads the AIIB while Japan leads the ADB.')).verdict).toBe('SUPPORTED');
  });
});
