// A day named by its weekday's place in a month (src/check/nth-weekday.ts, round 34): "the second
// Sunday of December 2015" is December 13, 2015, and the claim is checked with that date.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { nthWeekday, nthWeekdayRewrite } from '../../src/check/nth-weekday.js';

const { check } = checkFixture(`
cgc:gala.heldOn.2015-12-13 a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:heldOn ; rdf:object "2015-12-13"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('the nth weekday of a month', () => {
  it('counts the calendar', () => {
    expect(nthWeekday(2015, 12, 0, 2)).toBe(13);
    expect(nthWeekday(2015, 10, 5, -1)).toBe(30);
    expect(nthWeekday(2016, 2, 1, 5)).toBe(29);
    expect(nthWeekday(2015, 2, 1, 5)).toBeUndefined();
  });

  it('writes the day as its date, and nothing without a year', () => {
    expect(nthWeekdayRewrite('The gala was held on the second Sunday of December 2015.')).toBe('The gala was held on December 13, 2015.');
    expect(nthWeekdayRewrite('The gala was held on the last Sunday of Dec. 2015.')).toBe('The gala was held on December 27, 2015.');
    expect(nthWeekdayRewrite('The gala was held on the second Sunday of December.')).toBeUndefined();
  });

  it('checks the claim with the date', async () => {
    expect((await check('The gala was held on the second Sunday of December 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The gala was held on the first Sunday of December 2015.')).verdict).toBe('REFUTED');
  });
});
