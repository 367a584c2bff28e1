// An event "taking place in" or "staged in" a city is hosted by it (ontology/lexicon.ttl, cg:hostOf,
// round 22): read as (city, cg:hostOf, event); a date after "held in" stays cg:heldOn's.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string): string => `cgc:${id} a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object ${o} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`;

const GRAPH = `
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:ludovia a cg:City ; rdfs:label "Ludovia" .
cgr:league a cg:Organization ; rdfs:label "League of Nations" ; skos:altLabel "the League" .
cgr:zenda-summit a cg:Event ; rdfs:label "League summit in Zenda (2015)" ; skos:altLabel "Zenda summit", "summit in Zenda" .
${claim('zenda.hostOf.zenda-summit', 'zenda', 'hostOf', 'cgr:zenda-summit')}
${claim('zenda-summit.organisedBy.league', 'zenda-summit', 'organisedBy', 'cgr:league')}
${claim('zenda-summit.heldOn', 'zenda-summit', 'heldOn', '"2015-07"^^xsd:gYearMonth')}
`;

const { check } = checkFixture(GRAPH);

describe('an event held or taking place in a city (cg:hostOf)', () => {
  it('reads "E took place in C" and "E was staged in C" as C hosting E', async () => {
    for (const text of ['The Zenda summit took place in Zenda.', 'The Zenda summit was staged in Zenda.']) {
      const r = await check(text);
      expect(r.interpretation.predicateName ?? r.interpretation.predicate).toMatch(/hostOf/);
      expect(r.verdict).toBe('SUPPORTED');
    }
  });
  it('holds another city undecided (an event may have co-hosts) and refutes a denial', async () => {
    expect((await check('The Zenda summit took place in Ludovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Zenda summit did not take place in Zenda.')).verdict).toBe('REFUTED');
  });
  it('keeps a date after "held in" as the day it was held', async () => {
    const r = await check('The Zenda summit was held in July 2015.');
    expect(r.interpretation.predicate).toMatch(/heldOn/);
    expect(r.verdict).toBe('SUPPORTED');
  });
});

describe('an event "held in" a city (round 31, lexicon cg:idiom "be held in => take place in")', () => {
  it('reads "was held in", "will be held in" and the question as the event taking place there', async () => {
    const r = await check('The Zenda summit was held in Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName ?? r.interpretation.predicate).toMatch(/hostOf/);
    expect(r.explanation).toContain("read 'was held in' as 'took place in'");
    expect((await check('Was the Zenda summit held in Zenda?')).verdict).toBe('SUPPORTED');
    expect((await check('The Zenda summit was not held in Zenda.')).verdict).toBe('REFUTED');
  });
  it('holds another city and a hedge, and reads no person "held in" a city', async () => {
    expect((await check('The Zenda summit was held in Ludovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Zenda summit might be held in Ludovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly was held in Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
