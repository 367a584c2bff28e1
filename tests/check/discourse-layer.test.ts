// Round 28 (branch wrappers28): chat, e-mail and note words around a claim, peeled by one
// mechanism before the claim is read (src/check/discourse-layer.ts, lexicon cg:chatWord,
// cg:chatOpener, cg:leadSegmentWord, cg:mailHeader, cg:confirmTag, cg:beliefTag, cg:sourceLead).
import { describe, expect, it } from 'vitest';
import { peelDiscourse } from '../../src/check/discourse-layer.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('the words around a claim', () => {
  it('peels chat words at either end, openers ending in ":" or " - ", mail headers and tags', () => {
    expect(peelDiscourse(ctx, 'lol Freedonia is a member of the League')).toEqual({ core: 'Freedonia is a member of the League', peeled: ['lol'] });
    expect(peelDiscourse(ctx, 'hey just saw this - Freedonia is a member of the League')?.core).toBe('Freedonia is a member of the League');
    expect(peelDiscourse(ctx, 're: your question - Freedonia is a member of the League')?.core).toBe('Freedonia is a member of the League');
    expect(peelDiscourse(ctx, 'Fwd: Freedonia is a member of the League')?.core).toBe('Freedonia is a member of the League');
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League btw')?.core).toBe('Freedonia is a member of the League');
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, no?')?.core).toBe('Freedonia is a member of the League');
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, I think')?.core).toBe('Freedonia is a member of the League');
  });

  it('keeps a note of the article read as the claim\'s source', () => {
    expect(peelDiscourse(ctx, 'Per the Fixture article, Freedonia is a member of the League')?.core).toBe('According to the Fixture article, Freedonia is a member of the League');
    // a source that names no article is not peeled as a note
    expect(peelDiscourse(ctx, 'From 2001, Freedonia was a member of the League')).toBeUndefined();
  });

  it('never peels a hedge, a doubt or words of the claim itself', () => {
    expect(peelDiscourse(ctx, 'Freedonia probably joined the League')).toBeUndefined();
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, I doubt')).toBeUndefined();
    expect(peelDiscourse(ctx, 'Freedonia: a member of the League')).toBeUndefined();
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, isn\'t it?')).toBeUndefined();
    // the words left are no claim
    expect(peelDiscourse(ctx, 'lol ok')).toBeUndefined();
  });

  it('decides the claim inside both ways, and a hedged one not', async () => {
    expect(await verdict('lol Freedonia is a member of the League')).toBe('SUPPORTED');
    expect(await verdict('tbh Sylvania is a member of the League')).toBe('REFUTED');
    expect(await verdict('hey just saw this - Sylvania belongs to the League')).toBe('REFUTED');
    expect(await verdict('The Acme Development Bank is led by Freedonia, I think')).toBe('SUPPORTED');
    expect(await verdict('lol Freedonia is probably a member of the League')).not.toBe('REFUTED');
    expect(await verdict('btw Marsovia hosted the Founders Gala in 2040')).not.toBe('SUPPORTED');
  });
});
