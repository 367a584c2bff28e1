// A trip's length said as its description (round 11, branch `spans`, src/check/trip-length.ts):
// "was a week-long trip", "was a fortnight long", "spent a week touring Y". Unread before.
import { describe, expect, it } from 'vitest';
import { tripLengthRewrite } from '../../src/check/trip-length.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('tripLengthRewrite', () => {
  it('says a described length with "lasted", and time spent travelling as time spent in', () => {
    expect(tripLengthRewrite("Rufus's tour of Ruritania was a ten-day trip.")).toBe("Rufus's tour of Ruritania lasted 10 days.");
    expect(tripLengthRewrite("Rufus's journey was a week-long affair.")).toBe("Rufus's journey lasted a week.");
    expect(tripLengthRewrite("Rufus's visit was a fortnight long.")).toBe("Rufus's visit lasted a fortnight.");
    expect(tripLengthRewrite('Rufus spent a week touring Ruritania, from 2 to 8 May 2011.')).toBe('Rufus spent a week in Ruritania, from 2 to 8 May 2011.');
    // round 34: the trip's days set off by a comma after the length, the month abbreviated
    expect(tripLengthRewrite("Rufus's trip spanned 7 days, 2-8 May.")).toBe("Rufus's trip lasted 7 days, from 2 to 8 May.");
    expect(tripLengthRewrite("Rufus's trip spanned 7 days, Sept. 2-8 2011.")).toBe("Rufus's trip lasted 7 days, from 2 to 8 September 2011.");
    expect(tripLengthRewrite("Rufus's trip spanned 7 days (2-8 Sept)")).toBe("Rufus's trip lasted 7 days, from 2 to 8 September.");
  });
  it('reads a length said as a stretch of time after "spent" (round 35)', () => {
    expect(tripLengthRewrite('Rufus spent a seven-day stretch touring Ruritania.')).toBe('Rufus spent 7 days in Ruritania.');
    expect(tripLengthRewrite('Rufus spent a week-long spell in Ruritania.')).toBe('Rufus spent a week in Ruritania.');
    expect(tripLengthRewrite('Rufus spent a 10-day stint in Ruritania.')).toBe('Rufus spent 10 days in Ruritania.');
    expect(tripLengthRewrite('The gala was a seven-day stretch.')).toBeUndefined();
  });
  it('leaves other things, denials and the lexicon\'s own words alone (no rewrite to the claim itself)', () => {
    expect(tripLengthRewrite('The gala was a three-hour affair.')).toBeUndefined();
    expect(tripLengthRewrite("Rufus's visit was not a ten-day trip.")).toBeUndefined();
    expect(tripLengthRewrite('Rufus spent seven days in Ruritania.')).toBeUndefined();
  });
});

describe('trip lengths, end to end (unread before round 11)', () => {
  it('decides the described length by the trip\'s first and last days', async () => {
    expect((await check("Abe's Central Asian journey was a week-long trip.")).verdict).toBe('SUPPORTED');
    const r = await check("Abe's visit to Central Asia was a ten-day trip.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('2015-10-22 to 2015-10-28 is 7 days');
    expect((await check("Abe's Central Asia tour was a fortnight long.")).verdict).toBe('REFUTED');
    expect((await check('Abe spent a week travelling around Central Asia, from 22 to 28 October 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe spent five days visiting Central Asia, from 24 to 28 October 2015.')).verdict).toBe('REFUTED');
  });
});
