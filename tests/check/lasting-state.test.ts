// A lasting state (`cg:lastingState true`: holding an office) dated by the source with
// cg:pointInTime: the time is one at which it held, not its whole span (src/check/qualifiers.ts).
// An event dated the same way keeps its one time.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { store, ctx } = checkFixture(`
cgr:hugo a cg:Person ; rdfs:label "Hugo Chief" .
cgr:ida a cg:Person ; rdfs:label "Ida Oldham" .
cgc:hugo.holdsOffice.president-of-freedonia a cg:Claim ;
    rdf:subject cgr:hugo ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:pointInTime "2006"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:ida.holdsOffice.president-of-sylvania a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:former true ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:sylvania.beganAccessionTo.league a cg:Claim ;
    rdf:subject cgr:sylvania ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:pointInTime "2006"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);
const check = (text: string) => checkClaim(store, text, { context: ctx });

describe('a lasting state dated by a point in time', () => {
  it('is supported at that time and without one', async () => {
    expect((await check('Hugo Chief was the President of Freedonia in 2006.')).verdict).toBe('SUPPORTED');
    expect((await check('Hugo Chief was the President of Freedonia.')).verdict).toBe('SUPPORTED');
  });

  it('says nothing of another time (an office is held over years)', async () => {
    const r = await check('Hugo Chief was the President of Freedonia in 2003.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('is not supported in the present tense by a past time (a former holder refutes it)', async () => {
    const now = await check('Hugo Chief is the President of Freedonia.');
    expect(now.verdict).toBe('NOT_ENOUGH_INFO');
    expect(now.explanation).toContain('present tense');
    const former = await check('Ida Oldham is the President of Sylvania.');
    expect(former.verdict).toBe('REFUTED');
    expect((await check('Ida Oldham is not the President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Ida Oldham was the President of Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('leaves an event dated the same way single-timed', async () => {
    expect((await check('Sylvania began the process of joining the League in 2003.')).verdict).toBe('REFUTED');
  });
});

describe('round 35 (fix28b): a claim time read as "as of" against a dated holding', () => {
  // the article dated 2011: "X was President in 2011" is read as "as of 2011", which a holding the
  // source dates 2006 was taken to support (the claim's time was no qualifier there)
  const dated = checkFixture(`cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgr:hugo a cg:Person ; rdfs:label "Hugo Chief" .
cgc:hugo.holdsOffice.president-of-freedonia a cg:Claim ;
    rdf:subject cgr:hugo ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:pointInTime "2006"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:statedIn cga:fixture-article ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`);
  const checkDated = (text: string) => checkClaim(dated.store, text, { context: dated.ctx });

  it('says nothing of another year', async () => {
    expect((await checkDated('As of 2011, Hugo Chief was the President of Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checkDated('Hugo Chief was the President of Freedonia in 2011.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checkDated('Hugo Chief was the President of Freedonia in 2006.')).verdict).toBe('SUPPORTED');
  });
});
