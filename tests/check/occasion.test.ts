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
});
