// "well over / well under X" (src/check/well-margin.ts, read by amount-notation.ts): the bound with
// a clear margin. The fixture graph: Freedonia's aid to Sylvania, US$ 4 million. Fails when the
// words are read as the bare bound again ("well over US$ 3.8 million" supported by 4 million) or
// when a denial is not swapped.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { wellMargin } from '../../src/check/well-margin.js';

const aid = `
cgc:freedonia.financialAssistanceTo.sylvania.wm a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.sylvania.wm/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.sylvania.wm/amount/USD> a schema:MonetaryAmount ;
    schema:value "4000000"^^xsd:decimal ; schema:currency "USD" .`;
const { check } = checkFixture(aid);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('wellMargin', () => {
  it('gives the bound alone and the bound past the margin', () => {
    const w = wellMargin('The canal is well over 1,000 km long.')!;
    expect(w.bound).toBe('The canal is more than 1,000 km long.');
    expect(w.margin).toBe('The canal is more than 1,150 km long.');
    expect(wellMargin('The canal is well under 20 km long.')!.margin).toBe('The canal is less than 17 km long.');
    expect(wellMargin('The canal is not well over 20 km long.')!.negated).toBe(true);
    expect(wellMargin('The canal is over 20 km long.')).toBeUndefined();
  });
});

describe('"well over / under" a figure, checked', () => {
  it('holds beyond the margin, fails at or short of the figure, and is undecided between', async () => {
    expect(await verdict('Freedonia gave Sylvania well over US$ 3 million.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia gave Sylvania well over US$ 4.5 million.')).toBe('REFUTED');
    // 4 million is 5% above 3.8 million: over it, but not well over it
    expect(await verdict('Freedonia gave Sylvania well over US$ 3.8 million.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia gave Sylvania well under US$ 5 million.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia gave Sylvania well under US$ 4.2 million.')).toBe('NOT_ENOUGH_INFO');
  });
  it('swaps the two readings under a denial', async () => {
    expect(await verdict('Freedonia did not give Sylvania well over US$ 4.5 million.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia did not give Sylvania well over US$ 3 million.')).toBe('REFUTED');
    expect(await verdict('Freedonia did not give Sylvania well over US$ 3.8 million.')).toBe('NOT_ENOUGH_INFO');
  });
});
