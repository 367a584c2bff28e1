// A share said as a decimal fraction (src/check/decimal-share.ts, round 39, fix31c, users31's F3):
// "holds 0.26 of the voting power" was read as 0.26 percent and refuted by the source's 26 percent.
// Corpus fixture: the AIIB story gives China about 26 percent of the voting power.
import { describe, expect, it } from 'vitest';
import { capBareFraction, decimalShare } from '../../src/check/decimal-share.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('decimalShare', () => {
  it('says a share\'s decimal fraction as its percent', () => {
    expect(decimalShare('Freedonia holds 0.26 of the League votes.')).toBe('Freedonia holds 26 percent of the League votes.');
    expect(decimalShare("Freedonia's League voting share is 0.26.")).toBe("Freedonia's League voting share is 26 percent.");
    expect(decimalShare('Freedonia has a .265 stake in the League.')).toBe('Freedonia has a 26.5 percent stake in the League.');
  });

  it('leaves a percent, a larger number and other decimals alone', () => {
    expect(decimalShare('Freedonia holds 0.26 percent of the League votes.')).toBeUndefined();
    expect(decimalShare("Freedonia's share is 0.26%.")).toBeUndefined();
    expect(decimalShare('Freedonia holds 26 of the League votes.')).toBeUndefined();
    expect(decimalShare('Freedonia gave Sylvania $0.5 billion.')).toBeUndefined();
    expect(decimalShare('Freedonia holds 1.26 of the League votes.')).toBeUndefined();
  });
});

describe('a percent before a share\'s noun (round 40, fix32d)', () => {
  it('is said as the share the patterns read', () => {
    expect(decimalShare('Freedonia holds a 26% share of the League votes.')).toBe('Freedonia holds 26 percent of the League votes.');
    expect(decimalShare('Freedonia has a 26 percent voting stake in the League.')).toBe('Freedonia has 26 percent of the voting power in the League.');
    expect(decimalShare('Freedonia holds a 0.26 share of League votes.')).toBe('Freedonia holds 26 percent of League votes.');
    expect(decimalShare('Freedonia has a 26% stake in the League.')).toBeUndefined();
  });

  it('is never read as a rank', async () => {
    expect(await verdict("China holds a 26% share of the AIIB's votes.")).toBe('SUPPORTED');
    expect(await verdict('China holds a 0.26 share of AIIB votes.')).toBe('SUPPORTED');
    expect(await verdict('China has a 26 percent voting share in the AIIB.')).toBe('SUPPORTED');
    expect(await verdict("China holds a 40% share of the AIIB's votes.")).toBe('REFUTED');
  });
});

describe('a decimal share in a claim', () => {
  it('is decided as the percent', async () => {
    expect(await verdict("China holds 0.26 of the AIIB's voting power.")).toBe('SUPPORTED');
    expect(await verdict('China controls 0.26 of AIIB votes.')).toBe('SUPPORTED');
    expect(await verdict("China's AIIB voting share is 0.26.")).toBe('SUPPORTED');
    expect(await verdict("China holds 0.5 of the AIIB's voting power.")).toBe('REFUTED');
    expect(await verdict('China holds a 0.26 share of AIIB votes.')).not.toBe('REFUTED');
  });
});

// round 40 (precision40's traps): a bare fraction in a shape the rewrite does not take ("share of
// X's votes is 0.26") was read as 0.26 percent and refuted by the source's 26 percent
describe('a bare decimal fraction read as a percent', () => {
  it('is held where its two readings differ, decided where they agree', async () => {
    expect(await verdict("China's share of the AIIB's votes is 0.26.")).toBe('NOT_ENOUGH_INFO');
    // 36 percent and 0.36 percent are both refuted by the source's 26 percent
    expect(await verdict("China's share of the AIIB's votes is 0.36.")).toBe('REFUTED');
  });

  it('leaves a figure said with percent, and a whole percent, as they were', async () => {
    expect(await verdict("China holds 0.26 percent of the AIIB's voting power.")).toBe('REFUTED');
    expect(await verdict("China's share of the AIIB's votes is 26.")).toBe('SUPPORTED');
    expect(await verdict("China holds 0.26 of the AIIB's voting power.")).toBe('SUPPORTED');
  });

  it('keeps a result with no such percent', async () => {
    const r = await check("China holds 26 percent of the AIIB's voting power.");
    expect(await capBareFraction('China holds 26 percent of the AIIB voting power.', r, async () => undefined)).toBe(r);
  });
});
