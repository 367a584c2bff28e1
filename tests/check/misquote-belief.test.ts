// A misquote under a belief verb (src/check/belief-frame.ts heldMisquote, round 30): "Zed Q.
// reckons / thinks / is sure Marsovia will host ..." when Zed Q.'s comment, held whole, names
// Sylvania: what Zed Q. said does not show what Zed Q. does not believe, so NOT_ENOUGH_INFO with
// the comment related; "Zed Q. wrote / said that Marsovia ..." stays a misquote, refuted.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> ; schema:commentCount 1 .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ;
    schema:text "Sylvania has a big year ahead, and Sylvania will host the League summit this summer." ;
    schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
`);

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('a misquote under a belief verb', () => {
  it('is held, the comment related (it was refuted as a misquote)', async () => {
    const r = await check('Zed Q. reckons Marsovia has a big year ahead.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    expect(await verdict('Zed Q. thinks Marsovia has a big year ahead.')).toBe('NOT_ENOUGH_INFO');
    // one summit has one host: believing Sylvania hosts it excludes Marsovia (exclusiveBelief)
    expect(await verdict('Zed Q. is sure Marsovia will host the League summit this summer.')).toBe('REFUTED');
  });
  it('leaves a saying refuted as a misquote, and the words as written supported', async () => {
    const r = await check('Zed Q. wrote that Marsovia will host the League summit this summer.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('misquote');
    expect(await verdict('Zed Q. said that Marsovia will host the League summit this summer.')).toBe('REFUTED');
    expect(await verdict('Zed Q. thinks Sylvania will host the League summit this summer.')).toBe('SUPPORTED');
  });
});
