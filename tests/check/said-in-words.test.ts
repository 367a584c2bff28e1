// A source credited with a majority it did not say (src/check/said-in-words.ts, round 40, users32's
// F8): the corpus fixture's one claim that China is the largest importer of Turkmen gas is stated by
// the Japan analysis ("the largest importer") and by the TAPI story ("most Turkmen gas exports").
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('"S says most of X\'s exports go to Y"', () => {
  it('is held when S\'s own sentence says only the largest importer', async () => {
    for (const claim of ['Hashmi says most Turkmen gas exports have gone to China.', 'According to Hashmi, the bulk of Turkmenistan\'s gas exports go to China.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, claim).toMatch(/does not say "(?:most|bulk)"/);
    }
  });

  it('is supported by the source that says the majority, and said of no one', async () => {
    expect((await check('The Energy Bureau says most Turkmen gas exports have gone to China.')).verdict).toBe('SUPPORTED');
    expect((await check('Most Turkmen gas exports have gone to China.')).verdict).toBe('SUPPORTED');
    // the largest importer in other words is what she said
    expect((await check('Sana Hashmi writes that China is the biggest buyer of Turkmen gas.')).verdict).toBe('SUPPORTED');
  });
});
