// A reader comment's writer as the claim's subject (src/check/commenter.ts): the time after the
// page's mention dates the comment, never the page (round 34, branch opinion34: "X commented on the
// Fixture article on <the article's publication day>" was supported by a comment of the next day,
// the date read as part of the article's name, "the Fixture article on 3 May 2011").
import { describe, expect, it } from 'vitest';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

// the page published on 3 May 2011; Zed Q. commented on 4 May 2011, Ida O. on 6 May 2011
const { check } = checkFixture(`${secondCommenter()}
cga:fixture-article schema:datePublished "2011-05-03"^^xsd:date .`);

describe('a comment dated after the page it is on', () => {
  it("dates the comment by the time after the page's mention, not the page", async () => {
    expect((await check('Zed Q. commented on the Fixture article on 4 May 2011.')).verdict).toBe('SUPPORTED');
    // the page's own day is no day of his comment
    expect((await check('Zed Q. commented on the Fixture article on 3 May 2011.')).verdict).toBe('REFUTED');
    expect((await check('Zed Q. posted a comment on the Fixture article on 3 May 2011.')).verdict).toBe('REFUTED');
    expect((await check('Zed Q. posted his comment on the Fixture story on May 3, 2011.')).verdict).toBe('REFUTED');
    // the same page named by its own date still reads
    expect((await check('Zed Q. commented on the 3 May 2011 Fixture article.')).verdict).toBe('SUPPORTED');
  });
});

// round 39 (users31 article-meta-04, "commented on the morning of 17 January 2016" was unread): a
// part of the day without a clock time, decided by the comment's own time with a margin
describe('a comment dated by a part of the day', () => {
  // Zed Q.'s comment is dated 2011-05-04T10:00, Ida O.'s 2011-05-06T09:00
  it('is supported by a clock time within it, refuted by one well outside it', async () => {
    const r = await check('Zed Q. commented on the morning of 4 May 2011.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('at 10:00, in the morning');
    expect((await check('Zed Q. commented on 4 May 2011 in the morning.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. commented on the evening of 4 May 2011.')).verdict).toBe('REFUTED');
    expect((await check('Ida O. commented on the morning of 4 May 2011.')).verdict).toBe('REFUTED');
  });
  it('leaves a clock time at the edge of the part undecided', async () => {
    const { check: edge } = checkFixture(secondCommenter('2011-05-06T12:30:00'));
    expect((await edge('Ida O. commented on the morning of 6 May 2011.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await edge('Ida O. commented on the afternoon of 6 May 2011.')).verdict).toBe('SUPPORTED');
  });
});

// round 40 (misses32; users32 article-meta-05 "The last comment under the AIIB story is by Marat K."
// was unread): a comment picked by its rank other than the first, said with its writer after "by" or
// "from", or as "X wrote the last comment on Y"; the rank picks one comment only when the page's
// comments are all held and dated on days of their own (src/check/comment-pick.ts)
describe('a ranked comment and its writer', () => {
  it('reads "the last / second comment on Y is by X" and decides it by the comment the rank picks', async () => {
    // Zed Q. commented on 4 May 2011, Ida O. on 6 May 2011: two comments, both held
    for (const c of ['The last comment on the Fixture story is by Ida O.', 'The second comment on the Fixture article was written by Ida O.',
      "The Fixture story's last comment was posted by Ida O.", 'The most recent comment under the Fixture story came from Ida O.',
      'Ida O. wrote the last comment on the Fixture story.', 'The first comment on the Fixture story is by Zed Q.']) {
      expect((await check(c)).verdict, c).toBe('SUPPORTED');
    }
    for (const c of ['The last comment on the Fixture story is by Zed Q.', 'Zed Q. wrote the second comment on the Fixture article.',
      'The first comment on the Fixture story came from Ida O.']) {
      expect((await check(c)).verdict, c).toBe('REFUTED');
    }
    // a rank past the page's count names no comment
    const third = await check('The third comment on the Fixture story is by Ida O.');
    expect(third.verdict).toBe('REFUTED');
    expect(third.explanation).toContain('states 2 reader comments');
  });

  it('does not read a rank beside a time, and leaves two comments of one day unranked', async () => {
    const verdict = (c: string): Promise<string> => check(c).then((r) => r.verdict, () => 'UNREAD');
    // the rank would decide and the time be dropped
    expect(await verdict('Ida O. wrote the last comment on the Fixture story on 3 May 2011.')).not.toBe('SUPPORTED');
    const sameDay = checkFixture(`${secondCommenter('2011-05-04T12:00:00')}
cga:fixture-article schema:datePublished "2011-05-03"^^xsd:date .`);
    expect((await sameDay.check('The last comment on the Fixture story is by Ida O.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await sameDay.check('The last comment on the Fixture story is by Zed Q.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 40 (misses32): "X's comment is timestamped <time>" is "X's comment is dated <time>"
// (comment-dated.ts took "timestamped" for a ranked comment already)
describe('a comment "timestamped"', () => {
  it('is dated by its own clock time and day', async () => {
    // Zed Q.'s comment is dated 2011-05-04T10:00
    expect((await check("Zed Q.'s comment is timestamped 10:00.")).verdict).toBe('SUPPORTED');
    expect((await check("Zed Q.'s comment is time-stamped 4 May 2011.")).verdict).toBe('SUPPORTED');
    expect((await check("Zed Q.'s comment is timestamped 11:30.")).verdict).toBe('REFUTED');
  });
});

// round 41 (misses41): a day written with dots ("4.05.2011") is no clock time (its day and month
// were read as 4:05, and the comment's own time refuted a claim of its right day); "posted" without
// its object is commenting, for a writer of a comment the graph holds
describe('a comment dated with dots, and "X posted on <day>"', () => {
  // Zed Q. commented on 4 May 2011 at 10:00, Ida O. on 6 May 2011 at 09:00
  it('reads a dotted day as a day', async () => {
    // Ida O.'s comment moved to 16 May 2011 at 09:00: "16.05.2011" was read as 16:05 and refuted
    const { check: later } = checkFixture(secondCommenter('2011-05-16T09:00:00'));
    expect((await later('Ida O. commented on 16.05.2011.')).verdict).toBe('SUPPORTED');
    expect((await later("Ida O.'s comment is dated 16.05.2011.")).verdict).toBe('SUPPORTED');
    expect((await later('Ida O. commented on 17.05.2011.')).verdict).toBe('REFUTED');
    // day and month both under 13: which is which is not known, never decided by a clock reading
    expect((await check('Zed Q. commented on 04.05.2011.')).verdict).not.toBe('REFUTED');
  });
  it('reads "X posted on <day>" as "X commented on <day>"', async () => {
    expect((await check('Zed Q. posted on 4 May 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('Ida O. posted on 4 May 2011.')).verdict).toBe('REFUTED');
    expect((await check('Ida O. posted in May 2011.')).verdict).toBe('SUPPORTED');
  });
});
