// A source claim said as former (cg:former true: "X, a former member of Y"): a claim in the
// present tense ("X is a member of Y") is refuted by it, its denial supported; in the past tense
// ("X was a member of Y") it is supported (src/check/verdict.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Marsovia, a former member of the League
const { check } = checkFixture(`
cgc:marsovia.memberOf.league.former a cg:Claim ; rdf:subject cgr:marsovia ; rdf:predicate cg:memberOf ; rdf:object cgr:league ;
    cg:former true ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .`);

describe('a claim the source says as former', () => {
  it('refutes the present tense and supports its denial', async () => {
    const r = await check('Marsovia is a member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('says it as former');
    expect((await check('Marsovia is not a member of the League.')).verdict).toBe('SUPPORTED');
  });

  it('supports the past tense', async () => {
    expect((await check('Marsovia was a member of the League.')).verdict).toBe('SUPPORTED');
  });
});

describe('round 26: the present of "does", "no longer" and the verbs of holding a post', () => {
  it('says now as "is" does (src/check/claim-time.ts)', async () => {
    // before: "does not belong" and "no longer belongs" were no present tense, and the source's
    // former membership refuted them (as it affirms the past); "belongs" alone is no present word
    expect((await check('Marsovia does not belong to the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia no longer belongs to the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Does Marsovia belong to the League?')).verdict).toBe('REFUTED');
  });
});

describe('round 26: "no longer" also says it once held (src/check/no-longer.ts)', () => {
  it('holds a support by a bare denial, keeps a support by a former claim and a refutation', async () => {
    // the fixture: Sylvania is not a member of the League (a denial), Freedonia is a member
    const held = await check('Sylvania is no longer a member of the League.');
    expect(held.verdict).toBe('NOT_ENOUGH_INFO');
    expect(held.explanation).toContain('once held');
    expect((await check('Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia is no longer a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is no longer a member of the League.')).verdict).toBe('REFUTED');
  });
});

describe('round 35 (fix28b): "still" and "continues to be" say now', () => {
  it('are refuted by a former claim, as "remains" is', async () => {
    // before: "still" was a word of another time, so "is still" was no present tense and the
    // former membership supported it; "continues to be" was read as "is still"
    expect((await check('Marsovia remains a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Marsovia is still a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Marsovia continues to be a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Marsovia was still a member of the League.')).verdict).not.toBe('REFUTED');
  });
});
