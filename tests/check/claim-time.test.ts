// The claim's own time (src/check/claim-time.ts) when the fronted time has no comma: "In 2015 X
// was expected to ..." dates the expectation, as "In 2015, X was expected to ..." does (round 14:
// without the comma the year became a qualifier of the expected fact, and a later source's
// expectation refuted what the earlier source expected at the time). Corpus fixture: the 2015
// seed expects India and Pakistan to be full SCO members by 2016; the 2016 AIIB article says
// full membership is not expected before 2017.
import { describe, expect, it } from 'vitest';
import { inPresentPerfect, isoPeriod, readClaimTime, simplePresentAfter } from '../../src/check/claim-time.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

describe('readClaimTime without a comma after the fronted time', () => {
  it('ends the time phrase at its year', () => {
    expect(readClaimTime(ctx, 'In 2015 X was expected to join Y.')).toMatchObject({ inner: 'X was expected to join Y.', time: { period: '2015' }, always: false });
    expect(readClaimTime(ctx, 'In October 2015 X was expected to join Y.')).toMatchObject({ inner: 'X was expected to join Y.', time: { period: '2015-10' }, always: false });
    expect(readClaimTime(ctx, 'By late 2015 X was expected to join Y.')).toMatchObject({ time: { period: '2015-12' }, always: false });
  });

  it('reads no time where none is fronted', () => {
    expect(readClaimTime(ctx, 'In Central Asia X is active.')).toBeUndefined();
    expect(readClaimTime(ctx, 'X joined Y in 2015.')).toBeUndefined();
  });
});

describe('an expectation dated by a fronted time without a comma', () => {
  it('is decided by the sources of that time, not refuted by a later one', async () => {
    for (const claim of ['In 2015 India and Pakistan were expected to become full SCO members by 2016.', 'In 2015, India and Pakistan were expected to become full SCO members by 2016.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.explanation).toContain('Read as a claim about 2015');
    }
  });

  it('a stated fact keeps the year as its own ("In 2015 Abe visited Kazakhstan")', async () => {
    expect((await check('In 2015 Abe visited Kazakhstan.')).verdict).toBe('SUPPORTED');
    // round 33 (fix26a): a visit may happen again, so another year is held, not refuted
    expect((await check('In 2014 Abe visited Kazakhstan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a hyphenated part of a month, and "as of" without a comma (round 15)', () => {
  it('reads "mid-January 2016" as January 2016, with or without the comma', () => {
    expect(readClaimTime(ctx, 'As of mid-January 2016, X had not joined Y.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2016-01' }, always: true });
    expect(readClaimTime(ctx, 'As of mid-January 2016 X had not joined Y.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2016-01' }, always: true });
    expect(readClaimTime(ctx, 'In early-October 2015 X was expected to join Y.')).toMatchObject({ time: { period: '2015-10' } });
  });

  it('reads no time from a phrase that is none', () => {
    expect(readClaimTime(ctx, 'As of mid-term X had not joined Y.')).toBeUndefined();
  });
});

describe('round 16: a day with its comma, and "by <time>" before a past perfect', () => {
  it('reads "As of May 5, 2015 X ..." and "X ... as of May 5, 2015" with the comma inside the date', () => {
    expect(readClaimTime(ctx, 'As of May 5, 2015 X had not joined Y.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2015-05-05' }, always: true });
    expect(readClaimTime(ctx, 'X had not joined Y as of May 5, 2015.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2015-05-05' }, always: true });
  });
  it('reads "by <time>" before or after a past perfect as the state at that time', () => {
    expect(readClaimTime(ctx, 'By May 5, 2015, X had not joined Y.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2015-05-05' }, always: true });
    expect(readClaimTime(ctx, 'By May 5, 2015 X had joined Y.')).toMatchObject({ inner: 'X had joined Y.', time: { period: '2015-05-05' }, always: true });
    expect(readClaimTime(ctx, 'X had not joined Y by May 5, 2015.')).toMatchObject({ inner: 'X had not joined Y.', time: { period: '2015-05-05' }, always: true });
  });
  it('keeps "by <time>" a time of the event when the claim is no past perfect', () => {
    expect(readClaimTime(ctx, 'By May 5, 2015, X joined Y.')).toMatchObject({ always: false });
    expect(readClaimTime(ctx, 'X joined Y by May 5, 2015.')).toBeUndefined();
    expect(readClaimTime(ctx, 'X had joined Y by 2015.')).toBeUndefined();
  });
});

describe('round 16: the agent of a present-perfect passive is no time', () => {
  it('keeps "has been approved by the Bank" a present perfect, "by 2016" and "by the time" not', () => {
    expect(inPresentPerfect('No loan to Sylvania has been approved by Acme Bank.')).toBe(true);
    expect(inPresentPerfect('No loan to Sylvania has been approved by the Bank.')).toBe(true);
    expect(inPresentPerfect('No loan to Sylvania has been approved by 2016.')).toBe(false);
    expect(inPresentPerfect('No loan to Sylvania has been approved by the time the Bank opened.')).toBe(false);
    expect(inPresentPerfect('Freedonia has joined the League by now.')).toBe(false);
  });
});

describe('a state "already" or "still" at a fronted time (round 17)', () => {
  it('is stated for that time, as "as of" is', () => {
    expect(readClaimTime(ctx, 'In January 2016, X was already a member of Y.')).toMatchObject({ inner: 'X was already a member of Y.', time: { period: '2016-01' }, always: true });
    expect(readClaimTime(ctx, 'In January 2016, X was still not a member of Y.')).toMatchObject({ always: true });
    // an event keeps the fronted time as its own
    expect(readClaimTime(ctx, 'In January 2016, X joined Y.')).toMatchObject({ always: false });
  });
  it('is refuted by a denial the source states for a day of that month, and undecided past it', async () => {
    expect((await check('As of January 2016, India was a full member of the SCO.')).verdict).toBe('REFUTED');
    expect((await check('In January 2016, India was already a full member of the SCO.')).verdict).toBe('REFUTED');
    expect((await check('In January 2016, Pakistan was still not a full member of the SCO.')).verdict).toBe('SUPPORTED');
    expect((await check('In March 2016, India was already a full member of the SCO.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('isoPeriod (shared with both-in.ts and office-time.ts)', () => {
  it('reads a day, a month or a year said exactly', () => {
    expect(isoPeriod(ctx, 'December 13, 2015')).toBe('2015-12-13');
    expect(isoPeriod(ctx, '13 December 2015')).toBe('2015-12-13');
    expect(isoPeriod(ctx, 'december 2015')).toBe('2015-12');
    expect(isoPeriod(ctx, '2015')).toBe('2015');
  });
  it('reads no bound, part or span of a period', () => {
    expect(isoPeriod(ctx, 'before 2015')).toBeUndefined();
    expect(isoPeriod(ctx, 'early 2015')).toBeUndefined();
    expect(isoPeriod(ctx, '2015 and 2016')).toBeUndefined();
    expect(isoPeriod(ctx, 'the same year')).toBeUndefined();
  });
});

describe('simplePresentAfter', () => {
  it('finds a verb in the third person singular right after the name', () => {
    expect(simplePresentAfter('Rufus T. Firefly heads the League', 'Rufus T Firefly')).toBe(true);
    expect(simplePresentAfter('The canal draws its water from the lake', 'canal')).toBe(true);
    // near misses: the past, "is" and "has", no mention
    expect(simplePresentAfter('Rufus T. Firefly headed the League', 'Rufus T Firefly')).toBe(false);
    expect(simplePresentAfter('Rufus T. Firefly is the head of the League', 'Rufus T Firefly')).toBe(false);
    expect(simplePresentAfter('Rufus T. Firefly has led the League', 'Rufus T Firefly')).toBe(false);
    expect(simplePresentAfter('Rufus heads the League', undefined)).toBe(false);
  });
});

describe('round 39 (fix31c): a part of a year is read to the end of the part, not as the whole year', () => {
  it('reads "mid-2015", "early 2015", "the start of 2015", "late 2015" as the part\'s last month', () => {
    expect(readClaimTime(ctx, 'As of mid-2015, X had joined Y.')).toMatchObject({ inner: 'X had joined Y.', time: { period: '2015-07', mention: 'As of mid-2015' } });
    expect(readClaimTime(ctx, 'By early 2015, X had joined Y.')).toMatchObject({ time: { period: '2015-04' }, always: true });
    expect(readClaimTime(ctx, 'As of the start of 2015, X had joined Y.')).toMatchObject({ time: { period: '2015-01' } });
    expect(readClaimTime(ctx, 'As of late 2015, X had joined Y.')).toMatchObject({ time: { period: '2015-12' } });
    expect(readClaimTime(ctx, 'As of 2015, X had joined Y.')).toMatchObject({ time: { period: '2015' } });
  });

  it('lets no source later than the part decide: a deed of October 2015 had not happened by mid-2015', async () => {
    for (const claim of ['As of mid-2015, Abe had visited Kazakhstan.', 'By early 2015, Abe had visited Kazakhstan.', 'As of the start of 2015, Abe had visited Kazakhstan.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    // a part that ends after the source still lets it decide
    expect((await check('By mid-2016, Abe had visited Kazakhstan.')).verdict).toBe('SUPPORTED');
  });
});
