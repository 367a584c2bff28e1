// Round 41 (modal41, users33's F9): "¥31 billion or ¥13 billion" was compared as its first amount
// (src/check/amount-alternatives.ts).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('two amounts as alternatives', () => {
  it('holds alternatives that disagree (was REFUTED by the first)', async () => {
    for (const claim of ['Abe pledged to grant ¥31 billion or ¥13 billion in aid to Kyrgyzstan.', 'Abe pledged to grant ¥13 billion or ¥31 billion in aid to Kyrgyzstan.'])
      expect((await check(claim)).verdict, claim).toBe('NOT_ENOUGH_INFO');
  });

  it('keeps a verdict both alternatives give', async () => {
    expect((await check('Abe pledged to grant ¥13 billion in aid to Kyrgyzstan.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe pledged to grant ¥31 billion or ¥41 billion in aid to Kyrgyzstan.')).verdict).toBe('REFUTED');
  });
});
