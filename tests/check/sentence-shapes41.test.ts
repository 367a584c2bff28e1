// Round 41 (branch misses41): the asker checking a claim of their own ("Do I have this right: P?",
// "Let me get this straight: P", "Just to confirm: P") is a frame around P, as "Am I right that P?"
// (src/check/sentence-shapes.ts); a frame that says "wrong" is none.
import { describe, expect, it } from 'vitest';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a confirmation the asker asks for', () => {
  it('peels the frame and keeps the claim inside', () => {
    for (const [text, core] of [
      ['Do I have this right: Freedonia joined the League?', 'Freedonia joined the League.'],
      ['Have I got that right - Sylvania joined the League?', 'Sylvania joined the League.'],
      ['Did I get it right that Freedonia joined the League?', 'Freedonia joined the League.'],
      ['Let me get this straight: Sylvania is a member of the League.', 'Sylvania is a member of the League.'],
      ['Just to confirm: Freedonia is a member of the League.', 'Freedonia is a member of the League.'],
    ] as const) expect(peelSentenceShape(text)?.core).toBe(core);
    expect(peelSentenceShape('Do I have this wrong: Freedonia joined the League?')).toBeUndefined();
  });
  it('is decided as the claim inside', async () => {
    expect(await verdict('Do I have this right: Freedonia is a member of the League?')).toBe('SUPPORTED');
    expect(await verdict('Have I got this right: Sylvania is a member of the League?')).toBe('REFUTED');
  });
});
