// A side of an amount comparison said without its possessor (src/check/possessor-sides.ts): "the
// energy deals with Sylvania were worth more than the grants to Grand Fenwick". The fixture:
// Freedonia signed energy deals worth US$ 5 million with Sylvania and may provide US$ 2 million in
// grants to Grand Fenwick.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const amount = (id: string, usd: number): string => `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .
<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${usd}"^^xsd:decimal ; schema:currency "USD"`;

describe('a comparison side without its possessor', () => {
  const { check } = checkFixture();

  it('reads "the N with Y" as the one giver the graph names with an amount, and shows the arithmetic', async () => {
    const r = await check('The energy deals with Sylvania were worth more than the grants to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('USD 5,000,000 is more than USD 2,000,000');
    expect(r.interpretation.notes?.join(' ')).toContain('without a possessor');
    expect(r.interpretation.notes?.join(' ')).toContain("Freedonia's energy deals with Sylvania");
    expect((await check('The energy deals with Sylvania were worth less than the grants to Grand Fenwick.')).verdict).toBe('REFUTED');
    // as the second side too, after a side with its possessor
    expect((await check("Freedonia's grants to Grand Fenwick were worth more than the energy deals with Sylvania.")).verdict).toBe('REFUTED');
  });

  it('names no single amount when two givers the graph names could be meant', async () => {
    // Marsovia also signed deals with Sylvania, for US$ 1 million
    const two = checkFixture(fixtureClaim({ id: 'marsovia.signedDealWith.sylvania', s: 'cgr:marsovia', p: 'cg:signedDealWith', o: 'cgr:sylvania', more: `cg:sector cgr:energy ; ${amount('marsovia.signedDealWith.sylvania', 1_000_000)}` }));
    const r = await two.check('The energy deals with Sylvania were worth more than the grants to Grand Fenwick.').catch((e: Error) => e);
    expect(r).not.toHaveProperty('verdict', 'SUPPORTED');
    expect(r).not.toHaveProperty('verdict', 'REFUTED');
  });

  it('names no amount when another giver the graph supports gave no amount', async () => {
    const other = checkFixture(fixtureClaim({ id: 'marsovia.signedDealWith.sylvania', s: 'cgr:marsovia', p: 'cg:signedDealWith', o: 'cgr:sylvania', more: 'cg:sector cgr:energy' }));
    const r = await other.check('The energy deals with Sylvania were worth more than the grants to Grand Fenwick.').catch((e: Error) => e);
    expect(r).not.toHaveProperty('verdict', 'SUPPORTED');
    expect(r).not.toHaveProperty('verdict', 'REFUTED');
  });
});
