// Spans to a planned event and spans said without an order (src/check/spans.ts, round 20): a
// thing named as a noun phrase whose time the graph gives only as an expectation is dated by its
// planned month (and the explanation says so); "N units separate A from B" reads both orders;
// a clause with two named subjects is dated when both give the same month (src/check/clause-date.ts
// reads a month-valued point in time).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_EVENTS } from '../helpers/dated-events.js';

// the fixture plus the dated events (the Acme Development Bank opened on 2016-01-03); the Marsovia
// summit only expected in June 2016; Freedonia and Sylvania began joining the League in July 2015
const { check } = checkFixture(`
${DATED_EVENTS}
cgr:marsovia-summit a cg:Event ; rdfs:label "Marsovia summit" ; skos:altLabel "the Marsovia summit" .
cgc:summit.heldOn a cg:Claim ; rdf:subject cgr:marsovia-summit ; rdf:predicate cg:heldOn ; rdf:object "2016-06"^^xsd:gYearMonth ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgc:freedonia.beganAccessionTo.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:pointInTime "2015-07"^^xsd:gYearMonth ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgc:sylvania.beganAccessionTo.league a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:pointInTime "2015-07"^^xsd:gYearMonth ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:freedonia cg:beganAccessionTo cgr:league .
cgr:sylvania cg:beganAccessionTo cgr:league .
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a span to a planned event', () => {
  it('is decided by the planned month, and says the month is only planned', async () => {
    const r = await check('The Acme Development Bank opened less than a year before the Marsovia summit.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('the month it is expected in');
    expect(r.explanation).toContain('only as planned');
    expect(await verdict('The Acme Development Bank opened more than a year before the Marsovia summit.')).toBe('REFUTED');
  });
  it('reads "before Y was due" as before the planned event (round 24)', async () => {
    expect(await verdict('The Acme Development Bank opened less than a year before the Marsovia summit was due.')).toBe('SUPPORTED');
    expect(await verdict('The Acme Development Bank opened more than a year before the Marsovia summit was due to take place.')).toBe('REFUTED');
    // the planned event first: "A was due N after B"
    expect(await verdict('The Marsovia summit was due less than a year after the Acme Development Bank\'s opening.')).toBe('SUPPORTED');
    expect(await verdict('The Marsovia summit was due more than two years after the Acme Development Bank\'s opening.')).toBe('REFUTED');
  });
  it('leaves a count that fits only the middle of a month-known range undecided (round 35: was REFUTED)', async () => {
    // July 2015 to June 2016 is 306 to 365 days: "eleven months" fits neither end, but the days between
    expect(['UNREAD', 'NOT_ENOUGH_INFO']).toContain(await verdict('The Marsovia summit was due eleven months after Freedonia began joining the League.'));
    expect(await verdict('The Marsovia summit was due three months after Freedonia began joining the League.')).toBe('REFUTED');
  });
  it('is no reading when the planned event is said to have happened ("took place")', async () => {
    expect(await verdict('The Marsovia summit took place less than a year after the Acme Development Bank opened.')).not.toBe('SUPPORTED');
  });
});

describe('a span said with "separate"', () => {
  it('reads the sides in either order', async () => {
    expect(await verdict('Less than a year separates the Acme Development Bank\'s opening from the Marsovia summit.')).toBe('SUPPORTED');
    expect(await verdict('Less than a year separates the Marsovia summit from the Acme Development Bank\'s opening.')).toBe('SUPPORTED');
    expect(await verdict('More than two years separate the Marsovia summit from the Acme Development Bank\'s opening.')).toBe('REFUTED');
  });
});

describe('a span side with two named subjects', () => {
  it('is dated by the month both subjects\' clauses give', async () => {
    expect(await verdict('Freedonia and Sylvania began joining the League about eleven months before the Marsovia summit.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia and Sylvania began joining the League more than two years before the Marsovia summit.')).toBe('REFUTED');
  });
});
