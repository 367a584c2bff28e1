// Count focus words (src/check/count-focus.ts, lexicon cg:countFocusWord, round 29): "Just / Merely
// / Only N readers" is a count of commenters (src/check/comment-count.ts), never a commenter's name
// (src/check/commenter.ts took "Just two readers" as an unknown writer and refuted it by the list).
import { describe, expect, it } from 'vitest';
import { countsNoName, focusCountAsExact } from '../../src/check/count-focus.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture(secondCommenter());

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('countsNoName / focusCountAsExact', () => {
  it('takes a focus word or a number as no name', () => {
    expect(countsNoName(ctx, 'Just two readers')).toBe(true);
    expect(countsNoName(ctx, 'Merely 3 people')).toBe(true);
    expect(countsNoName(ctx, 'Zed Q.')).toBe(false);
    expect(countsNoName(ctx, 'Rufus T. Firefly')).toBe(false);
  });

  it('says a focus word before a number as "exactly"', () => {
    expect(focusCountAsExact(ctx, 'Just two readers commented on X')).toBe('exactly two readers commented on X');
    expect(focusCountAsExact(ctx, 'Just Zed commented on X')).toBe('Just Zed commented on X');
  });
});

describe('a count in focus before the commenters', () => {
  it('is read as the count: the right one supported (it was refuted as a writer\'s name)', async () => {
    expect(await verdict('Just two readers commented on the Fixture article.')).toBe('SUPPORTED');
    expect(await verdict('Merely two readers commented on the Fixture article.')).toBe('SUPPORTED');
    expect(await verdict('Just a pair of readers commented on the Fixture article.')).toBe('SUPPORTED');
    expect(await verdict('Only 2 people commented on the Fixture article.')).toBe('SUPPORTED');
  });

  it('refutes a wrong count, and a name the page does not list is still refuted', async () => {
    expect(await verdict('Merely three readers commented on the Fixture article.')).toBe('REFUTED');
    expect(await verdict('Just one reader commented on the Fixture article.')).toBe('REFUTED');
    expect(await verdict('Ann B. commented on the Fixture article.')).toBe('REFUTED');
    expect(await verdict('Zed Q. commented on the Fixture article.')).toBe('SUPPORTED');
  });
});
