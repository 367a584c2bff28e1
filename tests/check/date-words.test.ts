// Dates and spans said in words (src/check/date-words.ts): spelled ordinal days, "N separate X from Y".
import { describe, expect, it } from 'vitest';
import { separateSpanRewrite, spelledDayRewrite } from '../../src/check/date-words.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture([
  fixtureClaim({ id: 'gala.heldOn.2011-05-03', s: 'cgr:gala', p: 'cg:heldOn', o: '"2011-05-03"^^xsd:date', asserted: true }),
].join('\n'));

describe('spelledDayRewrite', () => {
  it('writes a spelled ordinal day in digits, day first or month first', () => {
    expect(spelledDayRewrite('The gala ended on the first of November 2015.')).toBe('The gala ended on the 1st of November 2015.');
    expect(spelledDayRewrite('The gala ended on the twenty-eighth of October 2015.')).toBe('The gala ended on the 28th of October 2015.');
    expect(spelledDayRewrite('The gala ended on November the third, 2015.')).toBe('The gala ended on November 3rd, 2015.');
    expect(spelledDayRewrite('The gala ended on May thirty first.')).toBe('The gala ended on May 31st.');
  });
  it('leaves ordinals that are no day alone', () => {
    expect(spelledDayRewrite('Rufus was the first envoy of Freedonia.')).toBeUndefined();
    expect(spelledDayRewrite('Rufus became president in May.')).toBeUndefined();
  });
  it('is decided by the date the graph gives', async () => {
    expect((await check('The Founders Gala was held on the third of May 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held on the fourth of May 2011.')).verdict).toBe('REFUTED');
  });
});

describe('separateSpanRewrite (round 35: more nouns of a gap, "that elapsed", a half)', () => {
  it('reads a lag, the time that elapsed, and a count with a half', () => {
    expect(separateSpanRewrite('The lag between the gala and the summit was roughly six and a half weeks.')).toBe('Roughly six and a half weeks passed between the gala and the summit.');
    expect(separateSpanRewrite('The time that elapsed between the gala and the summit was five years.')).toBe('Five years passed between the gala and the summit.');
    expect(separateSpanRewrite('The lag between the gala and the summit was large.')).toBeUndefined();
  });
});

describe('separateSpanRewrite', () => {
  it('says "N separate X from Y" and "X and Y are separated by N" as "N passed between X and Y"', () => {
    expect(separateSpanRewrite('About eleven months separate the gala from the summit.')).toBe('About eleven months passed between the gala and the summit.');
    expect(separateSpanRewrite('Two years separated the gala and the summit.')).toBe('Two years passed between the gala and the summit.');
    expect(separateSpanRewrite('The gala and the summit were separated by less than a year.')).toBe('Less than a year passed between the gala and the summit.');
  });
  it('says "the gap between X and Y was N" the same way (round 30), only for a span of time', () => {
    expect(separateSpanRewrite('The gap between the gala and the summit was about a year.')).toBe('About a year passed between the gala and the summit.');
    expect(separateSpanRewrite('The time between the gala and the summit is three weeks')).toBe('Three weeks passed between the gala and the summit.');
    expect(separateSpanRewrite("The gap between Freedonia's aid and its grants is about $3 million.")).toBeUndefined();
    expect(separateSpanRewrite('The gap between the gala and the summit was not about a year.')).toBeUndefined();
  });
  it('reads no denial, question or span without a length', () => {
    expect(separateSpanRewrite('Two years do not separate the gala from the summit.')).toBeUndefined();
    expect(separateSpanRewrite('Do two years separate the gala from the summit?')).toBeUndefined();
    expect(separateSpanRewrite('A river separates Freedonia from Sylvania.')).toBeUndefined();
  });
});
