// A single-valued value against a claim of another time (src/check/value-time.ts, round 36,
// users29's F10): a value the source states without a time of its own is the source's as of its
// day; a claim of another year is not refuted by it, a claim of that year still is.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
${fixtureClaim({ id: 'league.prospectiveFoundingMemberCount.40', s: 'cgr:league', p: 'cg:prospectiveFoundingMemberCount', o: '"40"^^xsd:nonNegativeInteger', more: 'cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'freedonia.shareholderOf.league.share', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:league', more: 'cg:votingSharePercent "30"^^xsd:decimal ; cg:statedIn cga:fixture-article' })}
`);

describe('a value the source states as of its day', () => {
  it('does not refute a claim of another year', async () => {
    const r = await check('The League had 21 prospective founding members in 2009.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('2009');
    expect((await check('In 2015, the League had 50 prospective founding members.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("Freedonia held 20 percent of the League's voting power in 2009.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('still refutes a claim of the source\'s year, or of no year', async () => {
    expect((await check('The League had 21 prospective founding members in 2011.')).verdict).toBe('REFUTED');
    expect((await check('The League had 21 prospective founding members in May 2011.')).verdict).toBe('REFUTED');
    expect((await check('The League has 21 prospective founding members.')).verdict).toBe('REFUTED');
    expect((await check("Freedonia held 20 percent of the League's voting power in 2011.")).verdict).toBe('REFUTED');
  });
});
