import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Two grants the fixture's graph does not hold, stated (3 and 4 million): an amount said of the
// two together may be each grant or their total (7 million).
const GRANTS = ['sylvania', 'marsovia'].map((m, i) => `
cgc:freedonia.grantTo.${m}.stated a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:grantTo ; rdf:object cgr:${m} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.grantTo.${m}.stated/amount/USD> .
cgr:freedonia cg:grantTo cgr:${m} .
<https://w3id.org/claimgraph/claim/freedonia.grantTo.${m}.stated/amount/USD> a schema:MonetaryAmount ;
    schema:value "${3000000 + i * 1000000}"^^xsd:decimal ; schema:currency "USD" .
`).join('');

describe('an amount said of a list (src/check/list-amounts.ts)', () => {
  const { check } = checkFixture(GRANTS);
  it('holds a claim each member fails alone but the members meet together (never REFUTED)', async () => {
    const r = await check('Freedonia gave grants to Sylvania and Marsovia worth more than US$ 6 million.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/each member's or their total/);
    expect(r.explanation).toMatch(/together \(USD 7,000,000\) it is supported/);
  });
  it('decides when both readings agree: refuted each and together', async () => {
    const r = await check('Freedonia gave grants to Sylvania and Marsovia worth more than US$ 9 million.');
    expect(r.verdict).toBe('REFUTED');
  });
  it('decides when both readings agree: supported each and together', async () => {
    const r = await check('Freedonia gave grants to Sylvania and Marsovia worth more than US$ 2 million.');
    expect(r.verdict).toBe('SUPPORTED');
  });
  it('holds a claim each member meets but their total does not', async () => {
    const r = await check('Freedonia gave grants to Sylvania and Marsovia worth less than US$ 5 million.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/together \(USD 7,000,000\) it is refuted/);
  });
  it('leaves a member without an amount to the reading of each member', async () => {
    // Grand Fenwick's grant is only possible: no stated total can be made; each alone decides nothing either
    const r = await check('Freedonia gave grants to Sylvania and Grand Fenwick worth more than US$ 9 million.');
    expect(r.verdict).not.toBe('REFUTED');
  });
});
