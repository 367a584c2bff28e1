// Round 37 (branch misses29): a lexicon entry only (ontology/lexicon.ttl): "grant aid" said for
// grants in the patterns of cg:grantTo (users29 numbers-06 "was pledged ... in grant aid"). Fails
// without the entry (the claims were unread). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { freedoniaAid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia pledged US$ 4 million in grants to Sylvania
const { check } = checkFixture(freedoniaAid('grantTo', 'sylvania', 4_000_000, 'pledged'));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('"grant aid"', () => {
  it('is read as grants, the amount deciding both ways', async () => {
    expect(await verdict('Freedonia pledged US$ 4 million in grant aid to Sylvania.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania was promised US$ 4 million in grant aid by Freedonia.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia pledged Sylvania US$ 9 million in grant aid.')).toBe('REFUTED');
  });
});
