// Spans of time said in parts, read whole (src/check/span-whole.ts, round 15): "twenty years and
// one day before", "three weeks and one day after", "a month and a half after". Round 14 left them
// unread (one part must never decide); now the whole span is computed, and decides.
import { describe, expect, it } from 'vitest';
import { wholeSpan } from '../../src/check/span-whole.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('wholeSpan', () => {
  it('adds days, weeks and fortnights up as days', () => {
    expect(wholeSpan('Rufus left three weeks and one day after the gala.')?.text).toBe('Rufus left 22 days after the gala.');
    expect(wholeSpan('Rufus left 3 weeks, 1 day after the gala.')?.text).toBe('Rufus left 22 days after the gala.');
    expect(wholeSpan('Rufus left a fortnight and two days after the gala.')?.text).toBe('Rufus left 16 days after the gala.');
  });
  it('says a half as a fraction of its unit', () => {
    expect(wholeSpan('Rufus left a month and a half after the gala.')?.text).toBe('Rufus left 1.5 months after the gala.');
    expect(wholeSpan('Rufus left two and a half years before the gala.')?.text).toBe('Rufus left 2.5 years before the gala.');
  });
  it('keeps months and years as calendar arithmetic', () => {
    expect(wholeSpan('Freedonia joined twenty years and one day before the gala.')).toEqual({ text: 'Freedonia joined 1 day before the gala.', calendar: { months: 240, days: 1, said: 'twenty years and one day' } });
  });
  it('leaves whole spans and other parts alone', () => {
    expect(wholeSpan('Rufus left three weeks after the gala.')).toBeUndefined();
    expect(wholeSpan('Rufus stayed five days and two more days.')).toBeUndefined();
    expect(wholeSpan('Rufus left a week and Gloria stayed.')).toBeUndefined();
  });
});

describe('a span in parts is decided whole (corpus fixture)', () => {
  it('supports the whole span the dates give', async () => {
    expect(await verdict('The AIIB opened three weeks and one day after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened 3 weeks, 1 day after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict("The UN recognised Turkmenistan's neutrality twenty years and one day before the TAPI ceremony.")).toBe('SUPPORTED');
  });
  it('refutes another whole span, never by one part', async () => {
    expect(await verdict('The AIIB opened three weeks and two days after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened a month and a half after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict("The UN recognised Turkmenistan's neutrality twenty years and two days before the TAPI ceremony.")).toBe('REFUTED');
  });
  it('decides nothing where a side is known to the year or month only', async () => {
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict("Koizumi's visit came nine years and a half before Abe's."));
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict('The Central Asia-China pipeline began operating six years and four days before the TAPI ceremony.'));
  });
  it('reads a lasting state with its agent ("recognised by X for ...")', async () => {
    expect(await verdict('Turkmenistan\'s neutrality had been recognised by the United Nations for twenty years and one day when TAPI construction began.')).toBe('SUPPORTED');
  });
});

describe('a lasting state in the past perfect of its verb (round 15)', () => {
  it('reads "had operated for N years when C" as "had been operating"', async () => {
    expect(await verdict('The Central Asia-China gas pipeline had operated for six years when TAPI construction began.')).toBe('SUPPORTED');
    expect(await verdict('The Central Asia-China gas pipeline had operated for over ten years when TAPI construction began.')).toBe('REFUTED');
  });
});
