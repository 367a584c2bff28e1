// The span-keyed cache of src/check/span-trie.ts, and its premise: a token's norm never holds a
// space, so spans share a trie path exactly when they share a `keyOf` key.
import { describe, expect, it } from 'vitest';
import { spanTrie } from '../../src/check/span-trie.js';
import { keyOf, tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

describe('spanTrie', () => {
  const { ctx } = checkFixture();
  const morph = ctx.morph;

  it('the premise: no norm holds a space (whitespace of any kind, lemmas of the real lexicon)', () => {
    const texts = ['Freedonia\u00a0joined the League', 'Rufus\tFirefly led\u2009the Acme\u202fBank', 'the League\u2028of Freedonia', 'Gala City’s mayor, re-elected in 2015, went on  record'];
    for (const text of texts) for (const t of tokenize(text, morph)) expect(t.norm, text).not.toMatch(/\s/);
    for (const [word, lemma] of morph.lemmas) expect(lemma, word).not.toMatch(/\s/);
  });

  it('finds a value by the span\'s words, as a map keyed by keyOf would', () => {
    const cache = spanTrie<string>(100);
    const a = tokenize('the Acme Banks', morph);
    cache.set(a, 'bank');
    // the same norms from other raw words share the entry, like their keyOf keys
    const b = tokenize('The Acme Bank', morph);
    expect(keyOf(b)).toBe(keyOf(a));
    expect(cache.get(b)).toBe('bank');
    // a prefix, a longer span and other words are other entries
    expect(cache.get(a.slice(0, 2))).toBeUndefined();
    expect(cache.get(tokenize('the Acme Banks of Freedonia', morph))).toBeUndefined();
    expect(cache.get(tokenize('the League', morph))).toBeUndefined();
    cache.set(a.slice(0, 2), 'prefix');
    expect([cache.get(a.slice(0, 2)), cache.get(a), cache.size]).toEqual(['prefix', 'bank', 2]);
  });

  it('is bounded: past max entries it starts afresh', () => {
    const cache = spanTrie<number>(2);
    const span = (text: string) => tokenize(text, morph);
    cache.set(span('Freedonia'), 1);
    cache.set(span('Sylvania'), 2);
    cache.set(span('Sylvania'), 3); // the same span again: no new entry
    expect(cache.size).toBe(2);
    cache.set(span('Marsovia'), 4); // full: cleared, this one kept
    expect([cache.get(span('Freedonia')), cache.get(span('Marsovia')), cache.size]).toEqual([undefined, 4, 1]);
  });
});
