// The tolerance of a count of units said without a bound (src/check/span-bounds.ts countTolerance,
// src/check/spans.ts; round 40, fix32d, users32's F7): "three and a half weeks" held for 3.14 weeks
// within the half unit of a whole count, while "six weeks" was refuted for 6.57 weeks (46 days,
// six whole weeks and four days). Corpus fixture: the AIIB opened 22 days after its Articles entered
// into force; the TAPI ceremony was 46 days after the end of Abe's tour.
import { describe, expect, it } from 'vitest';
import { countTolerance } from '../../src/check/span-bounds.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('countTolerance', () => {
  it('is half the step a count is said in', () => {
    expect(countTolerance(6)).toBe(0.5);
    expect(countTolerance(3.5)).toBe(0.25);
    expect(countTolerance(2.25)).toBe(0.125);
    expect(countTolerance(3.1)).toBeCloseTo(0.05);
  });
});

describe('a rounded count of weeks', () => {
  it('with a half is the span to the nearest half', async () => {
    expect(await verdict('The AIIB opened three and a half weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened 3.5 weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened three weeks after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
  });

  it('whole, is not refuted by a span of the count and less than one more unit', async () => {
    expect(await verdict("The TAPI groundbreaking ceremony took place six weeks after Abe's tour ended.")).not.toBe('REFUTED');
    expect(await verdict("The TAPI groundbreaking ceremony took place seven weeks after Abe's tour ended.")).toBe('SUPPORTED');
    expect(await verdict("The TAPI groundbreaking ceremony took place five weeks after Abe's tour ended.")).toBe('REFUTED');
    // a side the graph dates otherwise still refutes, and a side known to the year is compared as before
    expect(await verdict("Six weeks after Abe's tour ended in December, ground was broken on TAPI.")).toBe('REFUTED');
    expect(await verdict("Koizumi's 2006 visit to Kazakhstan came eight years before Abe's.")).toBe('REFUTED');
  });
});
