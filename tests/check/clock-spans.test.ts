// A span between two comments, both dated to the minute (src/check/spans.ts, round 24): 36 hours
// is one day on the calendar and two by the clock, rounded, so "two days after" was refuted by the
// calendar alone; now the claim is decided only when both counts give the same answer.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1>, <${ART}/comment/2> ; schema:datePublished "2011-05-01"^^xsd:date .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; schema:dateCreated "2011-05-04T09:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
<${ART}/comment/2> a schema:Comment ; schema:author <${ART}/comment/2/author> ; schema:dateCreated "2011-05-05T21:30:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/2/author> a schema:Person ; rdfs:label "Ida W." ; schema:name "Ida W." .
`);

describe('a span between two comments dated to the minute', () => {
  it('is not refuted by the calendar when the clock fits the claim', async () => {
    const r = await check('Ida W. commented two days after Zed Q.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/36\.5 hours/);
  });
  it('is decided when calendar and clock agree', async () => {
    expect((await check('Ida W. commented five days after Zed Q.')).verdict).toBe('REFUTED');
    expect((await check('Ida W. commented a week after Zed Q.')).verdict).toBe('REFUTED');
    expect((await check('Ida W. commented roughly a day and a half after Zed Q.')).verdict).not.toBe('REFUTED');
  });
});
