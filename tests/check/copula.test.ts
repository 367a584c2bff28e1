// Verbs that say no more than "is" (round 11, branch words; src/check/copula.ts): "counts as",
// "figures among", "O counts X as a member". All were unread before.
import { describe, expect, it } from 'vitest';
import { copulaRewrites } from '../../src/check/copula.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('verbs of being', () => {
  it('are said with "is"', () => {
    expect(copulaRewrites(ctx, 'Freedonia counts as a member of the League.')).toEqual(['Freedonia is a member of the League.']);
    expect(copulaRewrites(ctx, "Freedonia figures among the League's members.")).toEqual(["Freedonia is among the League's members."]);
    expect(copulaRewrites(ctx, 'The League counts Freedonia as a member.')).toEqual(["Freedonia is among the League's members."]);
    expect(copulaRewrites(ctx, 'Freedonia does not count as a member of the League.')).toEqual([]);
    // a participle compound is a statement of its own (the compound reader's), not part of a name
    expect(copulaRewrites(ctx, 'The Sylvania-initiated League counts Freedonia among its members.')).toEqual([]);
    // a hyphen inside a name's word (British "Co-operation") keeps the name whole (round 27)
    expect(copulaRewrites(ctx, 'The Freedonia Co-operation League counts Sylvania among its members.')).toEqual(["Sylvania is among the Freedonia Co-operation League's members."]);
    expect(copulaRewrites(ctx, 'The Sylvania-driven League counts Freedonia among its members.')).toEqual([]);
  });

  it('decide both ways', async () => {
    expect(await verdict('Freedonia counts as a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('The League counts Freedonia as a member.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania counts as a member of the League.')).not.toBe('SUPPORTED');
  });
});
