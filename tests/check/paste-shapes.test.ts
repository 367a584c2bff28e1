// Round 35 (branch pastes35): claims pasted from notes and chats (src/check/paste-shapes.ts): a
// note's other separators, bullets, sources in brackets, approximations after the value, a
// closing "instead", and two or three sentences read as one compound claim with an opening
// pronoun read as each name of its kind before it.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { antecedentsOf, approximationTail, datedNote, noteMarksRewrite, pairTopicRewrites, PASTE_NEEDS, sentenceJoins, sentencesOf } from '../../src/check/paste-shapes.js';

const { ctx, check } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('approximationTail', () => {
  it('puts the approximation said after a value before it', () => {
    expect(approximationTail('Canal: one thousand eight hundred km, give or take')).toBe('Canal: about one thousand eight hundred km');
    expect(approximationTail('The canal is 90 km long or so')).toBe('The canal is about 90 km long');
    expect(approximationTail('Canal cost: US$ 5 billion, approx.')).toBe('Canal cost: about US$ 5 billion');
  });
  it('keeps a value already approximate, and reads no tail without a value', () => {
    expect(approximationTail('Canal cost: about US$ 5 billion or so')).toBe('Canal cost: about US$ 5 billion');
    expect(approximationTail('Rufus visited Sylvania, give or take')).toBeUndefined();
    expect(approximationTail('Canal cost: US$ 5 billion')).toBeUndefined();
  });
});

describe('noteMarksRewrite', () => {
  it('reads "--", "=", "->" as the colon and a spaced "~" as a colon and "about"', () => {
    expect(noteMarksRewrite('Canal capacity -- 5 bcm a year')).toBe('Canal capacity: 5 bcm a year');
    expect(noteMarksRewrite('Canal length = 90 km')).toBe('Canal length: 90 km');
    expect(noteMarksRewrite('League president -> Rufus Firefly')).toBe('League president: Rufus Firefly');
    expect(noteMarksRewrite('Canal cost estimate ~ US$ 5 bn')).toBe('Canal cost estimate: about US$ 5 bn');
  });
  it('takes off a bullet, a source in brackets and a closing "instead"', () => {
    expect(noteMarksRewrite('- Canal cost: US$ 5 bn (source: the Gazette)')).toBe('Canal cost: US$ 5 bn');
    expect(noteMarksRewrite('1) Rufus Firefly -- President of Sylvania')).toBe('Rufus Firefly: President of Sylvania');
    expect(noteMarksRewrite('Freedonia stayed out; it leads the Bank instead.')).toBe('Freedonia stayed out; it leads the Bank.');
  });
  it('leaves a claim without those marks, and a separator after a long topic or a clause', () => {
    expect(noteMarksRewrite('Freedonia visited Sylvania.')).toBeUndefined();
    expect(noteMarksRewrite('Freedonia, which signed deals with Sylvania last year, says = 5')).toBeUndefined();
    expect(PASTE_NEEDS.test('Freedonia visited Sylvania.')).toBe(false);
  });
});

describe('a note\'s figures, possibilities and two-party topics', () => {
  it('writes a figure in scientific notation with its word, and a possible value as "may be"', () => {
    expect(noteMarksRewrite('Canal capacity = 5e9 cubic metres a year')).toBe('Canal capacity: 5 billion cubic metres a year');
    expect(noteMarksRewrite('Possible grants to Grand Fenwick: US$ 2 million')).toBe('grants to Grand Fenwick may be US$ 2 million');
  });
  it('says a two-party topic with its first party as the owner, only for two names', () => {
    expect(pairTopicRewrites(ctx, 'Freedonia-Sylvania energy deals: US$ 5 million')).toEqual([
      "Freedonia's energy deals with Sylvania: US$ 5 million", "Freedonia's energy deals to Sylvania: US$ 5 million"]);
    expect(pairTopicRewrites(ctx, 'Freedonia-Zembla energy deals: US$ 5 million')).toEqual([]);
  });
  it('reads them through the other readers', async () => {
    expect(await verdict('Freedonia-Sylvania energy deals: US$ 5 million')).toBe('SUPPORTED');
    expect(await verdict('Freedonia-Sylvania energy deals: US$ 9 million')).toBe('REFUTED');
    expect(await verdict('Possible Freedonian grants to Grand Fenwick: US$ 2 million')).toBe('SUPPORTED');
  });
});

describe('datedNote', () => {
  it('gives a date after the colon its preposition, and a participle after a name its "was"', () => {
    expect(datedNote('Canal groundbreaking: 13 December 2015')).toBe('Canal groundbreaking: on 13 December 2015');
    expect(datedNote('Canal groundbreaking: Dec 13, 2015')).toBe('Canal groundbreaking: on Dec 13, 2015');
    expect(datedNote('League summit: July 2015')).toBe('League summit took place in July 2015');
    expect(datedNote('Freedonian neutrality recognised: 1995')).toBe('Freedonian neutrality was recognised in 1995');
  });
  it('reads no value that is no date', () => {
    expect(datedNote('Canal length: 90 km')).toBeUndefined();
    expect(datedNote('League president: Rufus Firefly')).toBeUndefined();
  });
});

describe('sentencesOf', () => {
  it('cuts two or three sentences at a full stop before a capital', () => {
    expect(sentencesOf('Freedonia joined the League. It hosted the summit.')).toEqual(['Freedonia joined the League', 'It hosted the summit']);
    expect(sentencesOf('The canal runs 90 km. It carries gas.')).toEqual(['The canal runs 90 km', 'It carries gas']);
  });
  it('does not cut after an initial, an abbreviation or a dotted acronym', () => {
    expect(sentencesOf('Rufus T. Firefly visited Sylvania.')).toBeUndefined();
    expect(sentencesOf('Acme Co. signed a deal with Freedonia.')).toBeUndefined();
    expect(sentencesOf('The U.S. stayed out of the League.')).toBeUndefined();
  });
});

describe('antecedentsOf and sentenceJoins', () => {
  it('takes persons for "he" and things for "it"', () => {
    expect(antecedentsOf(ctx, 'Rufus Firefly visited Sylvania', 'he')).toEqual(['Rufus Firefly']);
    expect(antecedentsOf(ctx, 'Rufus Firefly visited Sylvania', 'it')).toEqual(['Sylvania']);
  });
  it('joins the sentences with a semicolon, once per name the pronoun may stand for', () => {
    expect(sentenceJoins(ctx, 'Rufus Firefly visited Sylvania. He visited Grand Fenwick.')).toEqual(['Rufus Firefly visited Sylvania; Rufus Firefly visited Grand Fenwick']);
    expect(sentenceJoins(ctx, 'Freedonia signed deals with Sylvania. It joined the League.')).toEqual([
      'Freedonia signed deals with Sylvania; Freedonia joined the League',
      'Freedonia signed deals with Sylvania; Sylvania joined the League',
    ]);
    expect(sentenceJoins(ctx, 'Freedonia signed deals with Sylvania. The canal pipeline is operational.')).toEqual(['Freedonia signed deals with Sylvania; the canal pipeline is operational']);
  });
});

describe('the paste reader', () => {
  it('reads two pasted sentences as one compound claim', async () => {
    expect(await verdict('Rufus Firefly visited Sylvania. Gloria Teasdale visited Sylvania.')).toBe('SUPPORTED');
    expect(await verdict('Gloria Teasdale visited Sylvania in 2010. She visited Grand Fenwick.')).toBe('SUPPORTED');
    expect(await verdict('Gloria Teasdale visited Sylvania in 2010. She did not visit Grand Fenwick.')).toBe('REFUTED');
  });
  it('leaves a pronoun whose readings disagree undecided', async () => {
    // "it": Freedonia (a member) or the League (not a member of itself): no verdict
    expect(await verdict('Sylvania founded the League. It is a member of the League.')).not.toBe('REFUTED');
  });
  // round 40 (precision40's traps): "P. Or did it?" read as P and an unread part: a refuted P refuted it
  it('reads no part in a sentence that only doubts or denies the one before', async () => {
    expect(await verdict('Gloria Teasdale did not visit Grand Fenwick. Or did she?')).not.toBe('REFUTED');
    expect(sentenceJoins(ctx, 'Gloria Teasdale did not visit Grand Fenwick. Or did she?')).toEqual([]);
    expect(sentenceJoins(ctx, 'Sylvania founded the League. Or did it, really?')).toEqual([]);
    expect(await verdict('Gloria Teasdale did not visit Grand Fenwick. Did Rufus Firefly?')).toBe('REFUTED');
    expect(sentenceJoins(ctx, 'Gloria Teasdale did not visit Grand Fenwick. Not even close.')).toEqual([]);
    expect(sentenceJoins(ctx, 'Gloria Teasdale did not visit Grand Fenwick. No way!')).toEqual([]);
    // a denying fragment that names something is a part (a contrast: "Not in Grand Fenwick.")
    expect(sentenceJoins(ctx, 'Gloria Teasdale visited Sylvania. Not Grand Fenwick.')).toHaveLength(1);
  });
  it('reads a note with a "--" separator and a trailing source', async () => {
    expect(await verdict("Freedonia's energy deals with Sylvania -- US$ 5 million (source: the Gazette)")).toBe('SUPPORTED');
  });
});
