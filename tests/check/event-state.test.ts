// A state at the time of an event (src/check/event-state.ts): the order of the deed that starts the
// state and the event, both dated by the graph.
import { describe, expect, it } from 'vitest';
import { readEventState } from '../../src/check/event-state.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_EVENTS } from '../helpers/dated-events.js';

// the fixture plus: the Founders Gala held on 2015-12-13; the Acme Development Bank opened on 2016-01-03;
// the League recognised neutrality on 1995-12-12
const { check } = checkFixture(`
${DATED_EVENTS}
`);

describe('the deed and the event of a state at a time (readEventState)', () => {
  it('reads a past perfect, "not yet", a state of operation and a passive with "already", fronted or trailing', () => {
    expect(readEventState('The canal had already opened when Rufus toured Sylvania.'))
      .toEqual({ deed: 'The canal opened', time: 'when Rufus toured Sylvania', event: 'Rufus toured Sylvania', notYet: false });
    expect(readEventState('When the gala was held, the Acme pipeline was not yet in operation.'))
      .toMatchObject({ deed: 'The Acme pipeline began operating', event: 'the gala was held', notYet: true });
    expect(readEventState('By the time the gala was held, neutrality was already recognised by the League.'))
      .toMatchObject({ deed: 'Neutrality was recognised by the League', notYet: false });
    expect(readEventState('The bank was open when the gala was held.')).toMatchObject({ deed: 'The bank opened' });
  });
  it('reads no state that may have ended, no denial in the deed, no question and no denied event', () => {
    expect(readEventState('Rufus was serving as president when the gala was held.')).toBeUndefined();
    expect(readEventState('The bank had approved no loan when the gala was held.')).toBeUndefined();
    expect(readEventState('Had the bank already opened when the gala was held?')).toBeUndefined();
    expect(readEventState('The bank had opened when the gala was not held.')).toBeUndefined();
    expect(readEventState('Rufus was elected when the gala was held.')).toBeUndefined();
  });
});

describe('a state at the time of an event, decided by the order of the two (src/check/event-state.ts)', () => {
  it('supports a state begun before the event, refutes one begun after, and "not yet" the other way', async () => {
    const r = await check('The Acme Development Bank had already opened when the Founders Gala was held.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('had already happened when the Founders Gala was held');
    expect(r.evidence.map((e) => e.claim.split('/').at(-1))).toEqual(expect.arrayContaining(['acme.openedOn', 'gala.heldOn']));
    expect((await check('When the Founders Gala was held, the Acme Development Bank had not yet opened.')).verdict).toBe('SUPPORTED');
    expect((await check('By the time the Founders Gala was held, the League had already recognised neutrality.')).verdict).toBe('SUPPORTED');
  });
});
