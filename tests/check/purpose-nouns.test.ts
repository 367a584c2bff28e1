// Purposes said with a noun frame, an idiom or a clause around the purpose (round 27,
// src/check/purpose-nouns.ts): said again in the frame the purpose readers take and rechecked; and a
// MAIN purpose outside a source's closed list of main ones (cg:oneOfMainPurposes,
// src/check/purpose-main.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { PURPOSE_NOUN_NEEDS, purposeNounRewrites } from '../../src/check/purpose-nouns.js';
import { mainPurposePhrase } from '../../src/check/purpose-main.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:road-repair a cg:Purpose ; rdfs:label "road repair" ; skos:altLabel "repairing roads", "repair roads", "road repairs" .
cgr:clinic-equipment a cg:Purpose ; rdfs:label "hospital equipment" ; skos:altLabel "medical equipment" .
cgr:power-plants a cg:Purpose ; rdfs:label "power facilities" ; skos:altLabel "upgrading power facilities" .
cgr:works a cg:Purpose ; rdfs:label "infrastructure development" .
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:road-repair')}
${claim('pkg.marsovia', 'freedonia', 'financialAssistanceTo', 'marsovia', 'Stated', 'cg:sector cgr:works ; cg:purpose cgr:clinic-equipment, cgr:power-plants ; cg:oneOfMainPurposes cgr:clinic-equipment, cgr:power-plants')}
${claim('pkg.zembla', 'freedonia', 'financialAssistanceTo', 'zembla', 'Stated', 'cg:sector cgr:works ; cg:purpose cgr:clinic-equipment, cgr:power-plants')}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('purposeNounRewrites', () => {
  it('says a purpose noun with "behind / for" as "D is meant to V O" and "the aim of D"', () => {
    expect(purposeNounRewrites(ctx, "The idea behind Freedonia's aid to Sylvania was to repair roads."))
      .toEqual(["Freedonia's aid to Sylvania was meant to repair roads", "The aim of freedonia's aid to Sylvania was to repair roads"]);
    expect(purposeNounRewrites(ctx, "The main rationale for Rufus's trip: expand trade with Sylvania"))
      .toEqual(["Rufus's trip is mainly meant to expand trade with Sylvania", "The main aim of rufus's trip is to expand trade with Sylvania"]);
  });
  it('says an owned aim of a trip or of visiting as the trip meant to V', () => {
    expect(purposeNounRewrites(ctx, "Rufus's main aim in visiting Sylvania was to expand trade")[0]).toBe("Rufus's visit to Sylvania was mainly meant to expand trade");
    expect(purposeNounRewrites(ctx, "Rufus's goal with the trip: expand trade")[0]).toBe("Rufus's trip is meant to expand trade");
  });
  it('says "was about V-ing", "exists to", "has P as its purpose", a cleft, a sign and an effort in the purpose frames', () => {
    expect(purposeNounRewrites(ctx, "Above all, Rufus's trip was about expanding trade")).toEqual(["Rufus's trip was mainly aimed at expanding trade"]);
    expect(purposeNounRewrites(ctx, "Freedonia's aid to Sylvania is all about repairing roads")).toEqual(["Freedonia's aid to Sylvania is aimed at repairing roads"]);
    expect(purposeNounRewrites(ctx, "Freedonia's aid to Sylvania exists to pay for road repairs"))
      .toEqual(["Freedonia's aid to Sylvania is meant to pay for road repairs", "Freedonia's aid to Sylvania is meant for road repairs"]);
    expect(purposeNounRewrites(ctx, 'The Sylvanian aid package has clinic construction as its purpose')).toEqual(['The Sylvanian aid package is meant for building clinic']);
    expect(purposeNounRewrites(ctx, "Repairing roads was what Freedonia's aid to Sylvania was for")).toEqual(["Freedonia's aid to Sylvania was aimed at repairing roads"]);
    expect(purposeNounRewrites(ctx, 'Rufus took traders along as a sign that Freedonia is keen to trade')).toEqual(['Rufus took traders along to signal that Freedonia is keen to trade']);
    expect(purposeNounRewrites(ctx, 'Rufus toured Sylvania hoping to expand trade')).toEqual(['Rufus toured Sylvania in order to expand trade']);
    expect(purposeNounRewrites(ctx, 'Rufus toured Sylvania as part of an effort to expand trade')).toEqual(['Rufus toured Sylvania in order to expand trade']);
    expect(purposeNounRewrites(ctx, 'With a view to expanding trade, Rufus toured Sylvania')).toEqual(['Rufus toured Sylvania in order to expand trade']);
  });
  it('leaves denials, hedges, exclusive purposes and other senses alone', () => {
    expect(purposeNounRewrites(ctx, "The idea behind Freedonia's aid to Sylvania was not to repair roads.")).toEqual([]);
    expect(purposeNounRewrites(ctx, "Freedonia's aid to Sylvania exists only to repair roads")).toEqual([]);
    expect(purposeNounRewrites(ctx, "Freedonia's aid to Sylvania was about US$ 5 million")).toEqual([]);
    expect(purposeNounRewrites(ctx, 'Freedonia is hoping to join the League')).toEqual([]);
    expect(purposeNounRewrites(ctx, 'It was about repairing roads')).toEqual([]);
  });
  it('has a gate every shape passes', () => {
    for (const s of ['The idea behind D was to V', "S's main aim in visiting Y", 'D was all about V-ing', 'D exists to V', 'D has P as its purpose', 'A as a sign that P', 'A hoping to V', 'With a view to V-ing, A']) expect(PURPOSE_NOUN_NEEDS.test(s)).toBe(true);
    expect(PURPOSE_NOUN_NEEDS.test('Freedonia pledged aid to Sylvania.')).toBe(false);
  });
});

describe('a purpose noun frame, end to end', () => {
  it('is decided by the purpose the graph gives, and a rival purpose is refuted', async () => {
    expect(await verdict("The idea behind Freedonia's aid to Sylvania was to repair roads.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Sylvania is all about repairing roads.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Sylvania has road repairs as its purpose.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Sylvania exists to pay for building hospitals.")).toBe('REFUTED');
    // without the frame nothing reads it
    expect(await verdict("The idea behind Freedonia's aid to Sylvania was not to repair roads.")).not.toBe('SUPPORTED');
  });
});

describe('a main purpose outside a closed list of main ones (cg:oneOfMainPurposes)', () => {
  it('finds the purpose phrase of a main-purpose claim', () => {
    expect(mainPurposePhrase(ctx, "Freedonia's aid to Marsovia was mainly meant to build railways.")).toBe('build railways');
    expect(mainPurposePhrase(ctx, "Freedonia's aid to Marsovia was meant to build railways.")).toBeUndefined();
  });
  it('refutes a main purpose in a field disjoint with every listed main one', async () => {
    expect(await verdict("Freedonia's aid to Marsovia was mainly meant to build railways.")).toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Marsovia is chiefly for building schools.")).toBe('REFUTED');
  });
  it('holds a purpose said plainly, one in a listed field, and a source without the closed list', async () => {
    expect(await verdict("Freedonia's aid to Marsovia was meant to build railways.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Freedonia's aid to Marsovia was mainly meant to build hospitals.")).not.toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Zembla was mainly meant to build railways.")).not.toBe('REFUTED');
  });
});

describe('a main purpose the graph names no entity for (round 40)', () => {
  it('reads the deed alone and refutes by the closed list: schools, military equipment', async () => {
    expect(await verdict("Freedonia's financial assistance to Marsovia is mainly meant for schools.")).toBe('REFUTED');
    // armed force is disjoint with the aid fields (ontology, round 40)
    expect(await verdict("Freedonia's financial assistance to Marsovia is mainly meant for military equipment.")).toBe('REFUTED');
  });
  it('never supports by the deed alone, nor refutes a phrase in a listed field or a source without the list', async () => {
    expect(await verdict("Freedonia's financial assistance to Marsovia is mainly meant for hospitals.")).not.toBe('SUPPORTED');
    expect(await verdict("Freedonia's financial assistance to Marsovia is mainly meant for military hospitals.")).not.toBe('REFUTED');
    expect(await verdict("Freedonia's financial assistance to Zembla is mainly meant for schools.")).not.toBe('REFUTED');
  });
});

describe('a thing\'s own purpose noun, "D\'s purpose is to V O" and "the purpose of D is to V O" (round 36)', () => {
  it('says it as "D is (mainly) meant to V O"', () => {
    expect(purposeNounRewrites(ctx, "Freedonia's aid to Sylvania's purpose is to repair roads.")).toEqual(["Freedonia's aid to Sylvania is meant to repair roads"]);
    expect(purposeNounRewrites(ctx, "The canal's main purpose was to carry water to Marsovia")).toEqual(["The canal was mainly meant to carry water to Marsovia"]);
    // "the purpose of D is to V O" is not rewritten: said of a trip it is the main aim, which the
    // "meant to" form lost (a rival main purpose no longer refuted: purpose22.test; lead, round 36)
    expect(purposeNounRewrites(ctx, 'The purpose of the canal is to carry water')).toEqual([]);
    // a trip's owned aim keeps its own frame; a denial is left alone
    expect(purposeNounRewrites(ctx, "Rufus's goal with the trip: expand trade")[0]).toBe("Rufus's trip is meant to expand trade");
    expect(purposeNounRewrites(ctx, "The canal's purpose is not to carry water")).toEqual([]);
  });
  it('is decided by the purpose the graph gives, and a main rival purpose is refuted', async () => {
    expect(await verdict("Freedonia's aid to Sylvania's purpose is to repair roads.")).toBe('SUPPORTED');
    expect(await verdict("The purpose of Freedonia's aid to Sylvania is to repair roads.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Marsovia's main purpose is to build railways.")).toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Marsovia's purpose is to build railways.")).toBe('NOT_ENOUGH_INFO');
  });
});
