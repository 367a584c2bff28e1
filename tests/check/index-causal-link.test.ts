// Round 38 (branch fix31, users31's F12): a link of cause between two statements ("A, so B",
// "A. Consequently, B", "A; accordingly, B") says A is why B, which no reading of the two statements
// decides (src/check/index.ts CAUSAL_LINK): unread, as "because" and "therefore" are. Before, the
// parts were read as "A and B" and the causal claim came out SUPPORTED when both were true.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia is a member of the League and the region's largest economy (the fixture)
const { check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a link of cause between two statements', () => {
  it('is not read as "and"', async () => {
    expect(await verdict('Freedonia is the largest economy in the region, so Freedonia is a member of the League.')).toBe('UNREAD');
    expect(await verdict('Freedonia is the largest economy in the region. Consequently, Freedonia is a member of the League.')).toBe('UNREAD');
    expect(await verdict('Freedonia is the largest economy in the region; accordingly, Freedonia is a member of the League.')).toBe('UNREAD');
  });

  it('leaves "so did X" and a plain "and" as they were', async () => {
    expect(await verdict('Freedonia is the largest economy in the region and Freedonia is a member of the League.')).toBe('SUPPORTED');
  });
});
