// Round 38 (branch fix31, users31's F12): a link of cause between two statements ("A, so B",
// "A. Consequently, B", "A; accordingly, B") says A is why B, which no reading of the two statements
// decides: held from SUPPORTED (src/check/consequence-links.ts, fix31b's, which the lead kept over
// fix31's unread rule so that a refuted part still refutes). Before, the parts were read as "A and B"
// and the causal claim came out SUPPORTED when both were true.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia is a member of the League and the region's largest economy (the fixture)
const { check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a link of cause between two statements', () => {
  it('is not supported as "and" is', async () => {
    expect(await verdict('Freedonia is the largest economy in the region, so Freedonia is a member of the League.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia is the largest economy in the region. Consequently, Freedonia is a member of the League.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia is the largest economy in the region; accordingly, Freedonia is a member of the League.')).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves "so did X" and a plain "and" as they were', async () => {
    expect(await verdict('Freedonia is the largest economy in the region and Freedonia is a member of the League.')).toBe('SUPPORTED');
  });
});
