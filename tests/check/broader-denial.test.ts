// A denial of a broader property denies the narrower one (src/check/broader-denial.ts): not a
// member of the League is not a founding member of it; never the converse.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: "All Ruritanian states except Sylvania belong to the League" (Sylvania: not a member)
const { check } = checkFixture(`
cgc:fenwick.foundingMemberOf.league.neg a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:foundingMemberOf ; rdf:object cgr:league ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s021> .
`);

describe('a denial of a broader property (rdfs:subPropertyOf)', () => {
  it('refutes the narrower claim and supports its denial', async () => {
    const r = await check('Sylvania is a founding member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('broader-denial');
    expect(r.explanation).toContain('sub-property');
    expect((await check('Sylvania is not a founding member of the League.')).verdict).toBe('SUPPORTED');
  });

  it('says nothing of the broader claim when only the narrower one is denied', async () => {
    expect((await check('Grand Fenwick is a member of the League.')).verdict).not.toBe('REFUTED');
  });
});
