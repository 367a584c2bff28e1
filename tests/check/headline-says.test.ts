// A headline as a speaker (src/check/headline-says.ts, round 18): what a headline says, read
// against its article's claims and kept to the headline's own words.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('what a headline says', () => {
  it('supports a count the headline gives and refutes another, citing the headline', async () => {
    const r = await check('The AIIB piece\'s headline says the bank opened with 57 founding members.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.some((e) => e.segment === 'headline')).toBe(true);
    expect(await verdict('The AIIB story\'s headline says the bank has 50 founding members.')).toBe('REFUTED');
  });

  it('decides "mentions" by the title held whole', async () => {
    expect(await verdict('The headline of the Japan analysis mentions China.')).toBe('REFUTED');
    expect(await verdict('The AIIB article\'s headline mentions Beijing.')).toBe('SUPPORTED');
  });

  it('leaves what only the body says undecided', async () => {
    expect(await verdict('The TAPI story\'s headline says the pipeline will cost about US$ 10 billion.')).toBe('NOT_ENOUGH_INFO');
  });
});
