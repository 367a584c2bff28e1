// The means of a deed (src/check/means.ts, cg:means): "X helps Y's programme by promoting the export
// of Z" against the activity the graph gives the deed's claim. The same activity said less fully
// supports; its contrary (the opposite action, or the flow the other way) refutes; another
// activity, or both reversals at once, leaves the claim undecided.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { compareMeans } from '../../src/check/means.js';

const ART = FIXTURE_ARTICLE;
const R = 'https://w3id.org/claimgraph/resource/';
const { check, ctx } = checkFixture(`
cgr:grain-programme a cg:Programme ; rdfs:label "grain programme of Sylvania" ; skos:altLabel "grain programme" .
cgr:seed-export-promotion a cg:Means ;
    rdfs:label "promoting the export of Freedonian seed technology and equipment to Sylvania" .
cgc:freedonia.helpTo.sylvania.means a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:helpTo ; rdf:object cgr:sylvania ;
    cg:purpose cgr:grain-programme ; cg:means cgr:seed-export-promotion ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
const LABEL = ['promoting the export of Freedonian seed technology and equipment to Sylvania'];

describe('a means compared with the source\'s', () => {
  const cmp = (phrase: string): string => compareMeans(ctx, phrase, LABEL, `${R}freedonia`, `${R}sylvania`);
  it('is the same activity when every word of it is the source\'s', () => {
    expect(cmp('promoting exports of Freedonian seed technology')).toBe('same');
    expect(cmp('promoting seed technology exports to Sylvania')).toBe('same');
  });
  it('is its contrary with the opposite action or the flow the other way, not both', () => {
    expect(cmp('blocking the export of Freedonian seed equipment')).toBe('contrary');
    expect(cmp('importing Sylvanian seed technology into Freedonia')).toBe('contrary');
    expect(cmp('blocking the export of Sylvanian seed technology to Freedonia')).toBe('other');
  });
  it('is another activity with a word the source does not use', () => {
    expect(cmp('training Sylvanian farmers')).toBe('other');
    expect(cmp('promoting the export of Freedonian grain to Sylvania')).toBe('other');
  });
});

describe('a claim with "by ..."', () => {
  it('is supported when the deed is and the graph gives it that means', async () => {
    const r = await check("Freedonia helps Sylvania's grain programme by promoting exports of Freedonian seed technology.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.some((e) => e.claim.endsWith('freedonia.helpTo.sylvania.means') && e.stance === 'supports')).toBe(true);
  });
  it('is refuted by the contrary of the means', async () => {
    for (const claim of [
      "Freedonia helps Sylvania's grain programme by restricting exports of Freedonian seed technology.",
      "Freedonia helps Sylvania's grain programme by importing Sylvanian seed equipment into Freedonia.",
    ]) expect((await check(claim)).verdict, claim).toBe('REFUTED');
  });
  it('is undecided with another means (a source giving one means does not say it is the only one)', async () => {
    for (const claim of [
      "Freedonia helps Sylvania's grain programme by training Sylvanian farmers.",
      "Freedonia helps Sylvania's grain programme by blocking the export of Sylvanian seed technology to Freedonia.",
    ]) expect((await check(claim)).verdict, claim).toBe('NOT_ENOUGH_INFO');
  });
});
