// A reader's verdict on the article (src/check/reader-evaluation.ts, round 15): "a reader of the
// Freedonia piece called it well argued" is supported by a comment sentence of its own, "Well argued.".
import { describe, expect, it } from 'vitest';
import { checkReaderEvaluation } from '../../src/check/reader-evaluation.js';
import { checkFixture } from '../helpers/check-fixture.js';

const ART = 'https://w3id.org/claimgraph/article/freedonia-notes';
const OTHER = 'https://w3id.org/claimgraph/article/quay-notes';
const { ctx, check } = checkFixture(`
cga:freedonia-notes a schema:NewsArticle ; schema:headline "Freedonia Notes" ; schema:comment <${ART}/comment/1> .
<${ART}/segment/06> a cg:Segment ; cg:segmentKind cg:ReaderComment ; schema:isPartOf cga:freedonia-notes .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; schema:name "Zed Q." .
<${ART}/sentence/s090> a nif:Sentence ; nif:anchorOf "Well argued." ; cg:inSegment <${ART}/segment/06> .
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" ; schema:comment <${OTHER}/comment/1> .
<${OTHER}/segment/01> a cg:Segment ; cg:segmentKind cg:ReaderComment ; schema:isPartOf cga:quay-notes .
<${OTHER}/comment/1> a schema:Comment ; schema:author <${OTHER}/comment/1/author> ; schema:dateCreated "2012-01-04T10:00:00"^^xsd:dateTime ; cg:segment <${OTHER}/segment/01> .
<${OTHER}/comment/1/author> a schema:Person ; schema:name "Gloria T." .
<${OTHER}/sentence/s001> a nif:Sentence ; nif:anchorOf "Sylvania will gain." ; cg:inSegment <${OTHER}/segment/01> .
`);
const verdict = (text: string): string | undefined => checkReaderEvaluation(ctx, text)?.evaluation.verdict;

describe("a reader's verdict on the article", () => {
  it('is supported by a comment sentence of its own, on the article the claim names', () => {
    expect(verdict('A reader of the Freedonia article called it well argued.')).toBe('SUPPORTED');
    expect(verdict('Zed Q. found the Freedonia article well argued.')).toBe('SUPPORTED');
    expect(verdict('The commenter on the Freedonia piece said it was well argued.')).toBe('SUPPORTED');
  });

  it('is not decided for another article, another reader or other words', () => {
    // read and held (round 23): no comment of that source holds the words
    expect(verdict('A reader of the Quay Notes article called it well argued.')).toBe('NOT_ENOUGH_INFO');
    expect(verdict('A reader of the Freedonia article called it cleverly argued.')).toBe('NOT_ENOUGH_INFO');
    expect(checkReaderEvaluation(ctx, 'A reader of the Quay Notes article called it well argued.')?.interpretation.subject).toMatchObject({ iri: OTHER });
    // a named commenter, a denial, a source naming no one article, or another article than the source's: no reading
    expect(verdict('Gloria T. called the Freedonia article well argued.')).toBeUndefined();
    expect(verdict('A reader of the Freedonia article called it not well argued.')).toBeUndefined();
    expect(verdict('A reader called it well argued.')).toBeUndefined();
    expect(verdict('A reader of the Quay Notes article called the Freedonia article well argued.')).toBeUndefined();
  });

  it('is refuted by the contrary adverb (round 19): every comment of the source opens with "Well ..."', () => {
    // round 15 left "badly argued" undecided; the lexicon's cg:contraryWord "badly => well" now refutes it
    expect(verdict('A reader of the Freedonia article called it badly argued.')).toBe('REFUTED');
    expect(verdict('Zed Q. called the Freedonia article poorly researched.')).toBe('REFUTED');
    // another reader's comment, or an article with no such verdict: not decided
    expect(verdict('Gloria T. called the Freedonia article poorly researched.')).toBeUndefined();
    expect(verdict('A reader of the Quay Notes article called it poorly researched.')).toBe('NOT_ENOUGH_INFO');
  });

  it('decides the whole claim through the reader table', async () => {
    expect((await check('A commenter on the Freedonia article called it well argued.')).verdict).toBe('SUPPORTED');
  });
});
