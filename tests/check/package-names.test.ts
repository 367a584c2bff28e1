// Round 28 (branch own28a): packages named by their amount (src/check/package-names.ts
// `unownedAmountParts`, and the kind said after the amount in `amountedPackageParts` and
// `ownedAmountParts`): "The $5m in grants to Sylvania", "The $5m for Sylvania", "Sylvania's $5m
// in grants", "Freedonia's $5m in grants to Sylvania" are the package the graph gives, their
// purpose and amount two statements.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { amountedPackageParts, packageRewrite, unownedAmountParts } from '../../src/check/package-names.js';

const usd = (id: string, value: string): string =>
  `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .\n<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${value}"^^xsd:decimal ; schema:currency "USD"`;

// Freedonia pledged Sylvania US$ 5 million in grants for farming; Freedonia and Marsovia both gave
// Grand Fenwick financial assistance (two givers: no one package named by its recipient).
const { ctx, check } = checkFixture(`
cgr:farming a cg:Purpose ; rdfs:label "farming" .
${fixtureClaim({ id: 'freedonia.grantTo.sylvania.pledged.r28', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's002', more: `cg:purpose cgr:farming ; ${usd('freedonia.grantTo.sylvania.pledged.r28', '5000000')}` })}
${fixtureClaim({ id: 'freedonia.financialAssistanceTo.grand-fenwick.r28', s: 'cgr:freedonia', p: 'cg:financialAssistanceTo', o: 'cgr:grand-fenwick', sentence: 's003', more: usd('freedonia.financialAssistanceTo.grand-fenwick.r28', '3000000') })}
${fixtureClaim({ id: 'marsovia.financialAssistanceTo.grand-fenwick.r28', s: 'cgr:marsovia', p: 'cg:financialAssistanceTo', o: 'cgr:grand-fenwick', sentence: 's003', more: usd('marsovia.financialAssistanceTo.grand-fenwick.r28', '3000000') })}
`);

describe('packages named by their amount (src/check/package-names.ts)', () => {
  it('names the package by the graph\'s one giver to its recipient, its amount a statement of its own', () => {
    expect(unownedAmountParts(ctx, 'The $5m in possible grants to Sylvania is meant for farming.')).toEqual([
      "Freedonia's grants to Sylvania is meant for farming.", "Freedonia's grants to Sylvania is worth $5m"]);
    expect(unownedAmountParts(ctx, 'The US$ 5 million for Sylvania would go toward farming.')).toEqual([
      "Freedonia's aid to Sylvania would go toward farming.", "Freedonia's aid to Sylvania is worth US$ 5 million"]);
    expect(amountedPackageParts(ctx, "Freedonia's $5m in grants to Sylvania is meant for farming.")).toEqual([
      "Freedonia's grants to Sylvania is meant for farming.", "Freedonia's grants to Sylvania is worth $5m"]);
  });
  it('names none where the recipient gets from several givers, or the claim names who gave', () => {
    expect(unownedAmountParts(ctx, 'The $3m in aid to Grand Fenwick is meant for farming.')).toEqual([]);
    expect(unownedAmountParts(ctx, 'The $5m in grants to Sylvania was pledged by Marsovia.')).toEqual([]);
    expect(unownedAmountParts(ctx, "Freedonia's aid to Sylvania is meant for farming.")).toEqual([]);
  });
  it('decides the purpose and the amount by the graph', async () => {
    expect((await check('The $5m in grants to Sylvania is meant for farming.')).verdict).toBe('SUPPORTED');
    expect((await check("Sylvania's US$ 5 million in grants is meant for farming.")).verdict).toBe('SUPPORTED');
    // near misses: another amount refutes; a hedge, or a purpose the graph does not give, stays undecided
    expect((await check('The $9m in grants to Sylvania is meant for farming.')).verdict).toBe('REFUTED');
    // round 29 (precision29): "perhaps" is a cg:Possible marker as "possibly" is (it was dropped, so
    // "Sylvania perhaps joined the League" was refuted by a stated denial), and a stated purpose
    // entails its possibility (cg:Stated cg:entailsModality cg:Possible): changed on purpose from
    // NOT_ENOUGH_INFO; the hedge reads as "possibly" does
    const possibly = (await check('The $5m in grants to Sylvania is possibly meant for farming.')).verdict;
    expect((await check('The $5m in grants to Sylvania is perhaps meant for farming.')).verdict).toBe(possibly);
    expect((await check('The $9m in grants to Sylvania is perhaps meant for farming.')).verdict).not.toBe('SUPPORTED');
    // a deed the patterns do not read stays unread, the package's name notwithstanding
    await expect(check('The $5m in grants to Sylvania was given in 1990.')).rejects.toThrow(/could not read/);
    await expect(check('The $3m in aid to Grand Fenwick is meant for farming.')).rejects.toThrow(/could not read/);
  });
});

// Round 35 (roles35): demonym adjectives for the recipient after "its" and before "from <giver>",
// and a bare copula before the package's amount ("was US$5m").
describe('packages named by a demonym for the recipient (round 35)', () => {
  it('reads "its <demonym> <noun>" as its package to that recipient, never a giver\'s own demonym', () => {
    expect(packageRewrite(ctx, "Freedonia's aid to Grand Fenwick outstrips its Sylvanian grants.")).toBe(
      "Freedonia's aid to Grand Fenwick outstrips its grants to Sylvania.");
    // Freedonia gives: "its Freedonian aid" names the giver, not a recipient
    expect(packageRewrite(ctx, 'Sylvania values its Freedonian aid.')).toBeUndefined();
  });
  it('reads "the <demonym> <noun> from <giver>" only for a giver the graph gives to that recipient', () => {
    expect(packageRewrite(ctx, 'The Sylvanian grants from Freedonia were US$5 million.')).toBe("Freedonia's grants to Sylvania were US$5 million.");
    expect(packageRewrite(ctx, 'The Sylvanian grants from Marsovia were US$5 million.')).toBeUndefined();
  });
  it('decides the amount said with a bare copula', async () => {
    expect((await check('The Sylvanian grants from Freedonia were US$5 million.')).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's Sylvanian grants were US$9 million.")).verdict).toBe('REFUTED');
    await expect(check('The Sylvanian grants from Marsovia were US$5 million.')).rejects.toThrow(/could not read/);
  });
});

// Round 39 (misses30c; users30's "Part of the Uzbek money goes towards ..."): "money" alone is a
// package noun (lexicon cg:recipientNoun), named through its recipient's one giver.
describe('"the <demonym> money" (round 39)', () => {
  it('is the package to that recipient from its one giver', async () => {
    expect(packageRewrite(ctx, 'The Sylvanian money is meant for farming.')).toBe("Freedonia's money to Sylvania is meant for farming.");
    expect((await check('The Sylvanian money is meant for farming.')).verdict).toBe('SUPPORTED');
    // two givers to Grand Fenwick: no one package
    expect(packageRewrite(ctx, 'The Fenwick money is meant for farming.')).toBeUndefined();
  });
});
