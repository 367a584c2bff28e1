// A trip as the subject of what it takes in (src/check/trip-frames.ts, round 17): "X's tour took in
// Y" is X visiting Y on that tour, read with the occasion (src/check/occasion.ts).
import { describe, expect, it } from 'vitest';
import { tripItinerary } from '../../src/check/trip-frames.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = checkFixture();

describe('a trip and what it takes in', () => {
  it('reads the trip\'s owner as the visitor, the trip as the occasion', () => {
    expect(tripItinerary(ctx, "Rufus Firefly's spring tour took in Sylvania.")).toBe("Rufus Firefly visited Sylvania during Rufus Firefly's spring tour.");
    expect(tripItinerary(ctx, "Gloria Teasdale's 2010 trip included Sylvania and Grand Fenwick.")).toBe("Gloria Teasdale visited Sylvania and Grand Fenwick during Gloria Teasdale's 2010 trip.");
    // no trip noun as the subject, or no itinerary verb
    expect(tripItinerary(ctx, "Freedonia's deal included Sylvania.")).toBeUndefined();
    expect(tripItinerary(ctx, "Rufus Firefly's tour ended in Sylvania.")).toBeUndefined();
  });
  it('decides with the trip the graph dates', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check("Abe's week-long trip took in Tajikistan.")).verdict).toBe('SUPPORTED');
    expect((await check("Abe's tour took in only four Central Asian countries.")).verdict).toBe('REFUTED');
  });
});

describe('an itinerary as the trip (round 22)', () => {
  it('reads "X\'s itinerary covered Y" and "Y was on X\'s itinerary" as visits during X\'s trip', () => {
    expect(tripItinerary(ctx, "Rufus Firefly's itinerary covered Sylvania.")).toBe("Rufus Firefly visited Sylvania during Rufus Firefly's trip.");
    expect(tripItinerary(ctx, "Sylvania was on Rufus Firefly's itinerary.")).toBe("Rufus Firefly visited Sylvania during Rufus Firefly's trip.");
    expect(tripItinerary(ctx, "Sylvania and Grand Fenwick were on Rufus Firefly's spring itinerary.")).toBe("Rufus Firefly visited Sylvania and Grand Fenwick during Rufus Firefly's spring trip.");
    // a plan is no visit
    expect(tripItinerary(ctx, "Sylvania will be on Rufus Firefly's itinerary.")).toBeUndefined();
  });
  it('decides counts and places with the trip the graph dates', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check("Abe's itinerary covered 5 Central Asian countries.")).verdict).toBe('SUPPORTED');
    expect((await check("Abe's itinerary covered 4 Central Asian countries.")).verdict).toBe('REFUTED');
    expect((await check("Each of the five Central Asian countries was on Abe's itinerary.")).verdict).toBe('SUPPORTED');
    expect((await check("China was on Abe's itinerary.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
