// A deed done to help something (src/check/purpose-parts.ts): said as an effort to help by the
// deed, and (round 41) the same deed with a contrary purpose refuted when the help is supported.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { purposePartRewrite, readContraryHelp } from '../../src/check/purpose-parts.js';

const { check, ctx } = checkFixture(`
cgr:grain-programme a cg:Programme ; rdfs:label "grain programme of Sylvania" ; skos:altLabel "grain programme" .
cgr:seed-export-promotion a cg:Means ;
    rdfs:label "promoting the export of Freedonian seed technology and equipment to Sylvania" .
cgc:freedonia.helpTo.sylvania.means a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:helpTo ; rdf:object cgr:sylvania ;
    cg:purpose cgr:grain-programme ; cg:means cgr:seed-export-promotion ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`);
const recheck = (c: string) => check(c).catch(() => undefined);

describe('a deed done to help', () => {
  it('is said as an effort to help by the deed', () => {
    expect(purposePartRewrite(ctx, 'Freedonia promotes exports of seed technology to Sylvania to help its grain programme.'))
      .toBe('Freedonia seeks to help its grain programme by promoting exports of seed technology to Sylvania.');
  });
  it('reads "pushing" the exports as the source\'s "promoting" (lexicon cg:oppositeAction, round 41)', async () => {
    expect((await check("Freedonia is pushing seed technology exports to Sylvania in order to help Sylvania's grain programme.")).verdict).toBe('SUPPORTED');
    // "in Sylvania" is where the pushing is, no end of the flow: never the reversed flow (round 41, lead; was REFUTED)
    expect((await check("Freedonia is pushing its seed technology in Sylvania with the aim of helping Sylvania's grain programme.")).verdict).not.toBe('REFUTED');
  });
});

describe('a contrary purpose of a deed done to help (readContraryHelp)', () => {
  it('is refuted when the source says the deed is done to help the same thing', async () => {
    for (const text of [
      "Freedonia promotes seed technology exports to Sylvania in order to weaken Sylvania's grain programme.",
      "Freedonia is promoting the export of seed equipment to Sylvania so that it can dismantle Sylvania's grain programme.",
    ]) {
      const out = await readContraryHelp({ ctx, text, recheck });
      const r = out && 'decided' in out ? out.decided : undefined;
      expect(r?.verdict, text).toBe('REFUTED');
      expect(r?.evidence.every((e) => e.stance === 'refutes'), text).toBe(true);
      expect((await check(text)).verdict, text).toBe('REFUTED');
    }
  });
  it('reads nothing for a purpose of help, a denial, or a deed the source does not give', async () => {
    for (const text of [
      "Freedonia promotes seed technology exports to Sylvania in order to help Sylvania's grain programme.",
      "Freedonia does not promote seed technology exports to Sylvania in order to weaken Sylvania's grain programme.",
      "Freedonia promotes tractor exports to Marsovia in order to weaken Marsovia's grain programme.",
    ]) expect(await readContraryHelp({ ctx, text, recheck }), text).toBeUndefined();
  });
});
