// What a package is MAINLY for (src/check/purpose-main.ts, round 15): the claim without the adverb;
// when a statement naming no purpose is all that leaves it undecided, the purposes the graph does
// give decide it. And a part of a package, a deed done to help (src/check/purpose-parts.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { withoutMainAdverb } from '../../src/check/purpose-main.js';
import { purposePartRewrite } from '../../src/check/purpose-parts.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals" .
cgr:farming a cg:Purpose ; rdfs:label "farming" .
${claim('pkg.sylvania', 'freedonia', 'financialAssistanceTo', 'sylvania', 'Stated', 'cg:purpose cgr:canal-repair, cgr:clinic-equipment ; cg:amount "5000000"^^xsd:decimal ; cg:currency "USD"')}
${claim('donor.sylvania', 'freedonia', 'providedAssistanceTo', 'sylvania', 'Stated', 'cg:confidence "0.9"^^xsd:decimal')}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('withoutMainAdverb', () => {
  it('drops the adverb of a main purpose', () => {
    expect(withoutMainAdverb(ctx, "Freedonia's aid to Sylvania was mainly for farming.")).toBe("Freedonia's aid to Sylvania was for farming.");
    expect(withoutMainAdverb(ctx, "Freedonia's aid to Sylvania is chiefly meant for farming.")).toBe("Freedonia's aid to Sylvania is meant for farming.");
    expect(withoutMainAdverb(ctx, "Freedonia's aid to Sylvania is meant primarily to repair canals.")).toBe("Freedonia's aid to Sylvania is meant to repair canals.");
  });
  it('leaves other claims alone', () => {
    expect(withoutMainAdverb(ctx, 'Freedonia mainly exports grain.')).toBeUndefined();
    expect(withoutMainAdverb(ctx, "Freedonia's aid to Sylvania was for farming.")).toBeUndefined();
  });
});

describe('a main purpose, end to end', () => {
  it('is refuted when every purpose the graph gives is another (a statement naming none says nothing of it)', async () => {
    expect(await verdict("Freedonia's assistance to Sylvania was mainly for farming.")).toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Sylvania is chiefly meant for farming.")).toBe('REFUTED');
  });
  it('is never refuted by its own purposes, and the plain claim stays undecided', async () => {
    expect(await verdict("Freedonia's assistance to Sylvania was mainly for canal repair.")).not.toBe('REFUTED');
    expect(await verdict("Freedonia's assistance to Sylvania was for farming.")).toBe('NOT_ENOUGH_INFO');
  });
  it('decides nothing for a relation the graph gives no purpose for', async () => {
    expect(await verdict("Freedonia's assistance to Marsovia was mainly for farming.")).not.toMatch(/SUPPORTED|REFUTED/);
  });
});

describe('purposePartRewrite', () => {
  it('says a part of a package as "partly"', () => {
    expect(purposePartRewrite(ctx, "Part of Freedonia's aid to Sylvania is meant to repair canals.")).toBe("Freedonia's aid to Sylvania is partly meant to repair canals.");
    expect(purposePartRewrite(ctx, 'Some of the grants to Sylvania were earmarked for farming.')).toBe('The grants to Sylvania were partly earmarked for farming.');
    expect(purposePartRewrite(ctx, "Part of Freedonia's aid went to Sylvania.")).toBeUndefined();
  });
  it('says a deed done to help as the effort to help by the deed', () => {
    expect(purposePartRewrite(ctx, 'Freedonia promotes exports of tractors to Sylvania to help Sylvania\'s farms.')).toBe("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania.");
    expect(purposePartRewrite(ctx, 'Freedonia financed roads in Sylvania to support its trade.')).toBe('Freedonia seeks to support its trade by financing roads in Sylvania.');
    expect(purposePartRewrite(ctx, 'Freedonia pledged money to Sylvania to help its farms.')).toBeUndefined();
  });
  it('takes a progressive deed, and "that country\'s" as the deed\'s destination (round 17)', () => {
    expect(purposePartRewrite(ctx, "Freedonia is promoting exports of tractors to Sylvania to help Sylvania's farms.")).toBe("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania.");
    expect(purposePartRewrite(ctx, "Freedonia promotes exports of tractors to Sylvania to help that country's farms.")).toBe("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania.");
    expect(purposePartRewrite(ctx, "Freedonia promotes exports of tractors to Sylvania in order to help the country's farms.")).toBe("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania.");
    // a bare "its" may be the doer's: kept as said
    expect(purposePartRewrite(ctx, 'Freedonia promotes exports of tractors to Sylvania to help its farms.')).toBe('Freedonia seeks to help its farms by promoting exports of tractors to Sylvania.');
    expect(purposePartRewrite(ctx, 'Freedonia is trying to help Sylvania.')).toBeUndefined();
  });
  it('reads a part of a package end to end', async () => {
    expect(await verdict("Part of Freedonia's aid to Sylvania is meant to repair canals.")).toBe('SUPPORTED');
  });
});

describe('a main purpose in the field of security (lexicon cg:fieldWord, corpus fixture)', async () => {
  const { checkGraphDir } = await import('../helpers/check-fixture.js');
  const { corpusFixture } = await import('../helpers/cli.js');
  const corpus = await checkGraphDir(corpusFixture);
  const said = (s: string): Promise<string> => corpus.check(s).then((r) => r.verdict, () => 'UNREAD');
  it('is refuted by an economic main purpose; "energy security" names both fields and is not', async () => {
    expect(await said("The main purpose of Abe's visit was to sign a security pact with Central Asia.")).toBe('REFUTED');
    expect(await said("The main purpose of Abe's visit was to improve Japan's energy security.")).not.toBe('REFUTED');
  });
  it('takes the field said as a manner adverb ("militarily", "politically"; round 17)', async () => {
    expect(await said("The main purpose of Abe's visit was to engage the region militarily.")).toBe('REFUTED');
    expect(await said("The main aim of Abe's visit was to engage Central Asia economically.")).not.toBe('REFUTED');
  });
});

describe('a package named by its recipient alone (src/check/package-names.ts, round 15)', async () => {
  const { packageRewrite } = await import('../../src/check/package-names.js');
  it('takes the graph\'s one giver to that recipient', () => {
    expect(packageRewrite(ctx, 'The assistance to Sylvania is meant for canal repair.')).toBe("Freedonia's assistance to Sylvania is meant for canal repair.");
    // no giver known, or the claim names one: no reading
    expect(packageRewrite(ctx, 'The assistance to Marsovia is meant for canal repair.')).toBeUndefined();
    expect(packageRewrite(ctx, 'The assistance to Sylvania from Marsovia is meant for canal repair.')).toBeUndefined();
  });
  it('reads it end to end', async () => {
    expect(await verdict('The assistance to Sylvania is meant for canal repair.')).toBe('SUPPORTED');
  });
});

describe('a package owned by its recipient (src/check/package-names.ts, round 26)', async () => {
  const { packageRewrite, ownedAmountParts } = await import('../../src/check/package-names.js');
  it('reads the possessor that gives nothing as the recipient of the graph\'s one giver', () => {
    expect(packageRewrite(ctx, "Sylvania's assistance is meant for canal repair.")).toBe("Freedonia's assistance to Sylvania is meant for canal repair.");
    // a giver stays the giver; a recipient of no one, or a giver named: no reading
    expect(packageRewrite(ctx, "Freedonia's assistance is meant for canal repair.")).toBeUndefined();
    expect(packageRewrite(ctx, "Marsovia's assistance is meant for canal repair.")).toBeUndefined();
    expect(packageRewrite(ctx, "Sylvania's assistance from Marsovia is meant for canal repair.")).toBeUndefined();
  });
  it('says an amounted package of the recipient as two statements', () => {
    expect(ownedAmountParts(ctx, "Sylvania's $5m aid is for farming.")).toEqual(["Freedonia's aid to Sylvania is for farming.", "Freedonia's aid to Sylvania is worth $5m"]);
    expect(ownedAmountParts(ctx, "Freedonia's $5m aid is for farming.")).toEqual([]);
  });
  it('reads it end to end', async () => {
    expect(await verdict("Sylvania's assistance is meant for canal repair.")).toBe('SUPPORTED');
  });
});

describe('"in an effort / a bid / an attempt to" after a deed (round 26, words26)', async () => {
  const { purposeConnectiveRewrite } = await import('../../src/check/purpose-connectives.js');
  it('is the deed\'s purpose, said "in order to"', () => {
    expect(purposeConnectiveRewrite(ctx, 'Freedonia financed roads in Sylvania in an effort to support its trade.')).toBe('Freedonia financed roads in Sylvania in order to support its trade.');
    expect(purposeConnectiveRewrite(ctx, 'Freedonia financed roads in a bid to win votes.')).toBe('Freedonia financed roads in order to win votes.');
    expect(purposeConnectiveRewrite(ctx, 'In an effort to win votes, Freedonia financed roads.')).toBeUndefined();
  });
  it('is read by the deed done to help', () => {
    expect(purposePartRewrite(ctx, "Freedonia promotes exports of tractors to Sylvania in an effort to help Sylvania's farms.")).toBe("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania.");
  });
});
