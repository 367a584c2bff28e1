// Other nouns for an office (lexicon cg:roleAlias: "presidency" for the president's office) and an
// office said to go to its holder ("Y's presidency went to X"): ontology/lexicon.ttl.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:ida a cg:Person ; rdfs:label "Ida Oldham" .
cgc:ida.holdsOffice.president-of-sylvania a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    cg:officeObtainedBy "election" ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);
// (round 12: "after an election" says how the office was obtained, cg:officeObtainedBy, which only
// a source claim stating it supports; src/check/round12-attrib.test.ts)

describe('an office said to go to its holder', () => {
  it('reads "presidency" as the president\'s office', async () => {
    const r = await check("Sylvania's presidency went to Ida Oldham after an election.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName).toBe('holdsOffice');
    expect((await check("Freedonia's presidency went to Ida Oldham.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
