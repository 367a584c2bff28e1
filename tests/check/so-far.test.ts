// "So far", "to date" (src/check/so-far.ts, round 20): the time up to the source's own, dropped
// where it is the adverb of time.
import { describe, expect, it } from 'vitest';
import { soFarRewrite } from '../../src/check/so-far.js';

describe('soFarRewrite', () => {
  it('drops the phrase after the auxiliary, at the end, and fronted', () => {
    expect(soFarRewrite('The League has so far approved two loans.')).toBe('The League has approved two loans.');
    expect(soFarRewrite('The League has approved two loans to date.')).toBe('The League has approved two loans.');
    expect(soFarRewrite('So far, the League has approved two loans.')).toBe('The League has approved two loans.');
    expect(soFarRewrite('Freedonia has not so far joined the League.')).toBe('Freedonia has not joined the League.');
  });
  it('leaves "so far as" and claims without the phrase', () => {
    expect(soFarRewrite('Freedonia has so far as we know joined the League.')).toBeUndefined();
    expect(soFarRewrite('Freedonia joined the League.')).toBeUndefined();
  });
});
