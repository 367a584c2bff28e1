// Round 38 (branch fix31, users31's F1): a comment on the truth of the claim it stands around
// (src/check/truth-comment.ts) decides with the claim: a denial inverts it, an affirmation keeps it,
// a hedge leaves it unread. Before, the comment was an unread part, dropped, and the claim inside
// decided alone ("Sylvania is a member of the League, which is false." came out REFUTED).
import { describe, expect, it } from 'vitest';
import { commentKind, holdsTruthComment, truthComment } from '../../src/check/truth-comment.js';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia is a member of the League, Sylvania is not (the fixture)
const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('what a truth comment says', () => {
  it('classifies denials, affirmations and hedges by the lexicon, lead words dropped', () => {
    const c = ctx;
    expect(commentKind(c, 'which is untrue')).toBe('deny');
    expect(commentKind(c, 'Verdict - false')).toBe('deny');
    expect(commentKind(c, "but that's not true")).toBe('deny');
    expect(commentKind(c, 'Our rating: FALSE')).toBe('deny');
    expect(commentKind(c, "No, it's not")).toBe('deny');
    expect(commentKind(c, 'Yeah, no')).toBe('deny');
    expect(commentKind(c, 'misleading and false')).toBe('deny');
    expect(commentKind(c, '\u274c')).toBe('deny');
    expect(commentKind(c, 'totally true')).toBe('affirm');
    expect(commentKind(c, 'Misleading')).toBe('hedge');
    expect(commentKind(c, 'a League member')).toBeUndefined();
    expect(commentKind(c, 'which is in Marsovia')).toBeUndefined();
  });

  it('finds the comment before, after or around the claim', () => {
    const c = ctx;
    expect(truthComment(c, 'Sylvania joined the League, which is a lie.')).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    expect(truthComment(c, 'Baseless: Sylvania joined the League.')).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    expect(truthComment(c, "It's nonsense that Sylvania joined the League.")).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    expect(truthComment(c, 'Sylvania joined the League. Just kidding.')).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    expect(truthComment(c, 'Sylvania joined the League (this is false)')).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    expect(truthComment(c, 'Is Sylvania a member of the League? - No.')).toMatchObject({ inner: 'Is Sylvania a member of the League?', kind: 'deny' });
    expect(truthComment(c, '\u2717 Sylvania joined the League')).toMatchObject({ inner: 'Sylvania joined the League.', kind: 'deny' });
    // a tag that asks, a statement after the comma, a frame denied-whole.ts reads: no comment here
    expect(truthComment(c, 'Sylvania joined the League, right?')).toBeUndefined();
    expect(truthComment(c, 'Freedonia joined the League, which Rufus leads.')).toBeUndefined();
    expect(truthComment(c, 'It is false that Sylvania joined the League.', () => true)).toBeUndefined();
  });

  it('says when an unread part holds one', () => {
    const c = ctx;
    expect(holdsTruthComment(c, 'Just kidding')).toBe(true);
    expect(holdsTruthComment(c, 'Freedonia is so the hoax says')).toBe(true);
    expect(holdsTruthComment(c, 'Freedonia rebuilt its canals')).toBe(false);
  });
});

describe('a claim with a truth comment', () => {
  it('is the denial of the claim inside under a denial comment', async () => {
    // Sylvania is no member: its membership refuted, the denial of it supported
    expect(await verdict('Sylvania is a member of the League, which is false.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania is a member of the League. Not true.')).toBe('SUPPORTED');
    expect(await verdict('Nah: Freedonia is a member of the League and Sylvania is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('Is Sylvania a member of the League? - No.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a member of the League, but that is not true.')).toBe('REFUTED');
  });

  it('is the claim itself under an affirming comment, unread under a hedge', async () => {
    expect(await verdict('Freedonia is a member of the League. Totally true.')).toBe('SUPPORTED');
    expect(await verdict('Misleading: Sylvania is a member of the League.')).toBe('UNREAD');
  });
});

// round 39 (users32 F14): a comment before the claim denied every sentence after it ("Myth: X. Fact:
// Y." SUPPORTED when X was false, whatever Y said), and an answer denied every question before it
describe('a truth comment over one sentence', () => {
  it('is not read over several sentences before or after it', () => {
    expect(truthComment(ctx, 'Myth: Sylvania is a member of the League. Fact: Freedonia is not a member of the League.')).toBeUndefined();
    expect(truthComment(ctx, 'Myth: Sylvania is a member of the League; fact: Freedonia is not a member of the League.')).toBeUndefined();
    expect(truthComment(ctx, 'Is Sylvania a member of the League? Yes. Is Freedonia a member? No.')).toBeUndefined();
    expect(truthComment(ctx, 'Myth: Sylvania is a member of the League.')?.kind).toBe('deny');
  });
  it('leaves a false sentence after the myth to refute the claim', async () => {
    expect(await verdict('Myth: Sylvania is a member of the League. Fact: Freedonia is not a member of the League.')).not.toBe('SUPPORTED');
    expect(await verdict('Is Sylvania a member of the League? Yes. Is Freedonia a member of the League? No.')).not.toBe('SUPPORTED');
  });
});
