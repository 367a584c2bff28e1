// Round 28 (branch precision28): a denied whole ("A and B are not both members of Y", "did not all
// join Y") read as the denial of its conjunction (src/check/denied-whole.ts): SUPPORTED when one
// member's statement is refuted, REFUTED when every member's is supported; unread before.
import { describe, expect, it } from 'vitest';
import { deniedWholeConjunction, framedDenialOfMany } from '../../src/check/denied-whole.js';
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
