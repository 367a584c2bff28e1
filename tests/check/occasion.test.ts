// An occasion adjunct naming a traveller's trip (src/check/occasion.ts): the energy deals are tied
// to Abe's trip by the source ("one of the major takeaways from the visit was the signing ..."),
// curated as cg:duringTripOf; "during Abe's visit" was read without the adjunct (NOT_ENOUGH_INFO).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
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
