// A pasted note's shorthand in plain words (src/check/note-words.ts, round 34): "w/", "&", "abt"
// and the nouns of government a note shortens are said in full and the claim checked that way.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { noteWordsRewrite } from '../../src/check/note-words.js';

const { check } = checkFixture();

describe('a note\'s shorthand in plain words', () => {
  it('says the shorthand in full', () => {
    expect(noteWordsRewrite("Freedonia's deals w/ Sylvania were worth abt $5 million")).toBe("Freedonia's deals with Sylvania were worth about $5 million");
    expect(noteWordsRewrite('Freedonia & Sylvania are members of the League.')).toBe('Freedonia and Sylvania are members of the League.');
    expect(noteWordsRewrite('The Freedonian govt backed the canal.')).toBe('The Freedonian government backed the canal.');
    expect(noteWordsRewrite('Canal cost est. approx. US$ 5 million')).toBe('Canal cost is estimated at approx. US$ 5 million');
    expect(noteWordsRewrite('Estimated canal cost: approx. US$ 5 million')).toBe("canal's estimated cost: approx. US$ 5 million");
    expect(noteWordsRewrite('Rufus used to be a minister of Freedonia.')).toBe('Rufus is a former minister of Freedonia.');
    // a name with "&" glued inside it, and a text with no shorthand, are left alone
    expect(noteWordsRewrite('AT&T is a company.')).toBeUndefined();
    expect(noteWordsRewrite('Freedonia joined the League.')).toBeUndefined();
  });

  it('checks the claim said in full', async () => {
    expect((await check("Freedonia's energy deals w/ Sylvania were worth US$ 5 million.")).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia & Sylvania are members of the League.')).verdict).toBe('REFUTED');
  });
});
