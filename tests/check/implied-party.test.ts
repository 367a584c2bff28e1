// A definite noun phrase without its agent (src/check/implied-party.ts): the one party the graph
// gives for the relation is meant; none or several leave the claim unread.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia signed energy deals worth US$ 5 million with Sylvania
const { store, ctx, check } = checkFixture();

describe('a definite noun phrase without its agent', () => {
  it('is read with the one party the graph gives, and says so', async () => {
    const r = await check('The energy deals with Sylvania were worth more than US$ 4 million.');
    expect(r.verdict).toBe('SUPPORTED');
    // read by the implied-party reader or by the comparison's possessor sides (round 15): either
    // way the note names Freedonia as the giver
    expect(r.interpretation.notes?.join(' ')).toMatch(/read the phrase's agent as Freedonia|as "Freedonia's energy deals with Sylvania"/);
    expect((await check('The energy deals with Sylvania were worth US$ 8 million.')).verdict).toBe('REFUTED');
  });

  it('stays unread when no party, or more than one, gives a decided reading', async () => {
    // (US$ 5 million, the amount of the deals with Sylvania, is refuted since round 20 by
    // src/check/amount-elsewhere.ts: the one party the graph gives deals of that amount is another)
    await expect(check('The energy deals with Marsovia were worth US$ 9 million.')).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
    const two = checkFixture(`
<https://w3id.org/claimgraph/claim/d2/amount/USD> a schema:MonetaryAmount ; schema:currency "USD" ; schema:value "7000000"^^xsd:decimal .
cgc:d2 a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:signedDealWith ; rdf:object cgr:sylvania ;
    cg:amount <https://w3id.org/claimgraph/claim/d2/amount/USD> ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004> .`);
    await expect(two.check('The energy deals with Sylvania were worth US$ 8 million.')).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
  });
});
