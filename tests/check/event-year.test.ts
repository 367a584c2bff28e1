// An event named with a year (src/check/event-year.ts, round 30): a recurring event's other year
// is another event, of which the graph says nothing; the year of the known event reads as before.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015>';
const { check } = checkFixture(`
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau-summit a cg:Event ; rdfs:label "League summit in Strelsau (2016)" ; skos:altLabel "Strelsau summit", "League summit" ; cg:organisedBy cgr:league .
cgc:strelsau-summit.heldOn a cg:Claim ; rdf:subject cgr:strelsau-summit ; rdf:predicate cg:heldOn ; rdf:object "2016-06"^^xsd:gYearMonth ;
  cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ; ${S} .
cgc:strelsau.hostOf.strelsau-summit a cg:Claim ; rdf:subject cgr:strelsau ; rdf:predicate cg:hostOf ; rdf:object cgr:strelsau-summit ;
  cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ; cg:year "2016"^^xsd:gYear ; ${S} .
cgr:undated-fair a cg:Event ; rdfs:label "Zenda fair" .
`);

describe('event-year: a recurring event named with another year', () => {
  it('holds a summit of another year, stated or denied (the known one\'s date refuted it before)', async () => {
    for (const claim of [
      'The 2017 League summit will take place in Strelsau.',
      'Strelsau will host the 2019 League summit.',
      'Strelsau will not host the 2017 League summit.',
      'Strelsau will host the June 2017 League summit.',
    ]) {
      // unread is fine too: never decided
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
    expect((await check('Strelsau will host the 2018 League summit.')).explanation).toMatch(/another event/);
  });

  it('reads the year of the known event as before, and a year elsewhere in the claim as its date', async () => {
    expect((await check('Strelsau will host the 2016 League summit.')).verdict).toBe('SUPPORTED');
    expect((await check('Strelsau will not host the 2016 League summit.')).verdict).toBe('REFUTED');
    expect((await check('The June 2016 League summit will take place in Strelsau.')).verdict).not.toBe('NOT_ENOUGH_INFO');
  });
});
