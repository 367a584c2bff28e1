// "S told D (that) P" (src/check/attribution.ts `toldWriter`, round 38, users28's "told the Asia
// Desk"): who spoke to whom. Read as S's "said that P" only when D wrote the article that reports S;
// an addressee who wrote another article (or none) leaves the claim unread or undecided, never decided.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const OTHER = 'https://w3id.org/claimgraph/article/quay-notes';
const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/segment/98> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Byline .
<${ART}/sentence/s098> a nif:Sentence ; nif:anchorOf "By Correspondent, Harbour Desk" ; cg:inSegment <${ART}/segment/98> .
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" .
<${OTHER}/segment/01> a cg:Segment ; schema:isPartOf cga:quay-notes ; cg:segmentKind cg:Byline .
<${OTHER}/sentence/s001> a nif:Sentence ; nif:anchorOf "Reporting by the Metro Desk." ; cg:inSegment <${OTHER}/segment/01> .
cgr:tarsk-analysts a cg:PersonGroup ; rdfs:label "analysts in Tarsk" .
cgr:tarsk a cg:City ; rdfs:label "Tarsk" .
${fixtureClaim({ id: 'freedonia.rival.marsovia.said', s: 'cgr:freedonia', p: 'cg:rivalOf', o: 'cgr:marsovia', polarity: null, modality: null, sentence: 's013', more: 'cg:statedIn cga:fixture-article ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:saidBy cgr:tarsk-analysts' })}
`);

const verdictOf = async (text: string): Promise<string> => {
  const r = await check(text).catch(() => undefined);
  return r ? r.verdict : 'unread';
};

describe('"S told D that P"', () => {
  it('is S saying P when D wrote the article that reports S', async () => {
    expect(await verdictOf('Analysts in Tarsk told the Harbour Desk that Freedonia is a rival of Marsovia.')).toBe('SUPPORTED');
    expect(await verdictOf('Analysts in Tarsk told the Harbour Desk Freedonia is a rival of Marsovia.')).toBe('SUPPORTED');
    expect(await verdictOf('Analysts in Tarsk told Ann Author that Freedonia is a rival of Marsovia.')).toBe('SUPPORTED');
  });

  it('is not decided when D wrote another article (the addressee would be half-read)', async () => {
    expect(await verdictOf('Analysts in Tarsk told the Metro Desk that Freedonia is a rival of Marsovia.')).toMatch(/unread|NOT_ENOUGH_INFO/);
  });
});
