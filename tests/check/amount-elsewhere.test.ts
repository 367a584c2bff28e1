// A deal's amount given to another party (src/check/amount-elsewhere.ts): the fixture records
// Freedonia's US$ 5 million of energy deals with Sylvania and no deal of Freedonia's with Marsovia.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture();
// a second deal of the same amount with another party leaves the amount naming no one deal
const twoDeals = checkFixture(`
${fixtureClaim({ id: 'freedonia.signedDealWith.grand-fenwick.x', s: 'cgr:freedonia', p: 'cg:signedDealWith', o: 'cgr:grand-fenwick', sentence: 's004', more: 'cg:sector cgr:energy ; cg:amount <https://w3id.org/claimgraph/claim/freedonia.signedDealWith.grand-fenwick.x/amount/USD>' })}
<https://w3id.org/claimgraph/claim/freedonia.signedDealWith.grand-fenwick.x/amount/USD> a schema:MonetaryAmount ;
    schema:value "5000000"^^xsd:decimal ; schema:currency "USD" .
`);

describe('an amount of another party\'s deal', () => {
  it('refutes the deal of that amount given to a party the graph records no deal with', async () => {
    for (const c of ['Freedonia inked US$ 5 million worth of energy deals with Marsovia.', 'Freedonia signed energy deals worth US$ 5 million with Marsovia.']) {
      const r = await check(c);
      expect(r.verdict, c).toBe('REFUTED');
      expect(r.explanation, c).toContain('the amount names that deal');
    }
  });
  it('leaves another amount, the party itself, and a group the party belongs to to the ordinary rules', async () => {
    expect((await check('Freedonia signed energy deals worth US$ 9 million with Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia signed energy deals worth US$ 5 million with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals worth US$ 5 million with the Region.')).verdict).not.toBe('REFUTED');
  });
  it('decides nothing on a bound, which the other party\'s deal meets but does not name', async () => {
    // users21's probe: "The Sylvanian deals were worth over ..." was refuted by the one deal that met it
    for (const c of ['Freedonia signed energy deals worth more than US$ 4 million with Marsovia.', 'Freedonia signed energy deals worth less than US$ 6 million with Marsovia.']) {
      expect((await check(c)).verdict, c).toBe('NOT_ENOUGH_INFO');
    }
    // "about" still names the deal
    expect((await check('Freedonia signed energy deals worth about US$ 5 million with Marsovia.')).verdict).toBe('REFUTED');
  });
  it('decides nothing when two parties hold deals of that amount', async () => {
    expect((await twoDeals.check('Freedonia signed energy deals worth US$ 5 million with Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a possessive description of deals (round 30)', () => {
  it('refutes nothing: the claim takes deals with the party for given, which no source speaks of (it was refuted)', async () => {
    for (const c of ['Freedonia\'s energy deals with Marsovia were worth US$ 5 million.', 'Freedonia\'s deals with Marsovia were worth US$ 5 million.']) {
      expect((await check(c)).verdict, c).not.toBe('REFUTED');
    }
  });
  it('still decides the party\'s own deals by their amount, and a deal stated with a verb', async () => {
    expect((await check('Freedonia\'s energy deals with Sylvania were worth US$ 5 million.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia\'s energy deals with Sylvania were worth US$ 9 million.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia inked US$ 5 million worth of energy deals with Marsovia.')).verdict).toBe('REFUTED');
  });
});
