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

  // round 36 (fix29a; users29's F2): a denial of a state said as of its day says nothing of an
  // earlier time either (a state may have held and ended); these were SUPPORTED, their opposites REFUTED
  it('decides no time that ends before the day, in either direction', async () => {
    for (const claim of ['Sylvania had not joined the League by 2010.', 'Sylvania did not join the League in 2010.', 'Sylvania was a member of the League in 2010.',
      'In 2008, Sylvania was not a member of the League.', 'Sylvania was a member of the League in March 2011.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  it('still decides the source\'s own day and a claim with no time', async () => {
    expect((await check('Sylvania was not a member of the League on 1 May 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is a member of the League.')).verdict).toBe('REFUTED');
  });
});
