// A host's guests said with "have" (src/check/had-guests.ts, round 29): "Rufus had two foreign
// guests at the gala" is "Rufus hosted two foreign guests at the gala", counted over the gala's
// closed list of guests (cg:guestCount); no count, or "had no guests", is not read this way.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { hadGuestsRewrite } from '../../src/check/had-guests.js';

const { check, ctx } = checkFixture(`
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
cgr:pinky a cg:Person ; rdfs:label "Pinky" .
cgc:rufus.hostOf.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:chicolini.guestOf.gala a cg:Claim ; rdf:subject cgr:chicolini ; rdf:predicate cg:guestOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:pinky.guestOf.gala a cg:Claim ; rdf:subject cgr:pinky ; rdf:predicate cg:guestOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:gala.guestCount.2 a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:guestCount ; rdf:object "2"^^xsd:nonNegativeInteger ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a host\'s guests said with "have"', () => {
  it('says them with the host\'s verb', () => {
    expect(hadGuestsRewrite(ctx, 'Rufus had two foreign guests at the gala.')).toBe('Rufus hosted two foreign guests at the gala.');
    expect(hadGuestsRewrite(ctx, 'Rufus has at least two visitors at the gala')).toBe('Rufus hosts at least two visitors at the gala');
    expect(hadGuestsRewrite(ctx, 'Rufus had no guests at the gala.')).toBeUndefined();
    expect(hadGuestsRewrite(ctx, 'Rufus had two guests.')).toBeUndefined();
  });

  it('counts them over the event\'s closed list', async () => {
    expect((await check('Rufus had two guests at the gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus had three guests at the gala.')).verdict).toBe('REFUTED');
  });
});
