// Attribution to a commenter named as the comment names them (a schema:Person of the article's
// comments, not an entity of the graph), verbs of predicting, the reported "would" read as "will"
// after a verb of saying in the past, and "before the end of <year>" as a target year
// (src/check/attribution.ts, lexicon cg:reportingVerb and cg:byYear).
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author ; schema:comment <${FIXTURE_ARTICLE}/comment/1> .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
${READER_FORECAST}`);

describe('what a named commenter predicted', () => {
  it('is checked against that commenter\'s claims, "would" read as the reported "will"', async () => {
    const r = await check('Zed Q. predicted that Sylvania would join the League before the end of 2016.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.attributedTo).toBe('Zed Q');
    expect(r.interpretation.modality).toBe('expected');
    // round 32: his "before the end of 2016" says nothing either way of an earlier deadline (held);
    // a year after his deadline is refuted
    expect((await check('Zed Q. forecast that Sylvania would join the League before the end of 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Zed Q. forecast that Sylvania would join the League in 2017.')).verdict).toBe('REFUTED');
  });

  it('is not what another person said', async () => {
    expect((await check('Ann Author predicted that Sylvania would join the League before the end of 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
