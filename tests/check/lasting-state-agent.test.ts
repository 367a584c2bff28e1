// A state lasting up to an event (src/check/spans.ts, round 22): the agent before a hyphen
// ("LNS-recognised"), an agent said that must be read (not dropped), an event's own head noun that
// names another event of its kind, and cuts inside a noun phrase when "At C S had been ..." has no comma.
import { describe, expect, it } from 'vitest';
import { lastingState } from '../../src/check/spans.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: the League recognised neutrality on 1995-12-12; the gala held on 2015-12-13;
// the Acme bank opened on 2016-01-16, its charter in force from 2015-12-25; the bank's opening
// ceremony named but undated, and a fete (another event) that "the ceremony" names, held 2015-06-01
const { check } = checkFixture(`
cgc:neutrality.recognisedBy.league a cg:Claim ; rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:league ;
    cg:date "1995-12-12"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:neutrality cg:recognisedBy cgr:league .
${fixtureClaim({ id: 'gala.heldOn', s: 'cgr:gala', p: 'cg:heldOn', o: '"2015-12-13"^^xsd:date', asserted: true })}
${fixtureClaim({ id: 'acme-bank.openedOn', s: 'cgr:acme-bank', p: 'cg:openedOn', o: '"2016-01-16"^^xsd:date', asserted: true })}
cgr:acme-charter a cg:Agreement ; rdfs:label "Articles of the Acme Bank" .
${fixtureClaim({ id: 'acme-charter.enteredIntoForceOn', s: 'cgr:acme-charter', p: 'cg:enteredIntoForceOn', o: '"2015-12-25"^^xsd:date', asserted: true })}
cgr:acme-opening a cg:Event ; rdfs:label "opening ceremony of the Acme Bank" ; skos:altLabel "the Acme Bank's opening ceremony" .
cgr:fete a cg:Event ; rdfs:label "Fenwick fete" ; skos:altLabel "the ceremony" .
${fixtureClaim({ id: 'fete.heldOn', s: 'cgr:fete', p: 'cg:heldOn', o: '"2015-06-01"^^xsd:date', asserted: true })}
`);

describe('a passive state with its agent', () => {
  it('reads the agent before a hyphen as the agent after "by"', async () => {
    expect(lastingState('X had been LNS-recognised for 20 years when Y')?.agent).toBe('LNS');
    const r = await check('Neutrality had been LNS-recognised for 20 years at the time of the Founders Gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('1995-12-12 to 2015-12-13');
    expect((await check('Neutrality had been LNS-recognised for 10 years at the time of the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('does not drop an agent the graph does not give (was SUPPORTED from the League\'s recognition)', async () => {
    await expect(check('Neutrality had been recognised by Sylvania for 20 years at the time of the Founders Gala.')).rejects.toThrow();
    await expect(check('Neutrality had been Sylvania-recognised for 20 years at the time of the Founders Gala.')).rejects.toThrow();
  });
});

describe('"At C S had been ... for N" without a comma', () => {
  it('dates an undated ceremony by the thing named inside it, not by another event its head noun names', async () => {
    const r = await check('At the Acme Bank\'s opening ceremony the Articles of the Acme Bank had been in force for three weeks.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2015-12-25 to 2016-01-16');
    expect((await check('At the Acme Bank\'s opening ceremony the Articles of the Acme Bank had been in force for three months.')).verdict).toBe('REFUTED');
  });
  it('takes no cut inside a noun phrase', () => {
    const cuts = lastingState('At the Acme Bank\'s opening ceremony the Articles of the Acme Bank had been in force for three weeks')!.cuts.map((c) => c.c);
    expect(cuts).toContain('the Acme Bank\'s opening ceremony');
    expect(cuts).not.toContain('the Acme Bank\'s opening ceremony the Articles of');
    expect(cuts).not.toContain('the Acme Bank\'s');
  });
});
