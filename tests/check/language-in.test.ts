// Round 41 (modal41, users33's F7): "in Chinese" read as the place "in China" through the country's
// other name (src/check/language-in.ts).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('a demonym after "in" is a language', () => {
  it('holds a deed said "in Chinese" (was SUPPORTED as "in China")', async () => {
    const r = await check('The AIIB opened in Chinese.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('as a language');
  });

  it('reads the country\'s own name as the place, as before', async () => {
    expect((await check('The AIIB opened in China.')).verdict).toBe('SUPPORTED');
  });
});
