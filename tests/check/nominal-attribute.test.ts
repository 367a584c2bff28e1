// Comparisons over a nominal attribute in users' words (src/check/nominal-attribute.ts, round 11):
// a comparison verb ("exceeds", "is below"), a fraction at the end, the owner before the noun.
import { describe, expect, it } from 'vitest';
import { nominalAttributeRewrites } from '../../src/check/nominal-attribute.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgc:freedonia.shareholderOf.acme a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:shareholderOf ; rdf:object cgr:acme-bank ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:votingSharePercent 26 ; cg:rank 1 ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:sylvania.shareholderOf.acme a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:shareholderOf ; rdf:object cgr:acme-bank ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:rank 2 ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a comparison over a nominal attribute', () => {
  it('is said with "more/less than", a percentage, and the owner after the noun', () => {
    expect(nominalAttributeRewrites(ctx, "Freedonia's share of the votes exceeds one fifth.")).toEqual(["Freedonia's share of the votes is more than 20 percent"]);
    expect(nominalAttributeRewrites(ctx, "Freedonia's voting share is below a quarter.")).toEqual(["Freedonia's voting share is less than 25 percent"]);
    expect(nominalAttributeRewrites(ctx, "Sylvania's Acme Bank stake is bigger than Freedonia's.")).toEqual(["Sylvania's stake in Acme Bank is bigger than Freedonia's"]);
    expect(nominalAttributeRewrites(ctx, 'Freedonia is a member of the League.')).toEqual([]);
  });

  it('decides the claim as the rewritten one', async () => {
    expect((await check("Freedonia's share of the Acme Bank's voting power exceeds one fifth.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's Acme Bank voting share is below a quarter.")).verdict).toBe('REFUTED');
    expect((await check("Sylvania's Acme Bank stake is bigger than Freedonia's.")).verdict).toBe('REFUTED');
  });
});

describe('round 38 (misses30): every verb of the lexicon that puts one value below or above another', () => {
  it('is said "is smaller / larger than" before another\'s noun, the claim\'s last words included', () => {
    expect(nominalAttributeRewrites(ctx, "Sylvania's Acme Bank voting share trails Freedonia's.")).toEqual(["Sylvania's voting share in Acme Bank is smaller than Freedonia's"]);
    expect(nominalAttributeRewrites(ctx, "Sylvania's voting share lags behind Freedonia's.")).toEqual(["Sylvania's voting share is smaller than Freedonia's"]);
    expect(nominalAttributeRewrites(ctx, "Sylvania's voting share is eclipsed by Freedonia's.")).toEqual(["Sylvania's voting share is smaller than Freedonia's"]);
    expect(nominalAttributeRewrites(ctx, "Freedonia's voting share outpaced Sylvania's.")).toEqual(["Freedonia's voting share was larger than Sylvania's"]);
    // not before another's noun: a person trailing in a race is not read here
    expect(nominalAttributeRewrites(ctx, 'Rufus Firefly trails Freedonia.')).toEqual([]);
  });
  it('decides the claim as the rank readers do', async () => {
    expect((await check("Sylvania's Acme Bank stake trails Freedonia's.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's Acme Bank stake lags behind Sylvania's.")).verdict).toBe('REFUTED');
  });
});
