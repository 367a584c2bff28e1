// Ranks and compared amounts in the words users type (src/check/rank-words.ts): round 30's
// wordings, a word for the whole of an amount, "amounts to" before a comparison, a margin before
// the comparative, and a rank with those ahead after "behind". On the fixture graph with
// Freedonia's financial assistance to Sylvania (US$ 4 million) and to Marsovia (US$ 1 million),
// and the League's shareholders ranked (Freedonia first, Sylvania second).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';
import { wholeAmountWording } from '../../src/check/rank-words.js';

const aid = (to: string, usd: number): string => `
cgc:freedonia.financialAssistanceTo.${to}.rw a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:${to} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.rw/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.rw/amount/USD> a schema:MonetaryAmount ;
    schema:value "${usd}"^^xsd:decimal ; schema:currency "USD" .`;
const third = fixtureClaim({ id: 'rank3', s: 'cgr:marsovia', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "3"^^xsd:positiveInteger' });
const { check } = checkFixture(aid('sylvania', 4_000_000) + aid('marsovia', 1_000_000) + SHAREHOLDER_RANKS + third);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('wholeAmountWording', () => {
  it('drops a word for the whole of one amount, says "amounts to" as the copula, and moves a margin after the second side', () => {
    expect(wholeAmountWording("Freedonia's entire aid to Sylvania was larger than its aid to Marsovia")).toBe("Freedonia's aid to Sylvania was larger than its aid to Marsovia");
    expect(wholeAmountWording("The whole of Freedonia's aid to Marsovia was smaller than its aid to Sylvania")).toBe("Freedonia's aid to Marsovia was smaller than its aid to Sylvania");
    expect(wholeAmountWording("Freedonia's grants amount to less than a tenth of its aid to Sylvania")).toBe("Freedonia's grants are less than a tenth of its aid to Sylvania");
    expect(wholeAmountWording("Freedonia's aid to Sylvania was US$ 3 million more than its aid to Marsovia")).toBe("Freedonia's aid to Sylvania was more than its aid to Marsovia by US$ 3 million");
    expect(wholeAmountWording('The canal costs about $3bn less than the dam')).toBe('The canal costs less than the dam by about $3bn');
  });
  it('keeps "total" over a list (a sum, which the list would read member by member) and a verb "total"', () => {
    expect(wholeAmountWording("Freedonia's total aid to Sylvania and Marsovia was more than US$ 4.5 million")).toBe("Freedonia's total aid to Sylvania and Marsovia was more than US$ 4.5 million");
    expect(wholeAmountWording("Freedonia's deals total more than US$ 4 million")).toBe("Freedonia's deals are more than US$ 4 million");
  });
});

describe('compared amounts end to end', () => {
  it('decides a side said with "entire" or "whole" as the amount itself', async () => {
    expect(await verdict("Freedonia's entire aid to Sylvania was larger than its aid to Marsovia.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's whole aid to Sylvania was smaller than its aid to Marsovia.")).toBe('REFUTED');
  });
  it('decides "amounts to" a fraction of another amount', async () => {
    expect(await verdict("Freedonia's aid to Marsovia amounts to a quarter of its aid to Sylvania.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Marsovia amounted to more than half of its aid to Sylvania.")).toBe('REFUTED');
  });
  it('reads a margin before the comparative as the margin, never as the amount', async () => {
    expect(await verdict("Freedonia's aid to Sylvania was US$ 3 million more than its aid to Marsovia.")).toBe('SUPPORTED');
    // near misses: a wrong margin, the wrong direction
    expect(await verdict("Freedonia's aid to Sylvania was US$ 5 million more than its aid to Marsovia.")).toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Marsovia was US$ 3 million more than its aid to Sylvania.")).toBe('REFUTED');
    // a hedge the margin reading does not take stays undecided
    expect(await verdict("Freedonia's aid to Sylvania was perhaps US$ 9 million more than its aid to Marsovia.")).not.toBe('SUPPORTED');
  });
});

describe('a rank with those ahead after "behind"', () => {
  it('checks the rank and each one named ahead', async () => {
    expect(await verdict('Marsovia ranks third among League shareholders, behind Freedonia and Sylvania.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania ranks second among League shareholders, behind Freedonia.')).toBe('SUPPORTED');
  });
  it('refutes a wrong rank or a wrong one ahead', async () => {
    expect(await verdict('Marsovia ranks second among League shareholders, behind Freedonia.')).toBe('REFUTED');
    expect(await verdict('Sylvania ranks second among League shareholders, behind Marsovia.')).toBe('REFUTED');
  });
});

// Round 35 (roles35): "..., ahead of B" after a rank: B ranks below.
describe('a rank with those below after "ahead of" (round 35)', () => {
  it('supports the rank and the one below, refutes a wrong order', async () => {
    expect(await verdict('Sylvania comes second among League shareholders, ahead of Marsovia.')).toBe('SUPPORTED');
    expect(await verdict('Marsovia comes second among League shareholders, ahead of Sylvania.')).toBe('REFUTED');
    // the rank right, the one named below in fact above
    expect(await verdict('Marsovia ranks third among League shareholders, ahead of Freedonia.')).toBe('REFUTED');
  });
});

// round 36 (branch compare36): "TAPI's estimated bill is bigger than the whole of the AIIB's
// authorised capital" (u28-comparisons-09) was unread: the cost said as the thing's bill (lexicon
// cg:estimatedCostUSD "{s} 's bill {o}"), with the estimate's adjective dropped as before "cost"
describe('a cost said as the thing\'s (estimated) bill', () => {
  const costs = checkFixture(`
${fixtureClaim({ id: 'canal.cost', s: 'cgr:canal', p: 'cg:estimatedCostUSD', o: '"250000000"^^xsd:decimal', modality: 'Expected', sentence: 's030', asserted: true })}
${fixtureClaim({ id: 'acme.capital', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', sentence: 's031' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .`);
  const v = (text: string): Promise<string> => costs.check(text).then((r) => r.verdict, () => 'UNREAD');
  it('is compared as the cost', async () => {
    expect(await v("The canal pipeline's estimated bill is bigger than the whole of the Acme Development Bank's authorised capital.")).toBe('REFUTED');
    expect(await v("The canal pipeline's estimated bill is smaller than the Acme Development Bank's authorised capital.")).toBe('SUPPORTED');
  });
});
