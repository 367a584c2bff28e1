// Verbs of aspect and of abstaining (round 11, branch words): "X has stopped leading Y" as "X no
// longer leads Y" (refutation only), "X keeps leading Y" / "X remains a member of Y" as "still"
// (src/check/aspect.ts); "X sat out / opted out of Y" as "X did not join Y" (lexicon cg:refusalVerb,
// refutation only). All were unread before.
import { describe, expect, it } from 'vitest';
import { aspectRewrites } from '../../src/check/aspect.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('verbs of aspect', () => {
  it('says the claim with "no longer" or "still"', () => {
    expect(aspectRewrites(ctx, 'Freedonia has stopped leading the League.').map((r) => r.claim)).toContain('Freedonia no longer leads the League.');
    expect(aspectRewrites(ctx, 'Sylvania remains a member of the League.').map((r) => r.claim)).toEqual(['Sylvania is still a member of the League.']);
    // a time or a denial of its own: not read here
    expect(aspectRewrites(ctx, 'Freedonia stopped leading the League in 2010.')).toEqual([]);
    expect(aspectRewrites(ctx, 'Freedonia did not stop leading the League.')).toEqual([]);
    // "stayed out of" is a phrasal verb of its own, not "is still out of"
    expect(aspectRewrites(ctx, 'Sylvania stayed out of the League.')).toEqual([]);
  });

  it('checks them: a cessation is only refuted, a continuation decides both ways', async () => {
    expect(await verdict('Freedonia has stopped leading the Acme Development Bank.')).toBe('REFUTED');
    expect(await verdict('Freedonia keeps leading the Acme Development Bank.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia remains a member of the League.')).toBe('SUPPORTED');
    // Sylvania is no member, but the graph never says it was one
    expect(await verdict('Sylvania has stopped being a member of the League.')).toBe('NOT_ENOUGH_INFO');
  });

  it('reads verbs of abstaining as not joining: staying out both ways, the others refutation only', async () => {
    expect(await verdict('Freedonia opted out of the League.')).toBe('REFUTED');
    expect(await verdict('Freedonia sat out the League.')).toBe('REFUTED');
    // "sat out" says no more than "did not join" (lexicon cg:stayingOutVerb, round 18)
    expect(await verdict('Sylvania sat out the League.')).toBe('SUPPORTED');
    // "spurned" says more (an offer refused): refutation only
    expect(await verdict('Freedonia spurned the League.')).toBe('REFUTED');
    expect(await verdict('Sylvania spurned the League.')).not.toBe('SUPPORTED');
  });
});
