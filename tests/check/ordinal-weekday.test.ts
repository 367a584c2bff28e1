/**
 * A weekday ranked in its month and year (src/check/ordinal-weekday.ts): written out as its date
 * and decided by the day the graph gives.
 */
import { describe, expect, it } from 'vitest';
import { ordinalWeekdayDay, ordinalWeekdayRewrite } from '../../src/check/ordinal-weekday.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: the gala held on 2015-12-25 (a Friday)
const { check } = checkFixture(`
${fixtureClaim({ id: 'gala.heldOn', s: 'cgr:gala', p: 'cg:heldOn', o: '"2015-12-25"^^xsd:date', more: 'cg:statedIn cga:fixture-article' })}
cgr:gala cg:heldOn "2015-12-25"^^xsd:date .
`);

describe('ordinal weekdays of a month', () => {
  it('finds the day of a ranked weekday, the last one, and none past the month', () => {
    expect(ordinalWeekdayDay(2015, 12, 0, 2)).toBe(13); // second Sunday of December 2015
    expect(ordinalWeekdayDay(2015, 12, 0, -1)).toBe(27);
    expect(ordinalWeekdayDay(2016, 1, 6, 3)).toBe(16); // third Saturday of January 2016
    expect(ordinalWeekdayDay(2015, 2, 1, 5)).toBeUndefined(); // February 2015 has four Mondays
  });
  it('writes the rank, weekday, month and year as the date; nothing without a year', () => {
    expect(ordinalWeekdayRewrite('The gala was held on the second Sunday of December 2015.')).toBe('The gala was held on December 13, 2015.');
    expect(ordinalWeekdayRewrite('The gala was held on the last Friday in Dec. 2015.')).toBe('The gala was held on December 25, 2015.');
    expect(ordinalWeekdayRewrite('The gala was held on the 4th Friday of December, 2015.')).toBe('The gala was held on December 25, 2015.');
    expect(ordinalWeekdayRewrite('The gala was held on the second Sunday of December.')).toBeUndefined();
    expect(ordinalWeekdayRewrite('The gala was held on the fifth Monday of February 2015.')).toBeUndefined();
  });
  it('decides the claim by the day the graph gives', async () => {
    expect((await check('The Founders Gala was held on the fourth Friday of December 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held on the last Friday of December 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held on the third Friday of December 2015.')).verdict).toBe('REFUTED');
  });
});
