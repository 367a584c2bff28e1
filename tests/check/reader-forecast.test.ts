// A reader's forecast (a comment stating something as an expectation) is evidence of what that
// reader expects, not of what will happen: it decides a claim only when the claim attributes it
// to the reader (src/check/verdict.ts readerConjecture). A comment's stated fact is unchanged.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:comment <${FIXTURE_ARTICLE}/comment/1> .
${READER_FORECAST}`);

describe("a reader's forecast", () => {
  it('does not support or refute a claim that does not name the reader', async () => {
    for (const claim of ['Sylvania will join the League before the end of 2016.', 'Will Sylvania join the League in 2016?']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation).toContain("only a reader's comment states this");
    }
    expect((await check('Sylvania will join the League before the end of 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('still decides the claim that attributes it to the reader', async () => {
    expect((await check('According to a reader, Sylvania will join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. predicted that Sylvania would join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
  });

  it("leaves a comment's stated fact as it was (marked as a reader's)", async () => {
    const r = await check('Sylvania is a rival of Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence[0]!.segment).toBe('comment');
  });
});
