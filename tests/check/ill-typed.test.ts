// The ill-typed last-resort reader (src/check/ill-typed.ts) on the fixture graph: a reading that
// breaks a property's domain is shown and left undecided, except where the slot has one holder
// the graph names (round 18; a rank's holder, round 19), which refutes any other subject whatever
// its type, unless the subject is a city inside the holder (it may stand for its government).
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder } from '../helpers/check-fixture.js';

// Strelsau is a city inside Freedonia (the holder), Strel Field a gas field there
const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:sylvania .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" ; cg:locatedIn cgr:freedonia .
cgr:strel-field a cg:GasField ; rdfs:label "Strel Field" ; cg:locatedIn cgr:freedonia .
`);

describe('ill-typed readings', () => {
  it('refutes a misfit subject of a single-holder slot by the holder the graph names, the misfit shown', async () => {
    // cg:largestEconomyIn is inverse-functional: Freedonia is the Region's largest economy
    const r = await check('Zenda is the largest economy in Ruritania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/Zenda does not fit the subject of largest economy in/);
    expect(r.explanation).toMatch(/near miss/);
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/freedonia.largestEconomyIn.the-region');
  });

  it('refutes a misfit subject of a rank by the rank\'s holder: one subject holds a rank of a relation and object', async () => {
    // Freedonia is Marsovia's largest energy importer (rank 1); importers are many, the largest one
    const r = await check('Zenda is the largest importer of energy from Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toMatch(/near miss.*rank 1 is held by Freedonia/);
  });

  it('holds a city inside the holder (it may stand for its government), refutes a field there', async () => {
    const city = await check('Strelsau is the largest economy in Ruritania.');
    expect(city.verdict).toBe('NOT_ENOUGH_INFO');
    expect(city.reason).toBe('ill-typed');
    expect((await check('Strel Field is the largest economy in Ruritania.')).verdict).toBe('REFUTED');
  });

  it('leaves a plain relation undecided', async () => {
    // membership has many subjects: a misfit is no refutation
    const plain = await check('Zenda is a member of the League.');
    expect(plain.verdict).toBe('NOT_ENOUGH_INFO');
    expect(plain.reason).toBe('ill-typed');
  });
});

describe('a state named by its adjective in a single-holder slot (round 38)', () => {
  it('is said of the holder\'s nationality, not as the holder: undecided, never refuted by the holder', async () => {
    const { check: withHolder } = checkFixture(officeHolder('rufus', 1));
    for (const claim of ['The presidents of Sylvania and Freedonia are Freedonian.', 'The President of Sylvania is Freedonian.']) {
      const r = await withHolder(claim).catch(() => undefined);
      expect(r?.verdict ?? 'UNREAD', claim).not.toBe('REFUTED');
    }
  });

  it('still refutes the state by its name', async () => {
    const { check: withHolder } = checkFixture(officeHolder('rufus', 1));
    expect((await withHolder('Freedonia is the President of Sylvania.')).verdict).toBe('REFUTED');
  });

  it('takes no short name of a thing for an adjective: a field named by its first word is still refuted', async () => {
    // "Strel" of "Strel Field" opens with the label's first letters but is a word of it (round 38: a
    // gas field's short name was read as an adjective, and its refutation lost)
    const { check: withField } = checkFixture(`${officeHolder('rufus', 1)}
cgr:strel-field a cg:GasField ; rdfs:label "Strel Field" ; skos:altLabel "Strel" ; cg:locatedIn cgr:sylvania .`);
    expect((await withField('Strel is the President of Sylvania.')).verdict).toBe('REFUTED');
  });
});

describe('an office noun a country is said to hold as a figure (round 40, users32\'s F9)', () => {
  it('leaves "<country> is the boss / head / chief of Y" undecided: the one holder refutes no figure', async () => {
    const { check: withHolder } = checkFixture(officeHolder('rufus', 1));
    for (const claim of ['Freedonia is the boss of Sylvania.', "Freedonia is Sylvania's head.", 'Freedonia is the chief of Sylvania.']) {
      const r = await withHolder(claim).catch(() => undefined);
      expect(r?.verdict ?? 'UNREAD', claim).not.toBe('REFUTED');
    }
    // the office's own title is no figure, and a pipeline is said to hold no office
    expect((await withHolder('Freedonia is the President of Sylvania.')).verdict).toBe('REFUTED');
    expect((await withHolder('The canal pipeline is the boss of Sylvania.')).verdict).toBe('REFUTED');
  });
});
