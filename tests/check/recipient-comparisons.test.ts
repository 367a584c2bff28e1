// Round 28 (branch own28a): two recipients of one giver compared by the deed
// (src/check/recipient-comparisons.ts), said as the comparison of two packages and rechecked.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { recipientComparison } from '../../src/check/recipient-comparisons.js';

const usd = (id: string, value: string): string =>
  `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .\n<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${value}"^^xsd:decimal ; schema:currency "USD"`;

// Freedonia pledged Sylvania US$ 5 million in grants (and may give Grand Fenwick US$ 2 million in
// grants: the fixture's own claim); Marsovia gave Freedonia US$ 1 million (a giver too).
const { ctx, check } = checkFixture(`
${fixtureClaim({ id: 'freedonia.grantTo.sylvania.pledged.r28c', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's002', more: usd('freedonia.grantTo.sylvania.pledged.r28c', '5000000') })}
${fixtureClaim({ id: 'marsovia.financialAssistanceTo.freedonia.r28c', s: 'cgr:marsovia', p: 'cg:financialAssistanceTo', o: 'cgr:freedonia', sentence: 's003', more: usd('marsovia.financialAssistanceTo.freedonia.r28c', '1000000') })}
`);

describe('two recipients of one giver compared (src/check/recipient-comparisons.ts)', () => {
  it('says each shape as the comparison of two packages', () => {
    const both = "Freedonia's aid to Sylvania was bigger than Freedonia's aid to Grand Fenwick";
    expect(recipientComparison(ctx, 'Freedonia pledged more aid to Sylvania than to Grand Fenwick.')).toBe(both);
    expect(recipientComparison(ctx, 'Sylvania received more from Freedonia than Grand Fenwick did.')).toBe(both);
    expect(recipientComparison(ctx, 'Grand Fenwick was offered less by Freedonia than Sylvania was.'))
      .toBe("Freedonia's aid to Grand Fenwick was smaller than Freedonia's aid to Sylvania");
    expect(recipientComparison(ctx, "Freedonia's grants to Sylvania amount to more than what it gave Grand Fenwick."))
      .toBe("Freedonia's aid to Sylvania is more than Freedonia's aid to Grand Fenwick");
  });
  it('leaves a bare "than B" alone where B gives too (it may compare the givers)', () => {
    expect(recipientComparison(ctx, 'Freedonia gave Grand Fenwick more aid than Marsovia.')).toBeUndefined();
    expect(recipientComparison(ctx, 'Freedonia gave Grand Fenwick more aid than Sylvania.')).toBe("Freedonia's aid to Grand Fenwick was bigger than Freedonia's aid to Sylvania");
  });
  it('decides by the packages\' amounts, and holds a package the graph gives no amount', async () => {
    expect((await check('Freedonia pledged more aid to Sylvania than to Grand Fenwick.')).verdict).toBe('SUPPORTED');
    expect((await check('Grand Fenwick received more from Freedonia than Sylvania did.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia gave Grand Fenwick more aid than Sylvania.')).verdict).toBe('REFUTED');
    // near miss: Marsovia gives Sylvania nothing the graph knows of
    expect((await check('Marsovia pledged more aid to Sylvania than to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
