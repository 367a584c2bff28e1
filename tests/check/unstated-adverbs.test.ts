// Round 35 (branch fix28b): an adverb the parser reads past that adds a fact no source states
// ("narrowly", "virtually", "annually") holds a support, and a denial's refutation, as
// NOT_ENOUGH_INFO; the lexicon's empty adverbs ("definitely") are still skipped without a word
// (src/check/unstated-adverbs.ts, lexicon cg:emptyAdverb). A verb of feeling over a source's words
// ("fears that", "complains that", lexicon cg:attitudeWord) holds their support too.
import { describe, expect, it } from 'vitest';
import { capUnstatedAdverbs, unstatedAdverbNote, unstatedAdverbs } from '../../src/check/unstated-adverbs.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

const { check } = checkFixture(secondCommenter());

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('unstatedAdverbNote', () => {
  it('is read back from the notes', () => {
    expect(unstatedAdverbs(['x', unstatedAdverbNote('narrowly'), unstatedAdverbNote('narrowly')])).toEqual(['narrowly']);
    expect(unstatedAdverbs(undefined)).toEqual([]);
  });
});

describe('an adverb that adds a fact', () => {
  it('holds the support of the claim read without it', async () => {
    expect(await verdict('Freedonia is a member of the League.')).toBe('SUPPORTED');
    const r = await check('Freedonia is narrowly a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain("Read without 'narrowly', which no source states");
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    expect(await verdict('Freedonia is virtually a member of the League.')).toBe('NOT_ENOUGH_INFO');
  });

  it('holds a denial refuted without it, keeps a plain claim refuted', async () => {
    // the fixture: Freedonia is a member, Sylvania is not
    expect(await verdict('Freedonia is not a member of the League.')).toBe('REFUTED');
    expect(await verdict('Freedonia is not formally a member of the League.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia is not personally a member of the League.')).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves an empty adverb skipped', async () => {
    expect(await verdict('Freedonia is definitely a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is basically a member of the League.')).toBe('SUPPORTED');
  });

  it('leaves a result without the note as it is', () => {
    const r = { claim: 'c', verdict: 'SUPPORTED' as const, interpretation: { notes: ['skipped'] } as never, evidence: [], explanation: 'e', reason: 'direct' as never, conflict: false };
    expect(capUnstatedAdverbs(r)).toBe(r);
  });
});

describe('a verb of feeling over a source\'s words', () => {
  it('holds their support, keeps a saying supported', async () => {
    expect(await verdict('Zed Q. says that Sylvania will join the League before the end of 2016.')).toBe('SUPPORTED');
    const r = await check('Zed Q. fears that Sylvania will join the League before the end of 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain("Read with 'fears'");
    expect(await verdict('Zed Q. complains that Sylvania will join the League before the end of 2016.')).toBe('NOT_ENOUGH_INFO');
  });
});
