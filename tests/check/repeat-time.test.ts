// Another occasion of a repeatable relation (src/check/repeat-time.ts, round 33, users26): the
// fixture dates Rufus Firefly's visit to Sylvania 2001; a visit in another year may be another
// visit, so it is held (was refuted: "the year is single-valued"), and its denial is not supported.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:rufus.visited.sylvania.dddddd cg:statedIn cga:fixture-article .
`);

describe('otherOccasion: a repeatable relation at a time in another year', () => {
  it('holds a visit in an earlier or a later year, and its denial', async () => {
    for (const claim of ['Rufus Firefly visited Sylvania in 1995.', 'Rufus Firefly visited Sylvania in 2005.', 'Rufus Firefly did not visit Sylvania in 2005.', 'Rufus Firefly visited Sylvania in March 1999.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await check('Rufus Firefly visited Sylvania in 1995.')).explanation).toContain('may hold again');
  });

  it('keeps the source\'s own year, and a rank among occasions still dates the one it ranks', async () => {
    expect((await check('Rufus Firefly visited Sylvania in 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly did not visit Sylvania in 2001.')).verdict).toBe('REFUTED');
    // "the first PM of Freedonia to visit Grand Fenwick" is Teasdale: no PM visited it before her
    expect((await check('Rufus Firefly was the first Prime Minister of Freedonia to visit Sylvania, in 1995.')).verdict).not.toBe('SUPPORTED');
  });

  // round 37 (users30 F15): a bound or a decade that the source's year lies outside is another time too
  it('holds a visit before or after a bound, or in a decade, that the source\'s year lies outside', async () => {
    for (const claim of ['Rufus Firefly visited Sylvania before 1995.', 'Rufus Firefly visited Sylvania after 2005.', 'Rufus Firefly visited Sylvania in the 1980s.', 'Rufus Firefly visited Sylvania in the early 2010s.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await check('Rufus Firefly visited Sylvania before 2005.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly visited Sylvania in the 2000s.')).verdict).toBe('SUPPORTED');
  });
});
