// A reader's forecast (a comment stating something as an expectation) is evidence of what that
// reader expects, not of what will happen: it decides a claim only when the claim attributes it
// to the reader (src/check/verdict.ts readerConjecture). A comment's stated fact is unchanged.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const ART = 'https://w3id.org/claimgraph/article/fixture-article';
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ;
    schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
cgc:sylvania.memberOf.league.expected a cg:Claim ;
    rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:league ; cg:byYear "2016"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    cg:statedIn <${ART}/comment/1> ; cg:assertedBy <${ART}/comment/1/author> ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);

describe("a reader's forecast", () => {
  it('does not support or refute a claim that does not name the reader', async () => {
    for (const claim of ['Sylvania will join the League before the end of 2016.', 'Will Sylvania join the League in 2016?']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation).toContain("only a reader's comment states this");
    }
    expect((await check('Sylvania will join the League before the end of 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('still decides the claim that attributes it to the reader', async () => {
    expect((await check('According to a reader, Sylvania will join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. predicted that Sylvania would join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
  });

  it("leaves a comment's stated fact as it was (marked as a reader's)", async () => {
    const r = await check('Sylvania is a rival of Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence[0]!.segment).toBe('comment');
  });
});
