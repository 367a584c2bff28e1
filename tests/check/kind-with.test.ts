// An identity with a "with" phrase (src/check/kind-with.ts, round 34): "Freedonia is the country
// with the world's fourth largest reserves of natural gas" is what the phrase says of Freedonia,
// read only when the noun is the subject's class and a "the" phrase is ranked.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { kindWithRewrite } from '../../src/check/kind-with.js';

const { check, ctx } = checkFixture(`
cgc:freedonia.naturalGasReservesRank.4 a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:naturalGasReservesRank ; rdf:object "4"^^xsd:positiveInteger ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('an identity with a "with" phrase', () => {
  it('says what the phrase says of a subject of the noun\'s class', () => {
    expect(kindWithRewrite(ctx, "Freedonia is the country with the world's fourth largest reserves of natural gas."))
      .toBe("Freedonia has the world's fourth largest reserves of natural gas.");
    // not of that class; an unranked "the" phrase (it says no other has it)
    expect(kindWithRewrite(ctx, "Freedonia is the bank with the world's fourth largest reserves of natural gas.")).toBeUndefined();
    expect(kindWithRewrite(ctx, 'Freedonia is the country with a canal.')).toBeUndefined();
  });

  it('decides by the phrase', async () => {
    expect((await check("Freedonia is the country with the world's fourth largest reserves of natural gas.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia is the country with the world's second largest reserves of natural gas.")).verdict).toBe('REFUTED');
  });
});
