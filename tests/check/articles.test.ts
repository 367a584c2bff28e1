// The articles of the graph as sources a claim can name (src/check/articles.ts).
import { describe, expect, it } from 'vitest';
import N3 from 'n3';
import { articlesOf, hasArticles } from '../../src/check/articles.js';
import { buildCheckContext } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { projectRoot } from '../helpers/cli.js';

const HEADLINE = 'https://schema.org/headline';

describe('hasArticles', () => {
  it('says whether articlesOf finds any article, without reading them', () => {
    const { ctx } = checkFixture();
    expect(articlesOf(ctx).length).toBeGreaterThan(0);
    expect(hasArticles(ctx)).toBe(true);
  });

  it('is false for a graph without a headline, as articlesOf is empty', () => {
    const { store } = checkFixture();
    const bare = new N3.Store(store.getQuads(null, null, null, null).filter((q) => q.predicate.value !== HEADLINE));
    const ctx = buildCheckContext(bare, { dir: projectRoot });
    expect(articlesOf(ctx)).toEqual([]);
    expect(hasArticles(ctx)).toBe(false);
  });
});
