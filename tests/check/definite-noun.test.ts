// The shared mechanism for which thing a definite noun names (src/check/definite-noun.ts, round
// 23): the description words compared as written (a stem such as "whos" never matched), the class
// noun after "the", and the rule over every candidate's reading (only a unanimous verdict).
import { describe, expect, it } from 'vitest';
import { classNounAt, describes, inReportedSpeech, unanimous, type CandidateReading } from '../../src/check/definite-noun.js';
import { tokenize } from '../../src/check/text.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const word = (w: string) => tokenize(w, ctx.morph)[0];

describe('description words after a definite phrase', () => {
  it('are compared as written, not by their stem', () => {
    for (const w of ['whose', 'based', 'led', 'of']) expect(describes(word(w))).toBe(true);
    expect(describes(word('opened'))).toBe(false);
    expect(describes(word('hosted'), false, true)).toBe(true);
    expect(describes(word('in'))).toBe(false);
    expect(describes(word('in'), true)).toBe(true);
  });
  it('stop a class noun from being an anaphor', () => {
    const toks = tokenize('Freedonia lends to the bank whose president is Rufus Firefly', ctx.morph);
    const at = toks.findIndex((t) => t.norm === 'bank');
    expect(classNounAt(ctx, toks, at)).toBe('no anaphor');
    const bare = tokenize('Freedonia joined the bank', ctx.morph);
    expect(classNounAt(ctx, bare, 3)).toMatchObject({ n: 1 });
  });
});

describe('the rule over every candidate', () => {
  const read = (iri: string, verdict: CheckResult['verdict'], conflict = false): CandidateReading =>
    ({ iri, said: iri, r: { verdict, conflict } as CheckResult });
  it('decides only when every candidate was read and all decide alike', () => {
    expect(unanimous([read('a', 'REFUTED'), read('b', 'REFUTED')], 2)?.iri).toBe('a');
    expect(unanimous([read('a', 'REFUTED'), read('b', 'SUPPORTED')], 2)).toBeUndefined();
    expect(unanimous([read('a', 'REFUTED')], 2)).toBeUndefined();
    expect(unanimous([read('a', 'NOT_ENOUGH_INFO'), read('b', 'NOT_ENOUGH_INFO')], 2)).toBeUndefined();
    expect(unanimous([read('a', 'REFUTED'), read('b', 'REFUTED', true)], 2)).toBeUndefined();
  });
  it('is never applied in reported speech', () => {
    expect(inReportedSpeech(ctx, 'According to the author, the bank lends to Freedonia.')).toBe(true);
    expect(inReportedSpeech(ctx, 'The bank lends to Freedonia.')).toBe(false);
    // a reporting verb with a possessive object is a deed, not speech
    expect(inReportedSpeech(ctx, 'Rufus Firefly concluded his visit to the region in May.')).toBe(false);
  });
});

describe('classNounAt and a contact clause (round 29)', () => {
  it('takes "the bank <name> <verb>" as a description, not an anaphor', () => {
    expect(classNounAt(ctx, tokenize('Sylvania joined the bank Freedonia leads', ctx.morph), 3)).toBe('no anaphor');
    expect(classNounAt(ctx, tokenize('Sylvania joined the bank the League founded', ctx.morph), 3)).toBe('no anaphor');
    // near miss: the bare noun is still an anaphor
    expect(classNounAt(ctx, tokenize('Sylvania joined the bank early', ctx.morph), 3)).toMatchObject({ n: 1 });
  });
});
