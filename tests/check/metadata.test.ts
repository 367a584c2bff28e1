// Article metadata (src/check/metadata.ts): a comment's time counted from a thing the graph dates
// ("six days after X's trip ended"), within half a unit, cited by the claims that date it.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const ART = 'https://w3id.org/claimgraph/article/fixture-article';
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
<${ART}/comment/1> a schema:Comment ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
cgc:teasdale.visited.marsovia.trip a cg:Claim ;
    rdf:subject cgr:teasdale ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:startDate "2011-04-20"^^xsd:date ; cg:endDate "2011-04-28"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s010> .
cgr:teasdale cg:visited cgr:marsovia .
`);

describe('a comment dated from another dated thing', () => {
  it('supports the count of days the dates give, with the arithmetic and the dating claim', async () => {
    const r = await check("The reader comment was posted six days after Teasdale's trip ended.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName).toBe('dateCreated');
    expect(r.explanation).toContain('2011-05-04');
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/teasdale.visited.marsovia.trip');
  });

  it('refutes another count, and reads a week as four to ten days', async () => {
    expect((await check("The reader comment was posted three days after Teasdale's trip ended.")).verdict).toBe('REFUTED');
    expect((await check("The reader comment was posted a week after Teasdale's trip ended.")).verdict).toBe('SUPPORTED');
    expect((await check("The reader comment was posted two weeks after Teasdale's trip ended.")).verdict).toBe('REFUTED');
    // counted from the trip's first day when it "began": 14 days is two weeks
    expect((await check("The reader comment was posted two weeks after Teasdale's trip began.")).verdict).toBe('SUPPORTED');
  });

  it('reads "before" and "after" the thing itself', async () => {
    expect((await check("The reader comment was posted after Teasdale's trip ended.")).verdict).toBe('SUPPORTED');
    expect((await check("The reader comment was posted before Teasdale's trip began.")).verdict).toBe('REFUTED');
  });
});

describe('an author named by a description (src/check/described-author.ts)', () => {
  const described = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
cgr:acme-institute a cg:Organisation ; rdfs:label "Acme Institute" .
cgc:ann.jobTitle a cg:Claim ; rdf:subject cgr:ann-author ; rdf:predicate cg:jobTitle ; rdf:object "Associate Fellow" ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${ART}/sentence/s001> .
cgc:ann.affiliatedWith a cg:Claim ; rdf:subject cgr:ann-author ; rdf:predicate cg:affiliatedWith ; rdf:object cgr:acme-institute ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${ART}/sentence/s001> .
`).check;

  it('supports the title and affiliation the graph gives an author, citing them', async () => {
    const r = await described('The Fixture article was written by an Associate Fellow of the Acme Institute.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/ann.jobTitle');
  });

  it('refutes another grade of the title when the byline names every author, and leaves another organisation open', async () => {
    expect((await described('The Fixture article was written by a Senior Fellow of the Acme Institute.')).verdict).toBe('REFUTED');
    expect((await described('The Fixture article was written by an Associate Fellow of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
