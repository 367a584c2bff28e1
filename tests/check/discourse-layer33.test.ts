// Round 33 (branch cmp33): a question about the truth of the claim, before it (lexicon
// cg:askLead, "Any truth to the claim that P?") or after it (cg:askTag, "P, or is that wrong?"),
// peeled by the discourse layer (src/check/discourse-layer.ts); a lead with a "no" is no entry.
import { describe, expect, it } from 'vitest';
import { peelDiscourse } from '../../src/check/discourse-layer.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a question about the truth of the claim', () => {
  it('peels the lead and the tag, a question before the tag kept a question', () => {
    expect(peelDiscourse(ctx, 'Any truth to the claim that Freedonia is a member of the League?')?.core).toBe('Freedonia is a member of the League?');
    expect(peelDiscourse(ctx, 'Is there any truth in the report that Freedonia is a member of the League?')?.core).toBe('Freedonia is a member of the League?');
    expect(peelDiscourse(ctx, 'Is Freedonia a member of the League, or is that wrong?')?.core).toBe('Is Freedonia a member of the League?');
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League, or am I mistaken?')?.core).toBe('Freedonia is a member of the League?');
  });
  it('never peels a lead that denies, nor a tag without its comma', () => {
    expect(peelDiscourse(ctx, 'Is there no truth to the claim that Freedonia is a member of the League?')).toBeUndefined();
    expect(peelDiscourse(ctx, 'Freedonia is a member of the League or is that wrong?')).toBeUndefined();
  });
  it('decides the claim inside both ways', async () => {
    expect(await verdict('Any truth to the claim that Freedonia is a member of the League?')).toBe('SUPPORTED');
    expect(await verdict('Any truth to the claim that Sylvania is a member of the League?')).toBe('REFUTED');
    expect(await verdict('Is Sylvania a member of the League, or is that wrong?')).toBe('REFUTED');
    expect(await verdict('Is Freedonia a member of the League, or am I wrong?')).toBe('SUPPORTED');
  });
});
