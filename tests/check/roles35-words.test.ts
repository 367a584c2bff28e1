// Round 35 (roles35): lexicon words for a body's seat said with its kind of place (ontology/lexicon.ttl
// cg:headquarteredIn "X's headquarters city is Y", "X's home city is Y").
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

// the fixture plus: the Acme Development Bank is headquartered in Zenda
const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:ludovia a cg:City ; rdfs:label "Ludovia" .
cgc:acme.hq.zenda a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:headquarteredIn ; rdf:object cgr:zenda ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s004> .
`);

describe('a seat said with its kind of place (round 35)', () => {
  it('reads "X\'s headquarters city is Y" as the seat, another city refuted', async () => {
    expect((await check("Acme Development Bank's headquarters city is Zenda.")).verdict).toBe('SUPPORTED');
    expect((await check("Acme Development Bank's home city is Zenda.")).verdict).toBe('SUPPORTED');
    expect((await check("Acme Development Bank's headquarters city is Ludovia.")).verdict).toBe('REFUTED');
  });
});
