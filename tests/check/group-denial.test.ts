// A denial about a group applied to its members (src/check/group-denial.ts, round 11): on a
// relation read as "some member" (cg:objectGroupQuantifier: a loan to a region), "no loan to
// Ruritania has been approved" refutes a loan to Freedonia, a member; a later year is not covered.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgc:acme-bank.approvedLoanTo.the-region.neg a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:approvedLoanTo ; rdf:object cgr:the-region ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:until "2016-01-16"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a denial about a group, for a member', () => {
  it('refutes a member\'s loan in the present perfect, and supports its denial', async () => {
    const r = await check('The Acme Bank has approved a loan to Freedonia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('group-denial');
    expect((await check('The Acme Bank has not approved a loan to Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('reads "lent money to" as a loan', async () => {
    expect((await check('Has the Acme Bank lent money to Freedonia?')).verdict).toBe('REFUTED');
  });

  it('leaves a later year, another modality and a non-member undecided', async () => {
    expect((await check('The Acme Bank approved a loan to Freedonia in 2030.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Acme Bank will approve a loan to Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Acme Bank has approved a loan to Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
