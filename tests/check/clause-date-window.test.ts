// A clause dated by a window (src/check/clause-date.ts, round 22): a visit the source bounds only by
// its tour's first and last days (cg:earliestDate / cg:latestDate) is dated by the month that holds
// the whole window, as a trip with its own first and last days is; a window over two months is no date.
import { describe, expect, it } from 'vitest';
import { clauseDay } from '../../src/check/clause-date.js';
import { checkFixture } from '../helpers/check-fixture.js';

const visit = (id: string, from: string, until: string): string => `
cgc:rufus.visited.grand-fenwick.${id} a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:grand-fenwick ;
    cg:earliestDate "${from}"^^xsd:date ; cg:latestDate "${until}"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:GroupExpansion ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
`;

// a duct operational since December 2009; Teasdale's visit to Grand Fenwick is one stop of a tour
// of 22 to 28 October 2015
const { ctx, check } = checkFixture(`
cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .
cgc:duct.operationalSince.2009-12 a cg:Claim ; rdf:subject cgr:duct ; rdf:predicate cg:operationalSince ; rdf:object "2009-12"^^xsd:gYearMonth ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s008> .
cgr:duct cg:operationalSince "2009-12"^^xsd:gYearMonth .
cgc:teasdale.visited.grand-fenwick.window a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:visited ; rdf:object cgr:grand-fenwick ;
    cg:earliestDate "2015-10-22"^^xsd:date ; cg:latestDate "2015-10-28"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:GroupExpansion ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
`);

describe('a clause dated by a window of days', () => {
  it('is dated by the month holding the window', () => {
    expect(clauseDay(ctx, 'Teasdale visited Grand Fenwick')?.day).toBe('2015-10');
  });
  it('dates a lasting state up to the visit, with the arithmetic shown', async () => {
    const r = await check('The Marsovia duct had been working for about six years when Teasdale visited Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/2009-12 to 2015-10 is 2100 to 2160 days/);
    expect((await check('The Marsovia duct had been working for about two years when Teasdale visited Grand Fenwick.')).verdict).toBe('REFUTED');
    expect((await check('Teasdale visited Grand Fenwick about six years after the Marsovia duct began operating.')).verdict).toBe('SUPPORTED');
  });
  it('gives no date for a window over two months, or two windows that differ', () => {
    expect(clauseDay(checkFixture(visit('late', '2015-10-28', '2015-11-03')).ctx, 'Rufus visited Grand Fenwick')).toBeUndefined();
    const two = checkFixture(`${visit('w1', '2015-10-01', '2015-10-05')}${visit('w2', '2015-10-10', '2015-10-12')}`).ctx;
    expect(clauseDay(two, 'Rufus visited Grand Fenwick')).toBeUndefined();
  });
});
