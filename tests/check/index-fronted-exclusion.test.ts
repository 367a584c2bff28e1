// Round 38 (branch fix31, users31's F5): a fronted exclusion ("Excluding X, all G ...") takes X out of
// the group the clause after it is about (src/check/index.ts FRONTED_EXCLUSION): it is no part of its
// own, and the claim is left unread. Before, cut off at its comma, the clause about the whole group
// was refuted by X and refuted the claim.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia and Sylvania are the region's countries; Freedonia is its largest economy
const { check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a fronted exclusion', () => {
  it('is not cut off as a part of its own', async () => {
    // the clause after it ("Sylvania is the largest economy") was refuted by Freedonia's rank
    expect(await verdict('Excluding Freedonia, Sylvania is the largest economy in the region.')).toBe('UNREAD');
    expect(await verdict('Barring Freedonia, Sylvania is the largest economy in the region.')).toBe('UNREAD');
    expect(await verdict('Without Sylvania, the region\'s countries are all members of the League.')).toBe('UNREAD');
    // round 40 (fix32d, users32's F13): "But for X," was read past "But" as "For X, ..."
    expect(await verdict('But for Freedonia, Sylvania is the largest economy in the region.')).toBe('UNREAD');
  });
});
