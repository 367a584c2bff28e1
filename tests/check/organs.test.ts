// A relation said of an organisation that the graph states of one of its bodies
// (src/check/organs.ts): the ontology's chain `cg:recognisedBy owl:propertyChainAxiom
// ( cg:recognisedBy cg:organOf )` and the graph's `cg:organOf`.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { bodyRelations } from '../../src/check/organs.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the League Assembly, a body of the League, recognised Freedonia's neutrality on 1995-12-12;
// the Acme Council is a body of the Acme Development Bank, which recognised nothing
const extra = `
cgr:assembly a cg:IntergovernmentalOrganisation ; rdfs:label "League Assembly" ; cg:organOf cgr:league .
cgr:acme-council a cg:IntergovernmentalOrganisation ; rdfs:label "Acme Council" ; cg:organOf cgr:acme-bank .
cgc:neutrality.recognisedBy.assembly a cg:Claim ;
    rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:assembly ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:date "1995-12-12"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:neutrality.recognisedBy.acme-council a cg:Claim ;
    rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:acme-council ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`;
const { store, ctx } = checkFixture(extra);
const check = (text: string) => checkClaim(store, text, { context: ctx });

describe('a relation read through the bodies of an organisation', () => {
  it('takes the chains that end in a body relation from the ontology', () => {
    const relations = bodyRelations(ctx);
    expect(relations.get('https://w3id.org/claimgraph/ontology#recognisedBy')).toBe('https://w3id.org/claimgraph/ontology#organOf');
  });

  it('supports the organisation from its body, with the body named and cited', async () => {
    const r = await check('Neutrality was recognised by the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('League Assembly');
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/neutrality.recognisedBy.assembly');
    expect((await check('The League recognised neutrality in December 1995.')).verdict).toBe('SUPPORTED');
  });

  it('refutes a denial of it', async () => {
    expect((await check('Neutrality was not recognised by the League.')).verdict).toBe('REFUTED');
  });

  it('refutes another date when the organisation does it once (cg:oncePerOrganisation)', async () => {
    expect((await check('Neutrality was recognised by the League Assembly in 1997.')).verdict).toBe('REFUTED');
    const r = await check('Neutrality was recognised by the League in 1997.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:oncePerOrganisation');
    expect((await check('The League recognised neutrality on 12 December 1994.')).verdict).toBe('REFUTED');
    // a denial at another time is not refuted by the body's act
    expect((await check('Neutrality was not recognised by the League in 1997.')).verdict).not.toBe('REFUTED');
  });

  it('passes nothing else: a body\'s denial says nothing of the organisation', async () => {
    // the council denied it; the bank may have recognised it through another body
    expect((await check('Neutrality was recognised by the Acme Council.')).verdict).toBe('REFUTED');
    expect((await check('Neutrality was recognised by the Acme Development Bank.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
