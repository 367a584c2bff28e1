// The checker's domain and range of a property (src/check/context-axioms.ts) follow RDFS: a
// sub-property that declares none of its own takes its nearest super-property's (rdfs7 with rdfs2
// and rdfs3), so a reading whose subject is no agent is refused for every kind of assistance, not
// only for the property that states the domain. Fails when a sub-property is left untyped again,
// or when a declared domain is overwritten by an ancestor's.
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { readAxioms } from '../../src/check/context-axioms.js';

const ttl = `
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
cg:Agent a owl:Class . cg:Entity a owl:Class . cg:Person a owl:Class ; rdfs:subClassOf cg:Agent .
cg:aidTo a owl:ObjectProperty ; rdfs:domain cg:Agent ; rdfs:range cg:Entity .
cg:loanTo a owl:ObjectProperty ; rdfs:subPropertyOf cg:aidTo .
cg:softLoanTo a owl:ObjectProperty ; rdfs:subPropertyOf cg:loanTo .
cg:giftTo a owl:ObjectProperty ; rdfs:subPropertyOf cg:aidTo ; rdfs:domain cg:Person .
cg:unrelated a owl:ObjectProperty .
`;
const cg = 'https://w3id.org/claimgraph/ontology#';
const axioms = readAxioms(new N3.Store(new N3.Parser().parse(ttl)));

describe('domain and range of sub-properties', () => {
  it('are inherited from the nearest super-property that declares them, at any depth', () => {
    expect(axioms.domain.get(`${cg}loanTo`)).toBe(`${cg}Agent`);
    expect(axioms.range.get(`${cg}loanTo`)).toBe(`${cg}Entity`);
    expect(axioms.domain.get(`${cg}softLoanTo`)).toBe(`${cg}Agent`);
  });
  it('keep what a sub-property declares itself, and add nothing where no ancestor declares one', () => {
    expect(axioms.domain.get(`${cg}giftTo`)).toBe(`${cg}Person`);
    expect(axioms.range.get(`${cg}giftTo`)).toBe(`${cg}Entity`);
    expect(axioms.domain.has(`${cg}unrelated`)).toBe(false);
  });
});
