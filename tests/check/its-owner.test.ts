// "its" before a thing the graph says is someone's (src/check/its-owner.ts, round 20b).
import { describe, expect, it } from 'vitest';
import { itsOwnerRewrite } from '../../src/check/its-owner.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

// the fixture plus Sylvania's grain programme, which Freedonia may help by promoting exports
const { ctx, check } = checkFixture(`
cgr:grain-programme a cg:Programme ; rdfs:label "grain programme of Sylvania" ; skos:altLabel "Sylvania grain programme", "grain programme" ;
    cg:programmeOf cgr:sylvania .
cgr:grain-export-promotion a cg:Activity ; rdfs:label "promoting the export of Freedonian grain machinery to Sylvania" .
cgr:salt-fund a cg:Programme ; rdfs:label "salt fund" .
cgc:freedonia.helpTo.sylvania.grain a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:helpTo ; rdf:object cgr:sylvania ;
    cg:purpose cgr:grain-programme ; cg:means cgr:grain-export-promotion ;
    cg:polarity cg:Positive ; cg:modality cg:Possible ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`);

describe('"its" before a thing the graph gives an owner', () => {
  it('is said as the owner\'s possessive when the owner is named in the claim', () => {
    expect(itsOwnerRewrite(ctx, 'To help its grain programme, Freedonia sends engineers to Sylvania.'))
      .toBe("To help Sylvania's grain programme, Freedonia sends engineers to Sylvania.");
  });
  it('is left alone when the owner is not named, or the thing has no owner in the graph', () => {
    expect(itsOwnerRewrite(ctx, 'To help its grain programme, Freedonia sends engineers to Marsovia.')).toBeUndefined();
    expect(itsOwnerRewrite(ctx, 'Freedonia helps its salt fund in Sylvania.')).toBeUndefined();
    expect(itsOwnerRewrite(ctx, 'Freedonia helps its neighbours, Sylvania among them.')).toBeUndefined();
  });
  it('is checked as the owner\'s possessive', async () => {
    // before: "its grain programme" read as the thing helped, which the graph does not say
    for (const claim of ['To help its grain programme, Freedonia promotes the export of grain machinery to Sylvania.',
      'Freedonia promotes grain machinery exports to Sylvania as a means of helping its grain programme.']) {
      const r = await check(claim);
      expect(r.verdict).toBe('SUPPORTED');
      expect(r.explanation).toMatch(/"its" read as the possessive/);
    }
    expect((await check('Freedonia promotes the export of grain machinery to Marsovia to help its grain programme.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
