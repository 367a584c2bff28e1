// "E was held in P" for an event the graph places only near a city (src/check/event-near.ts,
// round 17): in that city's country SUPPORTED, in another country (or one of its cities) REFUTED.
import { describe, expect, it } from 'vitest';
import { readEventNear } from '../../src/check/event-near.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: the Founders Gala was held near Zenda, a city of Freedonia
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:freedonia .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" ; cg:locatedIn cgr:sylvania .
cgr:fredonia-city a cg:City ; rdfs:label "Freedonia City" ; cg:locatedIn cgr:freedonia .
${fixtureClaim({ id: 'gala.heldNear.zenda', s: 'cgr:gala', p: 'cg:heldNear', o: 'cgr:zenda', sentence: 's002', asserted: true })}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('an event held in a place, against the place it was held near', () => {
  it('is supported in the near city\'s country, refuted in another country or a city of one', () => {
    expect(readEventNear(ctx, 'The Founders Gala was held in Freedonia.')?.evaluation.verdict).toBe('SUPPORTED');
    expect(readEventNear(ctx, 'The gala took place in Sylvania.')?.evaluation.verdict).toBe('REFUTED');
    expect(readEventNear(ctx, 'The Founders Gala was held in Strelsau.')?.evaluation.verdict).toBe('REFUTED');
  });
  it('turns with a denial', () => {
    expect(readEventNear(ctx, 'The Founders Gala was not held in Sylvania.')?.evaluation.verdict).toBe('SUPPORTED');
  });
  it('leaves the near city itself, and another city of its country, undecided (near is not in)', () => {
    expect(readEventNear(ctx, 'The Founders Gala was held in Zenda.')?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readEventNear(ctx, 'The Founders Gala was held in Freedonia City.')?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads nothing else: no event, or no place the graph types as a city or country', () => {
    expect(readEventNear(ctx, 'Freedonia was held in Sylvania.')).toBeUndefined();
    expect(readEventNear(ctx, 'The Founders Gala was held in the League.')).toBeUndefined();
  });
  it('decides the claim and a question end to end', async () => {
    expect(await verdict('The Founders Gala took place in Sylvania.')).toBe('REFUTED');
    expect(await verdict('Was the Founders Gala held in Freedonia?')).toBe('SUPPORTED');
  });
});
