// The order of two dated things said in other words (round 25, src/check/time-relations.ts, read
// by src/check/spans.ts): verbs and prepositions of order, a span after the object ("preceded B by
// nine years"), closeness ("shortly after"), order with a cause ("in the wake of"), vague counts
// ("some weeks"), the same calendar unit ("in the same month as") and "within N units of". On
// b1ceadc each was unread, or ("soon after" five months on) read as the bare order: a false SUPPORTED.
import { describe, expect, it } from 'vitest';
import { nearDecision, relationSaid } from '../../src/check/time-relations.js';
import { spanSideRewrite } from '../../src/check/span-clause-sides.js';
import { tripLengthRewrite } from '../../src/check/trip-length.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('relationSaid', () => {
  it('says verbs of order, their passives and a span after the object in the span reader\'s words', () => {
    expect(relationSaid('The gala preceded the summit')?.text).toBe('The gala came before the summit');
    expect(relationSaid('The gala antedated the summit')?.text).toBe('The gala came before the summit');
    expect(relationSaid('The gala followed the summit')?.text).toBe('The gala came after the summit');
    expect(relationSaid('The gala was preceded by the summit')?.text).toBe('The gala came after the summit');
    expect(relationSaid('The gala was followed by the summit')?.text).toBe('The gala came before the summit');
    expect(relationSaid('The gala preceded the summit by nine days')?.text).toBe('The gala came nine days before the summit');
    expect(relationSaid('The gala followed the summit by some 90 days')?.text).toBe('The gala came some 90 days after the summit');
  });
  it('says prepositions of order as "before" and "after"', () => {
    expect(relationSaid('The gala took place prior to the summit')?.text).toBe('The gala took place before the summit');
    expect(relationSaid('The gala came ahead of the summit by a week')?.text).toBe('The gala came a week before the summit');
    expect(relationSaid('The gala opened subsequent to the summit')?.text).toBe('The gala opened after the summit');
    expect(relationSaid('The gala opened three weeks later than the summit')?.text).toBe('The gala opened three weeks after the summit');
    expect(relationSaid('The gala opened following the summit')?.text).toBe('The gala opened after the summit');
    // "the following year" is no preposition
    expect(relationSaid('The gala opened the following year')).toBeUndefined();
  });
  it('keeps what closeness and cause add', () => {
    expect(relationSaid('The gala came shortly after the summit')).toEqual({ text: 'The gala came after the summit', near: 'close' });
    expect(relationSaid('The gala came hot on the heels of the summit')).toEqual({ text: 'The gala came after the summit', near: 'close' });
    expect(relationSaid('The gala came in the wake of the summit')).toEqual({ text: 'The gala came after the summit', near: 'order' });
    expect(relationSaid('The gala came in the run-up to the summit')).toEqual({ text: 'The gala came before the summit', near: 'order' });
  });
  it('reads vague counts as ranges, and leaves counted units alone', () => {
    expect(relationSaid('The gala came some weeks after the summit')?.vague).toMatchObject({ said: 'some weeks', holds: [1.5, 9.5] });
    expect(relationSaid('The gala came a few months after the summit')?.vague).toMatchObject({ said: 'a few months', holds: [1.5, 5.5] });
    expect(relationSaid('The gala came weeks after the summit')?.vague).toMatchObject({ said: 'weeks' });
    expect(relationSaid('The gala came a couple of weeks after the summit')?.text).toBe('The gala came about two weeks after the summit');
    expect(relationSaid('The gala came three weeks after the summit')).toBeUndefined();
    expect(relationSaid('The gala came twenty-five years after the summit')).toBeUndefined();
  });
  it('reads the same calendar unit and "within N of"', () => {
    expect(relationSaid('The gala was held in the same month as the summit')).toEqual({ text: 'The gala was held one month before the summit', same: 'month' });
    expect(relationSaid('The gala was held the same year the summit opened')?.same).toBe('year');
    expect(relationSaid('The gala was held within a month of the summit')).toEqual({ text: 'The gala was held at most a month after the summit', within: 'The gala was held at most a month before the summit' });
  });
});

describe('nearDecision', () => {
  it('holds a close gap, refutes the wrong order or a year and more, holds the rest undecided', () => {
    expect(nearDecision('close', [22, 22])).toBe('holds');
    expect(nearDecision('close', [135, 165])).toBe('held');
    expect(nearDecision('close', [3287, 3287])).toBe('refuted');
    expect(nearDecision('close', [-5, -5])).toBe('refuted');
    expect(nearDecision('order', [34, 34])).toBe('held');
    expect(nearDecision('order', [-55, -55])).toBe('refuted');
  });
});

describe('sides and trip lengths in other words', () => {
  it('says leaving a place as the trip\'s last day, arriving as its first', () => {
    expect(spanSideRewrite('Firefly had left the region')).toBe("Firefly's trip ended");
    expect(spanSideRewrite('Firefly left Sylvania')).toBe("Firefly's trip to Sylvania ended");
    expect(spanSideRewrite('Firefly arrived in Sylvania')).toBe("Firefly's trip to Sylvania began");
    expect(spanSideRewrite("the canal's construction launch came")).toBe('construction of the canal began');
    expect(spanSideRewrite('Firefly left for Sylvania')).toBe("Firefly's trip to Sylvania began");
  });
  it('reads a trip described as a whirlwind or a jaunt', () => {
    expect(tripLengthRewrite("Firefly's tour was a 3-day whirlwind.")).toBe("Firefly's tour lasted 3 days.");
    expect(tripLengthRewrite("Firefly's tour was a week-long jaunt.")).toBe("Firefly's tour lasted a week.");
    expect(tripLengthRewrite('The gala was a 3-day whirlwind.')).toBeUndefined();
  });
});

describe('end to end, on the corpus fixture', () => {
  it('decides verbs of order, with and without a span', async () => {
    expect(await verdict("The Victory Day Parade preceded Abe's Central Asia tour.")).toBe('SUPPORTED');
    expect(await verdict("The AIIB's opening preceded the TAPI groundbreaking.")).toBe('REFUTED');
    expect(await verdict("Abe's trip preceded the AIIB's opening by about three months.")).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened prior to the TAPI groundbreaking.')).toBe('REFUTED');
  });
  it('does not read "soon after" five months on as the bare order (was a false SUPPORTED)', async () => {
    const r = await check('The AIIB opened soon after the Victory Day Parade.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('shortly after');
    expect(await verdict("The AIIB's opening came shortly after its Articles of Agreement entered into force.")).toBe('SUPPORTED');
  });
  it('holds the right order "in the wake of", refutes the wrong one', async () => {
    expect(await verdict("The AIIB's opening came in the wake of the TAPI groundbreaking.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("The Victory Day Parade came in the aftermath of Abe's tour.")).toBe('REFUTED');
  });
  it('decides vague counts by their ranges', async () => {
    expect(await verdict("The TAPI groundbreaking came some weeks after Abe's trip ended.")).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened several months after its Articles of Agreement entered into force.')).toBe('REFUTED');
  });
  it('decides the same calendar unit', async () => {
    expect(await verdict('The AIIB opened in the same year as the TAPI groundbreaking.')).toBe('REFUTED');
    expect(await verdict("The TAPI groundbreaking took place in the same month the AIIB's Articles of Agreement entered into force.")).toBe('SUPPORTED');
  });
  it('dates a trip to a region by the trips to its parts', async () => {
    expect(await verdict("Koizumi's Central Asia trip preceded Abe's by nine years")).toBe('SUPPORTED');
  });
});

describe('"on the eve of"', () => {
  it('is close before, not only the day before', () => {
    expect(relationSaid('The gala was held on the eve of the summit')).toEqual({ text: 'The gala was held before the summit', near: 'close' });
  });
});

// round 37 (users30 F7): the month's name in any year, or the same month in another year, is no
// calendar month shared
describe('"the same month of the year", "the same month, N years earlier"', () => {
  it('is not read as the same calendar month', () => {
    expect(relationSaid('The pipeline opened in the same month of the year as the groundbreaking')).toBeUndefined();
    expect(relationSaid('The pipeline opened in the same month as the treaty entered into force, six years earlier')).toBeUndefined();
    expect(relationSaid('The pipeline opened in the same month as the groundbreaking')?.same).toBe('month');
  });
});

