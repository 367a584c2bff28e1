// Round 28 (branch precision28): a denied whole ("A and B are not both members of Y", "did not all
// join Y") read as the denial of its conjunction (src/check/denied-whole.ts): SUPPORTED when one
// member's statement is refuted, REFUTED when every member's is supported; unread before.
import { describe, expect, it } from 'vitest';
import { deniedWholeConjunction, framedDenialOfMany, framedDenialOfSeveral, spelledDenialFrame } from '../../src/check/denied-whole.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// Freedonia is a member of the League, Sylvania is not (the fixture); Marsovia is one too here
const MEMBER = fixtureClaim({ id: 'marsovia.memberOf.league', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league' });
const { check } = checkFixture(MEMBER);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('the conjunction a denied whole denies', () => {
  it('drops the denial before "both" / "all" of a one-clause claim', () => {
    expect(deniedWholeConjunction('Freedonia and Sylvania are not both members of the League.')).toBe('Freedonia and Sylvania are both members of the League.');
    expect(deniedWholeConjunction("Freedonia and Sylvania didn't both join the League")).toBe('Freedonia and Sylvania did both join the League.');
    expect(deniedWholeConjunction('The three states did not all join the League.')).toBe('The three states did all join the League.');
    expect(deniedWholeConjunction('It is not the case that both Freedonia and Sylvania joined the League.')).toBe('Both Freedonia and Sylvania joined the League.');
    expect(deniedWholeConjunction('Not both Freedonia and Sylvania joined the League.')).toBe('Both Freedonia and Sylvania joined the League.');
  });

  it('refuses a question, a frame, a second clause, "never" and a modal', () => {
    expect(deniedWholeConjunction("Weren't both Freedonia and Sylvania members of the League?")).toBeUndefined();
    expect(deniedWholeConjunction('Freedonia and Sylvania are not both members of the League?')).toBeUndefined();
    expect(deniedWholeConjunction('Rufus says Freedonia and Sylvania are not both members of the League.')).toBeUndefined();
    expect(deniedWholeConjunction('Freedonia and Sylvania are not both members of the League, but Marsovia is.')).toBeUndefined();
    expect(deniedWholeConjunction('Freedonia and Sylvania were never both members of the League.')).toBeUndefined();
    expect(deniedWholeConjunction('Freedonia and Sylvania may not both join the League.')).toBeUndefined();
  });
});

describe('a denied whole decided by its conjunction', () => {
  it('is supported when one member is not so, citing that member', async () => {
    const r = await check('Freedonia and Sylvania are not both members of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.evidence.every((e) => e.stance === 'supports')).toBe(true);
    expect(await verdict('It is not the case that both Freedonia and Sylvania joined the League.')).toBe('SUPPORTED');
  });

  it('is refuted when every member is so', async () => {
    expect(await verdict('Freedonia and Marsovia are not both members of the League.')).toBe('REFUTED');
    expect(await verdict("Freedonia and Marsovia aren't both members of the League.")).toBe('REFUTED');
  });

  it('stays undecided when a member is undecided, and "both ... not" is still "neither"', async () => {
    // Grand Fenwick is only expected to join: nothing decides its membership
    expect(await verdict('Freedonia and Grand Fenwick are not both members of the League.')).toBe('NOT_ENOUGH_INFO');
    // a negative question asks the conjunction: it is not read as its denial
    expect(await verdict("Weren't both Freedonia and Sylvania members of the League?")).not.toBe('SUPPORTED');
    // "both ... not" denies each member: Freedonia is a member, so it is refuted
    expect(await verdict("Freedonia and Sylvania both aren't members of the League.")).not.toBe('SUPPORTED');
  });
});

// "it is not true that A and B joined Y" was read with the frame as a negation marker, denied for
// each of them ("neither"): "It is false that both Freedonia and Sylvania joined the League" came
// out REFUTED by Freedonia's membership, though Sylvania's absence makes it true
describe('a denial framed around a clause about several', () => {
  it('gives the clause, only when it is about several', () => {
    expect(framedDenialOfMany('It is not true that Freedonia and Sylvania joined the League.')).toBe('Freedonia and Sylvania joined the League.');
    expect(framedDenialOfMany("It isn't the case that both Freedonia and Sylvania joined the League")).toBe('Both Freedonia and Sylvania joined the League.');
    expect(framedDenialOfMany('It is false that all three states joined the League.')).toBe('All three states joined the League.');
    expect(framedDenialOfMany('It is not true that Freedonia joined the League.')).toBeUndefined();
    expect(framedDenialOfMany('Is it not true that Freedonia and Sylvania joined the League?')).toBeUndefined();
    expect(framedDenialOfMany('It is false that Freedonia and Sylvania did not join the League.')).toBeUndefined();
  });

  it('denies the clause as a whole, both ways', async () => {
    expect(await verdict('It is false that both Freedonia and Sylvania joined the League.')).toBe('SUPPORTED');
    expect(await verdict("It isn't the case that Freedonia and Sylvania both joined the League.")).toBe('SUPPORTED');
    expect(await verdict('It is not true that Freedonia and Marsovia are members of the League.')).toBe('REFUTED');
    // one member only: the negation marker reads it as before
    expect(await verdict('It is not true that Sylvania is a member of the League.')).toBe('SUPPORTED');
  });
});

// Round 37 (branch fix30, users30's F1): a framed denial over a clause of several statements ("it is
// not the case that A but not B", "X, unlike Y, ...", "False: A and B ...") was cut into parts with
// the frame left on the first: "It is not the case that Freedonia joined the League but not Marsovia"
// came out REFUTED by "It is not the case that Freedonia joined the League", though both joined
describe('a denial framed around a clause of several statements', () => {
  it('gives the clause when it holds several statements, whatever the frame', () => {
    expect(framedDenialOfSeveral('It is not the case that Freedonia joined the League but not Marsovia.')).toBe('Freedonia joined the League but not Marsovia.');
    expect(framedDenialOfSeveral("It isn't true that Sylvania, unlike Freedonia, joined the League.")).toBe('Sylvania, unlike Freedonia, joined the League.');
    expect(framedDenialOfSeveral('False: Freedonia and Sylvania joined the League.')).toBe('Freedonia and Sylvania joined the League.');
    expect(framedDenialOfSeveral('Nobody should believe that Sylvania, which founded the League, joined it.')).toBe('Sylvania, which founded the League, joined it.');
    // one statement: the negation marker reads it as before; a question asks, it does not deny
    expect(framedDenialOfSeveral('It is not the case that Freedonia joined the League.')).toBeUndefined();
    expect(framedDenialOfSeveral('Is it not true that Freedonia joined the League but not Sylvania?')).toBeUndefined();
    expect(framedDenialOfSeveral('True or false: Freedonia and Sylvania joined the League.')).toBeUndefined();
  });

  it('denies the clause as a whole', async () => {
    expect(await verdict('It is not the case that Freedonia joined the League but not Marsovia.')).toBe('SUPPORTED');
    expect(await verdict("It isn't true that Freedonia joined the League but not Sylvania.")).toBe('REFUTED');
    expect(await verdict('It is false that Sylvania, unlike Freedonia, joined the League.')).toBe('SUPPORTED');
    expect(await verdict('False: Freedonia and Sylvania joined the League.')).toBe('SUPPORTED');
    expect(await verdict('Wrong: Freedonia and Marsovia joined the League.')).toBe('REFUTED');
  });
});

describe('a label before the claim that only looks like a denial', () => {
  it('"Noted:" / "Notes:" do not deny the claim after them (users30 F10)', async () => {
    expect(await verdict('Noted: Freedonia is a member of the League.')).not.toBe('REFUTED');
    expect(await verdict('Notes: Sylvania is a member of the League.')).not.toBe('SUPPORTED');
  });
});

// Round 37 (branch fix30, users30's F9): "it is false that some X did P" was read as "some X did not
// P" (the negation moved inside the count): SUPPORTED by the one X that did not
describe('a denial framed around a quantified clause', () => {
  it('denies the count as a whole', async () => {
    expect(framedDenialOfSeveral('It is false that some Ruritanian states belong to the League.')).toBe('Some Ruritanian states belong to the League.');
    // Freedonia belongs to the League, Sylvania does not
    expect(await verdict('It is false that some Ruritanian states belong to the League.')).not.toBe('SUPPORTED');
    expect(await verdict('It is not the case that some Ruritanian states are outside the League.')).not.toBe('SUPPORTED');
  });
});

// round 39 (users32 F14): "It is false that X. Y." denied X and Y together, so a false Y still made
// the claim SUPPORTED when X was false; the frame ends with its sentence (or at a semicolon)
describe('a denial frame over its own sentence only', () => {
  it('gives no clause that runs past the sentence', async () => {
    const { runsPastSentence } = await import('../../src/check/denied-whole.js');
    expect(framedDenialOfSeveral('It is false that Sylvania is a member of the League. Freedonia is not a member of the League.')).toBeUndefined();
    expect(framedDenialOfSeveral('Untrue: Sylvania is a member of the League; Freedonia is not a member of the League.')).toBeUndefined();
    expect(framedDenialOfMany('It is false that Sylvania and Marsovia joined the League. Freedonia did not.')).toBeUndefined();
    expect(runsPastSentence('the U.S. Treasury leads the League.')).toBe(false);
    expect(runsPastSentence('Sylvania leads the League. Fact: Freedonia does.')).toBe(true);
  });
  it('reads the sentence after it as a statement of its own', async () => {
    expect(await verdict('It is false that Sylvania is a member of the League. Freedonia is not a member of the League.')).not.toBe('SUPPORTED');
    expect(await verdict('Untrue: Sylvania is a member of the League. Freedonia is not a member of the League.')).not.toBe('SUPPORTED');
    expect(await verdict('It is false that Sylvania is a member of the League. Freedonia is a member of the League.')).not.toBe('REFUTED');
  });
});

// round 39 (users32 F15): "It is false that only two X did P" was read as "exactly two X did not P"
// (refuted by the one that did not); the frame denies the count. "Not only two X did P" is unread.
describe('a denied count under a frame', () => {
  it('denies the count, not the relation inside it', async () => {
    expect(framedDenialOfSeveral('It is false that only two Ruritanian states joined the League.')).toBe('Only two Ruritanian states joined the League.');
    // one of the two Ruritanian states is a member
    expect(await verdict('Only two Ruritanian states joined the League.')).toBe('REFUTED');
    expect(await verdict('It is false that only two Ruritanian states joined the League.')).toBe('SUPPORTED');
    expect(await verdict('Not only two Ruritanian states joined the League.')).toBe('UNREAD');
  });
});

describe('a denial frame before several sentences (round 39, users32 F14)', () => {
  it('is not read over the later sentences: the frame ends with its sentence (round 41), a label stays unread', async () => {
    // round 39 left this unread (cut after its sentence the frame went into a part, read over all it
    // masked a false one); round 41 (compound41) reads the frame's sentence and the plain one each
    // through the whole checker: one of the fixture's two states joined, so "only two joined" is false
    // and its denial holds, and Freedonia is a member
    expect(await verdict('It is false that only two Ruritanian states joined the League. Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('It is false that only two Ruritanian states joined the League. Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdict('False: only two Ruritanian states joined the League. Freedonia is a member of the League.')).toBe('UNREAD');
    // (round 40, truth40) each sentence with its own label is read as its own claim: the false fact refutes
    expect(await verdict('Myth: Sylvania is a member of the League. Fact: Freedonia is not a member of the League.')).toBe('REFUTED');
    // one sentence: read as before
    expect(await verdict('It is false that Sylvania is a member of the League.')).toBe('SUPPORTED');
  });
});

// Round 40 (branch truth40, lead39's leftover): "It's not true that P" was unread: the negation
// markers are "it is not true that", and "it's" matched none of them
describe('a denial frame with "it\'s"', () => {
  it('is spelled out', () => {
    expect(spelledDenialFrame("It's not true that Sylvania is a member of the League.")).toBe('It is not true that Sylvania is a member of the League.');
    expect(spelledDenialFrame("It's false that Sylvania is a member of the League.")).toBe('It is false that Sylvania is a member of the League.');
    expect(spelledDenialFrame("It's true that Sylvania is a member of the League.")).toBeUndefined();
    expect(spelledDenialFrame('It is not true that Sylvania is a member of the League.')).toBeUndefined();
  });

  it('denies the claim', async () => {
    expect(await verdict("It's not true that Sylvania is a member of the League.")).toBe('SUPPORTED');
    expect(await verdict("It's false that Freedonia is a member of the League.")).toBe('REFUTED');
    expect(await verdict("It\u2019s not the case that Freedonia is a member of the League.")).toBe('REFUTED');
  });
});
