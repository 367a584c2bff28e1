// A purpose moved to another recipient's package (src/check/purpose-elsewhere.ts): the donor's
// package to Y states its purposes, and the source gives the claimed one to the package to Z.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { nominalPurpose } from '../../src/check/purpose.js';

const claim = (id: string, p: string, o: string, modality: string, purposes: string): string =>
  fixtureClaim({ id, s: 'cgr:freedonia', p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: `cg:purpose ${purposes}` });
const { check } = checkFixture(`
cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals" .
cgr:farming a cg:Sector ; rdfs:label "farming" .
${claim('pkg.sylvania', 'grantTo', 'sylvania', 'Pledged', 'cgr:canal-repair')}
${claim('pkg.marsovia', 'financialAssistanceTo', 'marsovia', 'Stated', 'cgr:clinic-equipment , cgr:farming')}
`);

describe('a purpose of another package', () => {
  it('refutes a particular purpose the source gives the package to another recipient', async () => {
    for (const c of ['Freedonia pledged aid to Sylvania for clinic equipment.', 'Freedonia extended financial assistance to Marsovia for canal repair.']) {
      const r = await check(c);
      expect(r.verdict, c).toBe('REFUTED');
      expect(r.explanation, c).toContain('as the purpose of the package to');
    }
  });
  it('refutes a list of purposes one of which the source gives the package to another recipient (round 17)', async () => {
    const r = await check('Freedonia pledged aid to Sylvania for canal repair and clinic equipment.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('clinic equipment as the purpose of the package to');
  });
  it('leaves a list of its own purposes, or of its own and a field, unrefuted', async () => {
    expect((await check('Freedonia extended financial assistance to Marsovia for clinic equipment and farming.')).verdict).not.toBe('REFUTED');
    expect((await check('Freedonia pledged aid to Sylvania for canal repair and farming.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('leaves a field, an unknown purpose, or another modality undecided', async () => {
    for (const c of [
      'Freedonia pledged aid to Sylvania for farming.',
      'Freedonia pledged aid to Sylvania to build a new bridge.',
      'Freedonia gave Sylvania aid for clinic equipment.',
    ]) expect((await check(c)).verdict, c).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "X\'s pledge to Y was meant to ..." as the pledge with its purpose', async () => {
    expect(nominalPurpose("Freedonia's pledge to Sylvania was meant to repair canals.")).toBe('Freedonia pledged aid to Sylvania to repair canals');
    expect(nominalPurpose("Freedonia's pledge to Sylvania was not meant to repair canals.")).toBeUndefined();
    expect((await check("Freedonia's pledge to Sylvania was meant to upgrade clinic equipment.")).verdict).toBe('REFUTED');
  });
});
