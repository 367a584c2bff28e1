// Other nouns for a trip and trip lengths said with "it took" or "in N days" (round 28, branch
// phrasing28): src/check/trip-nouns.ts and the round-28 shapes of src/check/trip-length.ts.
import { describe, expect, it } from 'vitest';
import { tripNounRewrite } from '../../src/check/trip-nouns.js';
import { tripLengthRewrite } from '../../src/check/trip-length.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

// Rufus Firefly visited Marsovia from 2 to 8 March 2014 (seven days, both counted)
const trip = `
cgc:rufus.visited.marsovia.trip a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:startDate "2014-03-02"^^xsd:date ; cg:endDate "2014-03-08"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`;
const { ctx, check } = checkFixture(trip);

const verdictOf = async (claim: string): Promise<string> => {
  const r = await check(claim).catch((e: Error) => e);
  return 'verdict' in r ? r.verdict : 'UNREAD';
};

describe('another noun for a trip (lexicon cg:tripNoun)', () => {
  it('says the noun after a possessive as "trip"', () => {
    expect(tripNounRewrite(ctx, "Rufus Firefly's swing through Marsovia wrapped up on 8 March 2014")).toBe("Rufus Firefly's trip through Marsovia wrapped up on 8 March 2014");
    expect(tripNounRewrite(ctx, "Rufus Firefly's Marsovian jaunt ran for a week")).toBe("Rufus Firefly's Marsovian trip ran for a week");
    expect(tripNounRewrite(ctx, 'his trek across Marsovia began on 2 March 2014')).toBe('his trip across Marsovia began on 2 March 2014');
  });
  it('leaves a noun with no possessive traveller, or no trip noun, alone', () => {
    expect(tripNounRewrite(ctx, 'The swing voters of Marsovia stayed home')).toBeUndefined();
    expect(tripNounRewrite(ctx, "Rufus Firefly's visit to Marsovia ended on 8 March 2014")).toBeUndefined();
  });
  it('decides the trip by its dates, and holds a traveller the graph has no trip of', async () => {
    expect(await verdictOf("Rufus Firefly's swing through Marsovia wrapped up on 8 March 2014")).toBe('SUPPORTED');
    expect(await verdictOf("Rufus Firefly's swing through Marsovia wrapped up on 10 March 2014")).toBe('REFUTED');
    expect(await verdictOf("Rufus Firefly's jaunt to Marsovia lasted three days")).toBe('REFUTED');
    // near miss: Teasdale's trips carry no dates
    expect(await verdictOf("Gloria Teasdale's swing through Sylvania lasted a week")).not.toMatch(/SUPPORTED|REFUTED/);
  });
});

describe('a trip\'s length said with "it took" or "in N days"', () => {
  it('says it as the time spent in the place', () => {
    expect(tripLengthRewrite('It took Rufus Firefly seven days to visit Marsovia')).toBe('Rufus Firefly spent seven days in Marsovia.');
    expect(tripLengthRewrite('It took Rufus Firefly just a week to get round all of Marsovia')).toBe('Rufus Firefly spent just a week in all of Marsovia.');
    expect(tripLengthRewrite('Rufus Firefly breezed through Marsovia in three days')).toBe('Rufus Firefly spent three days in Marsovia.');
    expect(tripLengthRewrite('Rufus Firefly toured Marsovia in a week')).toBe('Rufus Firefly spent a week in Marsovia.');
    // a closing aside of the trip's days, as the "from ... to ..." the duration patterns read
    expect(tripLengthRewrite("Rufus Firefly's Marsovian trip ran for a full week (2-8 March)")).toBe("Rufus Firefly's Marsovian trip lasted a full week, from 2 to 8 March.");
    expect(tripLengthRewrite("Rufus Firefly's trip lasted a week (March 2-8, 2014)")).toBe("Rufus Firefly's trip lasted a week, from 2 to 8 March 2014.");
  });
  it('leaves a year, a denial and another verb alone', () => {
    expect(tripLengthRewrite('Rufus Firefly toured Marsovia in 2014')).toBeUndefined();
    expect(tripLengthRewrite("It didn't take Rufus Firefly a week to visit Marsovia")).toBeUndefined();
    expect(tripLengthRewrite('It took the League two years to approve a loan')).toBeUndefined();
  });
  it('decides the length by the trip\'s first and last days', async () => {
    expect(await verdictOf('It took Rufus Firefly seven days to visit Marsovia')).toBe('SUPPORTED');
    expect(await verdictOf('It took Rufus Firefly three days to visit Marsovia')).toBe('REFUTED');
    expect(await verdictOf('Rufus Firefly breezed through Marsovia in a week')).toBe('SUPPORTED');
    expect(await verdictOf('Rufus Firefly raced through Marsovia in four days')).toBe('REFUTED');
    expect(await verdictOf("Rufus Firefly's trip to Marsovia lasted a week (2-8 March 2014)")).toBe('SUPPORTED');
    // near miss: the aside's days are another month's
    expect(await verdictOf("Rufus Firefly's trip to Marsovia lasted a week (2-8 April 2014)")).not.toBe('SUPPORTED');
    // near miss: no trip of Teasdale's is dated
    expect(await verdictOf('It took Gloria Teasdale a week to visit Sylvania')).not.toMatch(/SUPPORTED|REFUTED/);
  });
});
