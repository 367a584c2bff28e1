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

// round 33 (desc33): "a (former) Sylvanian finance official" is the vice minister of finance the
// graph gives the person (lexicon cg:roleAlias "finance official|vice minister of finance")
const finance = checkFixture(`
cgr:vmf-of-sylvania a cg:Office ; rdfs:label "Vice-Minister of Finance of Sylvania" ; cg:officeOf cgr:sylvania ; cg:roleType "vice-minister-of-finance" .
cgr:otis a cg:Person ; rdfs:label "Otis Driftwood" .
cgc:otis.holdsOffice.vmf a cg:Claim ;
    rdf:subject cgr:otis ; rdf:predicate cg:holdsOffice ; rdf:object cgr:vmf-of-sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:former true ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);

describe('a finance official', () => {
  it('is the vice minister of finance of the state named, another state\'s refuted and a minister not read so', async () => {
    expect((await finance.check('Otis Driftwood is a former Sylvanian finance official.')).verdict).toBe('SUPPORTED');
    expect((await finance.check('Otis Driftwood was once a Freedonian finance official.')).verdict).toBe('REFUTED');
    // a finance minister is another office: not read (the checker says so), never the vice minister's
    await expect(finance.check("Otis Driftwood used to be Sylvania's finance minister.")).rejects.toThrow(/could not read/);
  });
});
