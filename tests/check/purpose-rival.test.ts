// A rival purpose (src/check/purpose-rival.ts, round 20): a purpose in a field disjoint with every
// purpose the source lists for the deed refutes; a purpose sharing a field, in no field, or a deed
// whose listed purposes are not all in a field, is never decided by the fields.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { fieldsInPhrase } from '../../src/check/purpose-rival.js';

const claim = (id: string, s: string, p: string, o: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality: 'Stated', sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:sylvanian-roadways a cg:Purpose ; rdfs:label "roadways of Sylvania" .
cgr:harbour-airport a cg:Purpose ; rdfs:label "Sylvania harbour airport" .
cgr:general-growth a cg:Purpose ; rdfs:label "general growth" .
${claim('pkg.sylvania', 'freedonia', 'financialAssistanceTo', 'sylvania', 'cg:purpose cgr:sylvanian-roadways, cgr:harbour-airport ; cg:amount "5000000"^^xsd:decimal ; cg:currency "USD"')}
${claim('pkg.marsovia', 'freedonia', 'financialAssistanceTo', 'marsovia', 'cg:purpose cgr:sylvanian-roadways, cgr:general-growth')}
cgr:infra-dev a cg:Purpose ; rdfs:label "infrastructure development" .
${claim('pkg.rufus.marsovia', 'rufus', 'financialAssistanceTo', 'marsovia', 'cg:purpose cgr:sylvanian-roadways, cgr:infra-dev')}
cgr:building-works a cg:Sector ; rdfs:label "building works" .
${claim('pkg.grand-fenwick', 'freedonia', 'financialAssistanceTo', 'grand-fenwick', 'cg:purpose cgr:sylvanian-roadways ; cg:sector cgr:building-works')}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('fieldsInPhrase', () => {
  it('finds the fields a phrase names, two-word field words as phrases and hyphened words by their parts', () => {
    const local = (c: string[]): string[] => c.map((x) => x.replace(/^.*#/, '')).sort();
    expect(local(fieldsInPhrase(ctx, 'repair roadways'))).toEqual(['TransportAim']);
    expect(local(fieldsInPhrase(ctx, 'improve medical-related equipment'))).toEqual(['HealthAim']);
    expect(local(fieldsInPhrase(ctx, 'upgrade power plants'))).toEqual(['PowerAim']);
    expect(fieldsInPhrase(ctx, 'increase its soft power')).toEqual([]);
  });
});

describe('a rival purpose, end to end', () => {
  it('is refuted when it lies in a field disjoint with every listed purpose', async () => {
    expect(await verdict('Freedonia extended financial assistance to Sylvania to build schools.')).toBe('REFUTED');
    expect(await verdict('Freedonia extended financial assistance to Sylvania in order to equip hospitals.')).toBe('REFUTED');
  });
  it('is never refuted when it shares a listed field or names no field', async () => {
    expect(await verdict('Freedonia extended financial assistance to Sylvania to build schools near the airport.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia extended financial assistance to Sylvania to repair railways.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia extended financial assistance to Sylvania to strengthen ties.')).not.toBe('REFUTED');
  });
  it('decides nothing when a listed purpose is in no field (it may be the claim\'s in other words)', async () => {
    expect(await verdict('Freedonia extended financial assistance to Marsovia to build schools.')).not.toBe('REFUTED');
  });
  it('decides nothing when a listed purpose is in the broad economic field (a school may be infrastructure)', async () => {
    expect(await verdict('Rufus Firefly extended financial assistance to Marsovia to build schools.')).not.toBe('REFUTED');
  });
  it('decides nothing when the deed serves a sector too (the listed purposes are examples in it)', async () => {
    expect(await verdict('Freedonia extended financial assistance to Grand Fenwick to build schools.')).not.toBe('REFUTED');
  });
});

describe('a package\'s purpose the graph names no entity for (round 40, fieldPurpose)', () => {
  it('supports a phrase of fields alone that are fields of the listed purposes', async () => {
    expect(await verdict("Freedonia's financial assistance to Sylvania is meant for transport purposes.")).toBe('SUPPORTED');
  });
  it('refutes a rival, and leaves a field not listed or a phrase of more than fields alone', async () => {
    expect(await verdict("Freedonia's financial assistance to Sylvania is meant for schools.")).toBe('REFUTED');
    expect(await verdict("Freedonia's financial assistance to Sylvania is meant for military purposes.")).toBe('REFUTED');
    expect(await verdict("Freedonia's financial assistance to Sylvania is meant for medical and transport purposes.")).not.toBe('SUPPORTED');
    expect(await verdict("Freedonia's financial assistance to Sylvania is meant for transport purposes in Marsovia.")).not.toBe('SUPPORTED');
    expect(await verdict("Freedonia's financial assistance to Grand Fenwick is meant for schools.")).not.toBe('REFUTED');
  });
});
