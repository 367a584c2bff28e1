// Parts of a month and seasons (round 11, branch `spans`, src/check/calendar-parts.ts): the part is
// said once per day (month); a supported one supports, every day (month) of a wider window refuted
// refutes, anything else is read but not decided. Each end-to-end claim was unread before.
import { describe, expect, it } from 'vitest';
import { calendarPart, readCalendarPart } from '../../src/check/calendar-parts.js';
import type { ReaderInput } from '../../src/check/readers.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('calendarPart', () => {
  it('says a part of a month once per day, with a wider window to refute', () => {
    const p = calendarPart('The canal opened in mid-May 2011.')!;
    expect(p.typed).toBe('in mid-May 2011');
    expect(p.month?.claim).toBe('The canal opened in May 2011.');
    expect(p.support.map((s) => s.date)).toEqual(Array.from({ length: 10 }, (_, k) => `May ${11 + k}, 2011`));
    expect(p.support[0]!.claim).toBe('The canal opened on May 11, 2011.');
    expect(p.refute[0]!.date).toBe('May 6, 2011');
    expect(p.refute.at(-1)!.date).toBe('May 25, 2011');
    expect(calendarPart('It ended at the end of February 2015.')!.support.at(-1)!.date).toBe('February 28, 2015');
    expect(calendarPart('It ended in early Sept. 2015.')!.support[0]!.date).toBe('September 1, 2015');
  });
  it('says a season once per month, and leaves a part without a year alone', () => {
    expect(calendarPart('The canal opened in the summer of 2011.')!.support.map((s) => s.date)).toEqual(['June 2011', 'July 2011', 'August 2011']);
    expect(calendarPart('The canal opened in autumn 2011.')!.refute.map((s) => s.date)).toEqual(['August 2011', 'September 2011', 'October 2011', 'November 2011', 'December 2011']);
    expect(calendarPart('The canal opened in mid-May.')).toBeUndefined();
  });
  it('reads winter as the months both its years share, refuted only around both (round 17)', () => {
    // "the winter of 2016" opens the year (December 2015 - February 2016) or closes it (December 2016)
    const w = calendarPart('The canal opened in winter 2011.')!;
    expect(w.support.map((s) => s.date)).toEqual(['January 2011', 'February 2011']);
    expect(w.refute.map((s) => s.date)).toEqual(['November 2010', 'December 2010', 'January 2011', 'February 2011', 'March 2011',
      'November 2011', 'December 2011', 'January 2012', 'February 2012', 'March 2012']);
    expect(w.window).toBe('November 2010 to March 2011 and November 2011 to March 2012');
  });
  it('keeps "for" before the date it stands for ("scheduled for the summer of 2016", round 17)', () => {
    expect(calendarPart('The gala is scheduled for the summer of 2016.')!.support[0]!.claim).toBe('The gala is scheduled for June 2016.');
    expect(calendarPart('The gala is set for mid-June 2016.')!.month!.claim).toBe('The gala is set for June 2016.');
    expect(calendarPart('The canal opened in mid-May.')).toBeUndefined();
  });
});

describe('a part of a month said before "in" (round 39, users31 time-04)', () => {
  it('reads "early in September 2015" as "early September 2015"', async () => {
    expect(calendarPart('The parade was held early in September 2015.')!.support[0]!.claim).toBe('The parade was held on September 1, 2015.');
    expect((await check("China's Victory Day Parade was held early in September 2015.")).verdict).toBe('SUPPORTED');
    expect((await check("China's Victory Day Parade was held late in September 2015.")).verdict).toBe('REFUTED');
  });
});

describe('readCalendarPart', () => {
  it('stops at the first day the claim is not read with (the days differ only in the date)', async () => {
    const asked: string[] = [];
    const recheck = async (claim: string) => { asked.push(claim); return undefined; };
    const out = await readCalendarPart({ text: 'The canal opened in mid-May 2011 and the bridge shut.', recheck } as unknown as ReaderInput);
    expect(out).toBeUndefined();
    // the month, then one day: not ten days and the refutation window
    expect(asked).toEqual(['The canal opened in May 2011 and the bridge shut.', 'The canal opened on May 11, 2011 and the bridge shut.']);
  });
});

describe('parts of months and seasons, end to end (unread before round 11)', () => {
  it('supports a part holding the graph\'s day, refutes one whose wider window is all refuted', async () => {
    const r = await check('The AIIB opened in mid-January 2016.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('January 16, 2016 is supported');
    expect((await check('The Articles of Agreement of the AIIB entered into force in late December 2015.')).verdict).toBe('SUPPORTED');
    const late = await check('The TAPI groundbreaking took place in late December 2015.');
    expect(late.verdict).toBe('REFUTED');
    expect(late.explanation).toContain('every day from December 16, 2015 to December 31, 2015 is refuted');
    expect((await check('China\'s Victory Day Parade took place in early September 2015.')).verdict).toBe('SUPPORTED');
  });
  it('leaves a border day undecided, and a month known only to the month', async () => {
    // the tour began on October 22: outside mid-October (11-20), inside its window (6-25)
    expect((await check('Abe\'s Central Asia tour began in mid-October 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the pipeline began operating in December 2009: no day of it is known
    expect((await check('The Central Asia-China gas pipeline began operating in late December 2009.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads seasons by their months', async () => {
    expect((await check('India and Pakistan began the process of joining the SCO in summer 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe toured Central Asia in the autumn of 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The AIIB opened in the spring of 2016.')).verdict).toBe('REFUTED');
  });
});

describe('quarters, halves of a year and weeks of a month (round 33)', () => {
  it('says a quarter or half of a year once per month, refuted only by all of them', () => {
    const q = calendarPart('The canal opened in Q4 2011.')!;
    expect(q.support.map((s) => s.date)).toEqual(['October 2011', 'November 2011', 'December 2011']);
    expect(q.refute.map((s) => s.date)).toEqual(['October 2011', 'November 2011', 'December 2011']);
    expect(calendarPart('The canal opened in the third quarter of 2011.')!.support[0]!.claim).toBe('The canal opened in July 2011.');
    expect(calendarPart('The canal opened in the second half of 2011.')!.support.map((s) => s.date)[0]).toBe('July 2011');
    expect(calendarPart('The canal opened in Q4.')).toBeUndefined();
  });
  it('says a week of a month as its seven days, refuted only over the days a calendar week may reach', () => {
    const w = calendarPart('The canal opened in the last week of May 2011.')!;
    expect(w.support.map((s) => s.date)).toEqual(Array.from({ length: 7 }, (_, k) => `May ${25 + k}, 2011`));
    expect(w.refute[0]!.date).toBe('May 18, 2011');
    expect(calendarPart('The canal opened in the first week of May 2011.')!.refute.at(-1)!.date).toBe('May 13, 2011');
  });
  it('marks a part said with "by" as a deadline', () => {
    expect(calendarPart('The canal had opened by Q4 2011.')!.by).toBe(true);
    expect(calendarPart('The canal had opened in Q4 2011.')!.by).toBe(false);
  });
});

describe('readCalendarPart, deadlines and denials (round 33)', () => {
  // a fake graph: the canal opened on May 16, 2011 and on no other day
  const opened = async (claim: string) => {
    const day = /(?:on|in) (May 16, 2011|May 2011)/.test(claim);
    const denied = /\bnot\b/.test(claim);
    const verdict = denied ? (day ? 'REFUTED' : 'SUPPORTED') : (day ? 'SUPPORTED' : 'REFUTED');
    return { claim, verdict, interpretation: { notes: [] }, evidence: [], explanation: `${verdict}.`, reason: 'direct', conflict: false } as never;
  };
  const read = (text: string) => readCalendarPart({ text, recheck: opened } as unknown as ReaderInput);
  it('never refutes a deadline, but a day of it supported supports it', async () => {
    expect((await read('The canal had opened by the summer of 2011.'))?.held?.verdict).toBe('NOT_ENOUGH_INFO');
    expect((await read('The canal had opened by mid-May 2011.'))?.decided?.verdict).toBe('SUPPORTED');
    // near miss: a part with "in" whose window (August to December) misses May is refuted
    expect((await read('The canal opened in the autumn of 2011.'))?.decided?.verdict).toBe('REFUTED');
    expect((await read('The canal had opened by the autumn of 2011.'))?.held?.verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('decides a denial by the whole window, refuted only by a day of the core', async () => {
    expect((await read('The canal did not open in the first week of May 2011.'))?.decided?.verdict).toBe('SUPPORTED');
    expect((await read('The canal did not open in mid-May 2011.'))?.decided?.verdict).toBe('REFUTED');
    expect((await read('The canal did not open in Q2 2011.'))?.decided?.verdict).toBe('REFUTED');
    // near miss: the 16th lies in the window of the second week (2-20) but not its core (8-14): held
    expect((await read('The canal did not open in the second week of May 2011.'))?.held?.verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('readCalendarPart, a span that runs past the part (round 34)', () => {
  // a fake graph: a tour of May 12-18, 2011, supported on each of its days and nowhere else
  const toured = async (claim: string) => {
    const m = /(?:on|in) May (\d+), 2011/.exec(claim);
    const verdict = /in May 2011/.test(claim) || (m && Number(m[1]) >= 12 && Number(m[1]) <= 18) ? 'SUPPORTED' : 'REFUTED';
    return { claim, verdict, interpretation: { notes: [] }, evidence: [], explanation: `${verdict}.`, reason: 'direct', conflict: false } as never;
  };
  const read = (text: string) => readCalendarPart({ text, recheck: toured } as unknown as ReaderInput);
  it('holds a part the span starts before or ends after, supports one that holds it all', async () => {
    // the 15th-18th lie past the second week (8-14): the tour did not take place in it
    expect((await read('The tour took place in the second week of May 2011.'))?.held?.verdict).toBe('NOT_ENOUGH_INFO');
    expect((await read('The tour took place in the first half of May 2011.'))?.held?.verdict).toBe('NOT_ENOUGH_INFO');
    // near miss: mid-May (11-20) holds the whole tour
    expect((await read('The tour took place in mid-May 2011.'))?.decided?.verdict).toBe('SUPPORTED');
    // a deadline is met by anything before it
    expect((await read('The tour had ended by the second half of May 2011.'))?.decided?.verdict).toBe('SUPPORTED');
  });
  it('says the days either side of a part of a month, across the month\'s end', () => {
    expect(calendarPart('The tour took place in the last week of May 2011.')!.outside!.map((o) => o.date)).toEqual(['May 24, 2011', 'June 1, 2011']);
    expect(calendarPart('The tour took place in early May 2011.')!.outside!.map((o) => o.date)).toEqual(['April 30, 2011', 'May 11, 2011']);
  });
  it('end to end: a week-long visit is not "in" the last week of its month', async () => {
    expect((await check('Abe\'s visit to Central Asia took place in the last week of October 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Abe\'s visit to Central Asia took place in late October 2015.')).verdict).toBe('SUPPORTED');
  });
});

describe('quarters and weeks, end to end (unread before round 33)', () => {
  it('reads a quarter and a week of a month', async () => {
    expect((await check('Abe\'s Central Asian tour took place in Q4 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The AIIB formally opened in Q4 2015.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB\'s Articles of Agreement entered into force in the last week of December 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The TAPI groundbreaking ceremony took place in the last week of December 2015.')).verdict).toBe('REFUTED');
  });
  it('holds a border day, a deadline and a time no source reaches', async () => {
    // the tour began on October 22: in the window of the last week of October (18-31), not its seven days
    expect((await check('Abe\'s trip to Central Asia began in the last week of October 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The AIIB opened by the summer of 2016.')).verdict).not.toBe('REFUTED');
    expect((await check('The AIIB did not open in the winter of 2016.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB will approve its first loan to Kazakhstan in Q4 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
