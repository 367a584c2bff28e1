// The ill-typed last-resort reader (src/check/ill-typed.ts) on the fixture graph: a reading that
// breaks a property's domain is shown and left undecided, except where the slot has one holder
// the graph names (round 18), which refutes any other subject whatever its type.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:sylvania .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" ; cg:locatedIn cgr:freedonia .
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

  it('holds a place inside the holder (it may stand for the holder) and a plain relation undecided', async () => {
    // Strelsau lies in Freedonia, the holder: a capital may stand for its country
    const inside = await check('Strelsau is the largest economy in Ruritania.');
    expect(inside.verdict).toBe('NOT_ENOUGH_INFO');
    expect(inside.reason).toBe('ill-typed');
    // membership has many subjects: a misfit is no refutation
    const plain = await check('Zenda is a member of the League.');
    expect(plain.verdict).toBe('NOT_ENOUGH_INFO');
    expect(plain.reason).toBe('ill-typed');
  });
});
