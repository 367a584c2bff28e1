// Comparisons of two amounts said as clauses (src/check/clause-comparisons.ts): "A gave more N to B
// than it did to C", "B got more N from A than C".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia may provide US$ 2 million in grants to Grand Fenwick (possible); here it
// also pledged US$ 3 million in grants to Sylvania
const { check } = checkFixture(`
cgc:freedonia.grantTo.sylvania.pledged a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:grantTo ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Pledged ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.grantTo.sylvania.pledged/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.grantTo.sylvania.pledged/amount/USD> a schema:MonetaryAmount ;
    schema:value "3000000"^^xsd:decimal ; schema:currency "USD" .`);

describe('a comparison of two amounts said as clauses', () => {
  it('completes "than it may give to Y" from the first clause: its subject and the compared noun', async () => {
    const r = await check('Freedonia pledged more grants to Sylvania than it may give to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('value-comparison');
    expect(r.explanation).toContain('USD 3,000,000 is more than USD 2,000,000');
    expect(r.explanation).toContain('stated as possible');
    // the wrong way round is not supported
    expect(await check('Freedonia pledged fewer grants to Sylvania than it may give to Grand Fenwick.').catch((e: Error) => e)).not.toHaveProperty('verdict', 'SUPPORTED');
    expect((await check('Freedonia pledged smaller grants to Sylvania than it may give to Grand Fenwick.')).verdict).toBe('REFUTED');
  });

  it('reads "than to Y" with the first clause\'s verb', async () => {
    expect((await check('Freedonia pledged more grants to Grand Fenwick than to Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia pledged less grants to Grand Fenwick than to Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('reads "than Y" as Y in the subject\'s place when only that place names an amount', async () => {
    const r = await check('Sylvania received more grants from Freedonia than Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Grand Fenwick');
    expect((await check('Grand Fenwick received more grants from Freedonia than Sylvania.')).verdict).toBe('REFUTED');
    // money received is aid of some kind (lexicon, cg:providedAssistanceTo)
    expect((await check('Sylvania got more money from Freedonia than Grand Fenwick.')).verdict).toBe('SUPPORTED');
    expect((await check('Grand Fenwick got more money from Freedonia than Sylvania.')).verdict).toBe('REFUTED');
  });

  it('is no reading when the second side does not read, and leaves a side without an amount undecided', async () => {
    const r = await check('Freedonia pledged more grants to Sylvania than it may give to Marsovia.').catch((e: Error) => e);
    expect(r).not.toHaveProperty('verdict', 'SUPPORTED');
    expect(r).not.toHaveProperty('verdict', 'REFUTED');
  });
});
