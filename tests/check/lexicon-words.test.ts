// Word classes of the lexicon read by the readers (src/check/lexicon-words.ts): the main-purpose
// adverbs (cg:mainPurposeAdverb) the purpose readers share, and a value built once per lexicon.
import { describe, expect, it } from 'vitest';
import { NS } from '../../src/check/context.js';
import { flaggedProperties, lexiconWords, mainPurposeAdverbs, perLexicon } from '../../src/check/lexicon-words.js';
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

describe('lexiconWords / flaggedProperties', () => {
  it('reads a word list of the lexicon once, lower-cased', () => {
    const focus = lexiconWords(ctx, 'countFocusWord');
    expect(focus.has('just')).toBe(true);
    expect(focus.has('Just')).toBe(false);
    expect(lexiconWords(ctx, 'countFocusWord')).toBe(focus);
    // another property is another list; a property the lexicon lacks, an empty one
    expect(lexiconWords(ctx, 'beliefFrameWord').has('just')).toBe(false);
    expect(lexiconWords(ctx, 'noSuchWordProperty').size).toBe(0);
  });

  it('lists the properties a flag marks true, and only those', () => {
    expect(flaggedProperties(ctx, 'designProperty').has(NS.cg + 'lengthKm')).toBe(true);
    expect(flaggedProperties(ctx, 'deedProperty').has(NS.cg + 'approvedLoanTo')).toBe(true);
    expect(flaggedProperties(ctx, 'designProperty').has(NS.cg + 'approvedLoanTo')).toBe(false);
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
