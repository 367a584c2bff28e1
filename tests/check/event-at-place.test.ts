// A role at an event said with the event's place (src/check/event-at-place.ts, round 35): "X was
// among the guests at Zenda" is X at the one event the graph holds near Zenda.
import { describe, expect, it } from 'vitest';
import { oneEventAt } from '../../src/check/event-at-place.js';
import { isTitlePhrase } from '../../src/check/compound.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Gloria Teasdale attended the Founders Gala, held near the city of Zenda;
// Strelsau has no event, Ostrava two
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
cgr:ostrava a cg:City ; rdfs:label "Ostrava" .
cgr:fair a cg:Event ; rdfs:label "Spring Fair" .
cgr:games a cg:Event ; rdfs:label "Summer Games" .
${fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'gala.heldNear.zenda', s: 'cgr:gala', p: 'cg:heldNear', o: 'cgr:zenda', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'fair.heldNear.ostrava', s: 'cgr:fair', p: 'cg:heldNear', o: 'cgr:ostrava', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'games.heldNear.ostrava', s: 'cgr:games', p: 'cg:heldNear', o: 'cgr:ostrava', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'teasdale.attended.fair', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:fair', sentence: 's002', asserted: true })}
`);

describe('the one event the graph holds at a place', () => {
  it('is found near the place, and only when it is the only one', () => {
    expect(oneEventAt(ctx, 'Zenda')?.label).toBe('Founders Gala');
    expect(oneEventAt(ctx, 'Strelsau')).toBeUndefined();
    expect(oneEventAt(ctx, 'Ostrava')).toBeUndefined();
    // an event is no place
    expect(oneEventAt(ctx, 'Founders Gala')).toBeUndefined();
  });
});

describe('a role at an event said with its place', () => {
  it('reads "among the guests at <place>" as at the event, named in the explanation', async () => {
    const r = await check('Gloria Teasdale was among the guests at Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Founders Gala');
    expect((await check('Gloria Teasdale was one of the attendees at Zenda.')).verdict).toBe('SUPPORTED');
  });
  it('refutes what the graph denies of the event, and leaves a person it does not place undecided', async () => {
    // the fixture: the President of Sylvania did not attend the gala
    expect((await check('The President of Sylvania was among the guests at Zenda.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly was among the guests at Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads nothing where the place has several events or none', async () => {
    expect((await check('Gloria Teasdale was among the guests at Ostrava.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Gloria Teasdale was among the guests at Strelsau.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a job title never opens with a preposition (src/check/compound.ts)', () => {
  it('takes "among the guests" for no title', () => {
    expect(isTitlePhrase('among the guests')).toBe(false);
    expect(isTitlePhrase('confident the first loan')).toBe(false);
    expect(isTitlePhrase('Senior Fellow')).toBe(true);
  });
});
