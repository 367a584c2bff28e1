// An occasion adjunct naming a traveller's trip (src/check/occasion.ts): the energy deals are tied
// to Abe's trip by the source ("one of the major takeaways from the visit was the signing ..."),
// curated as cg:duringTripOf; "during Abe's visit" was read without the adjunct (NOT_ENOUGH_INFO).
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir, fixtureClaim } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('an occasion adjunct naming a trip', () => {
  it('supports a fact the source ties to that trip', async () => {
    const r = await check("Energy agreements worth US$18 billion were concluded with Turkmenistan during Abe's visit.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain("Shinzo Abe's trip of 2015-10-22 to 2015-10-28");
    expect((await check("Japan sealed energy agreements worth $18 billion with Turkmenistan during Abe's October 2015 tour.")).verdict).toBe('SUPPORTED');
  });
  it('another time, another traveller or no traveller says nothing', async () => {
    expect((await check("Japan sealed energy agreements with Turkmenistan during Abe's 2006 tour.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("Japan sealed energy agreements with Turkmenistan during Koizumi's visit.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Japan sealed energy agreements with Turkmenistan during the visit.')).verdict).toBe('NOT_ENOUGH_INFO');
    // a fact the source does not tie to the trip
    expect((await check("Japan extended financial assistance to Uzbekistan during Abe's visit.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "his" as the subject and ties a visit within the trip\'s days to the trip (round 17)', async () => {
    expect((await check('Abe visited Uzbekistan during his week-long Central Asia tour.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe stopped off in Tajikistan on his visit to Central Asia.')).verdict).toBe('SUPPORTED');
    // another year, another destination: no such trip of his
    expect((await check('Abe visited Uzbekistan during his 2006 tour.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Abe visited Uzbekistan on his trip to Turkmenistan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('ties a companion to the trip stated in the same sentence, and reads "taken to P" as that trip', async () => {
    expect((await check('Abe took a business delegation with him on his Central Asia visit.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe brought a business delegation along to Central Asia.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe brought a business delegation along to Kazakhstan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// Round 32 (users25's false SUPPORTED): a trip adjunct resolves to the graph's one trip only when
// every word of it fits that trip; "for his two-week visit", "on his ten-day tour", "his week-long
// visit to <a place it did not go>" were read as the week-long trip whatever they said.
describe('a trip described with a length, a place or a day it does not have (round 32)', () => {
  const { check } = checkFixture([
    'cgr:trade-delegation a cg:Organisation ; rdfs:label "Freedonian trade delegation" ; skos:altLabel "trade delegation" .',
    fixtureClaim({ id: 'rufus.visited.marsovia.trip', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', sentence: 's015', asserted: true,
      more: 'cg:startDate "2011-03-02"^^xsd:date ; cg:endDate "2011-03-08"^^xsd:date' }),
    fixtureClaim({ id: 'rufus.travelledWith.trade-delegation', s: 'cgr:rufus', p: 'cg:travelledWith', o: 'cgr:trade-delegation', sentence: 's015', asserted: true }),
  ].join('\n'));
  const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

  it('reads a description whose every word fits the trip as that trip', async () => {
    for (const s of [
      'Rufus took a trade delegation with him for his week-long visit to Marsovia.',
      'Rufus took a trade delegation with him on his seven-day trip to Marsovia.',
      'Rufus took a trade delegation with him on his state visit to Marsovia.',
      'Rufus took a trade delegation with him on his March 2011 tour of Marsovia.',
    ]) expect(await verdict(s), s).toBe('SUPPORTED');
  });

  it('holds a description with another length, place, day or an unchecked word', async () => {
    for (const s of [
      'Rufus took a trade delegation with him for his two-week visit to Marsovia.',
      'Rufus took a trade delegation with him on his ten-day tour of Marsovia.',
      'Rufus took a trade delegation with him on his month-long trip to Marsovia.',
      'Rufus took a trade delegation with him for his week-long visit to Sylvania.',
      'Rufus took a trade delegation with him for his week-long visit to Zembla.',
      'Rufus took a trade delegation with him on his first visit to Marsovia.',
      'Rufus took a trade delegation with him on his March 12 visit to Marsovia.',
    ]) expect(await verdict(s), s).toBe('NOT_ENOUGH_INFO');
  });
});
