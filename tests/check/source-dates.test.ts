// An article named by its date (src/check/source-dates.ts, round 15): "the May 2011 report" is the
// one article of that time; an undated article whose bounds only overlap the period makes it no one.
import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../../src/check/articles.js';
import { readAttribution } from '../../src/check/attribution.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const QUAY = 'https://w3id.org/claimgraph/article/quay-notes';
const LOCK = 'https://w3id.org/claimgraph/article/lock-notes';
const { ctx } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-03"^^xsd:date .
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" ; cg:datelineDate "2012-02-10"^^xsd:date .
cga:lock-notes a schema:NewsArticle ; schema:headline "Lock Notes" ; cg:publishedNotBefore "2012-01-28"^^xsd:date ; cg:publishedNotAfter "2012-02-03"^^xsd:date .
`);
const named = (words: string): string[] | undefined => resolveArticle(ctx, tokenize(words, ctx.morph))?.map((a) => a.iri);

describe('an article named by its date', () => {
  it('is the article whose time lies inside the month, day or year said', () => {
    expect(named('the May 2011 report')).toEqual([ART]);
    expect(named('the 3 May 2011 story')).toEqual([ART]);
    expect(named('the 2011 article')).toEqual([ART]);
  });

  it('is no article when an undated one may be of that time too, or none is', () => {
    expect(named('the February 2012 report')).toEqual([]);
    expect(named('the 2012 report')).toEqual([QUAY, LOCK].sort());
    expect(named('the June 2011 report')).toEqual([]);
  });

  it('names the source of an attribution', () => {
    expect(readAttribution(ctx, 'According to the May 2011 report, Freedonia is a member of the League.')?.scope).toMatchObject({ kind: 'article', iris: [ART] });
    expect(readAttribution(ctx, 'According to the June 2011 report, Freedonia is a member of the League.')).toBeUndefined();
  });
});
