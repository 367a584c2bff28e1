// A deed at a time before a denial that it has been done (src/check/deed-before-denial.ts, round
// 29): "no loan to Ruritania has been approved" said on 16 January 2016 denies a loan in 2015, in
// November 2015 or on 10 December 2015 (cg:deedProperty on cg:approvedLoanTo); 2016 and January 2016
// hold later days, and a state denied until a day (not a deed) covers no earlier year.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgc:acme-bank.approvedLoanTo.the-region.neg a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:approvedLoanTo ; rdf:object cgr:the-region ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:until "2016-01-16"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:freedonia.activeIn.the-region.neg a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:activeIn ; rdf:object cgr:the-region ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:until "2016-01-16"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a deed before a denial until a day', () => {
  it('refutes the deed at a year, a month or a day that ends by then, and supports its denial', async () => {
    expect((await check('The Acme Bank approved a loan to Freedonia in 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank approved a loan to Ruritania in November 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank approved a loan to Sylvania on 10 December 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank had not approved a loan to Sylvania in 2015.')).verdict).toBe('SUPPORTED');
  });

  it('reads "its first loan" in the present perfect', async () => {
    expect((await check('The Acme Bank has approved its first loan to Freedonia.')).verdict).toBe('REFUTED');
  });

  it('leaves a time that runs past the day, and a state, undecided', async () => {
    expect((await check('The Acme Bank approved a loan to Freedonia in 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Acme Bank approved a loan to Freedonia in January 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Acme Bank approved a loan to Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia was active in Ruritania in 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
