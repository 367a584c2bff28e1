// Refuters (src/check/refuters.ts): here, one holder at a time (cg:oneHolderAtATime on
// cg:holdsOffice), which refutes "X is the President of Y" only when the graph's other holder is
// current at the claim's time.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const holder = (who: string, article: string, extra = '') => `
cgc:${who}.holdsOffice.president-of-sylvania a cg:Claim ;
    rdf:subject cgr:${who} ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${extra}
    cg:statedIn cga:${article} ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgr:${who} cg:holdsOffice cgr:president-of-sylvania .
`;
const people = `
cgr:ann a cg:Person ; rdfs:label "Ann Other" .
cgr:bob a cg:Person ; rdfs:label "Bob Second" .
cgr:carl a cg:Person ; rdfs:label "Carl Third" .
cga:news-2010 a schema:NewsArticle ; schema:datePublished "2010-05-01"^^xsd:date .
cga:news-2012 a schema:NewsArticle ; schema:datePublished "2012-03-01"^^xsd:date .
`;

const checker = (extra: string) => checkFixture(people + extra).check;

describe('one holder at a time (cg:oneHolderAtATime)', () => {
  it('is ontology data on cg:holdsOffice, not code', () => {
    const { ctx } = checkFixture();
    expect([...ctx.axioms.oneHolderAtATime]).toEqual(['https://w3id.org/claimgraph/ontology#holdsOffice']);
  });

  const one = checker(holder('bob', 'news-2010'));

  it('refutes a present-tense claim that another person holds the office, and supports its denial', async () => {
    const r = await one('Ann Other is the President of Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('other-holder');
    expect(r.explanation).toContain('Bob Second holds it');
    const d = await one('Ann Other is not the President of Sylvania.');
    expect(d.verdict).toBe('SUPPORTED');
    expect((await one('Bob Second is the President of Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('says nothing of a claim in the past tense, or of a time before the holder\'s source', async () => {
    expect((await one('Ann Other was the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await one('As of 2005, Ann Other is the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    const at = await one('As of May 2010, Ann Other is the President of Sylvania.');
    expect(at.verdict).toBe('REFUTED');
    expect(at.explanation).toContain("in 2010-05, the claim's time");
  });

  it('takes the holder no later source replaces', async () => {
    const two = checker(holder('bob', 'news-2010') + holder('carl', 'news-2012'));
    const r = await two('Ann Other is the President of Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Carl Third holds it');
    expect(r.explanation).not.toContain('Bob Second');
    // a source of 2012 says nothing of 2010: then the holder was the one of 2010
    expect((await two('As of 2010, Carl Third is the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    const early = await two('As of 2010, Ann Other is the President of Sylvania.');
    expect(early.verdict).toBe('REFUTED');
    expect(early.explanation).toContain('Bob Second holds it');
  });

  it('does not count a former holder, or holders the sources do not put in order', async () => {
    const former = checker(holder('bob', 'news-2010', 'cg:former true ;'));
    expect((await former('Ann Other is the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the fixture's two Prime Ministers of Freedonia come from an undated article
    expect((await checker('')('Ann Other is the Prime Minister of Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the office as the doer, before its first holder did it', () => {
  // the fixture: Gloria Teasdale was the first Prime Minister of Freedonia to visit Grand Fenwick
  const dated = `cgc:t.teasdale.visited.grand-fenwick a cg:Claim ;
    rdf:subject cgr:teasdale ; rdf:predicate cg:visited ; rdf:object cgr:grand-fenwick ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:date "2010-06-01"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .`;

  it('is refuted when the first holder\'s act is dated after the claim\'s time', async () => {
    const c = checker(dated);
    const r = await c('A Freedonian prime minister visited Grand Fenwick in 2005.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('earlier-office-holder');
    expect(r.explanation).toContain('no earlier than 2010-06-01');
    expect((await c('A Freedonian prime minister visited Grand Fenwick in 2012.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('does not refute a visit to a region through the member the first holder visited (some member, not every)', async () => {
    const part = (m: string) => `cgc:t.${m}.partOf.farland a cg:Claim ; rdf:subject cgr:${m} ; rdf:predicate cg:partOf ; rdf:object cgr:farland ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s011> .`;
    const c = checker(`${dated}\ncgr:farland a cg:Region ; rdfs:label "Farland" .\n${part('grand-fenwick')}\n${part('marsovia')}`);
    // Grand Fenwick alone is refuted for 2005; Farland is visited when any of its members is
    expect((await c('A Freedonian prime minister visited Grand Fenwick in 2005.')).verdict).toBe('REFUTED');
    expect((await c('A Freedonian prime minister visited Farland in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
    const r = await c('A Freedonian prime minister visited Farland in 2010.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('it holds for Grand Fenwick');
  });

  it('says nothing without a date for the first holder\'s act, or of a person who held the office', async () => {
    expect((await checker('')('A Freedonian prime minister visited Grand Fenwick in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checker(dated)('Rufus Firefly visited Grand Fenwick in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// Round 21 (branch refute21): "S was the last holder to visit" when every holding the graph gives
// S is dated before the first holder's act; and "during her 2005 trip" where the source makes S's
// visits of 2005 those of the office's holder (cg:lastInOffice): a deed on that trip was done as
// the holder (src/check/rewrites.ts, occasion). A person's deed in a year she held the office is
// not thereby the office's (tests/check/cases/README.md, fresh-t18): undecided.
describe('a holder the source dates before the first holder did it', () => {
  const dated = `cgc:t.teasdale.visited.grand-fenwick a cg:Claim ;
    rdf:subject cgr:teasdale ; rdf:predicate cg:visited ; rdf:object cgr:grand-fenwick ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:date "2010-06-01"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .`;
  const annHeld = (time: string) => `cgc:t.ann.holdsOffice.pm a cg:Claim ;
    rdf:subject cgr:ann ; rdf:predicate cg:holdsOffice ; rdf:object cgr:pm-of-freedonia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${time}
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgr:ann cg:holdsOffice cgr:pm-of-freedonia .`;
  const annLastInSylvania = `cgc:t.ann.visited.sylvania a cg:Claim ;
    rdf:subject cgr:ann ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:year "2005"^^xsd:gYear ;
    cg:lastInOffice cgr:pm-of-freedonia ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`;
  const held2005 = annHeld('cg:pointInTime "2005"^^xsd:gYear ;');
  const c = checker(`${dated}\n${held2005}\n${annLastInSylvania}`);

  it('refutes "the last holder to visit" for a person whose every dated holding precedes the first holder\'s act', async () => {
    const r = await c('Ann Other was the last Prime Minister of Freedonia to visit Grand Fenwick.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('earlier-office-holder');
    expect(r.explanation).toContain('no later than 2005-12-31');
    expect((await checker(`${dated}\n${annHeld('')}`)('Ann Other was the last Prime Minister of Freedonia to visit Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checker(`${dated}\n${annHeld('cg:pointInTime "2012"^^xsd:gYear ;')}`)('Ann Other was the last Prime Minister of Freedonia to visit Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('reads "during her 2005 trip" as a trip made as the holder when the source says her 2005 visits were', async () => {
    const r = await c('Ann Other visited Grand Fenwick during her 2005 trip.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('as Prime Minister of Freedonia');
    // no visit of that year made in office: the trip says nothing of the office
    expect((await checker(`${dated}\n${held2005}`)('Ann Other visited Grand Fenwick during her 2005 trip.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await c('Ann Other visited Grand Fenwick during her 2007 trip.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves a person\'s deed in a year she held the office undecided', async () => {
    expect((await c('Ann Other visited Grand Fenwick in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// A rank a pattern fills itself ("most of X's exports go to Y" is rank 1: lexicon {rank=1}) is
// held by one subject, as a rank the claim states is (round 20, branch idioms20).
describe('a rank filled by its pattern', () => {
  const { check } = checkFixture();
  it('is refuted by the rank\'s other holder, and supported for its holder', async () => {
    expect((await check("Most of Marsovia's energy exports have gone to Sylvania.")).verdict).toBe('REFUTED');
    expect((await check("Most of Marsovia's energy exports have gone to Freedonia.")).verdict).toBe('SUPPORTED');
  });
});

// round 28: a rank held by one subject (cg:oneSubjectPerValue on cg:naturalGasReservesRank)
describe('a value held by one subject (cg:oneSubjectPerValue)', () => {
  const check = checkFixture(`
cgc:freedonia.naturalGasReservesRank.4 a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:naturalGasReservesRank ; rdf:object "4"^^xsd:positiveInteger ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s021> .
cgr:zenda-field a cg:GasField ; rdfs:label "Zenda gas field" ; skos:altLabel "Zenda field" .
`).check;

  it('refutes another subject said to hold the rank, and supports its denial', async () => {
    const r = await check("Sylvania holds the world's fourth largest reserves of natural gas.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('functional-conflict');
    expect(r.explanation).toContain('Freedonia');
    expect((await check("Sylvania does not hold the world's fourth largest reserves of natural gas.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia holds the world's fourth largest reserves of natural gas.")).verdict).toBe('SUPPORTED');
  });

  it('decides nothing of another rank, a bound several can meet, a time or a modality of its own', async () => {
    for (const claim of ["Sylvania has the world's fifth largest gas reserves.", "Sylvania's gas reserves rank among the five largest in the world.",
      "Sylvania had the world's fourth largest gas reserves in 1990.", "Sylvania may have the world's fourth largest gas reserves.",
      // a gas field is not ranked with the countries
      "The Zenda field holds the world's fourth largest reserves of natural gas."]) {
      const r = await check(claim).catch((e: Error) => e);
      expect(r, claim).not.toHaveProperty('verdict', 'REFUTED');
      expect(r, claim).not.toHaveProperty('verdict', 'SUPPORTED');
    }
  });
});
