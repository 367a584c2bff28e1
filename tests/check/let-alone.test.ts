// "Not even A, let alone B" (round 19, src/check/let-alone.ts): read as the denial of A, which
// entails that of the narrower B, and rechecked.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { letAloneRewrite } from '../../src/check/let-alone.js';

const { check } = checkFixture('');

describe('not even A, let alone B', () => {
  it('is said as the denial of A, "ordinary" and the "let alone" part dropped', () => {
    expect(letAloneRewrite('Sylvania is not even an ordinary member of the League, let alone a founding one.')).toBe('Sylvania is not a member of the League.');
    expect(letAloneRewrite("Sylvania didn't even join the League, much less help found it.")).toBe("Sylvania didn't join the League.");
    // a full member is narrower than a member: "full" is kept
    expect(letAloneRewrite('Sylvania is not even a full member of the League, let alone a founding one.')).toBe('Sylvania is not a full member of the League.');
    expect(letAloneRewrite('Sylvania can barely pay its dues, let alone host the summit.')).toBeUndefined();
  });

  it('is decided as that denial: supported by the stated denial, refuted by the stated membership', async () => {
    const denied = await check('Sylvania is not even a member of the League, let alone a founding member.');
    expect(denied.verdict).toBe('SUPPORTED');
    expect(denied.explanation).toMatch(/not even A, let alone B/);
    expect((await check('Freedonia is not even a member of the League, let alone a founding one.')).verdict).toBe('REFUTED');
  });
});
