// Round 27: a fronted time adjunct ("Three weeks after B, A"), a span in hours against a day
// without its hour, and a comment named by its page ("the only reader comment on the X analysis")
// (src/check/span-fronted.ts, src/check/span-hours.ts, src/check/source-sides.ts). On 46dd597
// each claim below was unread.
import { describe, expect, it } from 'vitest';
import { frontedSpans } from '../../src/check/span-fronted.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('frontedSpans', () => {
  it('says the clause first and the adjunct after it', () => {
    expect(frontedSpans('Two days after the gala, Zed Q. posted his comment.')).toEqual(['Zed Q. posted his comment two days after the gala']);
    expect(frontedSpans('Before the gala opened, the summit had taken place')).toEqual(['the summit had taken place before the gala opened']);
    expect(frontedSpans('Less than 48 hours after the gala, Zed Q. commented')).toEqual(['Zed Q. commented less than 48 hours after the gala']);
    expect(frontedSpans('Within a month of the gala, Zed Q. commented')).toEqual(['Zed Q. commented within a month of the gala']);
  });
  it('does not cut inside a date, nor before a second clause', () => {
    expect(frontedSpans('After December 25, 2015, the bank opened')).toEqual(['the bank opened after December 25, 2015']);
    expect(frontedSpans('After the gala, and before the summit, Zed Q. commented')).toEqual(['Zed Q. commented after the gala, and before the summit']);
  });
  it('leaves claims that open with no time adjunct alone', () => {
    for (const t of ['In 2015, the gala took place', 'The gala, after all, took place', 'Zed Q. commented after the gala']) expect(frontedSpans(t), t).toEqual([]);
  });
});

describe('spans said with a fronted adjunct (corpus fixture)', () => {
  it('are decided by the dates the graph gives', async () => {
    expect(await verdict("Three weeks after the AIIB's Articles of Agreement entered into force, the bank opened.")).toBe('SUPPORTED');
    expect(await verdict('Two months after the Victory Day Parade, ground was broken on TAPI.')).toBe('REFUTED');
    expect(await verdict('After the TAPI groundbreaking, the Victory Day Parade was held.')).toBe('REFUTED');
    expect(await verdict('Six years before the TAPI groundbreaking, the Central Asia-China pipeline began operating.')).toBe('SUPPORTED');
  });
});

describe('spans in hours (corpus fixture)', () => {
  it('decide when every instant of a day without its hour gives one answer', async () => {
    expect(await verdict('Dilnoza R. commented less than 72 hours after the AIIB opened.')).toBe('SUPPORTED');
    expect(await verdict("Marat K.'s comment came more than 24 hours after Dilnoza R.'s comment")).toBe('SUPPORTED');
    expect(await verdict("Marat K.'s comment came less than 24 hours after Dilnoza R.'s comment")).toBe('REFUTED');
  });
  it('hold a count the range of the day straddles', async () => {
    const r = await check('Less than 48 hours after the AIIB opened, Marat K. posted his comment.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/45\.67 to 69\.67 hours/);
  });
});

describe('a comment named by its page (corpus fixture)', () => {
  it('is the one comment of a page that has one', async () => {
    expect(await verdict("The only reader comment on Hashmi's analysis came less than a week after Abe's Central Asia tour ended")).toBe('SUPPORTED');
    expect(await verdict("Roughly a week passed between the end of Abe's tour and the only reader comment on Hashmi's analysis")).toBe('SUPPORTED');
    expect(await verdict("The comment on Hashmi's analysis was posted more than a month after Abe's Central Asia tour ended")).toBe('REFUTED');
  });
  it('is no side for a page with two comments', async () => {
    // (the article's metadata reads this claim; the span reader gives no side "the one comment on" it)
    const r = await check('The reader comment on the AIIB report came a day after the AIIB opened');
    expect(r.explanation).not.toMatch(/the one comment on/);
  });
});

describe('a day said outright as a span side (corpus fixture)', () => {
  it('is read against the other side\'s day, "N weeks on from" as "after"', async () => {
    expect(await verdict('The AIIB opened three weeks after December 25, 2015.')).toBe('SUPPORTED');
    expect(await verdict("The AIIB's opening came 3 weeks on from 25 December 2015")).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened a week after December 25, 2015.')).toBe('REFUTED');
  });
});
