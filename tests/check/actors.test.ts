// A relation said of an agent that the graph states of someone acting for it (src/check/actors.ts,
// `cg:extendsToAgent` on cg:attended and cg:hostOf), and an agent sending its office to an event or represented
// there by it (src/check/sent-office.ts, a reader of src/check/readers.ts).
import { describe, expect, it } from 'vitest';
import { readSentOffice } from '../../src/check/sent-office.js';
import { checkFixture, IDA_AT_GALA } from '../helpers/check-fixture.js';

// Ida Oldham, President of Freedonia, attended the gala; Freedonia's Prime Minister did not.
const { check, ctx } = checkFixture(`
${IDA_AT_GALA}
cgc:ida.hostOf.gala a cg:Claim ;
    rdf:subject cgr:ida ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:president-of-sylvania.attended.gala.neg a cg:Claim ;
    rdf:subject cgr:president-of-sylvania ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:pm-of-freedonia.attended.gala.neg a cg:Claim ;
    rdf:subject cgr:pm-of-freedonia ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);

describe('a relation read through those acting for an agent', () => {
  it('is declared in the ontology', () => {
    expect(ctx.axioms.extendsToAgent.has('https://w3id.org/claimgraph/ontology#attended')).toBe(true);
  });

  it('covers hosting: a head of state hosting an event hosts it for the state', async () => {
    expect(ctx.axioms.extendsToAgent.has('https://w3id.org/claimgraph/ontology#hostOf')).toBe(true);
    const r = await check('Freedonia hosted the Founders Gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Ida Oldham, who acts for Freedonia as President of Freedonia');
    expect((await check('Freedonia did not host the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania hosted the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('supports the agent from its office holder, citing the holder claim, and refutes its denial', async () => {
    const r = await check('Freedonia attended the Founders Gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Ida Oldham, who acts for Freedonia as President of Freedonia');
    expect(r.evidence.map((e) => e.claim)).toEqual(expect.arrayContaining([
      'https://w3id.org/claimgraph/claim/ida.attended.gala', 'https://w3id.org/claimgraph/claim/ida.holdsOffice.president-of-freedonia']));
    expect((await check('Freedonia did not attend the Founders Gala.')).verdict).toBe('REFUTED');
  });

  it('passes no denial: an office absent says nothing of the agent', async () => {
    // Sylvania's President did not attend: Sylvania may have been there through another
    expect((await check('Sylvania attended the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Sylvania did not attend the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('an agent sending its office to an event', () => {
  it('is read as the office attending it', () => {
    expect(readSentOffice('Freedonia did not send its prime minister to the gala.')).toEqual({ claim: "Freedonia's prime minister did not attend the gala", negated: true });
    expect(readSentOffice('Freedonia was represented by its President at the gala.')?.claim).toBe("Freedonia's President attended the gala");
    expect(readSentOffice('Freedonia sent its prime minister and its president to the gala.')).toBeUndefined();
    // the office representing its own agent; another agent is no reading
    expect(readSentOffice("Freedonia's prime minister represented Freedonia at the gala.")?.claim).toBe("Freedonia's prime minister attended the gala");
    expect(readSentOffice("Freedonia's prime minister represented Sylvania at the gala.")).toBeUndefined();
    // the event before the office (round 11; unread before)
    expect(readSentOffice('Freedonia was represented at the gala by its President.')?.claim).toBe("Freedonia's President attended the gala");
  });

  it('is decided by the office and its holders', async () => {
    expect((await check('Freedonia did not send its prime minister to the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia sent its prime minister to the Founders Gala.')).verdict).toBe('REFUTED');
    const by = await check('Freedonia was represented by its President at the Founders Gala.');
    expect(by.verdict).toBe('SUPPORTED');
    expect(by.explanation).toContain('Read as "Freedonia\'s President attended the Founders Gala"');
    expect((await check('Freedonia was represented at the Founders Gala by its President.')).verdict).toBe('SUPPORTED');
  });
});
