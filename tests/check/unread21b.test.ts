// Round 21 (branch unreadb21b): two lexicon wordings for properties the ontology has: an observer's
// seat (cg:memberOf with cg:membershipLevel "observer") and a memorandum named by its organisation
// alone ("X signed its League memorandum": cg:signedMemorandumOfObligations). Fixture graph,
// fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture (Freedonia is a member of the League) plus: Marsovia is expected to become a full member
// of the League; Marsovia signed its memorandum of obligations with the League in June 2016
const { check } = checkFixture([
  fixtureClaim({ id: 'marsovia.memberOf.league.full.b21', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', modality: 'Expected', sentence: 's012', more: 'cg:membershipLevel "full"' }),
  fixtureClaim({ id: 'marsovia.memo.league.b21', s: 'cgr:marsovia', p: 'cg:signedMemorandumOfObligations', o: 'cgr:league', sentence: 's013', asserted: true, more: 'cg:date "2016-06-24"^^xsd:date' }),
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
