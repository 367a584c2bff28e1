// A place adjunct on an event (src/check/event-place.ts, round 15): "X attended the gala near
// Zenda" is X attending the gala and the gala held near Zenda.
import { describe, expect, it } from 'vitest';
import { nearAdjunct } from '../../src/check/event-place.js';
import { checkFixture, fixtureClaim, officeHolder } from '../helpers/check-fixture.js';
import { DATED_EVENTS } from '../helpers/dated-events.js';

// the fixture plus: Gloria Teasdale attended the Founders Gala, held near the city of Zenda
const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
${fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'gala.heldNear.zenda', s: 'cgr:gala', p: 'cg:heldNear', o: 'cgr:zenda', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'freedonia.launched.canal', s: 'cgr:freedonia', p: 'cg:launchedConstructionOf', o: 'cgr:canal', sentence: 's002', asserted: true, more: 'cg:event cgr:gala' })}
${fixtureClaim({ id: 'firefly.hostOf.gala', s: 'cgr:firefly', p: 'cg:hostOf', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'teasdale.guestOf.gala', s: 'cgr:teasdale', p: 'cg:guestOf', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'sylvania.launched.canal', s: 'cgr:sylvania', p: 'cg:launchedConstructionOf', o: 'cgr:canal', sentence: 's002', asserted: true })}
`);

describe('near <place> at the end of a claim', () => {
  it('is split from the rest, "the city of" left out', () => {
    expect(nearAdjunct('Gloria Teasdale attended the gala near the city of Zenda.')).toEqual({ head: 'Gloria Teasdale attended the gala', place: 'Zenda' });
    expect(nearAdjunct('Gloria Teasdale attended the gala.')).toBeUndefined();
  });
  it('is not read in a question with its answer (each recheck of such a "place" was a new question)', () => {
    expect(nearAdjunct('Who hosted the gala near Zenda? Rufus Firefly.')).toBeUndefined();
    expect(nearAdjunct('Did Gloria Teasdale attend the gala near Zenda?')).toEqual({ head: 'Did Gloria Teasdale attend the gala', place: 'Zenda' });
  });
  it('is no place when the words after "near" are no name the graph knows (a clause goes on)', async () => {
    const r = await check('Gloria Teasdale attended the Founders Gala near Zenda was opened by Rufus Firefly.').catch((e: Error) => e);
    expect(r instanceof Error ? r.message : r.explanation).not.toMatch(/read as two statements/);
  });
});

describe('a place adjunct on an event', () => {
  it('is the event held near the place: both supported support the claim', async () => {
    const r = await check('Gloria Teasdale attended the Founders Gala near Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as two statements: .*held near Zenda/);
  });
  it('refutes when the deed is refuted, and decides nothing when the place is unknown to the graph', async () => {
    // the President of Sylvania did not attend the gala (fixture sentence)
    expect((await check('The President of Sylvania attended the Founders Gala near Zenda.')).verdict).toBe('REFUTED');
    expect((await check('Gloria Teasdale attended the Founders Gala near Strelsau.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly attended the Founders Gala near Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a place adjunct on a deed the graph says was done at an event (round 19)', () => {
  it('is the event of the supporting claim held near the place', async () => {
    const r = await check('Freedonia launched construction of the canal pipeline near Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as two statements: .*Founders Gala was held near Zenda/);
    expect((await check('Freedonia launched construction of the canal pipeline near Strelsau.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('is not read when the supporting claim names no event: the deed may have been done elsewhere', async () => {
    const r = await check('Sylvania launched construction of the canal pipeline near Zenda.').catch((e: Error) => e);
    expect(r instanceof Error ? r.message : r.explanation).not.toMatch(/read as two statements/i);
  });
});

describe('a role at an event whose words name no event (round 20b)', () => {
  it('is the one event the graph holds near the place', async () => {
    // Gloria Teasdale was a guest at the gala near Zenda, Rufus Firefly its host
    const r = await check('Gloria Teasdale played host to Rufus Firefly near Zenda.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as two statements: .*at the Founders Gala\./);
  });
  it('is not read near a place where the graph holds no event', async () => {
    const r = await check('Gloria Teasdale hosted Rufus Firefly near Strelsau.').catch((e: Error) => e);
    expect(r instanceof Error ? r.message : r.verdict).not.toMatch(/SUPPORTED|REFUTED/);
  });
});

describe('a time after the place (round 23)', () => {
  it('goes back with the rest of the claim: the place is the words before it', () => {
    expect(nearAdjunct('Gloria Teasdale attended the gala near Zenda on May 4, 1999.')).toEqual({ head: 'Gloria Teasdale attended the gala on May 4, 1999', place: 'Zenda' });
    expect(nearAdjunct('Gloria Teasdale attended the gala near the city of Zenda in 1999.')).toEqual({ head: 'Gloria Teasdale attended the gala in 1999', place: 'Zenda' });
    // words after the place that are no time stay part of it (and then name no place the graph knows)
    expect(nearAdjunct('Gloria Teasdale attended the gala near Zenda in the rain.')).toEqual({ head: 'Gloria Teasdale attended the gala', place: 'Zenda in the rain' });
  });
});

// the Founders Gala dated 2015-12-13 and held near Zenda; Rufus Firefly the President of Sylvania
const dated = checkFixture(`
${DATED_EVENTS}
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
${fixtureClaim({ id: 'gala.heldNear.zenda', s: 'cgr:gala', p: 'cg:heldNear', o: 'cgr:zenda', sentence: 's002', asserted: true })}
${officeHolder('firefly', 1)}
`);

describe('an event read as a time, named right before "near" (round 23)', () => {
  it('is the event held near the place', async () => {
    const r = await dated.check('Rufus Firefly was the President of Sylvania at the time of the Founders Gala near Zenda.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/Read as two statements: .*at the time of the Founders Gala\." \(NOT_ENOUGH_INFO\) and "The Founders Gala was held near Zenda\." \(SUPPORTED\)/);
    const far = await dated.check('Rufus Firefly was the President of Sylvania at the time of the Founders Gala near Strelsau.');
    expect(far.verdict).toBe('NOT_ENOUGH_INFO');
    expect(far.explanation).toMatch(/held near Strelsau\." \(NOT_ENOUGH_INFO\)/);
  });
});

// Round 35 (roles35): "close to", "not far from", "in the vicinity of" as "near", set off by a
// comma or not; the comma's part is no clause of its own (src/check/compound.ts NEAR_OPENER); a
// person is never "geographically close to" a place (its rdfs:domain is cg:Place).
describe('other words for near (round 35)', () => {
  it('splits "close to <place>" and ", near <place>" from the rest', () => {
    expect(nearAdjunct('Gloria Teasdale attended the gala close to the city of Zenda.')).toEqual({ head: 'Gloria Teasdale attended the gala', place: 'Zenda' });
    expect(nearAdjunct('The gala took place in Freedonia, not far from Zenda.')).toEqual({ head: 'The gala took place in Freedonia', place: 'Zenda' });
  });
  it('reads the adjunct on the event, never on the person or the country before it', async () => {
    const r = await check('Gloria Teasdale was at the Founders Gala close to Zenda.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/held near Zenda/);
    expect((await check('Gloria Teasdale attended the Founders Gala, near Zenda.')).verdict).toBe('SUPPORTED');
  });
});
