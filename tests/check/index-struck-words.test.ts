// Round 39 (branch fix32b, users32's F11): words struck through in markdown or HTML ("did ~~not~~
// join", "<del>not</del>") are withdrawn (src/check/index.ts STRUCK): which words stand is not read,
// so the claim is left unread. Before, the struck "not" was read as plain text and reversed the claim.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia is a member of the League, Sylvania is not (the fixture)
const { check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('words struck through', () => {
  it('leave the claim unread', async () => {
    // read as "Sylvania is not a member", each came out SUPPORTED; the writer withdrew the "not"
    expect(await verdict('Sylvania is ~~not~~ a member of the League.')).toBe('UNREAD');
    expect(await verdict('Sylvania is <del>not</del> a member of the League.')).toBe('UNREAD');
    expect(await verdict('Freedonia is <s>not</s> a member of the League.')).toBe('UNREAD');
  });

  it('are no tilde or tag of other use', async () => {
    expect(await verdict('Sylvania is not a member of the League.')).toBe('SUPPORTED');
  });
});
