// Round 41 (modal41, users33's F10): "26.0 percent" was supported by "about 26 percent"
// (src/check/stated-precision.ts).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('a stated precision against an approximate source', () => {
  it('holds a figure with a zero decimal (was SUPPORTED)', async () => {
    for (const claim of ['China holds 26.0 percent of the voting power in the AIIB.', 'China has 26.00% of the voting power in the AIIB.'])
      expect((await check(claim)).verdict, claim).toBe('NOT_ENOUGH_INFO');
  });

  it('keeps the figure said as the source says it', async () => {
    expect((await check('China holds about 26 percent of the voting power in the AIIB.')).verdict).toBe('SUPPORTED');
  });
});
