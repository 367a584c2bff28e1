// "S doubts that P" (src/check/doubt-words.ts, round 32): decided by S's own words only.
import { describe, expect, it } from 'vitest';
import { readDoubt } from '../../src/check/doubt-words.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

// Zed Q.'s comment expects Sylvania to join the League by 2016; Ida O.'s says nothing of it
const { check } = checkFixture(secondCommenter());
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('readDoubt', () => {
  it('reads the speaker, the clause and whether it is doubted', () => {
    expect(readDoubt('Zed Q. doubts that Zenda will host the gala.')).toEqual({ speaker: 'Zed Q.', clause: 'Zenda will host the gala', doubts: true });
    expect(readDoubt('Zed Q. doubted the League will meet in May')).toEqual({ speaker: 'Zed Q.', clause: 'the League will meet in May', doubts: true });
    expect(readDoubt('Zed Q. is doubtful whether Zenda will host the gala')?.doubts).toBe(true);
    expect(readDoubt('Zed Q. does not doubt that Zenda will host the gala')).toEqual({ speaker: 'Zed Q.', clause: 'Zenda will host the gala', doubts: false });
    expect(readDoubt('Zed Q. has no doubt that Zenda will host the gala')?.doubts).toBe(false);
  });

  it('reads no doubt of the asker, no double denial, and no other verb', () => {
    expect(readDoubt('I doubt that Zenda will host the gala')).toBeUndefined();
    expect(readDoubt('Zed Q. doubts that Zenda will not host the gala')).toBeUndefined();
    expect(readDoubt('Zed Q. says that Zenda will host the gala')).toBeUndefined();
  });
});

describe('a doubt judged by the speaker\'s words', () => {
  it('refutes a doubt of what the speaker said, and supports "does not doubt"', async () => {
    expect(await verdict('Zed Q. doubts that Sylvania will join the League by 2016.')).toBe('REFUTED');
    expect(await verdict('Zed Q. does not doubt that Sylvania will join the League by 2016.')).toBe('SUPPORTED');
  });

  it('never decides a doubt by another source\'s words', async () => {
    expect(await verdict('Ida O. doubts that Sylvania will join the League by 2016.')).not.toMatch(/SUPPORTED|REFUTED/);
    expect(await verdict('Ida O. does not doubt that Sylvania will join the League by 2016.')).not.toMatch(/SUPPORTED|REFUTED/);
  });
});
