// A verb that negates a trip (src/check/called-off.ts): the fixture records Rufus Firefly's visit
// to Sylvania in 2001 and nothing of a visit to Marsovia.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { calledOffTrip } from '../../src/check/called-off.js';

const { ctx, check } = checkFixture();

describe('a trip called off', () => {
  it('says the trip as made, its time moved after the claim', () => {
    expect(calledOffTrip(ctx, 'Rufus Firefly called off his 2001 visit to Sylvania.')?.claim).toBe('Rufus Firefly made a visit to Sylvania in 2001.');
    expect(calledOffTrip(ctx, 'Rufus Firefly cancelled a state visit to Sylvania.')?.claim).toBe('Rufus Firefly made a state visit to Sylvania.');
    expect(calledOffTrip(ctx, 'Rufus Firefly has scrapped a trip to Sylvania in 2001.')?.claim).toBe('Rufus Firefly made a trip to Sylvania in 2001.');
  });
  it('reads no denial, no plan, no postponement and no noun other than a trip', () => {
    for (const c of ['Rufus Firefly did not call off his visit to Sylvania.', 'Rufus Firefly will call off his visit to Sylvania.',
      'Rufus Firefly postponed his visit to Sylvania.', 'Rufus Firefly called off the talks with Sylvania.', 'Rufus Firefly called off his surprise visit to Sylvania.']) {
      expect(calledOffTrip(ctx, c), c).toBeUndefined();
    }
  });
  it('refutes the trip called off in the time the graph records it made', async () => {
    const r = await check('Rufus Firefly called off his 2001 visit to Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toContain('cg:cancellingVerb');
  });
  it('holds a trip called off with no time, at another time, or never recorded as not enough information, the reading shown', async () => {
    for (const c of ['Rufus Firefly called off a visit to Sylvania.', 'Rufus Firefly called off a visit to Sylvania in 2005.', 'Rufus Firefly cancelled a trip to Marsovia.']) {
      const r = await check(c);
      expect(r.verdict, c).toBe('NOT_ENOUGH_INFO');
      expect(r.interpretation.predicate, c).toContain('#visited');
      expect(r.interpretation.polarity, c).toBe('negative');
    }
  });
});
