// The graph's names as the checker looks entities up (src/check/context-labels.ts).
import { describe, expect, it } from 'vitest';
import { EntityTypes } from '../../src/check/context-labels.js';
import { checkFixture } from '../helpers/check-fixture.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('entity types, read on first ask', () => {
  it("gives every labelled entity its rdf:types, as reading them all up front did, and nothing else's", () => {
    const { store, ctx } = checkFixture();
    expect(ctx.entityTypes).toBeInstanceOf(EntityTypes);
    expect(ctx.entityLabel.size).toBeGreaterThan(0);
    for (const iri of ctx.entityLabel.keys()) {
      expect(ctx.entityTypes.has(iri)).toBe(true);
      expect(ctx.entityTypes.get(iri)).toEqual(new Set(store.getObjects(iri, RDF_TYPE, null).map((t) => t.value)));
    }
    // a typed node without a label (a claim node) is no entity here
    const claim = store.getSubjects(RDF_TYPE, 'https://w3id.org/claimgraph/ontology#Claim', null)[0]!.value;
    expect(ctx.entityLabel.has(claim)).toBe(false);
    expect(ctx.entityTypes.get(claim)).toBeUndefined();
    expect(ctx.entityTypes.has(claim)).toBe(false);
  });
});
