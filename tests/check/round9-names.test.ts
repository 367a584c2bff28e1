// Round 9 (branch compound), on the committed graph: events named by what happened at them ("the
// launch of the TAPI pipeline's construction" is the groundbreaking ceremony, "the AIIB's opening"
// its opening ceremony), "chosen/selected/picked as the first head of" an organisation (its
// president), and Shanghai as a city of its own (the place of the AIIB's one opening is Beijing).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('round 9 names and words', () => {
  it('an event named by what was launched or opened at it', async () => {
    expect((await check("The launch of the TAPI pipeline's construction was attended by the Indian prime minister.")).verdict).toBe('REFUTED');
    expect((await check('The launch of construction of the TAPI pipeline was attended by Nawaz Sharif.')).verdict).toBe('SUPPORTED');
    expect((await check("The AIIB's opening was attended by Xi Jinping.")).verdict).toBe('SUPPORTED');
    // the verb is not the event: "the AIIB opened" still reads as the opening's day
    expect((await check('The AIIB opened three weeks after its Articles of Agreement entered into force.')).verdict).toBe('SUPPORTED');
  });
  it('chosen, selected or picked as the first head of an organisation', async () => {
    expect((await check('Jin Liqun was chosen as the first head of the AIIB.')).verdict).toBe('SUPPORTED');
    expect((await check("Jin Liqun was picked to be the AIIB's first president.")).verdict).toBe('SUPPORTED');
    expect((await check('Takehiko Nakao was selected as the first head of the AIIB.')).verdict).not.toBe('SUPPORTED');
  });
  it('another city is another place', async () => {
    const r = await check('The AIIB was formally opened in Shanghai.');
    expect(r.verdict).toBe('REFUTED');
    expect((await check('Turkmenistan is not a member of the Shanghai Cooperation Organisation.')).verdict).toBe('SUPPORTED');
  });
  it('"it" after a later part\'s subject is the first part\'s subject (or object), when the readings agree', async () => {
    const r = await check('Kazakhstan is a founding member of the AIIB, and the Central Asia-China pipeline crosses it.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.[1]?.text).toBe('the Central Asia-China pipeline crosses Kazakhstan');
    expect((await check('Tajikistan is a founding member of the AIIB, and the Central Asia-China pipeline crosses it.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
