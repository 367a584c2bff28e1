// A weekday with the month or year it falls in, and a day without its year (src/check/date-parts.ts), and a work begun
// said as a whole claim (src/check/work-begun.ts), dated through the thing's claims
// (src/check/weekday.ts claimDays) with one day per object (cg:oncePerObject).
import { describe, expect, it } from 'vitest';
import { weekdayWithinParts, yearlessMonthRewrites, yearlessRewrites } from '../../src/check/date-parts.js';
import { workBegunRewrite } from '../../src/check/work-begun.js';
import { checkFixture, checkGraphDir, fixtureClaim } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

// 2015-12-13 was a Sunday
const launched = fixtureClaim({ id: 'freedonia.launchedConstructionOf.canal', s: 'cgr:freedonia', p: 'cg:launchedConstructionOf', o: 'cgr:canal', more: 'cg:date "2015-12-13"^^xsd:date', asserted: true });

describe('weekdays with their period', () => {
  it('are two statements of the same day', () => {
    expect(weekdayWithinParts('The canal pipeline opened on a Saturday in December 2015.')).toEqual(['The canal pipeline opened on a Saturday.', 'The canal pipeline opened in December 2015.']);
    expect(weekdayWithinParts('Firefly arrived on a Monday in May.')).toEqual(['Firefly arrived on a Monday.', 'Firefly arrived in May.']);
    expect(weekdayWithinParts('Firefly arrived on a Monday.')).toBeUndefined();
    expect(weekdayWithinParts('Firefly did not arrive on a Monday in May.')).toBeUndefined();
  });

  it('decide by both: a wrong weekday refutes, the right weekday and month support', async () => {
    const { check } = checkFixture(launched);
    const wrong = await check('Construction of the canal pipeline began on a Saturday in December 2015.');
    expect(wrong.verdict).toBe('REFUTED');
    expect(wrong.explanation).toContain('2015-12-13 was a Sunday');
    expect((await check('Construction of the canal pipeline began on a Sunday in December 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('Construction of the canal pipeline began on a Sunday in January 2016.')).verdict).toBe('REFUTED');
  });
});

describe('a work begun said as a whole claim', () => {
  it('is said as "Construction of X began", for a thing that is no agent', () => {
    const { ctx } = checkFixture();
    expect(workBegunRewrite(ctx, 'The canal pipeline broke ground on a Saturday.')).toBe('Construction of the canal pipeline began on a Saturday.');
    expect(workBegunRewrite(ctx, 'Work on the canal pipeline began in January 2016.')).toBe('Construction of the canal pipeline began in January 2016.');
    expect(workBegunRewrite(ctx, 'Ground was broken on the canal pipeline in 2015.')).toBe('Construction of the canal pipeline began in 2015.');
    // an agent breaking ground names who did it
    expect(workBegunRewrite(ctx, 'Freedonia broke ground on the canal pipeline in 2015.')).toBeUndefined();
    expect(workBegunRewrite(ctx, 'The canal pipeline did not break ground in 2015.')).toBeUndefined();
  });

  it('is dated by the graph\'s construction start', async () => {
    const { check } = checkFixture(launched);
    expect((await check('Work on the canal pipeline began in January 2016.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline broke ground on a Sunday.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline broke ground on a Saturday.')).verdict).toBe('REFUTED');
  });
});

describe('a day without its year', () => {
  it('is said on the years the graph gives that month and day', () => {
    const { ctx } = checkFixture(launched);
    expect(yearlessRewrites(ctx, 'Construction of the canal pipeline began on the 13th of December.')).toEqual(['Construction of the canal pipeline began on the 13th of December 2015.']);
    expect(yearlessRewrites(ctx, 'Construction of the canal pipeline began on December 13, a Sunday.')).toEqual(['Construction of the canal pipeline began on December 13, 2015, a Sunday.']);
    expect(yearlessRewrites(ctx, 'Construction of the canal pipeline began on December 14.')).toEqual([]);
    expect(yearlessRewrites(ctx, 'Construction of the canal pipeline began on December 13, 2015.')).toEqual([]);
  });

  it('decides only by a support', async () => {
    const { check } = checkFixture(launched);
    expect((await check('Construction of the canal pipeline began on the 13th of December.')).verdict).toBe('SUPPORTED');
    expect((await check('Construction of the canal pipeline began on December 13, a Sunday.')).verdict).toBe('SUPPORTED');
    expect((await check('Construction of the canal pipeline began on December 13, a Monday.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a month without its year (round 28)', () => {
  it('is said on the years the graph gives a day in that month, and on their other years', () => {
    const { ctx } = checkFixture(launched);
    expect(yearlessMonthRewrites(ctx, 'Construction of the canal pipeline began in December.')).toEqual({ inMonth: ['Construction of the canal pipeline began in December 2015.'], other: [] });
    expect(yearlessMonthRewrites(ctx, 'Construction of the canal pipeline began in mid-December.').inMonth).toEqual(['Construction of the canal pipeline began in mid-December 2015.']);
    expect(yearlessMonthRewrites(ctx, 'Construction of the canal pipeline began in May.')).toEqual({ inMonth: [], other: ['Construction of the canal pipeline began in May 2015.'] });
    // a year, a day, a denial or a question: not this reader's
    for (const t of ['Construction of the canal pipeline began in December 2015.', 'Construction of the canal pipeline began in December 13.', 'Construction of the canal pipeline did not begin in May.', 'Did construction of the canal pipeline begin in May?']) {
      expect(yearlessMonthRewrites(ctx, t), t).toEqual({ inMonth: [], other: [] });
    }
  });

  it('decides by a support; another month is read on the graph\'s year and held, never refuted by it', async () => {
    const { check } = checkFixture(launched);
    const yes = await check('Construction of the canal pipeline began in December.');
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.explanation).toContain('a month without its year');
    const other = await check('Construction of the canal pipeline began in May.');
    expect(other.verdict).toBe('NOT_ENOUGH_INFO');
    expect(other.reason).not.toBe('unknown-entity');
    expect(other.explanation).toContain('another year may be the one meant');
  });
});

describe('a month without its year, against a single-valued date', () => {
  const opened = fixtureClaim({ id: 'acme-bank.openedOn', s: 'cgr:acme-bank', p: 'cg:openedOn', o: '"2005-03-01"^^xsd:date', asserted: true });
  it('refutes another month in any year (one opening), supports its own', async () => {
    const { check } = checkFixture(opened);
    const no = await check('The Acme Development Bank opened in May.');
    expect(no.verdict).toBe('REFUTED');
    expect(no.explanation).toContain('single-valued');
    expect((await check('The Acme Development Bank opened in March.')).verdict).toBe('SUPPORTED');
  });
});

// round 33: a trip named as one has one start and one end, so its own year pins a day said without
// one; a visit not named as a trip (another year's visit may be meant) stays held
describe('the start or end of a named trip, on a day without its year (round 33)', () => {
  const { check } = checkFixture(fixtureClaim({ id: 'rufus.visited.marsovia.trip33', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', sentence: 's015', asserted: true,
    more: 'cg:startDate "2011-03-02"^^xsd:date ; cg:endDate "2011-03-08"^^xsd:date' }));
  const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

  it('supports the right day and refutes another, the month written short or not', async () => {
    expect(await verdict("Rufus's trip to Marsovia began on Mar 2.")).toBe('SUPPORTED');
    expect(await verdict("Rufus's trip to Marsovia began on March 5.")).toBe('REFUTED');
    expect(await verdict("Rufus's tour of Marsovia ended on 9 Mar.")).toBe('REFUTED');
    expect(await verdict("Did Rufus's Marsovia visit begin on March 4?")).toBe('REFUTED');
  });

  it('holds a visit not named as a trip, and a trip with another place', async () => {
    expect(await verdict('Rufus visited Marsovia on March 5.')).not.toBe('REFUTED');
    expect(await verdict("Rufus's trip to Sylvania began on March 5.")).not.toBe('REFUTED');
  });
});

// round 37 (users30 F7): a month the graph gives without its day dates the month; read only on
// another named thing's year, "in December" was refuted by the pipeline's one date (December 2009)
describe('a month without its year, against a month-valued date', () => {
  it('is read on the year of the graph\'s month', async () => {
    const { check, ctx } = await checkGraphDir(corpusFixture);
    expect(yearlessMonthRewrites(ctx, "The Central Asia-China pipeline opened in December, like TAPI's groundbreaking.").inMonth)
      .toContain("The Central Asia-China pipeline opened in December 2009, like TAPI's groundbreaking.");
    expect((await check("The Central Asia-China pipeline opened in December, like TAPI's groundbreaking.")).verdict).not.toBe('REFUTED');
    expect((await check('The Central Asia-China pipeline began operating in December.')).verdict).toBe('SUPPORTED');
    expect((await check('The Central Asia-China pipeline began operating in June.')).verdict).toBe('REFUTED');
  });
});
