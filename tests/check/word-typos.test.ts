// Typos in ordinary words (src/check/word-typos.ts): a word that is no English word, within the
// names' edit bounds of exactly one word the checker reads, is read as that word, and said so.
import { describe, expect, it } from 'vitest';
import { correctWordTypos } from '../../src/check/word-typos.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia is a member of the League of Nations States; Sylvania is not
const { ctx, check } = checkFixture();

describe('a misspelt ordinary word', () => {
  it('is corrected into a label word added to the name words after a first claim (the words are kept per lexicon, rebuilt when the name words change)', () => {
    // round 30: the words were rebuilt for every claim (the memo never held); now they are kept,
    // and this fails if a change of the name words is missed
    const own = checkFixture().ctx;
    expect(correctWordTypos(own, 'Freedonia built the zorbutrexn.')).toBeUndefined();
    own.nameWords.add('zorbutrexin');
    expect(correctWordTypos(own, 'Freedonia built the zorbutrexn.')?.claim).toBe('Freedonia built the zorbutrexin.');
  });
  it('is read as the one lexicon word it is a slip for, with its own ending', () => {
    expect(correctWordTypos(ctx, 'Freedonia is a memebr of the League.')).toEqual({
      claim: 'Freedonia is a member of the League.', words: [{ from: 'memebr', to: 'member' }],
    });
    expect(correctWordTypos(ctx, 'Freedonia recieved Sylvania.')?.claim).toBe('Freedonia received Sylvania.');
  });
  it('decides the claim as the corrected one, and the reading says what was corrected', async () => {
    const r = await check('Freedonia is a memeber of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain("read 'memeber' as 'member'");
    // the correction keeps the claim's own "not": Sylvania is not a member
    expect((await check('Sylvania is not a memebr of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is a memebr of the League.')).verdict).toBe('REFUTED');
  });
  it('is not corrected when it is an English word in some form ("receded" is not "received")', () => {
    expect(correctWordTypos(ctx, 'Freedonia receded from the League.')).toBeUndefined();
    expect(correctWordTypos(ctx, 'Freedonia remembers the League.')).toBeUndefined();
  });
  it('is not corrected inside a name, below five letters, or across a negative prefix', () => {
    // a capital inside the claim is a name's: the name reader's edit bounds, not this
    expect(correctWordTypos(ctx, 'Freedonia hosted Memebr Sylvania.')).toBeUndefined();
    // "joyn": four letters, no edit allowed
    expect(correctWordTypos(ctx, 'Freedonia did joyn the League.')).toBeUndefined();
    // "unmember" would need the prefix dropped: never a denial made or lost by a correction
    expect(correctWordTypos(ctx, 'Freedonia is an unmembr of the League.')).toBeUndefined();
  });
  it('is not corrected when two words are equally near', () => {
    // "mamber": one edit from "member" only if no other word of the lexicon is as near; a made-up
    // word two edits from everything stays as written
    expect(correctWordTypos(ctx, 'Freedonia is a xqzzyv of the League.')).toBeUndefined();
  });
});
