// A claim about one part of a whole whose amount the source gives only for the whole
// (src/check/part-total.ts, round 37, users29's F9): one deal of "several deals worth N", one
// purpose of the two an amount is for. The whole's amount neither supports nor refutes the part.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const A = 'https://w3id.org/claimgraph/article/fixture-article';
const amount = (id: string, value: string): string => `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .
<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${value}"^^xsd:decimal ; schema:currency "USD" .`;
// Freedonia signed several energy deals worth US$ 18 million with Grand Fenwick, and gave Marsovia
// US$ 30 million for two purposes, roads and hospitals
const { check } = checkFixture(`
<${A}/sentence/s090> a nif:Sentence ; cg:sentenceId "s090" ; nif:beginIndex 9000 ; nif:endIndex 9080 ;
    nif:anchorOf "Freedonia signed several energy deals worth US$ 18 million with Grand Fenwick." ;
    nif:referenceContext <${A}/text> .
<${A}/sentence/s091> a nif:Sentence ; cg:sentenceId "s091" ; nif:beginIndex 9100 ; nif:endIndex 9180 ;
    nif:anchorOf "Freedonia provided US$ 30 million to Marsovia for roads and hospitals." ;
    nif:referenceContext <${A}/text> .
cgr:roads a cg:Purpose ; rdfs:label "roads" .
cgr:hospitals a cg:Purpose ; rdfs:label "hospitals" .
cgc:t.deals a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:signedDealWith ; rdf:object cgr:grand-fenwick ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${A}/sentence/s090> ;
    cg:sector cgr:energy ; ${amount('t.deals', '18000000')}
cgc:t.aid a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:marsovia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${A}/sentence/s091> ;
    cg:purpose cgr:roads, cgr:hospitals ; ${amount('t.aid', '30000000')}
`);

describe('one deal of several, against the deals\' total', () => {
  it('is neither refuted by another figure nor supported by the total', async () => {
    const r = await check('Freedonia signed an energy deal worth US$ 5 million with Grand Fenwick.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('several energy deals');
    expect((await check('Freedonia signed an energy deal worth US$ 18 million with Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves the total itself decided', async () => {
    expect((await check('Freedonia signed energy deals worth US$ 18 million with Grand Fenwick.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals worth US$ 25 million with Grand Fenwick.')).verdict).toBe('REFUTED');
  });
});

describe('one purpose of two, against the amount for both', () => {
  it('is not refuted by another amount: the share is not stated', async () => {
    const r = await check('Freedonia provided US$ 10 million to Marsovia for hospitals.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('together');
  });

  it('keeps the whole amount said of one of its purposes held, as the sets label it', async () => {
    expect((await check('Freedonia provided US$ 30 million to Marsovia for roads.')).verdict).toBe('SUPPORTED');
  });

  it('leaves the amount for both decided', async () => {
    expect((await check('Freedonia provided US$ 30 million to Marsovia for roads and hospitals.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia provided US$ 30 million to Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia provided US$ 40 million to Marsovia.')).verdict).toBe('REFUTED');
  });
});
