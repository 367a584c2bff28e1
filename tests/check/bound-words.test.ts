// The one table of bound words (src/check/bound-words.ts), projected per reader. Fails when a
// reader's projection loses a shared word, when a reader's own word stops winning over the shared
// one, or when the alternation stops putting the longest phrase first.
import { describe, expect, it } from 'vitest';
import { boundAlternation, boundOf, boundTable } from '../../src/check/bound-words.js';
import { BOUND_WORDS } from '../../src/check/values.js';
import { BOUNDS as SPAN_BOUNDS } from '../../src/check/span-bounds.js';

describe('boundTable', () => {
  it('keeps every shared phrase whose bound the reader keeps, after its own words', () => {
    const counts = boundTable((b) => (b === 'gt' ? 'more' : b === 'ge' ? 'atLeast' : undefined), [[['only'], 'exact']]);
    expect(boundOf(counts, 'more than')).toBe('more');
    expect(boundOf(counts, 'At  least')).toBe('atLeast');
    expect(boundOf(counts, 'only')).toBe('exact');
    expect(boundOf(counts, 'nearly')).toBeUndefined();
    const gt = BOUND_WORDS.filter(([, b]) => b === 'gt').length;
    expect(counts.filter(([, b]) => b === 'more')).toHaveLength(gt);
  });
  it("lets a reader's own word win over the shared one", () => {
    // "close to" is a band of its own for an amount, "about" for a span's count
    expect(boundOf(boundTable((b) => b), 'close to')).toBe('close-to');
    expect(boundOf(SPAN_BOUNDS, 'close to')).toBe('about');
    expect(boundOf(SPAN_BOUNDS, 'nearly')).toBe('near-under');
    expect(boundOf(SPAN_BOUNDS, 'well over')).toBe('well-over');
  });
});

describe('boundAlternation', () => {
  it('matches the longest phrase first and any spacing', () => {
    const re = new RegExp(`^(${boundAlternation(boundTable((b) => b))})\\s`, 'i');
    expect(re.exec('a little more than 5')?.[1]).toBe('a little more than');
    expect(re.exec('at   least 5')?.[1]).toBe('at   least');
    expect(re.exec('more than 5')?.[1]).toBe('more than');
  });
});
