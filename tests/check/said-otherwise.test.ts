// Claims said against another party and negated comparisons (src/check/said-otherwise.ts), on the
// fixture graph: Freedonia is a member of the League, Sylvania is not (a negative claim).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { decideSaidOtherwise, negatedComparison, saidOtherwise } from '../../src/check/said-otherwise.js';
import type { CheckResult } from '../../src/check/types.js';

const aid = (property: string, to: string, usd: number): string => `
cgc:freedonia.${property}.${to}.so a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:${property} ; rdf:object cgr:${to} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.${property}.${to}.so/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.${property}.${to}.so/amount/USD> a schema:MonetaryAmount ;
    schema:value "${usd}"^^xsd:decimal ; schema:currency "USD" .`;
// Freedonia gave Sylvania US$ 4 million and Marsovia US$ 1.5 million of financial assistance
const { ctx, check } = checkFixture(aid('financialAssistanceTo', 'sylvania', 4_000_000) + aid('financialAssistanceTo', 'marsovia', 1_500_000));
const verdictOf = async (claim: string): Promise<string> => (await check(claim).catch(() => undefined))?.verdict ?? 'UNREAD';

describe('a claim said against another party', () => {
  it('splits "Unlike B, A ...", "A, unlike B, ...", "A, not B, ..." into the statement of each party', () => {
    expect(saidOtherwise(ctx, 'Unlike Sylvania, Freedonia is a member of the League.')).toEqual([
      { kind: 'contrast', main: 'Freedonia is a member of the League.', other: 'Sylvania is a member of the League.', party: 'Sylvania', word: 'unlike' }]);
    expect(saidOtherwise(ctx, 'Freedonia, rather than Sylvania, is a member of the League.')[0]).toMatchObject({ kind: 'contrast', other: 'Sylvania is a member of the League.' });
    // "X, not Y, V O" is left to the compound reader (clause-links.ts), which gives the parts
    expect(saidOtherwise(ctx, 'Freedonia, not Sylvania, is a member of the League.')).toEqual([]);
    expect(saidOtherwise(ctx, 'Sylvania, like Freedonia, is a member of the League.')[0]).toMatchObject({ kind: 'likeness', main: 'Sylvania is a member of the League.', other: 'Freedonia is a member of the League.' });
    // (round 24) the other party after the main one's preposition
    expect(saidOtherwise(ctx, 'Rufus Firefly gave a speech in Freedonia, not in Sylvania.')[0]).toMatchObject({ kind: 'contrast', other: 'Rufus Firefly gave a speech in Sylvania.', party: 'in Sylvania' });
  });

  it('reads no contrast in an apposition that describes the subject, nor in a plain negation', () => {
    expect(saidOtherwise(ctx, 'Freedonia, not a member of the ADB, is a member of the League.')).toEqual([]);
    expect(saidOtherwise(ctx, 'Sylvania did not join the League.')).toEqual([]);
  });

  it('supports a contrast only when it holds of the main party and not of the other', async () => {
    expect(await verdictOf('Unlike Sylvania, Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdictOf('Freedonia, not Sylvania, is a member of the League.')).toBe('SUPPORTED');
    // the main statement wrong, or the contrast wrong
    expect(await verdictOf('Unlike Freedonia, Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdictOf('Sylvania, rather than Freedonia, is a member of the League.')).toBe('REFUTED');
    // the other party said after the clause
    expect(saidOtherwise(ctx, 'Freedonia is a member of the League, unlike Sylvania.')[0]).toMatchObject({ main: 'Freedonia is a member of the League.', other: 'Sylvania is a member of the League.' });
    expect(await verdictOf('Sylvania is a member of the League, unlike Freedonia.')).toBe('REFUTED');
  });

  it('supports a likeness only when it holds of both', async () => {
    expect(await verdictOf('Sylvania, like Freedonia, is a member of the League.')).toBe('REFUTED');
  });

  it('decides by the rule: an undecided statement of the other party leaves a true main statement undecided', () => {
    const r = (verdict: CheckResult['verdict']): CheckResult => ({ claim: 'x', verdict, interpretation: {} as CheckResult['interpretation'], evidence: [], explanation: verdict, reason: 'direct', conflict: false });
    const s = { kind: 'contrast' as const, main: 'A.', other: 'B.', party: 'B', word: 'unlike' };
    expect(decideSaidOtherwise('c', s, r('SUPPORTED'), r('NOT_ENOUGH_INFO'))?.verdict).toBe('NOT_ENOUGH_INFO');
    expect(decideSaidOtherwise('c', s, r('SUPPORTED'), r('SUPPORTED'))?.verdict).toBe('REFUTED');
    expect(decideSaidOtherwise('c', s, r('SUPPORTED'), undefined)).toBeUndefined();
  });
});

describe('a negated comparison', () => {
  it('reads "no more than" as the comparison it denies and "not as large as" as the converse', () => {
    expect(negatedComparison("Freedonia's aid to Sylvania was no more than its aid to Marsovia.")).toEqual({ claim: "Freedonia's aid to Sylvania was more than its aid to Marsovia.", invert: true, said: 'no more than' });
    expect(negatedComparison("Freedonia's aid to Marsovia was not as large as its aid to Sylvania.")).toEqual({ claim: "Freedonia's aid to Marsovia was smaller than its aid to Sylvania.", invert: false, said: 'not as large as' });
    expect(negatedComparison('Freedonia is a member of the League.')).toBeUndefined();
  });

  it('decides it from the two amounts, with the arithmetic', async () => {
    const r = await check("Freedonia's aid to Sylvania was no more than its aid to Marsovia.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('USD 4,000,000 is more than USD 1,500,000');
    expect(await verdictOf("Freedonia's aid to Marsovia was not as large as its aid to Sylvania.")).toBe('SUPPORTED');
    expect(await verdictOf("Freedonia's aid to Marsovia was no less than its aid to Sylvania.")).toBe('REFUTED');
  });
});

describe('a comparison with a margin', () => {
  it('decides the difference against the margin said, not only the direction', async () => {
    const r = await check("Freedonia's aid to Sylvania exceeded its aid to Marsovia by more than US$ 3 million.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('= USD 2,500,000');
    expect(await verdictOf("Freedonia's aid to Sylvania exceeded its aid to Marsovia by about US$ 2.5 million.")).toBe('SUPPORTED');
  });
});

// round 33 (fix26a, users26): "A, which leads the Pact, stayed out, like B" gave B the relative
// clause ("B which leads the Pact, ..."), refuted by the Pact's one leader; "unlike B" then came out
// SUPPORTED from that refutation. B shares the main predicate only.
describe('like / unlike after a relative clause on the subject', () => {
  it('sets the other party against the main predicate, both ways', async () => {
    const like = saidOtherwise(ctx, 'Freedonia, which leads the Acme Bank, lies in Ruritania, like Sylvania.');
    expect(like[0]?.other).toBe('Sylvania lies in Ruritania.');
    expect((await check('Freedonia, which leads the Acme Bank, lies in Ruritania, like Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia, which leads the Acme Bank, lies in Ruritania, unlike Sylvania.')).verdict).toBe('REFUTED');
  });
});
