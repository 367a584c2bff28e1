// A source named by its article in the possessive, or by a byline's desk and a writer's noun
// (src/check/attribution.ts `sourceOfPossessor`, round 17), on the corpus fixture.
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = await checkGraphDir(corpusFixture);

describe('a source named through its article', () => {
  it('reads "the <article>\'s author" as that article and "the <article>\'s commenter" as its readers', () => {
    expect(readAttribution(ctx, "The AIIB article's author writes that Jin Liqun was elected as the bank's first president.")?.scope.kind).toBe('article');
    expect(readAttribution(ctx, "The Japan analysis's commenter said India's move would jeopardise Japanese interests.")?.scope.kind).toBe('reader');
  });

  it('does not read a plural noun after the possessive as the author', () => {
    expect(readAttribution(ctx, "The AIIB article's analysts said the bank could finance roads in Central Asia.")?.scope.kind ?? 'none').not.toBe('article');
  });

  it('reads a desk of the byline with a writer\'s noun as that article', () => {
    expect(readAttribution(ctx, 'The Asia Desk correspondent writes that Jin Liqun was elected as the first president.')?.scope.kind).toBe('article');
  });
});
