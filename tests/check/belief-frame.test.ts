// Belief frames (src/check/belief-frame.ts, lexicon cg:beliefFrameWord, round 29): "X is confident
// that P" where only ANOTHER commenter wrote P is NOT_ENOUGH_INFO (nothing shows what X believes);
// "X predicted / wrote P" stays refuted as a commenter swap (src/check/misattribution.ts).
import { describe, expect, it } from 'vitest';
import { isBeliefFrame } from '../../src/check/belief-frame.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture(secondCommenter());

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('isBeliefFrame', () => {
  it('tells a belief from a saying', () => {
    expect(isBeliefFrame(ctx, 'Ida O. is confident Sylvania will join', { source: 'Ida O.', inner: 'Sylvania will join' })).toBe(true);
    expect(isBeliefFrame(ctx, 'Ida O. believes Sylvania will join', { source: 'Ida O.', inner: 'Sylvania will join' })).toBe(true);
    expect(isBeliefFrame(ctx, 'Ida O. wrote that Sylvania will join', { source: 'Ida O.', inner: 'Sylvania will join' })).toBe(false);
  });
});

describe('a belief credited to the wrong commenter', () => {
  it('is not refuted by the other commenter\'s words (it was)', async () => {
    const r = await check('Ida O. is confident that Sylvania will join the League before the end of 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    expect(await verdict('Ida O. believes Sylvania will join the League before the end of 2016.')).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves a saying refuted, and the writer\'s own belief decided both ways', async () => {
    expect(await verdict('Ida O. predicted that Sylvania would join the League before the end of 2016.')).toBe('REFUTED');
    expect(await verdict('Zed Q. is confident that Sylvania will join the League before the end of 2016.')).toBe('SUPPORTED');
    // round 32: his "before the end of 2016" says nothing either way of an earlier deadline (held);
    // a year after his deadline is refuted
    expect(await verdict('Zed Q. is confident that Sylvania will join the League before the end of 2015.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Zed Q. is confident that Sylvania will join the League in 2017.')).toBe('REFUTED');
  });
});

describe('an expectation credited to the wrong commenter (round 32, precision32)', () => {
  it('is held as a belief; "wrote / said that" for the other comment stays a misquote', async () => {
    expect(isBeliefFrame(ctx, 'Ida O. expects Sylvania to join', { source: 'Ida O.', inner: 'Sylvania to join' })).toBe(true);
    // on main 3e5f8e8 both were REFUTED through the other-commenter rule ("expects" was no belief word)
    expect(await verdict('Ida O. expects Sylvania to join the League before the end of 2016.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Ida O. expected that Sylvania would join the League before the end of 2016.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Ida O. wrote that Sylvania will join the League before the end of 2016.')).toBe('REFUTED');
    expect(await verdict('Ida O. said that Sylvania will join the League before the end of 2016.')).toBe('REFUTED');
    // the writer's own expectation is decided both ways
    expect(await verdict('Zed Q. expects Sylvania to join the League before the end of 2016.')).toBe('SUPPORTED');
    // (merged with fix25b: his "before the end of 2016" does not refute an earlier deadline outright)
    expect(await verdict('Zed Q. expects Sylvania to join the League before the end of 2015.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Zed Q. expects Sylvania to join the League in 2017.')).toBe('REFUTED');
  }, 300_000);
});

// Round 35 (roles35): "is convinced", "is persuaded that", "is of the view that" as belief frames
// (ontology/lexicon.ttl cg:attributionPattern, cg:beliefFrameWord)
describe('more states of mind said with "is" (round 35)', () => {
  it('reads them as the writer\'s belief, another commenter\'s words refuting none', async () => {
    expect(await verdict('Zed Q. is convinced Sylvania will join the League before the end of 2016.')).toBe('SUPPORTED');
    expect(await verdict('Zed Q. is of the view that Sylvania will join the League in 2017.')).toBe('REFUTED');
    expect(await verdict('Ida O. is persuaded that Sylvania will join the League before the end of 2016.')).toBe('NOT_ENOUGH_INFO');
  });
});
