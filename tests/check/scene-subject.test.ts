// A place or time as the scene of an event (src/check/scene-subject.ts, round 36): "Zenda saw the
// League throw open its doors" is "the League threw open its doors in Zenda".
import { describe, expect, it } from 'vitest';
import { sceneRewrites } from '../../src/check/scene-subject.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
`);

describe('the scene of an event', () => {
  it('is put after "in", the verb in the past', () => {
    expect(sceneRewrites(ctx, 'Zenda saw the League open its doors.')[0]).toBe('the League opened its doors in Zenda.');
    expect(sceneRewrites(ctx, '2001 saw Rufus Firefly visit Sylvania.')).toContain('Rufus Firefly visited Sylvania in 2001.');
  });
  it('is a place of the graph or a time, never a person', () => {
    expect(sceneRewrites(ctx, 'Rufus Firefly saw Gloria Teasdale visit Sylvania.')).toEqual([]);
    expect(sceneRewrites(ctx, 'Nobody saw the League open.')).toEqual([]);
  });
  it('decides the claim as the event\'s clause is decided', async () => {
    expect((await check('2001 saw Rufus Firefly visit Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('1990 saw Rufus Firefly visit Sylvania.')).verdict).not.toBe('SUPPORTED');
  });
});
