// Round 22 (branch idioms22): deeds users name that no source states (cooperating, handing over,
// repaying, voting, planning, operating, leaving an office or a body: ontology/claimgraph.ttl
// "Round 22", read with the words of ontology/lexicon.ttl and left NOT_ENOUGH_INFO where the graph
// is silent), loans handed out or green-lit, and "at <city>" as the place of a deed.
import { describe, expect, it } from 'vitest';
import { graphAnaphoraRewrite } from '../../src/check/class-anaphora.js';
import { idiomRewrites } from '../../src/check/idioms.js';
import { checkFixture } from '../helpers/check-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';

// the fixture plus a bank that has approved no loan to the region (as of its opening), a city of
// Sylvania where Freedonia began joining the League, and a plant the canal's builders put up
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:sylvania .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" ; cg:locatedIn cgr:sylvania .
cgr:plant a cg:Plant ; rdfs:label "Zenda gas plant" .
cgc:acme-bank.approvedLoanTo.the-region.neg a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:approvedLoanTo ; rdf:object cgr:the-region ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:until "2016-01-16"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgr:zembla a cg:Region ; rdfs:label "Zembla" .
cgc:freedonia.partOf.zembla a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:partOf ; rdf:object cgr:zembla ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:freedonia.beganAccessionTo.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:location cgr:zenda ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('deeds the ontology names and the graph does not state', () => {
  it('are read with their property and left undecided', async () => {
    const cases: Array<[string, string]> = [
      ['Freedonia will team up with Sylvania.', 'cooperatesWith'],
      ['Freedonia joined forces with the Acme Bank.', 'cooperatesWith'],
      ['Freedonia will hand the Zenda gas plant over to Sylvania in 2018.', 'handedOver'],
      ['Sylvania will pay back Freedonia\'s US$ 5 million.', 'repaid'],
      ['Sylvania repaid Freedonia.', 'repaid'],
      ['Rufus Firefly voted in the Sylvanian election.', 'votedInElectionOf'],
      ['Gloria Teasdale voted in the League\'s first election.', 'votedInElectionOf'],
      ['Rufus Firefly laid out plans for a Freedonian embassy in Sylvania.', 'planned'],
      ['Rufus Firefly drew up plans for a new canal.', 'planned'],
      ['Freedonia operates the Zenda gas plant.', 'operates'],
      ['Rufus Firefly stepped down as Prime Minister of Freedonia in 2016.', 'leftOffice'],
      ['Gloria Teasdale resigned as President of Sylvania.', 'leftOffice'],
      ['Rufus Firefly left the Acme Bank.', 'leftOrganisation'],
      ['Sylvania quit the League.', 'leftOrganisation'],
    ];
    for (const [claim, predicate] of cases) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate]).toEqual([claim, 'NOT_ENOUGH_INFO', `${CG}${predicate}`]);
    }
  });
  it('keep their types: an office is left by a person, a body by an agent, a plan is a description', async () => {
    // a country holds no office: the reading is shown as ill-typed, never decided
    const country = await check('Sylvania stepped down as Prime Minister of Freedonia.');
    expect(country.verdict).toBe('NOT_ENOUGH_INFO');
    expect(country.explanation).toMatch(/left office takes a person/);
    // leaving a country is a trip, not the end of a membership
    expect((await check('Rufus Firefly left Sylvania.')).interpretation.predicate).not.toBe(`${CG}leftOrganisation`);
    const plan = await check('Rufus Firefly laid out plans for a Freedonian embassy in Sylvania.');
    expect(plan.interpretation.object).toMatchObject({ kind: 'string' });
  });
  it('decide nothing the graph states of other relations: leaving a body its member is in is not refuted', async () => {
    // Freedonia is a member of the League in the fixture; that it left it at some time is not excluded
    expect((await check('Freedonia left the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('loans handed out or green-lit', () => {
  it('are said as approved', () => {
    expect(idiomRewrites(ctx, 'The Acme Bank has green-lit a loan to Ruritania.').map((r) => r.claim)).toContain('The Acme Bank has approved a loan to Ruritania.');
    // round 35: the closed spelling, as users write it
    expect(idiomRewrites(ctx, 'The Acme Bank has greenlit a loan to Ruritania.').map((r) => r.claim)).toContain('The Acme Bank has approved a loan to Ruritania.');
    const out = idiomRewrites(ctx, 'The Acme Bank handed out a loan to Ruritania.');
    expect(out.map((r) => [r.claim, r.atLeast])).toContainEqual(['The Acme Bank approved a loan to Ruritania.', true]);
  });
  it('are refuted by a loan the graph says was not approved', async () => {
    expect((await check('The Acme Bank has green-lit a loan to Ruritania.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank has handed out a loan to Ruritania.')).verdict).toBe('REFUTED');
  });
  it('handed out and denied is no denial of the approval', async () => {
    // "did not hand out" says no more than that no money was paid out: an approval may stand
    expect((await check('The Acme Bank has not handed out a loan to Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"at <city>" as the place of a deed', () => {
  it('is the claim\'s location, compared as "in" is', async () => {
    const at = await check('Freedonia began joining the League at Zenda.');
    expect(at.verdict).toBe('SUPPORTED');
    expect(at.interpretation.qualifiers.location).toMatchObject({ iri: 'https://w3id.org/claimgraph/resource/zenda' });
    expect((await check('Freedonia began joining the League in Zenda.')).verdict).toBe('SUPPORTED');
    // another city: the source's place is held, not taken as excluding it
    expect((await check('Freedonia began joining the League at Strelsau.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('leaves "at <event>" to the event', async () => {
    const gala = await check('Rufus Firefly attended the Founders Gala.');
    expect(gala.interpretation.qualifiers.location).toBeUndefined();
  });
});

describe('"the region" with no region named in the claim', () => {
  it('is the one region the graph\'s claims about the claim\'s other names relate', async () => {
    expect(graphAnaphoraRewrite(ctx, 'The Acme Bank has yet to approve a loan to the region.')?.claim).toBe('The Acme Bank has yet to approve a loan to Ruritania.');
    const r = await check('The Acme Bank has yet to approve a loan to the region.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/Read as "The Acme Bank has yet to approve a loan to Ruritania\."/);
    expect((await check('The Acme Bank has approved a loan to the region.')).verdict).toBe('REFUTED');
  });
  it('is not read when the graph relates two regions, a region is named, or nothing else is named', () => {
    // Freedonia: the largest economy in Ruritania, and part of Zembla
    expect(graphAnaphoraRewrite(ctx, 'Freedonia is the largest economy in the region.')).toBeUndefined();
    expect(graphAnaphoraRewrite(ctx, 'Zembla is large, and the Acme Bank lends to the region.')).toBeUndefined();
    expect(graphAnaphoraRewrite(ctx, 'The region is large.')).toBeUndefined();
    // what a source said: the noun is the speaker's word
    expect(graphAnaphoraRewrite(ctx, 'According to the author, the Acme Bank has approved a loan to the region.')).toBeUndefined();
    // nor its inner claim, checked against that source's words
    expect(graphAnaphoraRewrite({ ...ctx, scope: { kind: 'author' } }, 'The Acme Bank has approved a loan to the region.')).toBeUndefined();
    // a description, not an anaphor
    expect(graphAnaphoraRewrite(ctx, 'The Acme Bank lends to the region of Zembla.')).toBeUndefined();
    // a relative clause or a participle after the noun, whatever its stemmed form ("whose" -> "whos")
    expect(graphAnaphoraRewrite(ctx, 'The Acme Bank lends to the region whose capital is Zenda.')).toBeUndefined();
    expect(graphAnaphoraRewrite(ctx, 'The Acme Bank lends to the region based around Zenda.')).toBeUndefined();
  });
});

describe('guests received at an event', () => {
  it('are at least hosted there: a refutation decides, a support does not', async () => {
    expect(idiomRewrites(ctx, 'Gloria Teasdale received Rufus Firefly at the Founders Gala.').map((r) => [r.claim, r.atLeast]))
      .toContainEqual(['Gloria Teasdale hosted Rufus Firefly at the Founders Gala.', true]);
    const host = await check('Gloria Teasdale hosted Rufus Firefly at the Founders Gala.');
    const received = await check('Gloria Teasdale received Rufus Firefly at the Founders Gala.');
    if (host.verdict === 'REFUTED') expect(received.verdict).toBe('REFUTED');
    else expect(received.verdict).toBe('NOT_ENOUGH_INFO');
    // denied, it decides nothing
    expect((await check('Gloria Teasdale did not receive Rufus Firefly at the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
