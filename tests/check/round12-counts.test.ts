// Round 12 (branch `counts`, issue 15): collective counts, a bare "N of the G", a weekday beside
// a full date, years in other notations, trip lengths said with other verbs. Every end-to-end
// claim here was unread or decided otherwise before (src/check/collective-counts.ts,
// dated-weekday.ts, year-notation.ts, trip-length.ts, verdict.ts's countReading).
import { describe, expect, it } from 'vitest';
import { collectiveRewrite } from '../../src/check/collective-counts.js';
import { datedWeekday } from '../../src/check/dated-weekday.js';
import { tripLengthRewrite } from '../../src/check/trip-length.js';
import { decadeOf, yearNotationRewrite } from '../../src/check/year-notation.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture([
  fixtureClaim({ id: 'gala.heldOn.2011-05-03', s: 'cgr:gala', p: 'cg:heldOn', o: '"2011-05-03"^^xsd:date', asserted: true }),
  fixtureClaim({ id: 'rufus.visited.the-region', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:the-region', asserted: true,
    more: 'cg:startDate "2012-05-02"^^xsd:date ; cg:endDate "2012-05-08"^^xsd:date' }),
].join('\n'));

describe('collectiveRewrite', () => {
  it('says collective nouns as number words and "sole / lone" as "only"', () => {
    expect(collectiveRewrite('Rufus hosted a trio of visiting envoys.')).toBe('Rufus hosted three visiting envoys.');
    expect(collectiveRewrite('Rufus visited a pair of Ruritanian states.')).toBe('Rufus visited two Ruritanian states.');
    expect(collectiveRewrite('Sylvania is the sole Ruritanian state outside the League.')).toBe('Sylvania is the only Ruritanian state outside the League.');
    expect(collectiveRewrite('Rufus toured a handful of Ruritanian states, two in all.')).toBe('Rufus toured two Ruritanian states.');
    expect(collectiveRewrite('The lone Ruritanian state outside the League is Sylvania.')).toBe('Sylvania is the only Ruritanian state outside the League.');
    expect(collectiveRewrite('Two Ruritanian presidents skipped the gala.')).toBe('Two Ruritanian countries skipped the gala.');
  });
  it('leaves vague collectives without a count, and claims without one, alone', () => {
    expect(collectiveRewrite('Rufus toured a handful of Ruritanian states.')).toBeUndefined();
    expect(collectiveRewrite('Freedonia is a member of the League.')).toBeUndefined();
  });
});

describe('collective counts, end to end', () => {
  it('reads "the sole / lone" as "only", and the inverted "the only G ... is Z"', async () => {
    expect((await check('Sylvania is the sole Ruritanian state outside the League.')).verdict).toBe('SUPPORTED');
    const r = await check('The lone Ruritanian state outside the League is Freedonia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Read as "Freedonia is the only Ruritanian state outside the League."');
  });
  it('leaves a bare "N of the G" undecided when more than N hold (exactly N and at least N disagree)', async () => {
    // both Ruritanian states depend on Marsovia: "one of" is at least one, but not exactly one
    const r = await check('One of the Ruritanian states depends on Marsovia.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('said without "only" or "at least"');
    expect((await check('At least one of the Ruritanian states depends on Marsovia.')).verdict).toBe('SUPPORTED');
  });
});

describe('a weekday beside a full date', () => {
  it('finds the weekday before or after the date', () => {
    expect(datedWeekday('The gala was held on Tuesday, 3 May 2011.')).toEqual({ claim: 'The gala was held on 3 May 2011.', day: '2011-05-03', weekday: 'Tuesday' });
    expect(datedWeekday('The gala was held on the 3rd of May 2011, a Friday.')?.day).toBe('2011-05-03');
    expect(datedWeekday('The gala was held on 3 May, a Friday.')).toBeUndefined();
  });
  it('reads each date shape with its patterns compiled once, and nothing without a weekday or a year (round 23)', () => {
    for (let i = 0; i < 2; i++) {
      expect(datedWeekday('The gala was held on May 3rd, 2011 (a Tuesday).')?.day).toBe('2011-05-03');
      expect(datedWeekday('The gala was held on 2011-05-03, which was a Tuesday.')?.weekday).toBe('Tuesday');
      expect(datedWeekday('The gala was held on Tuesday the 3rd of May 2011.')?.claim).toBe('The gala was held on the 3rd of May 2011.');
    }
    expect(datedWeekday('The gala was held on 3 May 2011.')).toBeUndefined();
    expect(datedWeekday('The gala was held on Tuesday, 3 May.')).toBeUndefined();
  });
  it('computes the weekday and shows it; another weekday refutes a supported date', async () => {
    const yes = await check('The Founders Gala was held on Tuesday, 3 May 2011.');
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.explanation).toContain('2011-05-03 was a Tuesday');
    const no = await check('The Founders Gala was held on the 3rd of May 2011, a Friday.');
    expect(no.verdict).toBe('REFUTED');
    expect(no.explanation).toContain('2011-05-03 was a Tuesday, not a Friday');
  });
});

describe('years in other notations', () => {
  it('writes the year out', () => {
    expect(yearNotationRewrite("Rufus visited Sylvania in '01.")).toBe('Rufus visited Sylvania in 2001.');
    expect(yearNotationRewrite('The canal opened at the end of 1999.')).toBe('The canal opened in late 1999.');
    expect(decadeOf('The canal opened in the 1990s.')).toMatchObject({ from: 1990, to: 1999, after: 'The canal opened after 1989.', before: 'The canal opened before 2000.' });
  });
  it('decides a two-digit year and a decade by the graph', async () => {
    expect((await check("Rufus visited Sylvania in '01.")).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held in the 2010s.')).verdict).toBe('SUPPORTED');
    const r = await check('The Founders Gala was held in the 2000s.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('read as the years 2000 to 2009');
  });
});

describe('trip lengths said with other verbs', () => {
  it('says "ran / went on / stretched over" as "lasted" and "was on the road in Y for N" as "spent N in Y"', () => {
    expect(tripLengthRewrite("Rufus's tour stretched over more than a month.")).toBe("Rufus's tour lasted more than a month.");
    expect(tripLengthRewrite('Rufus was on the road in Ruritania for 7 days in May 2012.')).toBe('Rufus spent 7 days in Ruritania in May 2012.');
  });
  it('decides them by the trip\'s first and last days', async () => {
    expect((await check("Rufus's tour of Ruritania ran for roughly a fortnight.")).verdict).toBe('REFUTED');
    expect((await check('Rufus was away touring Ruritania for about a week.')).verdict).toBe('SUPPORTED');
  });
});

describe('a clause dated by its trip (src/check/clause-date.ts)', () => {
  it('dates "when X toured Y" by the month the trip\'s first and last days lie in', async () => {
    const yes = await check('The Founders Gala was held a year before Rufus toured Ruritania.');
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.explanation).toContain('2011-05-03 to 2012-05');
    expect((await check('The Founders Gala was held five years before Rufus toured Ruritania.')).verdict).toBe('REFUTED');
  });
});
