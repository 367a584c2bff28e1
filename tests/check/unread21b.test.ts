// Round 21 (branch unreadb21b): three lexicon wordings for properties the ontology has: an observer's
// seat (cg:memberOf with cg:membershipLevel "observer") and a memorandum named by its organisation
// alone ("X signed its League memorandum": cg:signedMemorandumOfObligations), and the main purpose of
// X's aid to Y said as the subject of "was to V" (cg:mainPurpose). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture (Freedonia is a member of the League) plus: Marsovia is expected to become a full member
// of the League; Marsovia signed its memorandum of obligations with the League in June 2016
const { check } = checkFixture([
  fixtureClaim({ id: 'marsovia.memberOf.league.full.b21', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', modality: 'Expected', sentence: 's012', more: 'cg:membershipLevel "full"' }),
  fixtureClaim({ id: 'marsovia.memo.league.b21', s: 'cgr:marsovia', p: 'cg:signedMemorandumOfObligations', o: 'cgr:league', sentence: 's013', asserted: true, more: 'cg:date "2016-06-24"^^xsd:date' }),
  'cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .',
  'cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "canals" .',
  fixtureClaim({ id: 'aid.marsovia.b21', s: 'cgr:freedonia', p: 'cg:providedAssistanceTo', o: 'cgr:marsovia', sentence: 's014', more: 'cg:purpose cgr:clinic-equipment' }),
  fixtureClaim({ id: 'aid.sylvania.b21', s: 'cgr:freedonia', p: 'cg:providedAssistanceTo', o: 'cgr:sylvania', sentence: 's014', more: 'cg:purpose cgr:canal-repair ; cg:mainPurpose cgr:canal-repair' }),
].join('\n'));

describe('an observer of an organisation', () => {
  it('is read as membership at the observer level, which a full membership neither supports nor refutes', async () => {
    const out = await check('Marsovia is set to become a League observer.');
    expect(out.interpretation.predicate).toMatch(/#memberOf$/);
    expect(out.interpretation.qualifiers).toMatchObject({ membershipLevel: { value: 'observer' } });
    expect(out.verdict).toBe('NOT_ENOUGH_INFO');
    const of = await check('Freedonia is an observer in the League.');
    expect(of.interpretation.qualifiers).toMatchObject({ membershipLevel: { value: 'observer' } });
    expect(of.verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a memorandum named by its organisation alone', () => {
  it('is the memorandum of obligations, its date compared', async () => {
    const out = await check('Marsovia signed its League memorandum in June 2016.');
    expect(out.interpretation.predicate).toMatch(/#signedMemorandumOfObligations$/);
    expect(out.verdict).toBe('SUPPORTED');
    expect((await check('Sylvania signed its League memorandum.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the main purpose of aid said as the subject of "was to V"', () => {
  it('is the aid with its main purpose, which only a main purpose of the source matches', async () => {
    const out = await check("The main purpose of Freedonia's aid to Marsovia was to upgrade clinic equipment.");
    expect(out.interpretation.predicate).toMatch(/#providedAssistanceTo$/);
    expect(out.interpretation.qualifiers).toHaveProperty('mainPurpose');
    // a purpose the source does not call the main one
    expect(out.verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("The main purpose of Freedonia's aid to Sylvania was to repair canals.")).verdict).toBe('SUPPORTED');
  });
});
