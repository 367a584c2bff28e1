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

// round 38 (fix30c; deeds37's left): a fronted "so far" with no comma before a denial, and "was not
// yet a <noun>", were unread
describe('soFarRewrite, round 38', () => {
  it('drops a fronted phrase before a denial without a comma, and "yet" after "was not" before a noun phrase', () => {
    expect(soFarRewrite('So far no League loan to Sylvania has been approved.')).toBe('No League loan to Sylvania has been approved.');
    expect(soFarRewrite('To date nobody has joined the League.')).toBe('Nobody has joined the League.');
    expect(soFarRewrite('Freedonia was not yet a League member in 2015.')).toBe('Freedonia was not a League member in 2015.');
  });
  it('leaves "so far as" fronted and "not yet" before a verb', () => {
    expect(soFarRewrite('So far as anyone knows, Freedonia joined the League.')).toBeUndefined();
    expect(soFarRewrite('Freedonia has not yet joined the League.')).toBeUndefined();
  });
});
