// The year a page's reader comments pin (src/check/comment-years.ts, round 33): a comment day said
// without its year is decided on the one year of the page's comments, and held when they span two.
import { describe, expect, it } from 'vitest';
import { commentYear } from '../../src/check/comment-years.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

// two comments: Zed Q. on 4 May 2011, Ida O. on 6 May 2011
const oneYear = checkFixture(secondCommenter());
// the same, Ida O.'s comment a year later: the page's comments pin no year
const twoYears = checkFixture(secondCommenter('2012-05-06T09:00:00'));

describe("a comment day without its year, on the page's one year", () => {
  it('names the year and days of the page a claim names by its commenter or by the page', () => {
    expect(commentYear(oneYear.ctx, 'Zed Q. commented on the Fixture article on 4 May')?.year).toBe('2011');
    expect(commentYear(oneYear.ctx, 'The second comment on the Fixture article was posted on 6 May')?.days).toContain('2011-05-06');
    // no comment word: a page's comments date nothing else
    expect(commentYear(oneYear.ctx, 'Sylvania joined the League on 4 May')).toBeUndefined();
    expect(commentYear(twoYears.ctx, 'Zed Q. commented on the Fixture article on 4 May')).toBeUndefined();
  });

  it("supports the commenter's day and refutes another day of that year", async () => {
    expect((await oneYear.check('Zed Q. commented on the Fixture article on 4 May.')).verdict).toBe('SUPPORTED');
    const r = await oneYear.check('Zed Q. commented on the Fixture article on 6 May.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('every reader comment of the page it names is dated in 2011');
    expect((await oneYear.check('Ida O. commented on the Fixture article on 5 June.')).verdict).toBe('REFUTED');
  });

  it('holds a day another comment year may be meant on (near miss: comments of 2011 and 2012)', async () => {
    // undecided or unread (no year to read it on), never refuted
    const v = await twoYears.check('Zed Q. commented on the Fixture article on 6 May.').then((r) => r.verdict, () => 'unread');
    expect(['NOT_ENOUGH_INFO', 'unread']).toContain(v);
  });
});

describe('a commenter named without the page (round 34, branch opinion34)', () => {
  it("pins the year of the one page that writer commented on, by the writer's schema:name", async () => {
    expect(commentYear(oneYear.ctx, 'Zed Q. posted his comment on 4 May')?.year).toBe('2011');
    expect((await oneYear.check('Zed Q. posted his comment on 4 May.')).verdict).toBe('SUPPORTED');
    expect((await oneYear.check('Zed Q. posted his comment on 5 May.')).verdict).toBe('REFUTED');
    expect((await oneYear.check('Ida O. posted her comment on 4 May.')).verdict).toBe('REFUTED');
  });

  it('pins nothing for a name no commenter has, nor when the comments span two years', async () => {
    expect(commentYear(oneYear.ctx, 'Ann Author posted her comment on 4 May')).toBeUndefined();
    expect(commentYear(twoYears.ctx, 'Zed Q. posted his comment on 4 May')).toBeUndefined();
  });
});
