// Round 38 (branch fix31, users31's F1): a comment on the truth of the claim it stands around
// (src/check/truth-comment.ts) decides with the claim: a denial inverts it, an affirmation keeps it,
// a hedge leaves it unread. Before, the comment was an unread part, dropped, and the claim inside
// decided alone ("Sylvania is a member of the League, which is false." came out REFUTED).
import { describe, expect, it } from 'vitest';
import { commentKind, holdsTruthComment, trailingRemark, truthComment } from '../../src/check/truth-comment.js';
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

describe('round 39 (fix31c, users31\'s F7): a comment opening with a sound of hesitation', () => {
  it('wavers: "Hmm, no" is a hedge, not a denial ("Yeah, no" and "No" still deny)', () => {
    expect(commentKind(ctx, 'Hmm, no')).toBe('hedge');
    expect(commentKind(ctx, 'Um, no')).toBe('hedge');
    expect(commentKind(ctx, 'Hmm, true')).toBe('hedge');
    expect(commentKind(ctx, 'Yeah, no')).toBe('deny');
    expect(commentKind(ctx, 'No')).toBe('deny');
    expect(commentKind(ctx, 'Hmm, the League')).toBeUndefined();
  });

  it('leaves the claim undecided either way', async () => {
    expect(await verdict('Sylvania is a member of the League. Hmm, no.')).not.toMatch(/SUPPORTED|REFUTED/);
    expect(await verdict('Freedonia is a member of the League. Hmm, no.')).not.toMatch(/SUPPORTED|REFUTED/);
    expect(await verdict('Sylvania is a member of the League. No.')).toBe('SUPPORTED');
  });
});

// Round 39 (branch fix32b, users32's F10/F12): a retort after the claim ("Think again.") is a denial
// comment, and a later sentence that corrects, denies or judges the claim ("Correction: Q.", "Except it
// didn't.", "The article says otherwise.") leaves it unread. Before, that sentence was an unread part
// and the refuted claim before it decided alone: REFUTED for a claim its writer denied or withdrew.
describe('a retort or a correction after the claim', () => {
  it('reads a retort as a denial of the claim before it', async () => {
    expect(commentKind(ctx, 'Think again')).toBe('deny');
    expect(commentKind(ctx, 'In your dreams')).toBe('deny');
    expect(await verdict('Sylvania is a member of the League. Nice try.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a member of the League. Dream on.')).toBe('REFUTED');
  });

  it('finds a later sentence that corrects, denies or judges the ones before it', () => {
    expect(trailingRemark(ctx, 'Sylvania is a member of the League. Correction: Freedonia is.')).toBe('Correction: Freedonia is');
    expect(trailingRemark(ctx, 'Sylvania is a member of the League. Sorry, I meant Freedonia.')).toBe('Sorry, I meant Freedonia');
    expect(trailingRemark(ctx, "Sylvania is a member of the League. Except it isn't.")).toBe("Except it isn't");
    expect(trailingRemark(ctx, 'Sylvania is a member of the League. Narrator: it is not.')).toBe('Narrator: it is not');
    expect(trailingRemark(ctx, 'Sylvania is a member of the League. The article says otherwise.')).toBe('The article says otherwise');
    expect(trailingRemark(ctx, 'Sylvania is a member of the League. Freedonia rebuilt its canals. Only the second is true.')).toBe('Only the second is true');
    // a statement of its own, a name with a negated auxiliary, one sentence: no remark
    expect(trailingRemark(ctx, 'Freedonia is a member of the League. Freedonia rebuilt its canals.')).toBeUndefined();
    expect(trailingRemark(ctx, 'Freedonia is a member of the League. Sylvania is not.')).toBeUndefined();
    expect(trailingRemark(ctx, 'Freedonia is a member of the League.')).toBeUndefined();
    // (lead, at the merge) an initial's full stop before a lower-case verb ends no sentence: "edited" is the claim's verb
    expect(trailingRemark(ctx, "The Metro Desk's Zed Q. edited the Fixture article.")).toBeUndefined();
  });

  it('leaves the claim unread instead of letting the refuted sentence decide', async () => {
    expect(await verdict('Sylvania is a member of the League. Correction: Freedonia is.')).toBe('UNREAD');
    expect(await verdict("Sylvania is a member of the League. Except it didn't.")).toBe('UNREAD');
    // "Except it isn't." is a denial comment of its own ("except", "it", "is" lead words, then "not")
    expect(await verdict("Sylvania is a member of the League. Except it isn't.")).toBe('SUPPORTED');
    expect(await verdict('Sylvania is a member of the League. The source says the opposite.')).toBe('UNREAD');
    expect(await verdict('Sylvania is a member of the League. Edit: it is not.')).toBe('UNREAD');
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

// round 39 (lead, users31's F1 probes after the merge): a denying comment after several sentences is
// about one of them or all of them, which is not said; read with the last part only ("P; not Q") the
// refuted first part decided
describe('a denying comment after several sentences', () => {
  it('leaves the claim unread', async () => {
    expect(await verdict('Sylvania is a member of the League; Freedonia is a member of the League. Just kidding.')).toBe('UNREAD');
    expect(await verdict('Sylvania is a member of the League. Just kidding.')).toBe('SUPPORTED');
  });
});
