// Spans said the ways users write them (round 11, branch `spans`, src/check/spans.ts): bound words
// ("barely", "just over", "a little over"), "S was N units old when C", a lasting state up to "by
// C" without a comma or up to a date said outright ("by 2015"), an undated event named by its
// dated thing ("the bank's opening"), a thing dated by its one dated claim ("X's neutrality"), and
// a count rounded too far left undecided. Each end-to-end claim was unread before.
import { describe, expect, it } from 'vitest';
import { lastingState } from '../../src/check/spans.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('lastingState', () => {
  it('finds the state, the span and the cuts between S and C', () => {
    expect(lastingState('The canal had been operating for six years by 2015')).toEqual({ state: 'operating', span: 'six years', cuts: [{ s: 'The canal', c: '2015' }] });
    expect(lastingState("The treaty was barely two years old when the bank opened")).toEqual({ state: '', span: 'barely two years', cuts: [{ s: 'The treaty', c: 'the bank opened' }] });
    expect(lastingState('By the gala, the treaty had been in force for a month')?.cuts).toEqual([{ s: 'the treaty', c: 'the gala' }]);
    // round 22: no cut leaves a side ending on "the" (was 3 cuts: "the | gala the treaty", "the gala the | treaty")
    expect(lastingState('By the gala the treaty had been in force for a month')?.cuts).toEqual([{ s: 'the treaty', c: 'the gala' }]);
    expect(lastingState('The treaty entered into force a month before the gala')).toBeUndefined();
  });
});

describe('spans in users\' words, end to end (unread before round 11)', () => {
  it('reads "N units old when C"', async () => {
    const r = await check("UN recognition of Turkmenistan's neutrality was two decades old when TAPI construction began.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('1995-12-12 to 2015-12-13 is 7306 days');
    expect((await check("Turkmenistan's neutrality was barely five years old when TAPI construction began.")).verdict).toBe('REFUTED');
    expect((await check("The AIIB's Articles of Agreement were less than a month old when the AIIB opened.")).verdict).toBe('SUPPORTED');
  });
  it('reads bound words and a lasting state up to "by C" or a year', async () => {
    expect((await check("By the AIIB's opening, its Articles of Agreement had been in force for just over three weeks.")).verdict).toBe('SUPPORTED');
    expect((await check('By the TAPI ceremony the Central Asia-China pipeline had been operating for barely two years.')).verdict).toBe('REFUTED');
    expect((await check('By the TAPI groundbreaking the Central Asia-China gas pipeline had been running for roughly six years.')).verdict).toBe('SUPPORTED');
    const y = await check('The Central Asia-China gas pipeline had been in operation for more than a decade by 2015.');
    expect(y.verdict).toBe('REFUTED');
    expect(y.explanation).toContain('2009-12 to 2015 is 6 years');
    expect((await check("Turkmenistan's neutrality had been recognised for two decades by 2015.")).verdict).toBe('SUPPORTED');
    expect((await check("Barely a month separated the TAPI groundbreaking from the AIIB's opening.")).verdict).toBe('SUPPORTED');
    expect((await check("The AIIB's opening came a little over a month after the TAPI groundbreaking.")).verdict).toBe('SUPPORTED');
  });
  it('leaves a count rounded by more than a quarter of its unit undecided ("a decade" for six years)', async () => {
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict('The China-Turkmenistan pipeline had been in operation for a decade by 2015.'));
  });
  it('does not date a clause or an agent by a dated claim of something it names', async () => {
    // "when he was elected AIIB president": the election has no day; the AIIB's opening is not it
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict("Jin Liqun was serving as China's vice-minister of finance when he was elected AIIB president."));
    expect((await check('Only two Central Asian countries had hosted a Japanese prime minister before Abe\'s 2015 trip.')).verdict).toBe('SUPPORTED');
    // a date said outright is a side only of a lasting state, against a side dated by its subject
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict("Kazakhstan will get the AIIB's first loan before 2017."));
  });
});

// round 39 (lead, precision39-427): "up to N units" names the span's reach, as "up to X" of an amount
// does (src/check/up-to-ceiling.ts): supported only at the span or the span rounded up
describe('a span said with "up to"', () => {
  it('is held when its figure is not the span rounded up', async () => {
    const r = await check("Turkmenistan's neutrality was recognised up to 25 years before the TAPI ceremony.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('not the span rounded up');
    expect(await verdict("Turkmenistan's neutrality was recognised up to 20 years before the TAPI ceremony.")).toBe('SUPPORTED');
    // a plain bound is no reach
    expect(await verdict("Turkmenistan's neutrality was recognised at most 25 years before the TAPI ceremony.")).toBe('SUPPORTED');
  });
});
