// A facility's design said in the present (src/check/design-present.ts, round 29): the source gives
// the Zenda line's length, capacity and source as planned (modality expected); a claim in the
// present tense says the design and the plan decides it. The past, the perfect, a time of its own
// and a facility the graph gives no plan for stay undecided.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:zenda-line a cg:Pipeline ; rdfs:label "Zenda line" .
cgc:zenda-line.lengthKm.300.expected a cg:Claim ; rdf:subject cgr:zenda-line ; rdf:predicate cg:lengthKm ; rdf:object "300"^^xsd:decimal ;
    cg:approximate true ; cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:zenda-line.annualCapacityBcm.9.expected a cg:Claim ; rdf:subject cgr:zenda-line ; rdf:predicate cg:annualCapacityBcm ; rdf:object "9"^^xsd:decimal ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:zenda-line.runsFrom.sylvania.expected a cg:Claim ; rdf:subject cgr:zenda-line ; rdf:predicate cg:runsFrom ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a facility\'s design said in the present', () => {
  it('decides a length said in the present tense by the planned length', async () => {
    const r = await check('The Zenda line is about 300 kilometres long.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('cg:designProperty');
    expect((await check('The Zenda line is 900 km long.')).verdict).toBe('REFUTED');
    expect((await check('The Zenda line is not 300 km long.')).verdict).toBe('REFUTED');
  });

  it('decides a capacity with a bound, and the source said with a present verb', async () => {
    expect((await check('The Zenda line\'s annual capacity is more than 5 billion cubic metres.')).verdict).toBe('SUPPORTED');
    expect((await check('The Zenda line\'s annual capacity is below 2 bcm.')).verdict).toBe('REFUTED');
    expect((await check('The Zenda line draws its gas from Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('leaves the past, a time of its own and an unplanned facility undecided', async () => {
    expect((await check('The Zenda line was 300 km long in 2010.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Zenda line ran 300 km.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The canal pipeline is 300 km long.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the actual present, or a change, speaks of the facility as it runs
    expect((await check('The Zenda line currently draws its gas from Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Zenda line is no longer 300 km long.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 41 (compound41; users33's "its gas comes from <field>"): the present verb after the name's
// possessed noun, and the lexicon's "{s} 's gas (come|flow) from {o}"
describe('a design said with a possessed noun', () => {
  it('is read as the plan, as "draws its gas from" is', async () => {
    expect((await check('The Zenda line\'s gas comes from Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Zenda line\'s gas currently comes from Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
