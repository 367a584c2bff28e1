// Time between sources (issue 15): the 2015 seed expects India and Pakistan to be full SCO members
// by 2016; the AIIB article of 2016-01-16 says "Full membership is not expected before 2017". A
// claim without a time of its own is decided by the latest source; a claim stated for a time
// ("In 2015, ...", "as of ...") by the latest source up to that time; the explanation and the
// evidence list the sources in date order.
import { describe, expect, it } from 'vitest';
import { checkResultToJSON } from '../../src/check/index.js';
import { readClaimTime } from '../../src/check/claim-time.js';
import { decideByTime, periodEnd, type SourceTime } from '../../src/check/timeline.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);
const SEED = 'japan-central-asia-engagement-2015';
const AIIB = 'aiib-opens-beijing-2016';
const articleOf = (e: { article?: string }): string => e.article?.split('/').at(-1) ?? '';

describe('sources of different dates that disagree', () => {
  it('no time in the claim: the latest source decides, the sources listed in date order', async () => {
    const r = await check('India is expected to become a full member of the SCO by 2016.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('latest-source');
    expect(r.conflict).toBe(true);
    expect(r.explanation).not.toContain('Sources disagree');
    expect(r.explanation).toMatch(/In date order: 2015-10-28\.\.2015-11-03 \(undated\): supports .*; 2016-01-16: refutes/);
    expect(r.explanation).toContain('the latest source decides');
    // both sides cited, the earlier source first
    expect(r.evidence.map(articleOf)[0]).toBe(SEED);
    expect(r.evidence.map(articleOf).at(-1)).toBe(AIIB);
    expect(r.evidence.find((e) => articleOf(e) === SEED)?.stance).toBe('supports');
    expect(r.evidence.some((e) => e.text.includes('Full membership is not expected before 2017'))).toBe(true);
  });

  it('an explicit earlier time ("In 2015, ...", "as of November 2015"): the earlier source decides', async () => {
    for (const claim of [
      'In 2015, India was expected to become a full member of the SCO by 2016.',
      'India was expected to become a full member of the SCO by 2016, as of November 2015.',
      'In its 2015 article, the author says India was expected to become a full member of the SCO by 2016.',
    ]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.explanation, claim).toContain('[later than the claim\'s time]');
    }
    const r = await check('In 2015, Pakistan was expected to become a full member of the SCO by 2016.');
    expect(r.reason).toBe('claim-time');
    expect(r.interpretation.asOf).toBe('2015');
    expect(checkResultToJSON(r).interpretation.asOf).toBe('2015');
    // the fronted time dates the expectation, not the membership
    expect(r.interpretation.qualifiers.year).toBeUndefined();
  });

  it('an explicit later time ("as of 2016"): the latest source up to it decides', async () => {
    expect((await check('As of 2016, India was expected to become a full member of the SCO by 2016.')).verdict).toBe('REFUTED');
    expect((await check('As of January 2016, India and Pakistan were still expected to become full SCO members during 2016.')).verdict).toBe('REFUTED');
  });

  it('a claim time before every source that bears on it decides nothing', async () => {
    const r = await check('As of 2014, Kazakhstan was a member of the SCO.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('later than 2014');
  });

  it('a fronted time before a stated event stays the event\'s time', async () => {
    const r = await check('In 2015, Abe visited Kazakhstan.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.asOf).toBeUndefined();
    // round 33 (fix26a): a visit may happen again, so another year is held, not refuted
    expect((await check('In 2014, Abe visited Kazakhstan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('the later denial until 2017 supports "not before 2017" and leaves plain membership alone', async () => {
    expect((await check('India is not expected to become a full member of the SCO before 2017.')).verdict).toBe('SUPPORTED');
    // full membership denied says nothing about membership as such, nor about after 2017
    expect((await check('India is poised to become a full member of the Shanghai Cooperation Organisation.')).verdict).toBe('SUPPORTED');
    expect((await check('India and Pakistan are set to become members of the SCO by 2016.')).verdict).toBe('SUPPORTED');
  });
});

describe('time between two dated things (src/check/spans.ts)', () => {
  it('computes the span in the claim\'s unit, shows the arithmetic, and decides both ways', async () => {
    const r = await check('The AIIB opened about three weeks after its Articles of Agreement came into force.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2015-12-25 to 2016-01-16 is 22 days (3.14 weeks)');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    expect((await check('The AIIB opened just one week after the TAPI groundbreaking ceremony.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB opened more than a month after the TAPI groundbreaking ceremony.')).verdict).toBe('SUPPORTED');
  });
  it('a person\'s trip gives its first day when it "began", its last when it "ended"', async () => {
    expect((await check('China\'s Victory Day Parade was held seven weeks before Abe\'s Central Asia tour began.')).verdict).toBe('SUPPORTED');
    expect((await check('China\'s Victory Day Parade took place after Abe\'s Central Asia tour.')).verdict).toBe('REFUTED');
    expect((await check('Abe\'s tour ended before the TAPI groundbreaking ceremony.')).verdict).toBe('SUPPORTED');
  });
  it('a trip dated by its year only counts in years ("nine years passed between ...", "more than a decade separated ...")', async () => {
    const r = await check('Nine years passed between Koizumi\'s 2006 visit and Abe\'s tour.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('9 years (by the years alone)');
    expect((await check('More than a decade separated Koizumi\'s 2006 visit from Abe\'s tour.')).verdict).toBe('REFUTED');
    // a year is too coarse for weeks or months
    await expect(check('Koizumi\'s visit came two months before Abe\'s tour.')).rejects.toThrow(/could not read/);
  });
  it('a bare possessive borrows the first side\'s trip; a place the person is not said to have visited dates no trip', async () => {
    const r = await check('Koizumi\'s visit to Kazakhstan came nine years before Abe\'s.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('9 years (by the years alone)');
    expect((await check('Koizumi\'s visit to Kazakhstan came two years before Abe\'s.')).verdict).toBe('REFUTED');
    const elsewhere = await check('Koizumi\'s visit to Tajikistan came nine years before Abe\'s.').catch(() => undefined);
    expect(elsewhere?.verdict).not.toBe('SUPPORTED');
  });
  it('a side known to the month is any day of it: decided only when every day gives the same answer', async () => {
    const r = await check('The Central Asia-China gas pipeline had been operating for six years when the TAPI groundbreaking ceremony was held.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2009-12 to 2015-12-13 is 2173 to 2203 days');
    expect((await check('The Central Asia-China gas pipeline began operating ten years before the TAPI groundbreaking ceremony.')).verdict).toBe('REFUTED');
    expect((await check('By the time the TAPI groundbreaking ceremony was held, the Central Asia-China gas pipeline had been running for ten years.')).verdict).toBe('REFUTED');
    // an agentless clause dates a side by the day its agents' readings give ("TAPI construction began")
    expect((await check('By the time TAPI construction began, the Central Asia-China gas pipeline had been running for six years.')).verdict).toBe('SUPPORTED');
    expect((await check('The Central Asia-China gas pipeline had been operating for nine years when TAPI construction began.')).verdict).toBe('REFUTED');
    // 5.95 to 6.03 years: "more than six" holds for some days of December 2009 and not others
    const edge = await check('The Central Asia-China gas pipeline began operating more than six years before the TAPI groundbreaking ceremony.').catch(() => undefined);
    expect(edge?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
  it('a side that names no dated thing, or a denial, is no span reading', async () => {
    await expect(check('Turkmenistan\'s president praised Japan two decades before the TAPI ceremony.')).rejects.toThrow(/could not read/);
    // a side the curated corpus dates (the UN's recognition of Turkmen neutrality, 1995-12-12) is one
    const r = await check('The UN recognised Turkmenistan\'s neutrality two decades before the TAPI ceremony.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('1995-12-12 to 2015-12-13 is 7306 days');
    await expect(check('The AIIB did not open after the TAPI groundbreaking ceremony.')).rejects.toThrow(/could not read/);
  });
});

describe('"by YEAR" against a dated source, and nominal membership', () => {
  it('"by 2016" holds for a visit in 2015; a visit in 2015 says nothing of one by 2014', async () => {
    expect((await check('Abe had visited Kazakhstan by 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('Abe had visited Kazakhstan by 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('"full SCO membership for X is not expected before 2017", also stated "By January 2016, ..."', async () => {
    expect((await check('Full SCO membership for India is not expected before 2017.')).verdict).toBe('SUPPORTED');
    const r = await check('By January 2016, full SCO membership for India and Pakistan was not expected before 2017.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.asOf).toBe('2016-01');
  });
});

describe('readClaimTime', () => {
  it('reads "as of", a trailing "as of", "in its YEAR article" and a fronted "In YEAR,"', () => {
    expect(readClaimTime(ctx, 'As of January 2016, X is a member of Y.')).toMatchObject({ inner: 'X is a member of Y.', time: { period: '2016-01' }, always: true });
    expect(readClaimTime(ctx, 'X is a member of Y, as of 2016.')).toMatchObject({ inner: 'X is a member of Y.', time: { period: '2016' }, always: true });
    expect(readClaimTime(ctx, 'In its 2015 article, the author says X.')).toMatchObject({ inner: 'the author says X.', time: { period: '2015' }, always: true });
    expect(readClaimTime(ctx, 'In October 28, 2015, X was expected to join Y.')).toMatchObject({ time: { period: '2015-10-28' }, always: false });
    expect(readClaimTime(ctx, 'In Central Asia, X is active.')).toBeUndefined();
    expect(readClaimTime(ctx, 'X is a member of Y.')).toBeUndefined();
  });
});

describe('decideByTime', () => {
  const day = (d: string): SourceTime => ({ lo: d, hi: d, label: d });
  const span = (lo: string, hi: string): SourceTime => ({ lo, hi, label: `${lo}..${hi} (undated)` });
  it('the latest side wins only when its source is after every source of the other side', () => {
    expect(decideByTime([{ b: 1, stance: 'supports', time: day('2015-01-01') }, { b: 2, stance: 'refutes', time: day('2016-01-01') }]).stance).toBe('refutes');
    expect(decideByTime([{ b: 1, stance: 'refutes', time: day('2015-01-01') }, { b: 2, stance: 'supports', time: day('2016-01-01') }]).stance).toBe('supports');
    // the same day, an overlapping undated source, or no date at all: time does not decide
    expect(decideByTime([{ b: 1, stance: 'supports', time: day('2016-01-01') }, { b: 2, stance: 'refutes', time: day('2016-01-01') }]).stance).toBeUndefined();
    expect(decideByTime([{ b: 1, stance: 'supports', time: span('2015-12-01', '2016-02-01') }, { b: 2, stance: 'refutes', time: day('2016-01-01') }]).stance).toBeUndefined();
    expect(decideByTime([{ b: 1, stance: 'supports', time: undefined }, { b: 2, stance: 'refutes', time: day('2016-01-01') }]).stance).toBeUndefined();
  });
  it('a claim time sets later sources aside; a source that may be on either side of it decides nothing', () => {
    const xs = [{ b: 1, stance: 'supports' as const, time: span('2015-10-28', '2015-11-03') }, { b: 2, stance: 'refutes' as const, time: day('2016-01-16') }];
    expect(decideByTime(xs, { period: '2015', mention: 'in 2015' })).toMatchObject({ stance: 'supports', later: [xs[1]] });
    expect(decideByTime(xs, { period: '2016', mention: 'as of 2016' }).stance).toBe('refutes');
    expect(decideByTime(xs, { period: '2015-10', mention: 'as of October 2015' }).stance).toBeUndefined();
    expect(decideByTime(xs, { period: '2014', mention: 'as of 2014' }).stance).toBeUndefined();
  });
  it('periodEnd gives the last day of a year, a month (leap years too) or a day', () => {
    expect([periodEnd('2015'), periodEnd('2016-02'), periodEnd('2015-02'), periodEnd('2015-10-28')]).toEqual(['2015-12-31', '2016-02-29', '2015-02-28', '2015-10-28']);
  });
});
