// Round 32 (branch idioms32): pasted notes (src/check/note-topics.ts and the headline reader of
// src/check/amount-notation.ts), and the phrase data of the round read through the existing
// readers: "one's" in a separable phrase, a -ied past stemmed. Fixture: Rufus Firefly the first
// President of Sylvania (an office with one holder at a time).
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder } from '../helpers/check-fixture.js';
import { expandNoteAbbreviations, nameNoteReadings, noteParts, topicOwner, withoutMaximum } from '../../src/check/note-topics.js';
import { headlineReadings } from '../../src/check/amount-notation.js';
import { splitRejoins } from '../../src/check/phrasal-split.js';
import { normWord } from '../../src/check/text.js';

const { ctx, check } = checkFixture(officeHolder('rufus', 1));
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('noteParts', () => {
  it('cuts a note at its colon or its one spaced dash', () => {
    expect(noteParts('Canal HQ - Zenda')).toEqual({ topic: 'Canal HQ', value: 'Zenda', dash: true });
    expect(noteParts('League president: Rufus Firefly')).toEqual({ topic: 'League president', value: 'Rufus Firefly', dash: false });
  });
  it('leaves a dash inside a clause, a hyphen and a question', () => {
    expect(noteParts('The canal - 90 km long - will carry gas')).toBeUndefined();
    expect(noteParts('The Freedonia-Sylvania canal is long')).toBeUndefined();
    expect(noteParts('Who leads the League - Rufus Firefly?')).toBeUndefined();
  });
});

describe('the topic of a note', () => {
  it('spells out the lexicon\'s abbreviations and takes off a maximum word', () => {
    expect(expandNoteAbbreviations(ctx, 'Acme Bank HQ')).toBe('Acme Bank headquarters');
    expect(expandNoteAbbreviations(ctx, 'Acme Bank HQs')).toBe('Acme Bank headquarters');
    expect(withoutMaximum(ctx, 'canal max capacity')).toEqual({ topic: 'canal capacity', maximum: true });
    expect(withoutMaximum(ctx, 'canal capacity')).toEqual({ topic: 'canal capacity', maximum: false });
  });
  it('cuts the name it opens with from its noun; no name, no owner', () => {
    expect(topicOwner(ctx, 'Sylvania president')).toEqual(['Sylvania', 'president']);
    expect(topicOwner(ctx, 'the new president')).toBeUndefined();
  });
});

describe('nameNoteReadings', () => {
  it('says "T - name" as "N\'s noun is name"', () => {
    expect(nameNoteReadings(ctx, 'Sylvania president - Rufus Firefly')).toEqual(["Sylvania's president is Rufus Firefly"]);
    expect(nameNoteReadings(ctx, 'Acme Bank HQ - Marsovia')).toEqual(["Acme Bank's headquarters is Marsovia"]);
  });
  it('reads no figure, no word that is no name and no topic without a name', () => {
    expect(nameNoteReadings(ctx, 'Sylvania president - 1999')).toEqual([]);
    expect(nameNoteReadings(ctx, 'Sylvania president - a lawyer')).toEqual([]);
    expect(nameNoteReadings(ctx, 'Our new president - Rufus Firefly')).toEqual([]);
  });
});

describe('headlineReadings, round 32', () => {
  it('reads a bare count after a name and its noun as what the name has', () => {
    expect(headlineReadings(ctx, 'League founding members: 12')).toContain('League has 12 founding members');
  });
  it('reads a maximum word as the value\'s bound, and a dash as the colon', () => {
    expect(headlineReadings(ctx, 'canal pipeline max capacity: 5 bcm a year')).toContain("canal pipeline's capacity is up to 5 billion cubic metres a year");
    expect(headlineReadings(ctx, 'canal pipeline length - 90 km')).toContain("canal pipeline's length is 90 km");
  });
  it('leaves a maximum with another bound word, and reads "1.8k" as 1,800', () => {
    expect(headlineReadings(ctx, 'canal pipeline max capacity: about 5 bcm a year')).toEqual([]);
    expect(headlineReadings(ctx, 'canal pipeline: approx. 1.8k km long')).toContain('canal pipeline is about 1,800 km long');
  });
});

describe('notes end to end', () => {
  it('decides a note naming an office holder, and the near misses', async () => {
    expect(await verdict('Sylvania president - Rufus Firefly')).toBe('SUPPORTED');
    // a country is no office holder: the reading finds no property
    expect(await verdict('Sylvania president - Freedonia')).toBe('NOT_ENOUGH_INFO');
  });
});

describe('phrase data of round 32 through the existing readers', () => {
  it('rejoins "had X as his guest" ("one\'s" stands for any possessive)', () => {
    expect(splitRejoins(ctx, 'Rufus Firefly had Gloria Teasdale as his guest at the gala.').map((r) => r.claim))
      .toContain('Rufus Firefly had as his guest Gloria Teasdale at the gala.');
    // no possessive, no phrase
    expect(splitRejoins(ctx, 'Rufus Firefly had Gloria Teasdale as a guest at the gala.').map((r) => r.claim)).toEqual([]);
  });
  it('stems the -ied past of a verb in -y to its base', () => {
    expect(normWord('shied', ctx.morph)).toBe(normWord('shy', ctx.morph));
    expect(normWord('relied', ctx.morph)).toBe(normWord('rely', ctx.morph));
    expect(normWord('tied', ctx.morph)).toBe('tied');
  });
});
