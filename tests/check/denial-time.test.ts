// How far a denial reaches in time (src/check/denial-time.ts): a denial said on its article's day
// decides no claim whose time runs past that day; round 30 adds "by <year>" (cg:byYear).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .
`);

describe('denial-time: a denial as of its day', () => {
  it('decides nothing "by" a year that ends after the denial\'s day (supported, or its opposite refuted, before)', async () => {
    for (const claim of ['Sylvania had not joined the League by 2013.', 'Sylvania had joined the League by 2013.', 'Sylvania had not joined the League by the end of 2011.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  it('still decides a year that ends before the day', async () => {
    expect((await check('Sylvania had not joined the League by 2010.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania did not join the League in 2010.')).verdict).toBe('SUPPORTED');
  });
});
