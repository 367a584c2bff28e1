// Purposes in shapes the purpose readers do not take (round 23, src/check/purpose-shapes.ts): the
// purpose as subject ("V-ing O was one of the uses of D"), "Behind D lies the aim of V-ing O",
// "so that it could V", "D covers P", said in the purpose readers' words and rechecked.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { purposeShapeRewrites } from '../../src/check/purpose-shapes.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals", "repair canals", "canal repairs" .
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:canal-repair')}
`);

describe('a purpose in another shape', () => {
  it('is said in the purpose readers\' words', () => {
    expect(purposeShapeRewrites(ctx, "Repairing canals was one of the two uses of Freedonia's aid to Sylvania."))
      .toEqual(["Freedonia's aid to Sylvania was meant to repair canals"]);
    expect(purposeShapeRewrites(ctx, "Repairing canals was the main aim of Freedonia's aid to Sylvania."))
      .toEqual(["The main aim of Freedonia's aid to Sylvania was to repair canals"]);
    expect(purposeShapeRewrites(ctx, "Behind Freedonia's aid to Sylvania lay the aim of repairing canals."))
      .toEqual(["The aim of Freedonia's aid to Sylvania was to repair canals"]);
    expect(purposeShapeRewrites(ctx, "Behind Freedonia's canal focus in Sylvania lies the aim of securing its ports."))
      .toEqual(['Freedonia focuses on canal in Sylvania to secure its ports']);
    expect(purposeShapeRewrites(ctx, 'Freedonia pledged aid to Sylvania so that it could repair canals.'))
      .toEqual(['Freedonia pledged aid to Sylvania to repair canals']);
    expect(purposeShapeRewrites(ctx, "Freedonia's aid to Sylvania covers canal repairs."))
      .toEqual(["Freedonia's aid to Sylvania is meant for canal repairs"]);
  });

  it('leaves a denial and other words alone', () => {
    expect(purposeShapeRewrites(ctx, "Repairing canals was not one of the uses of Freedonia's aid to Sylvania.")).toEqual([]);
    expect(purposeShapeRewrites(ctx, 'Freedonia covers Sylvania.')).toEqual([]);
    expect(purposeShapeRewrites(ctx, 'Freedonia pledged aid to Sylvania.')).toEqual([]);
  });

  it('decides the claim in those words: the purpose the graph gives', async () => {
    expect((await check("Repairing canals was one of the two uses of Freedonia's aid to Sylvania.")).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia pledged aid to Sylvania so that it could repair canals.')).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's aid to Sylvania covers canal repairs.")).verdict).toBe('SUPPORTED');
    // a rival purpose is no support
    expect((await check("Building clinics was one of the two uses of Freedonia's aid to Sylvania.")).verdict).not.toBe('SUPPORTED');
  });
});
