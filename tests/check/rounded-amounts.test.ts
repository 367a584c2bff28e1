// A plainly rounded amount (round 39, fix31c, users31's F19; src/check/closeness.ts `roundedFrom`,
// src/check/qualifiers.ts): "US$ 7.5 million" of a source's US$ 7.47 million was refuted as another
// amount. A figure of two or more significant digits that is the source's figure rounded to its own
// last digit is held, not refuted; one of one significant digit ("US$ 7 million") is compared as before.
// Corpus fixture: Japan may provide US$ 7.47 million in grants to Tajikistan; the deals with
// Turkmenistan are worth US$ 18 billion (JPY 2.17 trillion).
import { describe, expect, it } from 'vitest';
import { roundedFrom } from '../../src/check/closeness.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('roundedFrom', () => {
  it('takes a figure of two or more significant digits as the source rounded to its last digit', () => {
    expect(roundedFrom(7_470_000, 7_500_000)).toBe(true);
    expect(roundedFrom(107_900_000, 108_000_000)).toBe(true);
    expect(roundedFrom(2_170_000_000_000, 2_200_000_000_000)).toBe(true);
  });
  it('not a figure of one significant digit, another figure, or the same one', () => {
    expect(roundedFrom(105_000_000, 100_000_000)).toBe(false);
    expect(roundedFrom(7_470_000, 7_000_000)).toBe(false);
    expect(roundedFrom(18_000_000_000, 18_400_000_000)).toBe(false);
    expect(roundedFrom(105_000_000, 110_500_000)).toBe(false);
    expect(roundedFrom(7_470_000, 7_470_000)).toBe(false);
    // more than 2% off: another figure as readily (round 39, own o28a-17: ¥13 billion of 12.7)
    expect(roundedFrom(12_700_000_000, 13_000_000_000)).toBe(false);
  });
});

describe('a rounded amount in a claim', () => {
  it('is held, never refuted', async () => {
    expect(await verdict('Japan may give Tajikistan $7.5m in grants.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Japan's deals with Turkmenistan were worth ¥2.2 trillion.")).toBe('NOT_ENOUGH_INFO');
  });
  it('another figure is still refuted', async () => {
    expect(await verdict('Japan may give Tajikistan $9.5m in grants.')).toBe('REFUTED');
    expect(await verdict("Japan's deals with Turkmenistan were worth US$ 21.5 billion.")).toBe('REFUTED');
  });
});
