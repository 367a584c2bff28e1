/**
 * A state said in a year, read by its onset's property (src/check/state-since.ts, lexicon
 * cg:statePattern): a later year is no other onset, an earlier one still refutes.
 */
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// a duct operational since 2009
const { check } = checkFixture(`
cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .
cgc:duct.operationalSince.2009 a cg:Claim ; rdf:subject cgr:duct ; rdf:predicate cg:operationalSince ; rdf:object "2009"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
cgr:duct cg:operationalSince "2009"^^xsd:gYear .
`);

describe('a state said in a year after its onset', () => {
  it('is not refuted by the onset, nor its denial supported', async () => {
    expect((await check('The Marsovia duct was operational in 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia duct was operational in October 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia duct was not operational in 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('is refuted before the onset and supported in its year; an onset said in another year is refuted', async () => {
    expect((await check('The Marsovia duct was operational in 2005.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia duct was operational in 2009.')).verdict).toBe('SUPPORTED');
    expect((await check('The Marsovia duct became operational in 2015.')).verdict).toBe('REFUTED');
  });
});

// round 35 (fix28a, users28 F2): "was open (for business) in T" is a state at T, not the opening
const opened = checkFixture(`
cgc:acme-bank.openedOn.2011-03-12 a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:openedOn ; rdf:object "2011-03-12"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
cgr:acme-bank cg:openedOn "2011-03-12"^^xsd:date .
cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .
cgc:duct.operationalSince.2009 a cg:Claim ; rdf:subject cgr:duct ; rdf:predicate cg:operationalSince ; rdf:object "2009"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
cgr:duct cg:operationalSince "2009"^^xsd:gYear .
`);

describe('round 35: "open" as an adjective after a copula is a state, not the opening', () => {
  it('is not refuted by an opening date before the time said (even in the same year)', async () => {
    for (const claim of ['Acme Bank was open for business in April 2011.', 'Acme Bank was already open on 20 March 2011.',
      'Acme Bank was open in 2013.', 'Acme Bank was officially open in May 2011.', 'The Marsovia duct was open in 2012.',
      'The Marsovia duct was still open in 2015.']) {
      expect((await opened.check(claim)).verdict, claim).not.toBe('REFUTED');
    }
  });
  it('is still refuted wholly before the opening, and the verb "opened" is still the opening date', async () => {
    expect((await opened.check('Acme Bank was open for business in 2010.')).verdict).toBe('REFUTED');
    expect((await opened.check('Acme Bank was open on 2 March 2011.')).verdict).toBe('REFUTED');
    expect((await opened.check('Acme Bank opened in April 2011.')).verdict).toBe('REFUTED');
    expect((await opened.check('The Marsovia duct opened in 2012.')).verdict).toBe('REFUTED');
  });
});
