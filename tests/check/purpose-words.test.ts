// What a package is for, in other words (round 11, branch words; src/check/purpose-words.ts):
// "aims / seeks / serves to V O", "would serve P", "is geared toward P", and a package named by its
// amount, each said in the frame src/check/purpose-frames.ts reads. All were unread before.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { purposeWordsRewrites } from '../../src/check/purpose-words.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:clinic-equipment a cg:Purpose ; rdfs:label "clinic equipment" .
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals" .
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:canal-repair')}
${claim('pkg.marsovia', 'freedonia', 'financialAssistanceTo', 'marsovia', 'Stated', 'cg:purpose cgr:clinic-equipment ; cg:amount "5000000"^^xsd:decimal ; cg:currency "USD"')}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('what a package is for, in other words', () => {
  it('is said in the frame package-purpose reads', () => {
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania aims to repair canals.")).toEqual(["Freedonia's aid to Sylvania is meant to repair canals."]);
    expect(purposeWordsRewrites(ctx, "Freedonia's grants to Sylvania would serve canal repair.")).toEqual(["Freedonia's grants to Sylvania is meant for canal repair."]);
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania is geared toward canal repair.")).toEqual(["Freedonia's aid to Sylvania is meant for canal repair."]);
    expect(purposeWordsRewrites(ctx, 'Freedonia serves Sylvania.')).toEqual([]);
  });

  it('supports the package\'s purpose, refutes another package\'s', async () => {
    expect(await verdict("Freedonia's aid to Sylvania aims to repair canals.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's grants to Sylvania would serve canal repair.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's grants to Sylvania are geared toward clinic equipment.")).toBe('REFUTED');
  });
});

describe('a participle of purpose that is also an object verb (round 19)', () => {
  it('is read as the participle after "is", not as the verb with "is" left in its subject', () => {
    expect(purposeWordsRewrites(ctx, "Freedonia's financial assistance to Marsovia is targeted at clinic equipment."))
      .toEqual(["Freedonia's financial assistance to Marsovia is meant for clinic equipment."]);
    expect(purposeWordsRewrites(ctx, "Freedonia's financial assistance to Marsovia targets clinic equipment."))
      .toEqual(["Freedonia's financial assistance to Marsovia is meant for clinic equipment."]);
  });
  it('decides when a pattern read the claim undecided through WordNet ("targeted" a way of "aimed")', async () => {
    expect(await verdict("Freedonia's financial assistance to Marsovia is targeted at clinic equipment.")).toBe('SUPPORTED');
  });
});
