// The markers of a comment's sentence (src/check/said-markers.ts): the words that make a sentence
// say something else than a plain claim of the same words (users20, round 27: "A reader wrote that
// X would want to ..." was SUPPORTED by a sentence that only wondered whether X would).
import { describe, expect, it } from 'vitest';
import { markersOf, sameMarkers, sentencesOf, wordsOf } from '../../src/check/said-markers.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();

describe('the markers of a sentence', () => {
  it('finds denials, conditions, wondering and scarcity, but not the reported "would"', () => {
    expect([...markersOf(wordsOf(ctx, "I wonder if Sylvania won't join"))].sort()).toEqual(['if', 'not', 'wonder']);
    expect([...markersOf(wordsOf(ctx, 'There are few chances'))]).toEqual(['few']);
    expect(markersOf(wordsOf(ctx, 'Sylvania would join the League')).size).toBe(0);
  });

  it('compares two texts both ways', () => {
    expect(sameMarkers(ctx, 'I wonder if Sylvania would join the League', 'Sylvania would join the League')).toBe(false);
    expect(sameMarkers(ctx, 'Sylvania will not join', 'Sylvania will join')).toBe(false);
    expect(sameMarkers(ctx, 'Sylvania will join the League soon', 'Sylvania would join the League')).toBe(true);
  });

  it('splits a comment into sentences, and at ", so"', () => {
    expect(sentencesOf('Zed came. He left; we stayed, so it was fine')).toEqual(['Zed came.', 'He left;', 'we stayed', 'it was fine']);
  });
});
