// Purposes said with nouns (round 10): a package of aid named as a noun and what it is for
// (src/check/purpose-frames.ts), and a main aim said as a noun phrase (src/check/purpose.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { packagePurpose } from '../../src/check/purpose-frames.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals" .
cgr:trade-ties a cg:Purpose , cg:EconomicAim ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:canal-repair')}
${claim('pkg.marsovia', 'freedonia', 'financialAssistanceTo', 'marsovia', 'Stated', 'cg:purpose cgr:clinic-equipment')}
cgr:farming a cg:Sector ; rdfs:label "farming" .
${claim('help.sylvania', 'freedonia', 'helpTo', 'sylvania', 'Pledged', 'cg:purpose cgr:farming')}
${claim('rufus.visit', 'rufus', 'visited', 'sylvania', 'Stated', 'cg:purpose cgr:trade-ties ; cg:mainPurpose cgr:trade-ties')}
`);

describe('a package named as a noun, and what it is for', () => {
  it('is said as the deed with its purpose; a bare noun in each modality, a verb as said', () => {
    expect(packagePurpose(ctx, "Freedonia's aid to Sylvania is meant for canal repair.")?.claims)
      .toEqual(['Freedonia gave aid to Sylvania for canal repair', 'Freedonia pledged aid to Sylvania for canal repair', 'Freedonia may provide aid to Sylvania for canal repair']);
    expect(packagePurpose(ctx, 'The money Freedonia gave Marsovia went to clinic equipment.')?.claims).toEqual(['Freedonia gave money to Marsovia for clinic equipment']);
    expect(packagePurpose(ctx, 'Freedonia gave Marsovia money for clinic equipment.')?.claims).toEqual(['Freedonia gave money to Marsovia for clinic equipment']);
    expect(packagePurpose(ctx, "Freedonia's aid to Sylvania is not meant for canal repair.")).toBeUndefined();
    expect(packagePurpose(ctx, "Freedonia's capital is meant for canal repair.")).toBeUndefined();
  });
  it('supports a purpose the package has, refutes one of another package, and keeps a gift apart from a pledge', async () => {
    for (const [c, v] of [
      ["Freedonia's aid to Sylvania is meant for canal repair.", 'SUPPORTED'],
      ['The money Freedonia gave Marsovia went to clinic equipment.', 'SUPPORTED'],
      ["The purpose of Freedonia's grants to Sylvania was to repair canals.", 'SUPPORTED'],
      ["Freedonia's grants to Sylvania were intended for clinic equipment.", 'REFUTED'],
      ['Freedonia gave Sylvania money for canal repair.', 'NOT_ENOUGH_INFO'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
  });
});

describe('a main aim said as a noun phrase', () => {
  it('is refuted in a field disjoint with the main purpose, supported when it names it, undecided otherwise', async () => {
    expect((await check("The main aim of Rufus Firefly's visit to Sylvania was military cooperation.")).verdict).toBe('REFUTED');
    expect((await check("Rufus Firefly's visit to Sylvania was mainly about military bases.")).verdict).toBe('REFUTED');
    expect((await check("The main aim of Rufus Firefly's visit to Sylvania was trade ties.")).verdict).toBe('SUPPORTED');
    expect((await check("Rufus Firefly's visit to Sylvania was about military bases.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('help to improve a thing (lexicon, cg:helpTo)', () => {
  it('reads "help Y improve its Z" as help with Z, a promise as a pledge', async () => {
    expect((await check('Freedonia promised to help Sylvania improve its farming.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia helped Sylvania improve its farming.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "X promised help to Y" as a pledge of help (round 23), its purpose after "so that it could"', async () => {
    expect((await check('Freedonia promised help to Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia pledged Sylvania support.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia promised help to Sylvania so that it could improve its farming.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia promised help to Marsovia.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a package a pattern reads as the bare relation, undecided (round 17)', () => {
  // the bare relation is stated with no purpose (a passing mention); the package's purposes are on its pledge
  const bare = checkFixture(`
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals" .
cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .
${claim('donor.sylvania', 'freedonia', 'providedAssistanceTo', 'sylvania', 'Stated', 'cg:confidence "0.9"^^xsd:decimal')}
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:canal-repair')}
${claim('pkg.marsovia', 'freedonia', 'financialAssistanceTo', 'marsovia', 'Stated', 'cg:purpose cgr:clinic-equipment')}
`);
  it('is read again as the package with its purpose: the pledge decides it', async () => {
    for (const [c, v] of [
      ["Freedonia's aid to Sylvania is for repairing canals.", 'SUPPORTED'],
      ["Freedonia's aid to Sylvania is for clinic equipment.", 'REFUTED'],
    ] as const) expect((await bare.check(c)).verdict, c).toBe(v);
    // a purpose the graph does not name stays undecided (or unread)
    expect(await bare.check("Freedonia's aid to Sylvania is for building schools.").then((r) => r.verdict, () => 'UNREAD')).toMatch(/NOT_ENOUGH_INFO|UNREAD/);
  });
});

describe('round 38 (misses30): a package "is there to", money that "goes towards", "for the sake of"', async () => {
  const { purposeConnectiveRewrite } = await import('../../src/check/purpose-connectives.js');
  it('reads "is there to V" / "is there for NP" of a package as "is meant to / for"', async () => {
    for (const [c, v] of [
      ["Freedonia's grants to Sylvania are there to repair canals.", 'SUPPORTED'],
      ["Freedonia's aid to Sylvania is there for canal repair.", 'SUPPORTED'],
      ["Freedonia's grants to Sylvania are there for clinic equipment.", 'REFUTED'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
    // not a package: a person "there to" do a thing says where the person was; no purpose is read
    expect((await check('Rufus Firefly was there to repair canals.').catch(() => undefined))?.verdict ?? 'unread').not.toBe('SUPPORTED');
  });
  it('says "goes / went towards V-ing" and "for the sake of V-ing" in the words the purpose readers take', async () => {
    expect(purposeConnectiveRewrite(ctx, "Part of Freedonia's aid to Sylvania goes towards repairing canals.")).toBe("Part of Freedonia's aid to Sylvania is meant for repairing canals.");
    expect(purposeConnectiveRewrite(ctx, "Freedonia's grants to Sylvania went toward repairing canals.")).toBe("Freedonia's grants to Sylvania was meant for repairing canals.");
    expect(purposeConnectiveRewrite(ctx, "Freedonia's grants to Sylvania are for the sake of repairing canals.")).toBe("Freedonia's grants to Sylvania are for repairing canals.");
    // a place, not a gerund: "towards" a town whose name ends in "ing" is left alone
    expect(purposeConnectiveRewrite(ctx, 'The convoy went towards Zending.')).toBeUndefined();
    for (const [c, v] of [
      ["Part of Freedonia's aid to Sylvania goes towards repairing canals.", 'SUPPORTED'],
      ["Freedonia's grants to Sylvania are for the sake of repairing canals.", 'SUPPORTED'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
  });
});
