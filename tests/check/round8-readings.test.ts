// Readings added in round 8 (issue 15): an ordinal after a possessive, an occasion adjunct, "a
// former N", the present perfect against a present-perfect denial, a former holder at a stated
// time, a pronoun opening a time clause, a compound side of a conjunction read in part.
import { describe, expect, it } from 'vitest';
import { inPresentPerfect } from '../../src/check/claim-time.js';
import { readTimeClause } from '../../src/check/time-clause.js';
import { possessiveOrdinal, withoutOccasion } from '../../src/check/rewrites.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: the article dated 2015-01-01 (and a later one, 2016-02-01, saying nothing here:
// the claims' times fall between sources, src/check/timeline.ts sourcePredates); Teasdale the first President of Sylvania; Rufus a
// former President of Freedonia (said in the article); Marsovia "has not been active" in Ruritania
// up to the article's day; the League recognised neutrality on 1995-12-12
const { ctx, check } = checkFixture(`
cga:fixture-article schema:datePublished "2015-01-01"^^xsd:date .
<https://w3id.org/claimgraph/article/later-article> schema:datePublished "2016-02-01"^^xsd:date .
cgc:teasdale.holdsOffice.president-of-sylvania a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:officeOrdinal 1 ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:statedIn cga:fixture-article ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:teasdale cg:holdsOffice cgr:president-of-sylvania .
cgc:rufus.holdsOffice.president-of-freedonia a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:former true ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:statedIn cga:fixture-article ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s002> .
cgr:rufus cg:holdsOffice cgr:president-of-freedonia .
cgc:marsovia.activeIn.the-region.neg a cg:Claim ; rdf:subject cgr:marsovia ; rdf:predicate cg:activeIn ; rdf:object cgr:the-region ;
    cg:until "2015-01-01"^^xsd:date ; cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:statedIn cga:fixture-article ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s003> .
cgc:neutrality.recognisedBy.league a cg:Claim ; rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:league ;
    cg:date "1995-12-12"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:neutrality cg:recognisedBy cgr:league .
`);

describe('an ordinal after a possessive (src/check/rewrites.ts possessiveOrdinal)', () => {
  it('is the first N of the possessor', () => {
    expect(possessiveOrdinal("Gloria Teasdale became Sylvania's first president.")).toBe('Gloria Teasdale became the first president of Sylvania.');
    expect(possessiveOrdinal("She chaired the League's first summit.")).toBe("She chaired the first summit of the League.");
    expect(possessiveOrdinal('Gloria Teasdale became the first president of Sylvania.')).toBeUndefined();
  });
  it('reads the office\'s first holder: the holder supported, another not', async () => {
    const r = await check("Gloria Teasdale became Sylvania's first president.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.qualifiers.officeOrdinal).toBeDefined();
    expect((await check("Rufus Firefly became Sylvania's first president.")).verdict).not.toBe('SUPPORTED');
  });
  it('reads a part of a compound claim', async () => {
    const r = await check("Gloria Teasdale became Sylvania's first president, and Freedonia is a member of the League of Nations States.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.length).toBe(2);
  });
});

describe('an occasion adjunct (src/check/rewrites.ts withoutOccasion)', () => {
  it('is cut from the end or the front, never under a denial', () => {
    expect(withoutOccasion("Freedonia signed a deal with Sylvania during Rufus Firefly's visit.")).toEqual({ claim: 'Freedonia signed a deal with Sylvania.', adjunct: "during Rufus Firefly's visit" });
    expect(withoutOccasion('In a much-noted tour of the region last spring, Freedonia signed a deal with Sylvania.')?.claim).toBe('Freedonia signed a deal with Sylvania.');
    expect(withoutOccasion("Freedonia did not sign a deal with Sylvania during the visit.")).toBeUndefined();
    // a fronted phrase that names no occasion is not one
    expect(withoutOccasion('In the north, Freedonia signed a deal with Sylvania.')).toBeUndefined();
  });
  it('leaves a support undecided (the graph does not tie the deal to the visit) and a refutation standing', async () => {
    const s = await check("Freedonia signed an energy deal with Sylvania during Rufus Firefly's visit.");
    expect(s.verdict).toBe('NOT_ENOUGH_INFO');
    expect(s.interpretation.notes?.join(' ')).toContain("read without \"during Rufus Firefly's visit\"");
    // the wrong side: refuted without the adjunct, so refuted with it
    expect((await check("Sylvania was a member of the League of Nations States during Rufus Firefly's visit.")).verdict).toBe('REFUTED');
  });
});

describe('"a former N" (lexicon cg:former on cg:holdsOffice)', () => {
  it('is supported by a source saying it as former, and not by one saying it as current', async () => {
    expect((await check('Rufus Firefly is a former President of Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale is a former President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a former holder at a stated time (src/check/claim-time.ts noLongerAt)', () => {
  it('refutes the office held at a time from the source\'s day on; says nothing of an earlier or wider time', async () => {
    expect((await check('As of January 5, 2015, Rufus Firefly was the President of Freedonia.')).verdict).toBe('REFUTED');
    expect((await check('As of 2014, Rufus Firefly was the President of Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly was the President of Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('the present perfect (src/check/claim-time.ts inPresentPerfect)', () => {
  it('is a claim up to now, without a time of its own', () => {
    expect(inPresentPerfect('Marsovia has been active in Ruritania.')).toBe(true);
    expect(inPresentPerfect('Has the bank approved a loan yet?')).toBe(true);
    expect(inPresentPerfect('Marsovia has been active in Ruritania since 2006.')).toBe(false);
    expect(inPresentPerfect('Marsovia had been active in Ruritania.')).toBe(false);
    expect(inPresentPerfect('Marsovia is active in Ruritania.')).toBe(false);
  });
  it('is decided by a present-perfect denial up to the source\'s day; other tenses are not', async () => {
    expect((await check('Marsovia has been active in Ruritania.')).verdict).toBe('REFUTED');
    expect((await check('Marsovia has not been active in Ruritania.')).verdict).toBe('SUPPORTED');
    expect((await check('Has Marsovia been active in Ruritania yet?')).verdict).toBe('REFUTED');
    expect((await check('Marsovia is active in Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Marsovia was active in Ruritania in 2010.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a pronoun opening a time clause (src/check/time-clause.ts)', () => {
  it('is the name the main clause opens with', () => {
    expect(readTimeClause(ctx, 'The League of Nations States was already a member when it recognised neutrality.')?.rewritten)
      .toBe('As of December 12, 1995, The League of Nations States was already a member.');
  });
});

describe('a hyphen inside a name (src/check/fuzzy.ts)', () => {
  it('is one edit: "Develop-ment" joins into "Development" (as "Co-operation" into "Cooperation")', async () => {
    const r = await check('Freedonia is a member of the Acme Develop-ment Bank.');
    expect(r.interpretation.object).toMatchObject({ kind: 'entity', label: 'Acme Development Bank' });
    // the wrong side keeps its verdict: a hyphen read away does not make Sylvania a member
    expect((await check('Sylvania is a member of the League of Nations Sta-tes.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('the receiver as a passive\'s subject (lexicon: "Y was promised help by X")', () => {
  it('reads the pledge to Y, by X', async () => {
    const r = await check('Sylvania was promised help by Freedonia.');
    expect(r.interpretation.predicateName).toBe('helpTo');
    expect(r.interpretation.subject).toMatchObject({ label: 'Freedonia' });
    expect(r.interpretation.modality).toBe('pledged');
  });
});

describe('other verbs of giving and leaning (lexicon, round 8)', () => {
  it('"handed Y $N in financial assistance", "the X economy leans on Y", "came away with deals with Y"', async () => {
    expect((await check('Freedonia handed Sylvania US$ 5 million in financial assistance.')).interpretation.predicateName).toBe('financialAssistanceTo');
    expect((await check('The Freedonian economy leans on energy.')).interpretation.predicateName).toBe('economyReliesOn');
    expect((await check('Freedonia came away with energy deals with Sylvania.')).interpretation.predicateName).toBe('signedDealWith');
  });
});
