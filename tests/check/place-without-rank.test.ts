// "in <a place>" on a reading with no rank is where it happened (cg:location), not the population
// of a rank (cg:rankScope) (src/check/parser.ts placeWithoutRank, round 11).
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/check/parser.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
`);

describe('a place on a reading with no rank', () => {
  it('is the location, not a rank scope', () => {
    const { readings } = parseClaim(ctx, 'Freedonia signed energy deals with Sylvania in Gala City.');
    const q = readings[0]!.interpretation.qualifiers;
    expect(q.rankScope).toBeUndefined();
    expect(q.location).toMatchObject({ kind: 'entity', label: 'Gala City' });
  });

  it('stays the rank scope of a superlative', () => {
    const { readings } = parseClaim(ctx, 'Freedonia is the largest economy in Ruritania.');
    expect(readings.some((r) => r.interpretation.qualifiers.location)).toBe(false);
  });
});
