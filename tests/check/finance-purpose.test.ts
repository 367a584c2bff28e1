// What money pays for, in the place it goes to (lexicon: "{s} (finance|fund|bankroll) {purpose} in
// {o}" on cg:financialAssistanceTo): the things financed are the claim's purposes.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:roads a cg:Purpose ; rdfs:label "road construction" ; skos:altLabel "roads" .
cgr:ports a cg:Purpose ; rdfs:label "ports" .
cgc:acme.financialAssistanceTo.region a cg:Claim ;
    rdf:subject cgr:acme-bank ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:the-region ; cg:purpose cgr:roads ;
    cg:polarity cg:Positive ; cg:modality cg:Possible ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);

describe('financing a thing in a place', () => {
  it('is financial assistance to the place, the thing its purpose', async () => {
    const r = await check('The Acme Bank could finance roads in Ruritania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName).toBe('financialAssistanceTo');
    expect(r.interpretation.qualifiers.purpose).toMatchObject({ kind: 'entity', label: 'road construction' });
    // another purpose is not refuted (the source's purposes are not taken as exhaustive); a fact is not a possibility
    expect((await check('The Acme Bank could finance ports in Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Acme Bank will finance roads in Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
