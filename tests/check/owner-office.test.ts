// Offices named through an owner's class noun and firsts/lasts said with another role word
// (round 22, branch office22): "X is the bank's president" with no bank named (each bank tried,
// held undecided), "the bank whose president is X ..." (the one bank the graph gives X's office),
// "the first Freedonian leader to visit" (a state with no president: its prime minister), and
// "S was the last N to visit O before Y" held with its reading. Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { ownerOfficeReadings } from '../../src/check/owner-office.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// a second bank; each bank's president office and holder; Zenda is the Acme Bank's seat
const BANKS = `
cgr:volta-bank a cg:MultilateralBank ; rdfs:label "Volta Savings Bank" .
cgr:president-of-acme a cg:Office ; rdfs:label "President of the Acme Development Bank" ; cg:officeOf cgr:acme-bank ; cg:roleType "president" .
cgr:president-of-volta a cg:Office ; rdfs:label "President of the Volta Savings Bank" ; cg:officeOf cgr:volta-bank ; cg:roleType "president" .
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:tarsk a cg:City ; rdfs:label "Tarsk" .
${fixtureClaim({ id: 'teasdale.holds.acme', s: 'cgr:teasdale', p: 'cg:holdsOffice', o: 'cgr:president-of-acme', asserted: true })}
${fixtureClaim({ id: 'rufus.holds.volta', s: 'cgr:rufus', p: 'cg:holdsOffice', o: 'cgr:president-of-volta', asserted: true })}
${fixtureClaim({ id: 'acme.hq.zenda', s: 'cgr:acme-bank', p: 'cg:headquarteredIn', o: 'cgr:zenda', asserted: true })}
`;

const { ctx, check } = checkFixture(BANKS);
const verdict = async (s: string): Promise<string> => (await check(s).catch(() => undefined))?.verdict ?? 'UNREAD';

describe('"the bank\'s president" with no bank named', () => {
  it('is tried for each bank with a president, in the noun\'s place', () => {
    const o = ownerOfficeReadings(ctx, 'Gloria Teasdale is the bank\'s president.');
    expect(o?.readings.map((r) => r.claim).sort()).toEqual([
      'Gloria Teasdale is Acme Development Bank\'s president.',
      'Gloria Teasdale is Volta Savings Bank\'s president.',
    ]);
    expect(ownerOfficeReadings(ctx, 'Gloria Teasdale is the president of the bank.')?.readings).toHaveLength(2);
  });
  it('is held undecided with the readings shown, even where one bank supports it', async () => {
    const r = await check('Gloria Teasdale is the bank\'s president.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/does not say which/);
    expect(r.explanation).toMatch(/Acme Development Bank's president\." SUPPORTED/);
  });
  it('is not refuted when every bank of the graph refutes it (the graph\'s banks are not every bank)', async () => {
    expect(await verdict('Marsovia\'s envoy Gloria Teasdale is the bank\'s president.')).not.toBe('REFUTED');
    expect(await verdict('The bank\'s president is Freedonia.')).not.toBe('REFUTED');
  });
  it('reads nothing without a class noun of the ontology', () => {
    expect(ownerOfficeReadings(ctx, 'Gloria Teasdale is the club\'s president.')).toBeUndefined();
  });
});

describe('"the bank whose president is X ..."', () => {
  it('is the one bank the graph gives X\'s office: a support decides', async () => {
    const r = await check('The bank whose president is Gloria Teasdale is based in Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.subject).toMatchObject({ label: 'Acme Development Bank' });
  });
  it('takes any verb after the holder\'s name (the name is the longest run that names one entity)', async () => {
    const r = await check('The bank whose president is Gloria Teasdale is led by Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/"the bank whose president is Gloria Teasdale" read as Acme Development Bank/);
  });
  it('is held when the rest is refuted (another such bank is not excluded)', async () => {
    expect(await verdict('The bank whose president is Gloria Teasdale is based in Tarsk.')).toBe('NOT_ENOUGH_INFO');
  });
  it('picks no bank for a holder of none', async () => {
    expect(await verdict('The bank whose president is Grand Fenwick is based in Zenda.')).not.toBe('SUPPORTED');
  });
});

describe('"leader" for a state the graph gives a prime minister and no president', () => {
  const pmOnly = checkFixture(`${BANKS}
cgr:pm-of-marsovia a cg:Office ; rdfs:label "Prime Minister of Marsovia" ; cg:officeOf cgr:marsovia ; cg:roleType "prime-minister" .
${fixtureClaim({ id: 'teasdale.holds.marsovia', s: 'cgr:teasdale', p: 'cg:holdsOffice', o: 'cgr:pm-of-marsovia', asserted: true })}
${fixtureClaim({ id: 'teasdale.first.fenwick', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:grand-fenwick', more: 'cg:firstInOffice cgr:pm-of-marsovia', asserted: true })}`);
  it('names its prime minister ("the first Marsovian leader to visit" is a first visit, not a job title)', async () => {
    const r = await pmOnly.check('Gloria Teasdale was the first Marsovia leader to set foot in Grand Fenwick.');
    expect(r.interpretation.predicate).toMatch(/#visited$/);
    expect(r.verdict).toBe('SUPPORTED');
  });
  it('keeps the president for a state with both offices', async () => {
    const r = await pmOnly.check('Freedonia\'s leader visited Sylvania.').catch(() => undefined);
    if (r) expect(JSON.stringify(r.interpretation)).not.toMatch(/Prime Minister of Freedonia/);
  });
});

describe('"S was the last N to visit O [before Y]" the graph does not decide', () => {
  // two prime ministers of Freedonia visited Marsovia, in 2001 and 2010; no source says who was last
  const visits = checkFixture(`
${fixtureClaim({ id: 'rufus.visited.marsovia', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', asserted: true, more: 'cg:year "2001"^^xsd:gYear' })}
${fixtureClaim({ id: 'teasdale.visited.marsovia', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:marsovia', asserted: true, more: 'cg:year "2010"^^xsd:gYear' })}`);
  it('is held with the reading shown, not left unread', async () => {
    const r = await visits.check('Gloria Teasdale was the last Freedonian prime minister to visit Marsovia before Rufus Firefly.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.qualifiers.lastInOffice).toBeDefined();
    expect(r.explanation).toMatch(/before Rufus Firefly's visit to Marsovia/);
  });
  it('keeps "last" as what the claim says: the doer holding the office does not make it the plain visit', async () => {
    // the graph relates Rufus to the office; that must not set "last" aside as a description
    expect(await visits.check('Rufus Firefly was the last Freedonian prime minister to visit Marsovia.').then((r) => r.verdict)).toBe('NOT_ENOUGH_INFO');
    expect(await visits.check('Rufus Firefly was the first Freedonian prime minister to visit Marsovia.').then((r) => r.verdict)).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"the bank\'s president" in reported speech (round 23)', () => {
  it('is not read for each bank: the speaker\'s bank is the speaker\'s', async () => {
    const r = await check('According to the author, Gloria Teasdale is the bank\'s president.').catch(() => undefined);
    expect(r?.explanation ?? '').not.toMatch(/does not say which/);
  });
});
