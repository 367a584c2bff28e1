// Round 33 (branch cmp33): an aid side named by its giver and its recipient ("Freedonia's package
// for Sylvania", "Sylvania's package from Freedonia"): the giver's assistance claims only
// (src/check/comparison-sides.ts `recipientClaims`).
import { describe, expect, it } from 'vitest';
import { recipientClaims } from '../../src/check/comparison-sides.js';
import { freedoniaAid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia gave Sylvania US$ 4 million and Marsovia US$ 1.5 million of financial assistance
const { ctx, check } = checkFixture(freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000) + freedoniaAid('financialAssistanceTo', 'marsovia', 1_500_000));
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('an aid side with its giver', () => {
  it('finds the giver\'s claims to the recipient, either way round', () => {
    expect(recipientClaims(ctx, "Freedonia's package for Sylvania")?.length).toBe(1);
    expect(recipientClaims(ctx, "Sylvania's package from Freedonia")?.length).toBe(1);
    // another giver: no claim; two names without a tie word: no such side
    expect(recipientClaims(ctx, "the League's package for Sylvania")?.length ?? 0).toBe(0);
    expect(recipientClaims(ctx, "Freedonia's Sylvania package")).toBeUndefined();
  });
  it('decides a comparison of two such sides, and holds another giver\'s', async () => {
    expect(await verdict("Freedonia's package for Sylvania exceeds its package for Marsovia.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's package for Marsovia exceeds its package for Sylvania.")).toBe('REFUTED');
    expect(await verdict("The League's package for Sylvania exceeds Freedonia's package for Marsovia.")).not.toMatch(/SUPPORTED|REFUTED/);
  });
});
