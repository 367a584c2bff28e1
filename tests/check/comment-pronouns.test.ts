// Comment counts said other ways (src/check/comment-count.ts, round 10): "nobody / someone
// commented on X", a comment at a time on a page that states none ("a reader commented on X in
// December 2015": none at all, so none then), and two pages' counts compared.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const H = 'https://w3id.org/claimgraph/article/harbour-report';
const stated = (art: string, key: string, object: string, sentence: string): string => `
<${art}/statement/${key}> a rdf:Statement ; rdf:subject <${art}> ; rdf:predicate schema:${key} ; rdf:object ${object} ;
    prov:wasDerivedFrom <${art}/sentence/${sentence}> .`;
const { check } = checkFixture(`
cga:fixture-article schema:commentCount 0 .
${stated(ART, 'commentCount', '0', 's004')}
<${H}> a schema:NewsArticle ; schema:headline "Harbour Report" ; schema:commentCount 2 .
<${H}/sentence/s009> a nif:Sentence ; nif:anchorOf "Comments (2)" .
${stated(H, 'commentCount', '2', 's009')}
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" .
`);

describe('comment counts, other words', () => {
  it('reads "nobody" and "someone" as no reader and a reader', async () => {
    expect((await check('Nobody has commented on the Fixture article.')).verdict).toBe('SUPPORTED');
    expect((await check('No one commented on the Harbour Report.')).verdict).toBe('REFUTED');
    expect((await check('Someone commented on the Harbour Report.')).verdict).toBe('SUPPORTED');
  });
  it('reads "nobody has left a single comment under X" as no comment (round 36)', async () => {
    expect((await check('Nobody has left a single comment under the Fixture article.')).verdict).toBe('SUPPORTED');
    expect((await check('Nobody has left a single comment under the Harbour Report.')).verdict).toBe('REFUTED');
    expect((await check('Readers have not posted a single comment on the Harbour Report.')).verdict).toBe('REFUTED');
  });
  it('refutes a comment at a time on a page with no comments, and leaves the time to the comments\' dates otherwise', async () => {
    const r = await check('A reader commented on the Fixture article in December 2015.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('no reader comments');
    expect((await check('A reader commented on the Harbour Report in March 2016.')).verdict).not.toBe('SUPPORTED');
    expect((await check('No reader commented on the Fixture article in May 2011.')).verdict).toBe('SUPPORTED');
  });
  it('compares two pages\' stated counts, and leaves a page without one undecided', async () => {
    expect((await check('The Harbour Report has more comments than the Fixture article.')).verdict).toBe('SUPPORTED');
    expect((await check('The Fixture article has more reader comments than the Harbour Report.')).verdict).toBe('REFUTED');
    expect((await check('The Fixture article has fewer comments than the Harbour Report.')).verdict).toBe('SUPPORTED');
  });
});
