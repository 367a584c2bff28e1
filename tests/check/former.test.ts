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
