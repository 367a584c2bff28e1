// Round 38 (lead, users31's F21): a figure with a trailing "+" is at least the figure
// (src/check/plus-bound.ts). The tokens drop the "+", so "TAPI will run 1,080+ km" was read as
// exactly 1,080 km and refuted by the source's 1,800.
import { describe, expect, it } from 'vitest';
import { overExtentReadings, plusBoundRewrite } from '../../src/check/plus-bound.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the canal runs 1,800 km (expected)
const { check } = checkFixture(fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:statedIn cga:fixture-article' }));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('plusBoundRewrite', () => {
  it('says "N+" as "at least N", with its currency and scale', () => {
    expect(plusBoundRewrite('The canal will run 1,080+ km.')).toBe('The canal will run at least 1,080 km.');
    expect(plusBoundRewrite('Freedonia got US$ 6+ billion.')).toBe('Freedonia got at least US$ 6 billion.');
    expect(plusBoundRewrite('Freedonia holds 15.6+ percent of the votes.')).toBe('Freedonia holds at least 15.6 percent of the votes.');
  });
  it('leaves a sum and a claim without "+" alone', () => {
    expect(plusBoundRewrite('The League has 50 + 7 members.')).toBeUndefined();
    expect(plusBoundRewrite('The League has 50+7 members.')).toBeUndefined();
    expect(plusBoundRewrite('The League has 57 members.')).toBeUndefined();
  });
});

describe('a figure with "+" in a claim', () => {
  it('is checked as a lower bound, never as the exact figure', async () => {
    expect(await verdict('The canal pipeline will run 1,080 km.')).toBe('REFUTED');
    expect(await verdict('The canal pipeline will run 1,080+ km.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline will run 1,080+ km.')).toBe(await verdict('The canal pipeline will run at least 1,080 km.'));
    expect(await verdict('The canal pipeline will run 2,500+ km.')).toBe('REFUTED');
  });
});

describe('round 39 (fix31c, users31\'s F21): "will run / stretch / span over N km"', () => {
  it('is read as a bound and as the distance run over', () => {
    expect(overExtentReadings('The canal will run over 1,000 km.')).toEqual({ bound: 'The canal will run for more than 1,000 km.', distance: 'The canal will run for 1,000 km.' });
    expect(overExtentReadings('The canal stretches over 900 kilometres.')?.bound).toBe('The canal stretches for more than 900 kilometres.');
    expect(overExtentReadings('The canal will run over the border.')).toBeUndefined();
    expect(overExtentReadings('The canal will cost over $5 billion.')).toBeUndefined();
  });

  it('is decided only where the two readings agree', async () => {
    // more than 1,000 (supported) or exactly 1,000 (refuted): held, where it was refuted as exactly 1,000
    expect(await verdict('The canal pipeline will run over 1,000 km.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The canal pipeline will stretch over 1,000 km.')).toBe('NOT_ENOUGH_INFO');
    // neither 2,500 nor more than 2,500
    expect(await verdict('The canal pipeline will extend over 2,500 km.')).toBe('REFUTED');
  });
});
