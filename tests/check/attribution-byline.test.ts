// A desk or bureau named as a source by the words of one article's byline (src/check/attribution.ts
// `bylineNamed`, round 14): "according to the Harbour Desk, ..." is that article's text.
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const OTHER = 'https://w3id.org/claimgraph/article/quay-notes';
const { ctx } = checkFixture(`
<${ART}/segment/98> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Byline .
<${ART}/sentence/s098> a nif:Sentence ; nif:anchorOf "By Correspondent, Harbour Desk" ; cg:inSegment <${ART}/segment/98> .
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" .
<${OTHER}/segment/01> a cg:Segment ; schema:isPartOf cga:quay-notes ; cg:segmentKind cg:Byline .
<${OTHER}/sentence/s001> a nif:Sentence ; nif:anchorOf "Reporting by the Outer Harbour Desk; editing by the Metro Desk." ; cg:inSegment <${OTHER}/segment/01> .
`);

describe('a source named by a byline', () => {
  it('is the one article whose byline writes the name whole', () => {
    const a = readAttribution(ctx, 'According to the Harbour Desk, Freedonia is a member of the League.');
    expect(a?.scope).toMatchObject({ kind: 'article', iris: [ART] });
    expect(readAttribution(ctx, 'According to the Metro Desk, Freedonia is a member of the League.')?.scope).toMatchObject({ kind: 'article', iris: [OTHER] });
  });

  it('is no one for a name the bylines lack, or for a word of a name', () => {
    expect(readAttribution(ctx, 'According to the Harbour Bureau, Freedonia is a member of the League.')).toBeUndefined();
    expect(readAttribution(ctx, 'According to the Desk, Freedonia is a member of the League.')).toBeUndefined();
  });
});

describe('an article named through its byline or its name (round 31)', () => {
  it('reads "the Harbour Desk\'s piece" as the article whose byline writes the name', () => {
    const a = readAttribution(ctx, "The Harbour Desk's piece notes that Freedonia is a member of the League.");
    expect(a?.scope).toMatchObject({ kind: 'article', iris: [ART] });
    expect(a?.inner).toBe('Freedonia is a member of the League');
    // a name no byline writes whole is no source
    expect(readAttribution(ctx, "The Harbour Bureau's piece notes that Freedonia is a member of the League.")).toBeUndefined();
  });
  it('reads "the Quay correspondent" as the writer of the one article the name names', () => {
    expect(readAttribution(ctx, 'The Quay correspondent writes that Freedonia is a member of the League.')?.scope).toMatchObject({ kind: 'article', iris: [OTHER] });
    // a name no article's title has: no source
    expect(readAttribution(ctx, 'The Zenda correspondent writes that Freedonia is a member of the League.')).toBeUndefined();
  });
});
