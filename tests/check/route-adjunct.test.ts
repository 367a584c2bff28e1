// The route or means of a trip read away (src/check/route-adjunct.ts, src/check/rewrites.ts): the
// fixture records Rufus Firefly's visit to Sylvania in 2001, and Gloria Teasdale's in 2010.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { withoutRoute } from '../../src/check/route-adjunct.js';

const { check } = checkFixture();

describe('a route or means of travel', () => {
  it('drops the route up to a time, and the means', () => {
    expect(withoutRoute('Rufus Firefly stopped off in Sylvania on his way to Marsovia in 2001.')).toEqual({ claim: 'Rufus Firefly stopped off in Sylvania in 2001.', adjunct: 'on his way to Marsovia' });
    expect(withoutRoute('Gloria Teasdale went to Sylvania by special train.')).toEqual({ claim: 'Gloria Teasdale went to Sylvania.', adjunct: 'by special train' });
    expect(withoutRoute('Rufus Firefly visited Sylvania en route to Marsovia, a reader says.')?.claim).toBe('Rufus Firefly visited Sylvania, a reader says.');
  });
  it('keeps a denial, a question and a claim with nothing to drop whole', () => {
    for (const c of ['Rufus Firefly did not visit Sylvania on his way to Marsovia.', 'Did Rufus Firefly visit Sylvania by plane?', 'Rufus Firefly visited Sylvania by 2001.']) {
      expect(withoutRoute(c), c).toBeUndefined();
    }
  });
  it('refutes by the rest, and holds its support as not enough information', async () => {
    expect((await check('Rufus Firefly visited Grand Fenwick on his way to Sylvania.')).verdict).not.toBe('SUPPORTED');
    const r = await check('Rufus Firefly visited Sylvania by plane in 2001.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.notes?.join(' ')).toContain('a route or means of travel');
  });
});
