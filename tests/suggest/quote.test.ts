import { describe, expect, it } from 'vitest';
import { uniqueQuote } from '../../src/suggest/quote.js';
import { findQuote } from '../../src/source/index.js';

describe('uniqueQuote', () => {
  it('keeps the words a reading rests on when they occur once', () => {
    const text = 'Freedonia joined the League. Sylvania did not.';
    expect(uniqueQuote(text, 'Freedonia joined the League.', 0, 27)).toBe('Freedonia joined the League');
  });
  it('widens a quote word by word until it occurs once in the article', () => {
    const s2 = 'Everyone knows Freedonia joined the League in 2001.';
    const text = `Freedonia joined the League. ${s2}`;
    const q = uniqueQuote(text, s2, 15, 42)!;
    expect(findQuote(text, q)).toHaveLength(1);
    expect(s2.includes(q)).toBe(true);
    expect(q.startsWith('Freedonia joined the League')).toBe(true);
  });
  it('gives up when the whole sentence occurs twice', () => {
    const s = 'Freedonia joined the League.';
    expect(uniqueQuote(`${s} ${s}`, s, 0, 9)).toBeUndefined();
  });
  it('never cuts a word and keeps an opening determiner and a closing bracket', () => {
    const s = 'All Ruritanian states joined the Acme Development Bank (ADB) in 2001.';
    expect(uniqueQuote(s, s, 5, 20)).toBe('All Ruritanian states');
    expect(uniqueQuote(s, s, 33, 58)).toBe('the Acme Development Bank (ADB)');
  });
});
