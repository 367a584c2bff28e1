// Two amounts owned by their recipients, compared (src/check/owned-amount-comparison.ts, round 35):
// "Sylvania's $5m edged out Marsovia's $3m" is each amount its recipient's package, and the
// comparison in the claim's verb.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { ownedAmountComparison } from '../../src/check/owned-amount-comparison.js';

const usd = (id: string, value: string): string =>
  `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .\n<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${value}"^^xsd:decimal ; schema:currency "USD"`;

// Freedonia pledged Sylvania US$5 million in grants and gave Marsovia US$4.8 million in
// assistance; Grand Fenwick gets from no one
const { ctx, check } = checkFixture(`
${fixtureClaim({ id: 'freedonia.grantTo.sylvania.r35', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's002', more: usd('freedonia.grantTo.sylvania.r35', '5000000') })}
${fixtureClaim({ id: 'freedonia.financialAssistanceTo.marsovia.r35', s: 'cgr:freedonia', p: 'cg:financialAssistanceTo', o: 'cgr:marsovia', sentence: 's003', more: usd('freedonia.financialAssistanceTo.marsovia.r35', '4800000') })}
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('two amounts owned by their recipients, compared', () => {
  it('says the claim as the two packages\' amounts and their comparison', () => {
    expect(ownedAmountComparison(ctx, "Sylvania's $5m topped Marsovia's $4.8m.")).toEqual([
      "Freedonia's aid to Sylvania is worth $5m", "Freedonia's aid to Marsovia is worth $4.8m", "Freedonia's aid to Sylvania topped Freedonia's aid to Marsovia"]);
    // a possessor that gives, or that gets from no one, owns no package so
    expect(ownedAmountComparison(ctx, "Freedonia's $5m topped Marsovia's $4.8m.")).toBeUndefined();
    expect(ownedAmountComparison(ctx, "Sylvania's $5m topped Rufus Firefly's $4.8m.")).toBeUndefined();
  });
  it('decides by the amounts and the comparison, a degree word measured on them', async () => {
    expect(await verdict("Sylvania's $5m topped Marsovia's $4.8m.")).toBe('SUPPORTED');
    expect(await verdict("Sylvania's $5m edged out Marsovia's $4.8m.")).toBe('SUPPORTED');
    // a wrong amount, or the wrong way round
    expect(await verdict("Sylvania's $6m topped Marsovia's $4.8m.")).toBe('REFUTED');
    expect(await verdict("Marsovia's $4.8m topped Sylvania's $5m.")).toBe('REFUTED');
  });
});
