// A span said as full (src/check/full-spans.ts): "a full month" is at least a month.
import { describe, expect, it } from 'vitest';
import { fullSpanRewrite } from '../../src/check/full-spans.js';

describe('full spans', () => {
  it('are said with "at least"', () => {
    expect(fullSpanRewrite('The canal opened a full month after the treaty took effect.')).toBe('The canal opened at least a month after the treaty took effect.');
    expect(fullSpanRewrite('Rufus stayed in Sylvania for two whole weeks.')).toBe('Rufus stayed in Sylvania for at least two weeks.');
    expect(fullSpanRewrite('Rufus stayed in Sylvania for a full three weeks.')).toBe('Rufus stayed in Sylvania for at least three weeks.');
  });
  it('leave claims without one, or with a bound or a denial, alone', () => {
    expect(fullSpanRewrite('The canal opened a month after the treaty took effect.')).toBeUndefined();
    expect(fullSpanRewrite('The canal opened more than a full month after the treaty.')).toBeUndefined();
    expect(fullSpanRewrite('The canal did not open a full month after the treaty.')).toBeUndefined();
    expect(fullSpanRewrite('Freedonia is a full member of the League.')).toBeUndefined();
  });
});
