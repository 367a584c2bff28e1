// A demonym after "written by a" (src/check/demonym-author.ts, round 23): "the Quay Notes story was
// written by a Freedonian" read as the nationality of the article's author.
import { describe, expect, it } from 'vitest';
import { demonymAuthorRewrite } from '../../src/check/demonym-author.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia's label holds the demonym "Freedonian"; one article of its own
const { ctx } = checkFixture(`
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" .
`);

describe('demonymAuthorRewrite', () => {
  it('reads the demonym as the nationality of the article\'s author', () => {
    expect(demonymAuthorRewrite(ctx, 'The Quay Notes story was written by a Freedonian.')).toBe('The author of the Quay Notes story is Freedonian.');
  });
  it('is no rewrite for a denial, a writer named or described, or no article', () => {
    expect(demonymAuthorRewrite(ctx, 'The Quay Notes story was not written by a Freedonian.')).toBeUndefined();
    expect(demonymAuthorRewrite(ctx, 'The Quay Notes story was written by Freedonia.')).toBeUndefined();
    expect(demonymAuthorRewrite(ctx, 'The Quay Notes story was written by a Ruritanian.')).toBeUndefined();
    expect(demonymAuthorRewrite(ctx, 'The treaty was written by a Freedonian.')).toBeUndefined();
  });
});
