// A claim about every reader comment (src/check/comment-quantifier.ts, round 30): "both / all the
// / the comments were posted on D" needs every comment on D and is refuted by one that is not;
// "a comment" / "one of the comments" keeps the reading of any one comment.
import { describe, expect, it } from 'vitest';
import { aboutEveryComment, everyComment } from '../../src/check/comment-quantifier.js';
import { checkFixture, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
// two comments: Zed Q. on 4 May 2011 (READER_FORECAST), Ida O. on 6 May 2011
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1>, <${ART}/comment/2> ; schema:commentCount 2 .
<${ART}/comment/2> a schema:Comment ; schema:author <${ART}/comment/2/author> ;
    schema:dateCreated "2011-05-06T09:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/07> .
<${ART}/comment/2/author> a schema:Person ; rdfs:label "Ida O." ; schema:name "Ida O." .
${READER_FORECAST}`);

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('aboutEveryComment', () => {
  it('tells the whole list from a part of it', () => {
    expect(aboutEveryComment('Both comments on the story were posted on 4 May 2011')).toBe('every');
    expect(aboutEveryComment('All the comments were posted in May 2011')).toBe('every');
    expect(aboutEveryComment('The comments on the story were posted on 4 May 2011')).toBe('every');
    expect(aboutEveryComment('Not all the comments were posted on 4 May 2011')).toBe('not-every');
    expect(aboutEveryComment('One of the comments was posted on 4 May 2011')).toBeUndefined();
    expect(aboutEveryComment('A comment on the story was posted on 4 May 2011')).toBeUndefined();
  });
  it('needs every comment for the whole list', () => {
    expect(everyComment(['SUPPORTED', 'SUPPORTED'], 'every', 'positive')).toBe('SUPPORTED');
    expect(everyComment(['SUPPORTED', 'REFUTED'], 'every', 'positive')).toBe('REFUTED');
    // "both were not posted on D" when one was: neither "neither" nor "not both" is sure
    expect(everyComment(['SUPPORTED', 'REFUTED'], 'every', 'negative')).toBe('NOT_ENOUGH_INFO');
    expect(everyComment(['SUPPORTED', 'NOT_ENOUGH_INFO'], 'every', 'positive')).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the comments dated as a whole', () => {
  it('refutes one day for both comments when one was posted on another (it was supported)', async () => {
    const r = await check('Both comments on the Fixture article were posted on 4 May 2011.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('every reader comment');
    expect(await verdict('All the comments on the Fixture article were posted on 6 May 2011.')).toBe('REFUTED');
    expect(await verdict('The comments on the Fixture article were all posted on 4 May 2011.')).toBe('REFUTED');
  });
  it('supports a time every comment falls in, and keeps "a comment" / "one of them" to any one', async () => {
    expect(await verdict('Both comments on the Fixture article were posted in May 2011.')).toBe('SUPPORTED');
    expect(await verdict('A comment on the Fixture article was posted on 4 May 2011.')).toBe('SUPPORTED');
    expect(await verdict('Not all the comments on the Fixture article were posted on 4 May 2011.')).toBe('SUPPORTED');
    expect(await verdict('Both comments on the Fixture article were posted in 2012.')).toBe('REFUTED');
  });
});
