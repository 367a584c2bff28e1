import { describe, expect, it } from 'vitest';
import { textMemo } from '../../src/check/text-memo.js';

describe('textMemo (pure functions of a context and a text, kept per context)', () => {
  it('computes once per context and text, keeps undefined, and hands out the first result', () => {
    const memo = textMemo<{ n: number } | undefined>();
    const a = {};
    const b = {};
    let calls = 0;
    const f = (ctx: object, text: string) => memo(ctx, text, () => (calls++, text === 'none' ? undefined : { n: text.length }));
    const first = f(a, 'abc');
    expect(f(a, 'abc')).toBe(first);
    expect(calls).toBe(1);
    expect(f(a, 'none')).toBeUndefined();
    expect(f(a, 'none')).toBeUndefined();
    expect(calls).toBe(2);
    // another context is another memo
    expect(f(b, 'abc')).not.toBe(first);
    expect(f(b, 'abc')).toEqual(first);
    expect(calls).toBe(3);
  });

  it('is bounded: a full memo is cleared, then fills again', () => {
    const memo = textMemo<number>(2);
    const ctx = {};
    let calls = 0;
    const f = (text: string) => memo(ctx, text, () => ++calls);
    expect([f('a'), f('b'), f('a')]).toEqual([1, 2, 1]);
    expect(f('c')).toBe(3); // full: cleared, 'c' kept
    expect(f('a')).toBe(4);
    expect(f('c')).toBe(3);
  });
});
