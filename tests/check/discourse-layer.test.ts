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

// round 29 (branch precision29): a trailing doubt of the asker (cg:doubtTag) is the asker's doubt;
// "Sylvania is a member of the League but I doubt it" was REFUTED as a conjunction whose second
// part could not be read
describe('a trailing doubt of the asker', () => {
  it('peels the doubt as "I doubt that P" (the test above expected no peel before round 29)', () => {
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, I doubt')).toEqual({ core: 'I doubt that Freedonia is a member of the League', peeled: [', I doubt'], doubted: true });
    expect(peelDiscourse(ctx, 'lol Sylvania joined the League but I doubt it')?.core).toBe('I doubt that Sylvania joined the League');
    expect(peelDiscourse(ctx, 'Sylvania joined the League, though I\u2019m not sure')?.doubted).toBe(true);
  });

  it('leaves the claim undecided either way, where the claim alone is decided', async () => {
    expect(await verdict('Sylvania is a member of the League but I doubt it')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Sylvania is a member of the League, I don't believe it")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia is a member of the League, though I am not sure')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('re: League - Sylvania is a member of the League - but I\'m not sure')).toBe('NOT_ENOUGH_INFO');
  });

  it('keeps a belief tag and a doubt about something else as before (near misses)', async () => {
    expect(await verdict('Sylvania is a member of the League, I think')).toBe('REFUTED');
    expect(await verdict('Freedonia is a member of the League, I believe')).toBe('SUPPORTED');
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League but I doubt Sylvania is')?.doubted).toBeUndefined();
  });
});
