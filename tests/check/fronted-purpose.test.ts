// A purpose infinitive said first (src/check/fronted-purpose.ts), said after the deed.
import { describe, expect, it } from 'vitest';
import { frontedPurposeRewrites } from '../../src/check/fronted-purpose.js';

describe('frontedPurposeRewrites', () => {
  it('moves the purpose after the deed, which runs from the last comma', () => {
    expect(frontedPurposeRewrites("To repair Sylvania's canals, Rufus pledged aid.")).toEqual(["Rufus pledged aid to repair Sylvania's canals."]);
    expect(frontedPurposeRewrites('In order to build roads, bridges and clinics, Freedonia gave grants to Sylvania.')).toEqual([
      'Freedonia gave grants to Sylvania in order to build roads, bridges and clinics.',
    ]);
  });
  it('leaves a place or a recipient after "to", and other claims, alone', () => {
    expect(frontedPurposeRewrites('To the League, Freedonia gave grants.')).toEqual([]);
    expect(frontedPurposeRewrites('Rufus pledged aid to repair canals.')).toEqual([]);
  });
});
