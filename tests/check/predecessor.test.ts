// Who held an office before whom (src/check/predecessor.ts): places in the office's line
// (cg:officeOrdinal); the first holder has no predecessor.
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder } from '../helpers/check-fixture.js';

const holder = officeHolder;
// Ann is the first President of Sylvania, Bob the second, Carl the fourth
const { check } = checkFixture(`
cgr:ann a cg:Person ; rdfs:label "Ann Other" .
cgr:bob a cg:Person ; rdfs:label "Bob Second" .
cgr:carl a cg:Person ; rdfs:label "Carl Third" .
cgr:dora a cg:Person ; rdfs:label "Dora Fourth" .
${holder('ann', 1)}${holder('bob', 2)}${holder('carl', 4)}`);

describe('a predecessor in an office', () => {
  it('is refuted for the first holder, who has none', async () => {
    const r = await check("Ann Other's predecessor as President of Sylvania was Bob Second.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('first holder');
  });

  it('is the holder one place earlier in the line', async () => {
    expect((await check("Bob Second's predecessor as President of Sylvania was Ann Other.")).verdict).toBe('SUPPORTED');
    expect((await check('Ann Other preceded Bob Second as President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check("Ann Other was Carl Third's predecessor as President of Sylvania.")).verdict).toBe('REFUTED');
  });

  it('is NOT_ENOUGH_INFO, with the reading, for a holder without a place', async () => {
    expect((await check("Dora Fourth's predecessor as President of Sylvania was Carl Third.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
