// A trip named without its destination (src/check/implied-object.ts): read once per place the
// graph says the traveller visited; supported when one place supports it and none refutes it,
// refuted only when every place refutes it.
import { describe, expect, it } from 'vitest';
import { impliedDestinations } from '../../src/check/implied-object.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Rufus Firefly visited Sylvania in 2001; Gloria Teasdale visited Sylvania in 2010
// and was the first to visit Grand Fenwick (no year)
const { ctx, check } = checkFixture();

describe('a trip without its destination', () => {
  it('is rewritten with each place the traveller visited, after a possessive or "his/her/their"', () => {
    expect(impliedDestinations(ctx, "Rufus Firefly's trip took place in 2001.")).toEqual([{ place: 'Sylvania', claim: "Rufus Firefly's trip to Sylvania took place in 2001." }]);
    expect(impliedDestinations(ctx, 'Gloria Teasdale ended her state visit in 2010.').map((d) => d.claim)).toEqual([
      'Gloria Teasdale ended her state visit to Grand Fenwick in 2010.', 'Gloria Teasdale ended her state visit to Sylvania in 2010.']);
    // round 31: "the trip" of the name the claim opens with, as "his trip"
    expect(impliedDestinations(ctx, 'Rufus Firefly ended the trip in 2001.')).toEqual([{ place: 'Sylvania', claim: 'Rufus Firefly ended the trip to Sylvania in 2001.' }]);
    expect(impliedDestinations(ctx, 'The trip ended in 2001.')).toEqual([]);
    // a destination said, or no traveller the graph knows: nothing to add
    expect(impliedDestinations(ctx, "Rufus Firefly's trip to Sylvania took place in 2001.")).toEqual([]);
    expect(impliedDestinations(ctx, "Groucho's trip took place in 2001.")).toEqual([]);
    // a place named before the noun is the one place read
    expect(impliedDestinations(ctx, "Gloria Teasdale's Sylvania trip took place in 2010.")).toEqual([{ place: 'Sylvania', claim: "Gloria Teasdale's trip to Sylvania took place in 2010." }]);
  });
  it('is supported when one place supports it and none refutes it, and says which place was read', async () => {
    const r = await check("Gloria Teasdale's trip took place in 2010.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('read the trip as the one to Sylvania');
  });
  it('is refuted only when every place refutes it', async () => {
    const one = await check("Rufus Firefly's trip took place in 2005.");
    const two = await check("Gloria Teasdale's trip took place in 2005.");
    expect(two.verdict).toBe('NOT_ENOUGH_INFO');
    expect(one.verdict).not.toBe('SUPPORTED');
  });
});
