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
