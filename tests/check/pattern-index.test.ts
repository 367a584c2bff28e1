// The index of the lexicon's patterns by their words (src/check/pattern-index.ts): it must name
// exactly the patterns a scan of every pattern with the pre-filter (mayMatch) keeps, in order.
import { describe, expect, it } from 'vitest';
import { adoptPatternFiling, candidatePatterns, patternFiling } from '../../src/check/pattern-index.js';
import { compilePattern, mayMatch } from '../../src/check/pattern.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const toks = (text: string) => dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
const scan = (text: string) => { const norms = new Set(toks(text).map((t) => t.norm)); return ctx.relations.filter((rp) => mayMatch(rp.pattern, norms)); };

describe('candidate patterns', () => {
  it('are the patterns the pre-filter keeps, in the lexicon\'s order, for claims of many shapes', () => {
    for (const text of [
      'Freedonia is a member of the League.',
      'Sylvania hosted the summit in 2015.',
      'Rufus Firefly visited Marsovia and signed deals worth US$ 5 million.',
      'Acme Bank lent Freedonia less than Sylvania.',
      'Gloria Teasdale did not attend.',
      'zzz',
    ]) expect(candidatePatterns(ctx.relations, toks(text))).toEqual(scan(text));
  });

  it('keeps a pattern whose words are all optional or choices, and one reached through a derived alternative', () => {
    const morph = ctx.morph;
    const open = { pattern: compilePattern('{s} [was] [there] {o}', morph) };
    const choice = { pattern: compilePattern('{s} (hosted|hosts) {o}', morph) };
    const plain = { pattern: compilePattern('{s} visited {o}', morph) };
    const alt = { pattern: compilePattern('{s} received {o}', morph) };
    alt.pattern.required[0]!.alts = new Set([toks('obtained')[0]!.norm]);
    const list = [open, choice, plain, alt];
    expect(candidatePatterns(list, toks('Acme hosts Zed'))).toEqual([open, choice]);
    expect(candidatePatterns(list, toks('Acme visited Zed'))).toEqual([open, plain]);
    expect(candidatePatterns(list, toks('Acme obtained Zed'))).toEqual([open, alt]);
  });

  it('names the same patterns however often it is asked, and whatever was asked before (round 26: one stamp per call)', () => {
    const texts = ['Freedonia is a member of the League.', 'Sylvania hosted the summit in 2015.', 'Freedonia hosted the League.'];
    const first = texts.map((t) => candidatePatterns(ctx.relations, toks(t)));
    for (let round = 0; round < 3; round++) {
      for (const [i, t] of [...texts.entries()].reverse()) expect(candidatePatterns(ctx.relations, toks(t))).toEqual(first[i]);
    }
    expect(first.map((f) => f.length).every((n) => n > 0)).toBe(true);
  });
});

describe('a filing kept with the compiled lexicon (adoptPatternFiling)', () => {
  const texts = ['Freedonia is a member of the League.', 'Sylvania hosted the summit in 2015.', 'Acme Bank lent Freedonia less than Sylvania.', 'zzz'];

  it('is the index computed on first use: the same candidates for every text', () => {
    // the filing a context cache keeps, round-tripped as the cache does (Node's structured
    // serialization; a copy of the list stands for the patterns read back with it)
    const filing = structuredClone(patternFiling(ctx.relations));
    const adopted = [...ctx.relations];
    adoptPatternFiling(adopted, filing);
    for (const text of texts) expect(candidatePatterns(adopted, toks(text))).toEqual(scan(text));
  });

  it('is refused when it files a position the list does not have, and the index is computed as before', () => {
    const list = ctx.relations.slice(0, 5);
    const wrong = patternFiling(ctx.relations);
    adoptPatternFiling(list, wrong);
    for (const text of texts) {
      const norms = new Set(toks(text).map((t) => t.norm));
      expect(candidatePatterns(list, toks(text))).toEqual(list.filter((rp) => mayMatch(rp.pattern, norms)));
    }
  });

  it('is the filing a context built from the cache uses (the filing of its own relations)', () => {
    const { ctx: fresh } = checkFixture();
    expect(patternFiling(fresh.relations)).toEqual(patternFiling(ctx.relations));
  });
});
