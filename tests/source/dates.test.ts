import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/source/index.js';

describe('findDates', () => {
  it('reads dates whose year is written', () => {
    expect(findDates('Dilnoza R. | January 17, 2016, 09:12').map((d) => d.iso)).toEqual(['2016-01-17T09:12:00']);
    expect(findDates('Posted 17/01/2016').map((d) => d.iso)).toEqual(['2016-01-17']);
    expect(findDates('Dec 3 2015 at 5pm').map((d) => d.iso)).toEqual(['2015-12-03T17:00:00']);
  });

  // chrono gives "yesterday" the reference date's year as certain: a comment header saying
  // "yesterday, 09:12" was dated 1999-12-31 and its claims cited with that day
  it('gives no date to relative days, whose year chrono takes from the reference date', () => {
    expect(findDates('Marat K. | yesterday, 09:12')).toEqual([]);
    expect(findDates('Posted tomorrow evening')).toEqual([]);
    expect(findDates('Marat K. | today, 20:00')).toEqual([]);
  });
});
