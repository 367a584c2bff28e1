// Round 23 (branch verbs23): other words for relations the ontology has (presiding, the top job,
// winding down, launching operations, winning the vote, flying in, pacts, membership held, had in no
// measure or lacked, founders), contractions typed without their apostrophe, a lower-case "x-based"
// name, a place left out of an itinerary, names with another entity's acronym said in full, "the
// region" after a verb that is also a verb of saying, and "Mr." before a head's name.
import { describe, expect, it } from 'vitest';
import { spellBareContractions } from '../../src/check/bare-contractions.js';
import { graphAnaphoraRewrite } from '../../src/check/class-anaphora.js';
import { idiomRewrites } from '../../src/check/idioms.js';
import { premodifierCut } from '../../src/check/part-rewrites.js';
import { nameKey } from '../../src/check/text.js';
import { offItinerary } from '../../src/check/trip-frames.js';
import { withoutUnknownCity } from '../../src/check/unknown-city.js';
import { checkFixture, checkGraphDir, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const CGR = 'https://w3id.org/claimgraph/resource/';

// the fixture plus a city the Acme Bank is based in, a gala of the League named by its acronym and
// a generic "the LNS summit", and the Founders Gala's month and a guest at it (no date of its own)
const { ctx, check } = checkFixture(`
cgc:gala.heldOn.2015-07 a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:heldOn ; rdf:object "2015-07"^^xsd:gYearMonth ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s005> .
cgc:teasdale.attended.gala a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s005> .
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:sylvania .
cgr:lns-gala a cg:Event ; rdfs:label "opening gala of the LNS" ; skos:altLabel "LNS opening gala" .
cgr:lns-summit a cg:Event ; rdfs:label "League summit in Zenda" ; skos:altLabel "the LNS summit" .
`);

const rewritten = (claim: string) => idiomRewrites(ctx, claim).map((r) => [r.claim, !!r.atLeast]);

describe('idioms of leading, ending, opening, electing and attending (lexicon cg:idiom)', () => {
  it('say the lexicon\'s words, in the form written', () => {
    expect(rewritten('Rufus Firefly presides over the League.')).toContainEqual(['Rufus Firefly leads the League.', false]);
    expect(rewritten('Rufus Firefly took the top job at the Acme Bank.')).toContainEqual(['Rufus Firefly led the Acme Bank.', false]);
    expect(rewritten('Rufus Firefly wound down his visit to Sylvania on May 5, 2015.')).toContainEqual(['Rufus Firefly ended his visit to Sylvania on May 5, 2015.', false]);
    expect(rewritten('The Acme Bank launched operations in Zenda.')).toContainEqual(['The Acme Bank began operations in Zenda.', false]);
    expect(rewritten('Rufus Firefly won the vote to become Prime Minister of Freedonia.')).toContainEqual(['Rufus Firefly was elected Prime Minister of Freedonia.', false]);
    // how one came to an event is no fact of the graph: only a refutation decides
    expect(rewritten('Rufus Firefly flew in for the Founders Gala.')).toContainEqual(['Rufus Firefly attended the Founders Gala.', true]);
  });
  it('decide through the relation they name', async () => {
    // the fixture's Prime Minister of Freedonia is Teasdale's and Rufus's office; the League has no head office
    const led = await check('Rufus Firefly presides over the League.');
    expect([led.interpretation.predicate, led.verdict]).toEqual([`${CG}leads`, 'NOT_ENOUGH_INFO']);
    // the President of Sylvania is stated absent from the gala: flying in for it is refuted
    expect((await check('The President of Sylvania flew in for the Founders Gala.')).verdict).toBe('REFUTED');
  });
});

describe('pacts, membership held or lacked, founders', () => {
  it('a pact is a deal', async () => {
    expect((await check('Freedonia inked energy pacts with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia and Sylvania signed pacts.')).interpretation.predicate).toBe(`${CG}signedDealWith`);
  });
  it('membership held, had in no measure, or lacked: both verdicts decide', async () => {
    expect((await check('Freedonia holds League membership.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania holds membership of the League.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia has no membership in the League.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania lacks League membership.')).verdict).toBe('SUPPORTED');
  });
  it('a founding member\'s status lacked never refutes by the membership (OWL: a sub-property\'s denial)', async () => {
    const r = await check('Freedonia lacks League founding-member status.');
    expect([r.interpretation.predicate, r.interpretation.polarity, r.verdict]).toEqual([`${CG}foundingMemberOf`, 'negative', 'NOT_ENOUGH_INFO']);
    // a founding membership of a body the state stayed out of is refuted by the broader denial
    expect((await check('Sylvania has League founding-member status.')).verdict).toBe('REFUTED');
  });
  it('founders in the plural are founding members', async () => {
    const r = await check('Freedonia and Grand Fenwick are League founders.');
    expect(r.interpretation.predicate).toBe(`${CG}foundingMemberOf`);
    expect((await check('Sylvania and Grand Fenwick are League founders.')).verdict).toBe('REFUTED');
  });
});

describe('contractions typed without their apostrophe', () => {
  it('are spelled, and only those that are no words of their own', () => {
    expect(spellBareContractions('Sylvania isnt a League member')).toEqual({ claim: "Sylvania isn't a League member", words: ['isnt'] });
    expect(spellBareContractions('Freedonia DIDNT join')?.claim).toBe("Freedonia DIDn't join");
    expect(spellBareContractions('Rufus wont go, as is his wont')).toBeUndefined();
    expect(spellBareContractions('Sylvania is not a member')).toBeUndefined();
  });
  it('are read as the denial', async () => {
    expect((await check('sylvania isnt a member of the league')).verdict).toBe('SUPPORTED');
    const r = await check('freedonia isnt a member of the league');
    expect([r.verdict, r.claim]).toEqual(['REFUTED', 'freedonia isnt a member of the league']);
  });
});

describe('a lower-case "x-based" before a name', () => {
  it('is cut as the upper-case one is, when its first word alone names a thing', () => {
    expect(premodifierCut(ctx, 'rufus firefly leads the zenda-based acme bank')).toEqual(['acme bank zenda-based', 'rufus firefly leads the acme bank']);
    // a word that names nothing is no place
    expect(premodifierCut(ctx, 'rufus firefly leads the well-founded acme bank')).toBeUndefined();
  });
});

describe('a place left out of an itinerary (cg:itineraryOmission)', () => {
  it('is the denial of the place on the itinerary', () => {
    expect(offItinerary(ctx, "Sylvania was left out of Rufus Firefly's itinerary.")).toBe("Sylvania was on Rufus Firefly's itinerary.");
    expect(offItinerary(ctx, "Sylvania was not on Rufus Firefly's spring itinerary")).toBe("Sylvania was on Rufus Firefly's spring itinerary.");
    // a plan is no omission, and "not left out" is no claim of this frame
    expect(offItinerary(ctx, "Sylvania will be left out of Rufus Firefly's itinerary.")).toBeUndefined();
    expect(offItinerary(ctx, "Sylvania was left out of the talks.")).toBeUndefined();
  });
  it('decides with the trip the graph dates, the verdict inverted', async () => {
    const { check: checkCorpus } = await checkGraphDir(corpusFixture);
    const out = await checkCorpus("Uzbekistan was left out of Abe's itinerary.");
    expect([out.verdict, out.interpretation.polarity]).toEqual(['REFUTED', 'negative']);
    expect(out.evidence.some((e) => e.stance === 'refutes')).toBe(true);
    expect((await checkCorpus("Kyrgyzstan was not on Abe's itinerary.")).verdict).toBe('REFUTED');
    // a place the graph does not tie to the trip decides nothing
    expect((await checkCorpus("China was left out of Abe's itinerary.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a name with another entity\'s acronym, said in full', () => {
  it('names the same thing, except a generic name said with "the"', () => {
    expect([...(ctx.labelIndex.get(nameKey('opening gala of the League of Nations States', ctx.morph)) ?? [])]).toEqual([`${CGR}lns-gala`]);
    expect([...(ctx.labelIndex.get(nameKey('League of Nations States opening gala', ctx.morph)) ?? [])]).toEqual([`${CGR}lns-gala`]);
    expect(ctx.labelIndex.get(nameKey('the League of Nations States summit', ctx.morph))).toBeUndefined();
  });
});

describe('"the region" after a verb that is also a verb of saying', () => {
  it('is read when the verb takes a possessive object, not a clause', async () => {
    const { ctx: corpus } = await checkGraphDir(corpusFixture);
    expect(graphAnaphoraRewrite(corpus, 'Abe concluded his state visit to the region on October 28, 2015.')?.claim).toBe('Abe concluded his state visit to Central Asia on October 28, 2015.');
    // reported speech keeps the speaker's word
    expect(graphAnaphoraRewrite(corpus, 'Abe concluded that the region needs roads.')).toBeUndefined();
  });
});

describe('"Mr." before a head\'s name', () => {
  it('reads the head office as without it', async () => {
    const { check: checkCorpus } = await checkGraphDir(corpusFixture);
    expect((await checkCorpus('Mr. Nakao leads the AIIB.')).verdict).toBe('REFUTED');
  });
});

describe('a deed at an event, dated by the event (cg:atEventTime)', () => {
  it('is supported when the graph dates the event so and states the deed', async () => {
    const r = await check('Gloria Teasdale attended the Founders Gala in July 2015.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/the deed and the time of Founders Gala/);
  });
  it('another month decides nothing by this reader', async () => {
    expect((await check('Gloria Teasdale attended the Founders Gala in June 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a deed placed in a city the graph does not know', () => {
  it('is read without the city', () => {
    expect(withoutUnknownCity(ctx, 'Freedonia signed energy deals with Sylvania in Lyon.')).toEqual({ claim: 'Freedonia signed energy deals with Sylvania.', city: 'Lyon' });
    // a city the graph knows, a denial, a place that is no city: not this reader's
    expect(withoutUnknownCity(ctx, 'Freedonia signed energy deals with Sylvania in Zenda.')).toBeUndefined();
    expect(withoutUnknownCity(ctx, 'Freedonia did not sign energy deals with Sylvania in Lyon.')).toBeUndefined();
    expect(withoutUnknownCity(ctx, 'Freedonia signed energy deals with Sylvania in Secret.')).toBeUndefined();
  });
  it('is held when the deed is stated (no source places it), refuted when the deed is', async () => {
    const held = await check('Freedonia signed energy deals with Sylvania in Lyon.');
    expect([held.verdict, held.interpretation.predicate]).toEqual(['NOT_ENOUGH_INFO', `${CG}signedDealWith`]);
    expect(held.explanation).toMatch(/Lyon, a city no source names/);
    expect((await check('Sylvania joined the League in Lyon.')).verdict).toBe('REFUTED');
  });
});
