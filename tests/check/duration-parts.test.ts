// Durations said in parts or with a stressing word (src/check/duration-parts.ts, round 15): "a
// week and a half", "one week and three days", "just three days", "close to a week"; and the
// tolerance band of an approximate length (src/check/qualifiers.ts).
import { describe, expect, it } from 'vitest';
import { durationInParts } from '../../src/check/duration-parts.js';
import { tokenize, type Morphology } from '../../src/check/text.js';
import { parseDuration } from '../../src/check/values.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const morph: Morphology = { lemmas: new Map(), ignorable: new Set(['the']) };
const toks = (s: string) => tokenize(s, morph);
const plain = (ts: Parameters<typeof parseDuration>[0]): number | undefined => { const v = parseDuration(ts); return v?.kind === 'duration' && !v.bound ? v.days : undefined; };

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('durationInParts', () => {
  it('adds the parts', () => {
    expect(durationInParts(toks('a week and a half'), plain)).toEqual({ days: 10.5 });
    expect(durationInParts(toks('week and half'), plain)).toEqual({ days: 10.5 });
    expect(durationInParts(toks('one and a half weeks'), plain)).toEqual({ days: 10.5 });
    expect(durationInParts(toks('one week and three days'), plain)).toEqual({ days: 10 });
    expect(durationInParts(toks('two weeks, three days'), plain)).toEqual({ days: 17 });
  });
  it('reads a stressing word as exact, "close to" as about', () => {
    expect(durationInParts(toks('just three days'), plain)).toEqual({ days: 3 });
    expect(durationInParts(toks('only a week'), plain)).toEqual({ days: 7 });
    expect(durationInParts(toks('close to a week'), plain)).toEqual({ days: 7, bound: 'about' });
    // round 41: "a mere" with its article dropped before the tokens get here ("lasted a mere two days")
    expect(durationInParts(toks('a mere two days'), plain)).toEqual({ days: 2 });
    expect(durationInParts(toks('mere two days'), plain)).toEqual({ days: 2 });
  });
  it('leaves one plain duration and unreadable parts to the caller', () => {
    expect(durationInParts(toks('three days'), plain)).toBeUndefined();
    expect(durationInParts(toks('five days and two more days'), plain)).toBeUndefined();
    expect(parseDuration(toks('five days and two more days'))).toBeUndefined();
  });
  it('is what parseDuration gives, with a leading bound', () => {
    expect(parseDuration(toks('more than a week and a half'))).toEqual({ kind: 'duration', days: 10.5, bound: 'gt' });
  });
});

describe('trip lengths end to end (corpus fixture: October 22-28, 7 days)', () => {
  it('decides the whole of a length in parts', async () => {
    expect(await verdict("Abe's trip lasted a week and a half.")).toBe('REFUTED');
    expect(await verdict("Abe's visit to Central Asia lasted one week and three days.")).toBe('REFUTED');
    expect(await verdict("Abe's visit to Central Asia lasted six days and one day.")).toBe('SUPPORTED');
  });
  it('reads "just", "only", "exactly" and "close to"', async () => {
    expect(await verdict("Abe's trip lasted just three days.")).toBe('REFUTED');
    expect(await verdict("Abe's Central Asia visit lasted exactly seven days.")).toBe('SUPPORTED');
    expect(await verdict("Abe's Central Asian tour lasted close to a week.")).toBe('SUPPORTED');
  });
  it('holds "roughly N days" near, leaves it undecided a little further, refutes it far off', async () => {
    expect(await verdict("Abe's Central Asia trip lasted roughly eight days.")).toBe('SUPPORTED');
    expect(await verdict("Abe's Central Asia trip lasted roughly nine days.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Abe's Central Asia trip lasted roughly ten days.")).toBe('REFUTED');
  });
});
