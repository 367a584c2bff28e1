// "the bank" inside what a reported speaker said (src/check/attribution.ts `spokenIn`, round 15):
// the one bank the headline of the article reporting that speaker (cg:saidBy) names.
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkFixture } from '../helpers/check-fixture.js';

const ART = 'https://w3id.org/claimgraph/article/acme-notes';
const { ctx } = checkFixture(`
cga:acme-notes a schema:NewsArticle ; schema:headline "Acme Bank Opens in Sylvania" .
cgr:tarsk-analysts a cg:PersonGroup ; rdfs:label "analysts in Tarsk" .
cgr:vell-analysts a cg:PersonGroup ; rdfs:label "analysts in Vell" .
cgc:acme.lends.sylvania.said a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Possible ; cg:saidBy cgr:tarsk-analysts ; cg:statedIn cga:acme-notes ;
    prov:wasDerivedFrom <${ART}/sentence/s001> .
`);

describe('a reported speaker\'s "the bank"', () => {
  it('is the bank named by the headline of the article reporting the speaker', () => {
    expect(readAttribution(ctx, 'Analysts in Tarsk said the bank could lend to Sylvania.')?.inner).toBe('Acme Development Bank could lend to Sylvania');
  });

  it('stays as said for a speaker no article reports', () => {
    expect(readAttribution(ctx, 'Analysts in Vell said the bank could lend to Sylvania.')?.inner ?? 'the bank').toMatch(/the bank/);
  });
});
