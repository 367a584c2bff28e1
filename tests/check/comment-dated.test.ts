// When a comment picked by its rank was posted (src/check/comment-dated.ts, round 15).
import { describe, expect, it } from 'vitest';
import { checkCommentDated } from '../../src/check/comment-dated.js';
import { checkFixture } from '../helpers/check-fixture.js';

const QUAY = 'https://w3id.org/claimgraph/article/quay-notes';
const LOCK = 'https://w3id.org/claimgraph/article/lock-notes';
const comment = (art: string, n: number, at: string): string => `
<${art}/comment/${n}> a schema:Comment ; schema:dateCreated "${at}"^^xsd:dateTime ; cg:segment <${art}/segment/1${n}> .
<${art}/sentence/s09${n}> a nif:Sentence ; nif:anchorOf "A comment." ; cg:inSegment <${art}/segment/1${n}> .`;
const { ctx } = checkFixture(`
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes on Sylvania" ; schema:commentCount 2 ;
  schema:comment <${QUAY}/comment/1>, <${QUAY}/comment/2> .
${comment(QUAY, 1, '2011-05-04T09:12:00')}
${comment(QUAY, 2, '2011-05-05T21:40:00')}
cga:lock-notes a schema:NewsArticle ; schema:headline "Lock Notes on Marsovia" ; schema:commentCount 3 ; schema:comment <${LOCK}/comment/1> .
${comment(LOCK, 1, '2012-01-04T10:00:00')}
`);
const verdict = (text: string): string | undefined => checkCommentDated(ctx, text)?.evaluation.verdict;

describe('a comment picked by its rank', () => {
  it('is decided by its day and clock time', () => {
    expect(verdict('The first comment on the Sylvania story is dated 4 May 2011.')).toBe('SUPPORTED');
    expect(verdict('The second comment on the Sylvania story was posted at 21:40 on 5 May 2011.')).toBe('SUPPORTED');
    expect(verdict("The Sylvania story's last comment was posted on May 4, 2011.")).toBe('REFUTED');
    expect(verdict('The second comment on the Sylvania story was posted at 9:12 on 5 May 2011.')).toBe('REFUTED');
    expect(verdict('The first comment on the Sylvania story went up in May 2011.')).toBe('SUPPORTED');
  });

  it('is not picked when the page has more or fewer comments than the rank needs, or the graph lacks some', () => {
    expect(verdict('The only comment on the Sylvania story is dated 4 May 2011.')).toBeUndefined();
    expect(verdict('The third comment on the Sylvania story is dated 4 May 2011.')).toBeUndefined();
    expect(verdict('The first comment on the Marsovia story is dated 4 January 2012.')).toBeUndefined();
  });
});
