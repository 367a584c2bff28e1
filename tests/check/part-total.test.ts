// A claim about one part of a whole whose amount the source gives only for the whole
// (src/check/part-total.ts, round 37, users29's F9): one deal of "several deals worth N", one
// purpose of the two an amount is for. The whole's amount neither supports nor refutes the part.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { eachPartNoun } from '../../src/check/part-total.js';

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

// round 38 (fix30c; users30's F4): "each of the deals", "every deal", "were each worth" said the
// total of "several deals" of each one (supported at the total, refuted at another figure)
describe('each deal of several, against the deals\' total', () => {
  it('finds the noun a distributive quantifier goes with', () => {
    const pattern = "{s} 's [{sector}] (deal|deals|agreement|agreements) with {o}";
    expect(eachPartNoun("Each of Freedonia's energy deals was worth US$ 5 million.", pattern)).toBe('deal');
    expect(eachPartNoun('Every agreement Freedonia signed was worth US$ 5 million.', pattern)).toBe('agreement');
    expect(eachPartNoun('All five deals were worth US$ 5 million.', pattern)).toBe('deal');
    expect(eachPartNoun("Freedonia's deals were each worth US$ 5 million.", pattern)).toBe('deal');
    expect(eachPartNoun("Freedonia's deals were worth US$ 5 million each.", pattern)).toBe('deal');
    expect(eachPartNoun("Freedonia's deals were worth US$ 5 million.", pattern)).toBeUndefined();
    expect(eachPartNoun('Each year Freedonia signs a deal.', pattern)).toBeUndefined();
  });

  it('is neither supported by the total nor refuted by another figure', async () => {
    for (const claim of ["Each of Freedonia's energy deals with Grand Fenwick was worth US$ 18 million.",
      'Every deal Freedonia signed with Grand Fenwick was worth US$ 18 million.',
      "Freedonia's deals with Grand Fenwick were each worth US$ 2 million.",
      'It is not the case that every deal Freedonia signed with Grand Fenwick was worth US$ 18 million.']) {
      expect((await check(claim).then((r) => r.verdict, () => 'UNREAD')), claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await check("Freedonia's energy deals with Grand Fenwick were worth US$ 18 million.")).verdict).toBe('SUPPORTED');
  });
});
