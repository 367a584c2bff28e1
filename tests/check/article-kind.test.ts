// What kind of article a page labels itself (src/check/article-kind.ts): the article's own rdf:type
// supports; a kind it lacks is left open.
import { describe, expect, it } from 'vitest';
import { checkArticleKind } from '../../src/check/article-kind.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture's one article ("Fixture") is a schema:AnalysisNewsArticle
const { ctx } = checkFixture();
const verdict = (s: string): string | undefined => checkArticleKind(ctx, s)?.evaluation.verdict;

describe('the kind of an article', () => {
  it('is read with "as" after the verb, supported by the article\'s type', () => {
    expect(verdict('The Fixture piece is billed as an analysis')).toBe('SUPPORTED');
    expect(verdict('The Fixture piece is labelled as an opinion piece')).toBe('NOT_ENOUGH_INFO');
  });
  // round 39 (users31 article-meta-05): "labelled an analysis" was unread
  it('is read without "as" after the verbs that take the kind bare', () => {
    expect(verdict('The Fixture piece is labelled an analysis')).toBe('SUPPORTED');
    expect(verdict('The Fixture story is tagged an analysis')).toBe('SUPPORTED');
    expect(verdict('The Fixture piece is labelled an opinion piece')).toBe('NOT_ENOUGH_INFO');
  });
});
