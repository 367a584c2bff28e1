// Round 38 (branch fix31, users31's F1): a comment on the truth of the claim it stands around
// (src/check/truth-comment.ts) decides with the claim: a denial inverts it, an affirmation keeps it,
// a hedge leaves it unread. Before, the comment was an unread part, dropped, and the claim inside
// decided alone ("Sylvania is a member of the League, which is false." came out REFUTED).
import { describe, expect, it } from 'vitest';
import { commentKind, commentedSentences, correctedClaim, holdsTruthComment, sarcasticRetort, trailingRemark, truthComment } from '../../src/check/truth-comment.js';
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
    // (round 40) handed back as a comment over several sentences, which the caller leaves unread
    expect(truthComment(ctx, 'Myth: Sylvania is a member of the League. Fact: Freedonia is not a member of the League.')).toEqual({ kind: 'several', comment: 'Myth' });
    expect(truthComment(ctx, 'Myth: Sylvania is a member of the League; fact: Freedonia is not a member of the League.')).toEqual({ kind: 'several', comment: 'Myth' });
    expect(truthComment(ctx, 'Is Sylvania a member of the League? Yes. Is Freedonia a member? No.')?.kind).not.toMatch(/deny|affirm|hedge/);
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

// Round 40 (branch truth40): users32's "P. LOL no." (10 probes) and F10 "P. Yeah, and I'm Napoleon."
// (6) came out REFUTED: the comment was an unread pasted sentence and the refuted P decided alone.
// Laughter makes a comment a joke whose direction is not said, an absurd "yeah, and ..." mocks the
// claim without saying how: both hedge, the claim unread.
describe('a joking or sarcastic comment after the claim', () => {
  it('is a hedge: laughter at either end of a comment, an agreement with "and" before an unknown statement', () => {
    expect(commentKind(ctx, 'LOL no')).toBe('hedge');
    expect(commentKind(ctx, 'lol, no')).toBe('hedge');
    expect(commentKind(ctx, 'Haha, true')).toBe('hedge');
    expect(commentKind(ctx, 'No lol')).toBe('hedge');
    expect(commentKind(ctx, 'Yeah, and I am the Queen of the Moon')).toBe('hedge');
    expect(sarcasticRetort(ctx, "Sure, and I'm the Pope")).toBe(true);
    expect(sarcasticRetort(ctx, "And I'm the Pope")).toBe(true);
    // a second claim about something the graph knows, or "and" inside the sentence: no retort
    expect(sarcasticRetort(ctx, 'Yes, and Sylvania is a member of the League')).toBe(false);
    expect(sarcasticRetort(ctx, "and I'm glad")).toBe(false);
    expect(commentKind(ctx, 'lol')).toBeUndefined();
  });

  it('leaves the claim unread whichever way the claim goes', async () => {
    expect(await verdict('Sylvania is a member of the League. LOL no.')).toBe('UNREAD');
    expect(await verdict('Sylvania is a member of the League. Haha no.')).toBe('UNREAD');
    expect(await verdict('Freedonia is a member of the League. No lol.')).toBe('UNREAD');
    expect(await verdict("Sylvania is a member of the League. Yeah, and I'm Napoleon.")).toBe('UNREAD');
    expect(await verdict("Freedonia is a member of the League. Right, and I'm the Queen of the Moon.")).toBe('UNREAD');
    // a second statement placed by its name still makes a conjunction
    expect(await verdict('Sylvania is a member of the League. Freedonia is a member of the League.')).toBe('REFUTED');
  });
});

// Round 40 (lead39's leftover of users32's F14): "Myth: X. Fact: Y." was unread even when right.
// Each sentence with its own comment is read as its own claim, combined by the compound rule.
describe('several sentences each with its own truth comment', () => {
  it('are found only when every sentence carries one', () => {
    expect(commentedSentences(ctx, 'Myth: Sylvania is a member of the League. Fact: Freedonia is a member of the League.')).toEqual(['Myth: Sylvania is a member of the League.', 'Fact: Freedonia is a member of the League.']);
    expect(commentedSentences(ctx, 'Myth: Sylvania is a member of the League. Freedonia is a member of the League.')).toBeUndefined();
    expect(commentedSentences(ctx, 'Myth: Sylvania is a member of the League.')).toBeUndefined();
  });

  it('are each read with their comment and combined', async () => {
    expect(await verdict('Myth: Sylvania is a member of the League. Fact: Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('Myth: Freedonia is a member of the League. Fact: Sylvania is not a member of the League.')).toBe('REFUTED');
    expect(await verdict('Myth: Sylvania is a member of the League. Fact: Freedonia is not a member of the League.')).toBe('REFUTED');
    expect(await verdict('Reality: Freedonia is a member of the League. Myth: Sylvania is a member of the League.')).toBe('SUPPORTED');
  });

  it('reads "Reality:" and "Truth:" as affirming labels', async () => {
    expect(commentKind(ctx, 'Reality')).toBe('affirm');
    expect(commentKind(ctx, 'The truth')).toBe('affirm');
    expect(await verdict('Truth: Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdict('Reality: Freedonia is a member of the League.')).toBe('SUPPORTED');
  });
});

// Round 40 (fix32b's leftover): "P. Correction: Q." was unread; with Q a full claim, Q is the claim.
describe('a correction by a full claim', () => {
  it('is found with what it replaces, and only with a full claim after the mark', () => {
    expect(correctedClaim(ctx, 'Sylvania is a member of the League. Correction: Freedonia is a member of the League.')).toEqual({ said: 'Sylvania is a member of the League.', corrected: 'Freedonia is a member of the League.', mark: 'Correction', whole: true });
    expect(correctedClaim(ctx, 'Sylvania is a member of the League. Sorry, I meant Freedonia is a member of the League.')?.mark).toBe('Sorry, I meant');
    expect(correctedClaim(ctx, 'Sylvania is a member of the League. Correction: Freedonia is.')).toBeUndefined();
    expect(correctedClaim(ctx, 'Sylvania is a member of the League. Correction: it is not a member of the League.')).toBeUndefined();
    expect(correctedClaim(ctx, 'Sylvania is a member of the League. Update: Freedonia is a member of the League.')).toBeUndefined();
    expect(correctedClaim(ctx, 'Rufus visited Sylvania in 2002. Correction: the visit was in 2001.')?.whole).toBe(false);
  });

  it('is read as the corrected claim; a part restated and supported is held', async () => {
    expect(await verdict('Sylvania is a member of the League. Correction: Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a member of the League. Sorry, I meant Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdict('Sylvania is a member of the League. Correction: Freedonia is.')).toBe('UNREAD');
  });
});

describe('commented sentences cut at a semicolon or stated after an affirming opener', () => {
  it('reads "Myth: X; fact: Y." and "It\'s a myth that X. In fact, Y." sentence by sentence', async () => {
    expect(commentedSentences(ctx, 'Myth: Sylvania is a member of the League; fact: Freedonia is a member of the League.')).toEqual(['Myth: Sylvania is a member of the League.', 'fact: Freedonia is a member of the League.']);
    expect(await verdict('Myth: Sylvania is a member of the League; fact: Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict("It's a myth that Sylvania is a member of the League. In fact, Freedonia is not a member of the League.")).toBe('REFUTED');
    // a plain second sentence after the myth is not said to be outside it: unread as before
    expect(await verdict("It's a myth that Sylvania is a member of the League. Freedonia is not a member of the League.")).toBe('UNREAD');
  });
});

describe('a correction by a figure alone', () => {
  it('replaces the one figure of the claim, keeping its hedge and unit', () => {
    expect(correctedClaim(ctx, 'The canal pipeline has been operational since 1998. Correction: 1999.')?.corrected).toBe('The canal pipeline has been operational since 1999.');
    expect(correctedClaim(ctx, 'Freedonia signed energy deals worth about US$ 6 million with Sylvania. Sorry, I meant US$ 5 million.')?.corrected).toBe('Freedonia signed energy deals worth about US$ 5 million with Sylvania.');
    // two figures, or another unit: which one is corrected is not said
    expect(correctedClaim(ctx, 'Rufus visited Sylvania in 2001 and 2010. Correction: 2002.')).toBeUndefined();
    expect(correctedClaim(ctx, 'The line runs 1,800 km. Correction: 1,800 miles.')).toBeUndefined();
  });

  it('reads the corrected claim', async () => {
    expect(await verdict('The canal pipeline has been operational since 1998. Correction: 1999.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia signed energy deals worth US$ 5 million with Sylvania. Sorry, I meant US$ 9 million.')).toBe('REFUTED');
  });
});

describe('round 41 (precision41): an interjected "no" with only lead words after it', () => {
  it('is no comment: "No, really" insists on the claim as often as it denies it', () => {
    expect(commentKind(ctx, 'no, really')).toBeUndefined();
    expect(commentKind(ctx, 'No, totally.')).toBeUndefined();
    expect(commentKind(ctx, 'No, it is.')).toBeUndefined();
    // a denial the lead words only strengthen, or a "no" they open, still denies
    expect(commentKind(ctx, 'Really, no.')).toBe('deny');
    expect(commentKind(ctx, 'Totally no')).toBe('deny');
    expect(commentKind(ctx, "No, it's not")).toBe('deny');
    expect(commentKind(ctx, 'Not really')).toBe('deny');
  });

  it('leaves the claim unread instead of denying it', async () => {
    // Sylvania is no member: read as a denial, "(no, really)" made the false claim SUPPORTED
    expect(await verdict('Sylvania is a member of the League (no, really).')).toBe('UNREAD');
    expect(await verdict('Sylvania is a member of the League. No, really.')).toBe('UNREAD');
    expect(await verdict('Sylvania is a member of the League. Really, no.')).toBe('SUPPORTED');
  });
});
