// Round 29 (values29): a planned facility's figures said in the present tense (read since the
// merge by src/check/design-present.ts, which values29's planned-values.ts duplicated), a
// span with an unread unit (src/check/spans.ts), the winter of two years
// (src/check/calendar-parts.ts) and a closed-list count that must read a second member
// (src/check/closed-lists.ts). Fictional fixture: the canal pipeline is planned at about 120 km,
// up to 9 bcm a year and about US$ 5 billion; Rufus Firefly hosted the Founders Gala.
import { describe, expect, it } from 'vitest';
import { calendarPart } from '../../src/check/calendar-parts.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_EVENTS } from '../helpers/dated-events.js';

const claim = (id: string, s: string, p: string, o: string, modality = 'Stated', sentence = 's001'): string => `
cgc:${id} a cg:Claim ; rdf:subject ${s} ; rdf:predicate cg:${p} ; rdf:object ${o} ;
    cg:polarity cg:Positive ; cg:modality cg:${modality} ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/${sentence}> .`;

const PLANNED = `
${claim('canal.lengthKm.120', 'cgr:canal', 'lengthKm', '"120"^^xsd:decimal', 'Expected')}
${claim('canal.annualCapacityBcm.9', 'cgr:canal', 'annualCapacityBcm', '"9"^^xsd:decimal', 'Expected')}
${claim('canal.estimatedCostUSD.5e9', 'cgr:canal', 'estimatedCostUSD', '"5000000000"^^xsd:decimal', 'Expected')}
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
cgr:trentino a cg:Person ; rdfs:label "Ambassador Trentino" ; skos:altLabel "Trentino" .
${claim('rufus.hostOf.gala', 'cgr:rufus', 'hostOf', 'cgr:gala')}
${claim('chicolini.guestOf.gala', 'cgr:chicolini', 'guestOf', 'cgr:gala', 'Stated', 's002')}
${claim('trentino.guestOf.gala', 'cgr:trentino', 'guestOf', 'cgr:gala', 'Stated', 's002')}
${claim('chicolini.attended.gala', 'cgr:chicolini', 'attended', 'cgr:gala', 'Stated', 's002')}
${claim('trentino.attended.gala', 'cgr:trentino', 'attended', 'cgr:gala', 'Stated', 's002')}
${claim('gala.guestCount.2', 'cgr:gala', 'guestCount', '"2"^^xsd:nonNegativeInteger', 'Stated', 's002')}
${DATED_EVENTS}
`;
const { check } = checkFixture(PLANNED);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a planned figure said in the present tense', () => {
  it('is read against the plan, and says so', async () => {
    const r = await check('The canal pipeline is about 120 km long.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/design property said in the present tense/);
    expect(await verdict("The canal pipeline's length exceeds 300 km.")).toBe('REFUTED');
    expect(await verdict("The canal pipeline's yearly capacity is below 20 bcm.")).toBe('SUPPORTED');
    expect(await verdict("The canal pipeline's annual capacity is more than 30 billion cubic metres.")).toBe('REFUTED');
  });
  it('leaves a thing without a plan, a past cost and another time undecided', async () => {
    // a figure of a line the graph plans nothing for
    expect(await verdict("The Acme Development Bank's price tag is about US$ 5 billion.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The canal pipeline cost US$ 9 billion.')).not.toBe('REFUTED');
    expect(await verdict('The canal pipeline was 300 km long in 1990.')).not.toBe('REFUTED');
  });
});

describe('a count over a closed list', () => {
  it('does not let a guest stand for the host (src/check/closed-lists.ts reads a second member)', async () => {
    // Chicolini is a guest: "Chicolini had two guests" is no count of the gala's guests
    expect(await verdict('Chicolini had two foreign guests at the Founders Gala.')).not.toBe('SUPPORTED');
  });
});

describe('a span with a unit it does not read', () => {
  it('is no bare "after" (a false SUPPORTED before round 29), and "wks" is weeks', async () => {
    expect(await verdict('The Acme Development Bank opened some 5 xyz after the Founders Gala.')).not.toBe('SUPPORTED');
    // the gala 2015-12-13, the bank 2016-01-03: 21 days
    expect(await verdict('The Acme Development Bank opened 3 wks after the Founders Gala.')).toBe('SUPPORTED');
    expect(await verdict('The Acme Development Bank opened some 5 wks after the Founders Gala.')).toBe('REFUTED');
  });
});

describe('the winter of two years', () => {
  it('is December of the first to February of the second, and needs consecutive years', () => {
    expect(calendarPart('The canal opened in the winter of 2015-16.')!.support.map((s) => s.date)).toEqual(['December 2015', 'January 2016', 'February 2016']);
    expect(calendarPart('The canal opened in winter 2015/2016.')!.refute.map((s) => s.date)).toEqual(['November 2015', 'December 2015', 'January 2016', 'February 2016', 'March 2016']);
    expect(calendarPart('The canal opened in the winter of 2015-17.')).toBeUndefined();
  });
  it('decides by the months', async () => {
    expect(await verdict('The Founders Gala was held in the winter of 2015-16.')).toBe('SUPPORTED');
    expect(await verdict('The Founders Gala was held in the winter of 2014-15.')).toBe('REFUTED');
  });
});

describe('an amount said in two currencies of a property the source gives in one', () => {
  it('is not supported by the one currency alone, and a false part in that currency still refutes', async () => {
    // a false SUPPORTED before round 29: the yen were never compared (src/check/qualifiers.ts)
    expect(await verdict('The canal pipeline is estimated to cost about US$ 5 billion, or 900 billion yen.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The canal pipeline is estimated to cost about US$ 5 billion.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline is estimated to cost about US$ 9 billion, or 900 billion yen.')).toBe('REFUTED');
  });
});
