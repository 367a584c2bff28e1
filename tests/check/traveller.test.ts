// A deed the graph states of an agent, tied to the trip of a person who holds one of its offices,
// said of that person (src/check/actors.ts `throughTraveller`, round 10): "Ida Oldham signed deals
// with Marsovia" when Freedonia signed them during her trip; never from a deed not tied to her trip.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'https://w3id.org/claimgraph/article/fixture-article/sentence/s009';
const { check } = checkFixture(`
cgr:ida a cg:Person ; rdfs:label "Ida Oldham" .
cgr:president-of-freedonia cg:officeOf cgr:freedonia .
cgc:ida.holdsOffice.president-of-freedonia a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${S}> .
cgc:freedonia.signedDealWith.marsovia a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:signedDealWith ; rdf:object cgr:marsovia ; cg:duringTripOf cgr:ida ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${S}> .
`);

describe('a deed of the traveller\'s state on the traveller\'s trip', () => {
  it('is said of the traveller, through the office held', async () => {
    const r = await check('Ida Oldham signed deals with Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('cg:duringTripOf');
  });
  it('is not, when the deed is not tied to the trip, and never refutes', async () => {
    // the fixture's deals with Sylvania are Freedonia's, not tied to a trip
    expect((await check('Ida Oldham signed deals with Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Ida Oldham did not sign deals with Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
