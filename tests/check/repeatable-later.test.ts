// A conflicting year or date after every source of a repeatable relation (cg:visited) (src/check/verdict.ts
// `laterRepeat`, lexicon cg:repeatableProperty, round 30): a source of 2011 that dates Rufus's visit 2001 says nothing of a
// visit in 2015, so it neither refutes "visited in 2015" nor supports "did not visit in 2015".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:rufus.visited.sylvania.dddddd cg:statedIn cga:fixture-article .
`);

describe('laterRepeat: a time no source speaks of, for a relation that may hold again', () => {
  it('holds a visit in a year or month after the source (refuted, its denial supported, before)', async () => {
    for (const claim of ['Rufus Firefly visited Sylvania in 2015.', 'Rufus Firefly did not visit Sylvania in 2015.', 'Rufus Firefly visited Sylvania in March 2012.']) {
      expect((await check(claim)).verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
  });

  // round 33 (fix26a, src/check/repeat-time.ts): another year before the source may be another
  // visit too (users26: "visited Y in 2006" against a visit dated 2015 was refuted): held, not refuted
  it('holds another year before the source as well, and supports the source\'s own', async () => {
    expect((await check('Rufus Firefly visited Sylvania in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly did not visit Sylvania in 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly visited Sylvania in 2001.')).verdict).toBe('SUPPORTED');
  });
});
