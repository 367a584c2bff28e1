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

// round 21: a deed at an event said with a place ("attended the gala in Freedonia") is where the
// event is (src/check/qualifiers.ts through placeOfEvent)
describe('a place said of a deed at an event the graph holds near a city', () => {
  const deeds = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:freedonia .
${fixtureClaim({ id: 'gala.heldNear.zenda', s: 'cgr:gala', p: 'cg:heldNear', o: 'cgr:zenda', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true })}
`);
  const v = (s: string): Promise<string> => deeds.check(s).then((r) => r.verdict, () => 'UNREAD');
  it('is supported in the near city\'s country, with the event\'s place shown', async () => {
    const r = await deeds.check('Gloria Teasdale attended the Founders Gala in Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('near Zenda');
  });
  it('is refuted in another country (one event, one place)', async () => {
    expect(await v('Gloria Teasdale attended the Founders Gala in Sylvania.')).toBe('REFUTED');
  });
  it('leaves the near city itself undecided (near is not in), and is not read as describing the event', async () => {
    expect(await v('Gloria Teasdale attended the Founders Gala in Zenda.')).toBe('NOT_ENOUGH_INFO');
  });
  it('without the event\'s place in the graph keeps the source\'s silence', async () => {
    const bare = checkFixture(fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true }));
    expect(await bare.check('Gloria Teasdale attended the Founders Gala in Freedonia.').then((r) => r.verdict, () => 'UNREAD')).toBe('NOT_ENOUGH_INFO');
  });
});
