// "X 's Y" read into two slots (src/check/owned-heads.ts): a Y the graph labels as another owner's
// is no reading (round 20: one country's programme was read as another's, the only one of that name).
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:grain-programme a cg:Programme ; rdfs:label "grain programme of Sylvania" ; skos:altLabel "Sylvania grain programme", "grain programme" .
cgc:freedonia.helpTo.sylvania.grain a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:helpTo ; rdf:object cgr:sylvania ;
    cg:purpose cgr:grain-programme ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`);

describe('a possessor and its head in two slots', () => {
  it('reads the owner the graph labels the head with', async () => {
    const r = await check("Freedonia helps Sylvania's grain programme.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation?.qualifiers.purpose).toMatchObject({ iri: 'https://w3id.org/claimgraph/resource/grain-programme' });
  });
  it('does not read another owner\'s programme as the claim\'s', async () => {
    // no other reading fits, so the claim is unread (before: read with Sylvania's programme)
    await expect(check("Freedonia helps Marsovia's grain programme.")).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
  });
});
