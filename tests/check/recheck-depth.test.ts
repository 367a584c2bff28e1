// Bounded nesting of rechecks (src/check/recheck-depth.ts): a reader whose rewrite reads as itself
// makes the claim unread instead of recursing without end.
import { describe, expect, it } from 'vitest';
import { MAX_CLAIM_CHECKS, MAX_RECHECK_DEPTH, nested } from '../../src/check/recheck-depth.js';

describe('nested rechecks', () => {
  it('run up to the bound, each level one deeper than its caller', async () => {
    const down = (n: number): Promise<number> => nested('Freedonia joined the League.', () => (n === 0 ? Promise.resolve(0) : down(n - 1).then((d) => d + 1)));
    expect(await down(MAX_RECHECK_DEPTH - 1)).toBe(MAX_RECHECK_DEPTH - 1);
  });
  it('make a claim past the bound unread', async () => {
    const forever = (): Promise<never> => nested('Freedonia joined the League near Zenda.', forever);
    await expect(forever()).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
  });
  it('count levels per call chain: siblings do not add up', async () => {
    const leaf = (): Promise<number> => nested('Sylvania joined the League.', () => Promise.resolve(1));
    const many = await nested('Freedonia and Sylvania joined the League.', async () => {
      let n = 0;
      for (let i = 0; i < MAX_RECHECK_DEPTH * 2; i++) n += await leaf();
      return n;
    });
    expect(many).toBe(MAX_RECHECK_DEPTH * 2);
  });
  it("count every check under one claim: past the claim's budget the claim is unread, not decided on what is left", async () => {
    // a reader that rechecks ever more rewrites, none deeper than two levels (round 29's slow claim)
    const leaf = (): Promise<string> => nested('Sylvania joined the League.', () => Promise.resolve('SUPPORTED')).catch(() => 'UNREAD');
    const wide = (n: number): Promise<string> => nested('Freedonia and Sylvania joined the League.', async () => {
      let last = 'UNREAD';
      for (let i = 0; i < n; i++) last = await leaf();
      return last;
    });
    expect(await wide(MAX_CLAIM_CHECKS - 1)).toBe('SUPPORTED');
    await expect(wide(MAX_CLAIM_CHECKS)).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE', message: expect.stringMatching(/more than \d+ checks/) });
    // the next claim has a budget of its own
    expect(await wide(10)).toBe('SUPPORTED');
  });
});
