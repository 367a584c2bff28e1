// A copula with its sides turned round (src/check/copula-inversion.ts, round 11), the question
// "Was the Bank's first president X?" and a question followed by its answer (src/check/questions.ts).
import { describe, expect, it } from 'vitest';
import { copulaInversions } from '../../src/check/copula-inversion.js';
import { invertedStatements, whCandidateStatements } from '../../src/check/questions.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:president-of-acme a cg:Office ; rdfs:label "President of the Acme Development Bank" ;
    cg:officeOf cgr:acme-bank ; cg:roleType "president" .
cgc:teasdale.holdsOffice.president-of-acme a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-acme ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:officeOrdinal 1 ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('the copula turned round', () => {
  it('puts the person first, and says a bare name before its role with "of"', () => {
    expect(copulaInversions(ctx, "The Acme Bank's first president was Rufus Firefly.")).toEqual(["Rufus Firefly was the Acme Bank's first president"]);
    expect(copulaInversions(ctx, 'Acme Bank first president is Gloria Teasdale')).toContain('Gloria Teasdale is the first president of Acme Bank');
    expect(copulaInversions(ctx, "The Acme Bank's first president was not Rufus Firefly.")).toEqual([]);
    expect(copulaInversions(ctx, 'Freedonia is a member of the League.')).toEqual([]);
  });

  it('decides the turned claim: one first holder of an office', async () => {
    expect((await check("The Acme Bank's first president was Rufus Firefly.")).verdict).toBe('REFUTED');
    expect((await check('Acme Bank first president is Gloria Teasdale')).verdict).toBe('SUPPORTED');
    expect((await check("Was the Acme Bank's first president Rufus Firefly?")).verdict).toBe('REFUTED');
  });
});

describe('the copula turned round, only of clean sides (round 23)', () => {
  it('is not turned with a second copula or a relative clause', () => {
    expect(copulaInversions(ctx, 'The bank whose president is Gloria Teasdale is Rufus Firefly.')).toEqual([]);
    expect(copulaInversions(ctx, 'The bank that is led by Freedonia is Rufus Firefly.')).toEqual([]);
  });
  it('decides no type through disjoint classes', async () => {
    // "Rufus Firefly is the Acme Bank" would be refuted (a person is no organisation): the turned
    // copula named a role, so the type is held
    expect(copulaInversions(ctx, 'The Acme Bank is Rufus Firefly.')).toEqual(['Rufus Firefly is the Acme Bank']);
    expect((await check('The Acme Bank is Rufus Firefly.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('questions', () => {
  it('end a subject before a name after a copula', () => {
    expect(invertedStatements("Was the Bank's first president Rufus Firefly?")).toContain("the Bank's first president was Rufus Firefly");
  });

  it('read an answer after the question mark as the candidate', async () => {
    expect(whCandidateStatements('Where is the League based? In Gala City.')).toContain('the League is based in Gala City');
    expect(whCandidateStatements('Who leads the Acme Bank? Freedonia.')).toEqual(['Freedonia leads the Acme Bank']);
    expect((await check('Who leads the Acme Bank? Freedonia.')).verdict).toBe('SUPPORTED');
  });

  it('leave a rewritten fragment that is no sentence unread, not an error', async () => {
    const r = await check('When did Gloria Teasdale visit Sylvania? On 3/4/2010.');
    expect(['SUPPORTED', 'REFUTED', 'NOT_ENOUGH_INFO']).toContain(r.verdict);
  });
});

describe('a ranked description before a country (round 28)', () => {
  it('is turned round when the description ranks, not for any description', () => {
    expect(copulaInversions(ctx, 'The largest importer of energy from Marsovia is Freedonia.')).toEqual(['Freedonia is the largest importer of energy from Marsovia']);
    expect(copulaInversions(ctx, 'The capital of Ruritania is Freedonia.')).toEqual([]);
    expect(copulaInversions(ctx, 'The largest importer of energy from Marsovia is not Freedonia.')).toEqual([]);
  });
  it('decides the rank both ways', async () => {
    expect((await check('The largest importer of energy from Marsovia is Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('The largest importer of energy from Marsovia is Grand Fenwick.')).verdict).not.toBe('SUPPORTED');
  });
});
