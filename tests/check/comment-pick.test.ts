// Which comment a claim means by its rank (src/check/comment-pick.ts, used by
// src/check/attribution.ts) and a commenter's comment dated (src/check/commenter.ts), round 14.
import { describe, expect, it } from 'vitest';
import { articlesOf } from '../../src/check/articles.js';
import { leadingRank, rankedCommenter } from '../../src/check/comment-pick.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, FIXTURE_ARTICLE, secondCommenter } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { check, ctx } = checkFixture(secondCommenter('2011-05-06T09:00:00'));

/** The verdict, or 'unread' when the claim is not read at all (no verdict either way). */
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('a comment picked by its rank', () => {
  it('reads a leading rank word', () => {
    expect(leadingRank(tokenize('the second commenter', ctx.morph))?.rank).toBe(2);
    expect(leadingRank(tokenize('the last reader', ctx.morph))).toMatchObject({ rank: 1, fromEnd: true });
    expect(leadingRank(tokenize('a reader', ctx.morph))).toBeUndefined();
  });

  it('picks the writer of the comment of that rank by date, and no one past the count', () => {
    const arts = articlesOf(ctx).filter((a) => a.iri === ART);
    expect(rankedCommenter(ctx, arts, { rank: 1, fromEnd: false })).toBe(`${ART}/comment/1/author`);
    expect(rankedCommenter(ctx, arts, { rank: 1, fromEnd: true })).toBe(`${ART}/comment/2/author`);
    expect(rankedCommenter(ctx, arts, { rank: 3, fromEnd: false })).toBeUndefined();
  });

  it('picks no one when two comments share a day', () => {
    const tied = checkFixture(secondCommenter('2011-05-04T18:00:00')).ctx;
    expect(rankedCommenter(tied, articlesOf(tied).filter((a) => a.iri === ART), { rank: 1, fromEnd: false })).toBeUndefined();
  });

  it('checks what the ranked commenter said against that commenter only', async () => {
    expect((await check('The first commenter on the Fixture article predicted that Sylvania would join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
    expect(await verdict('The second commenter on the Fixture article predicted that Sylvania would join the League before the end of 2016.')).not.toBe('SUPPORTED');
  });
});

describe("a commenter's comment dated", () => {
  it('reads "X\'s comment is dated D" and "X posted his comment on D"', async () => {
    expect((await check("Zed Q.'s comment is dated May 4, 2011.")).verdict).toBe('SUPPORTED');
    expect((await check("Zed Q.'s comment on the Fixture article was posted on May 6, 2011.")).verdict).toBe('REFUTED');
    expect((await check('Ida O. posted her comment on May 6, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('Ida O. posted her comment on May 4, 2011.')).verdict).toBe('REFUTED');
  });

  it("checks a clock time against the comment's own, with a part of the day it falls in", async () => {
    expect(await verdict("Ida O.'s comment was posted at 9:00 on May 6, 2011.")).toBe('SUPPORTED');
    expect(await verdict("Ida O.'s comment was posted at 21:12 on May 6, 2011.")).toBe('REFUTED');
    expect(await verdict("Zed Q.'s comment went up in the morning, at 10:00.")).toBe('SUPPORTED');
    expect(await verdict('Zed Q. posted his comment at 10:00 pm.')).toBe('REFUTED');
    // a part of the day the clock time is not in: the claim contradicts itself, nothing is decided
    expect(['NOT_ENOUGH_INFO', 'unread']).toContain(await verdict("Zed Q.'s comment went up in the evening, at 10:00."));
  });
});
