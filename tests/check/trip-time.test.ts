// The time of a claim the source ties to a traveller's trip (src/check/trip-time.ts, round 20b):
// the deals signed during Rufus Firefly's March 2014 tour of Marsovia were signed in March 2014.
import { describe, expect, it } from 'vitest';
import { periodHoldsTrip, tripSpan } from '../../src/check/trip-time.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const trip = `
cgc:rufus.visited.marsovia.trip a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:startDate "2014-03-02"^^xsd:date ; cg:endDate "2014-03-08"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
cgc:freedonia.signedDealWith.marsovia.trip a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:signedDealWith ; rdf:object cgr:marsovia ;
    cg:sector cgr:energy ; cg:duringTripOf cgr:rufus ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s004> .
`;
const { ctx, check } = checkFixture(trip);
const RUFUS = 'https://w3id.org/claimgraph/resource/rufus';

describe('a claim tied to a trip, without a time of its own', () => {
  it('takes the days of the traveller\'s one dated trip', () => {
    expect(tripSpan(ctx, RUFUS)).toEqual({ start: '2014-03-02', end: '2014-03-08' });
    expect(periodHoldsTrip('2014-03', { start: '2014-03-02', end: '2014-03-08' })).toBe(true);
    expect(periodHoldsTrip('2014-03', { start: '2014-02-27', end: '2014-03-04' })).toBe(false);
  });
  it('gives no days for a traveller with several dated trips', () => {
    const two = checkFixture(`${trip}
cgc:rufus.visited.sylvania.trip a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:startDate "2015-05-02"^^xsd:date ; cg:endDate "2015-05-04"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`);
    expect(tripSpan(two.ctx, RUFUS)).toBeUndefined();
  });
  it('supports a month or a year that holds the whole trip', async () => {
    // before: "the source states no date"
    expect((await check('Freedonia signed energy deals with Marsovia in March 2014.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals with Marsovia in 2014.')).verdict).toBe('SUPPORTED');
  });
  it('leaves another month or a day undecided', async () => {
    expect((await check('Freedonia signed energy deals with Marsovia in April 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia signed energy deals with Marsovia on 5 March 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
