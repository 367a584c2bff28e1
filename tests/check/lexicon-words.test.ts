// Word classes of the lexicon read by the readers (src/check/lexicon-words.ts): the main-purpose
// adverbs (cg:mainPurposeAdverb) the purpose readers share, and a value built once per lexicon.
import { describe, expect, it } from 'vitest';
import { mainPurposeAdverbs, perLexicon } from '../../src/check/lexicon-words.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();

describe('mainPurposeAdverbs', () => {
  it('lists the adverbs that make a purpose the main one, as words and as an alternation', () => {
    const { words, alternation } = mainPurposeAdverbs(ctx);
    for (const w of ['mainly', 'chiefly', 'primarily', 'principally', 'largely', 'mostly', 'above all']) expect(words.has(w)).toBe(true);
    const whole = new RegExp(`^(?:${alternation})$`, 'i');
    expect(whole.test('Above  all')).toBe(true);
    expect(whole.test('first and foremost')).toBe(true);
    // near misses: a purpose among others, and a word that only starts like one
    expect(whole.test('partly')).toBe(false);
    expect(whole.test('main')).toBe(false);
  });
});

describe('perLexicon', () => {
  it('builds a value once per lexicon', () => {
    let built = 0;
    const value = perLexicon(() => ++built);
    expect(value(ctx)).toBe(1);
    expect(value(ctx)).toBe(1);
    expect(value({ ...ctx, lexicon: checkFixture().ctx.lexicon })).toBe(2);
  });
});
