import { describe, expect, it } from 'vitest';
import { textMemo } from '../../src/check/text-memo.js';
import { readAttribution } from '../../src/check/attribution.js';
import { readByWords } from '../../src/check/by-words.js';
import { clauseCuts } from '../../src/check/compound.js';
import { JUDGING_FIELDS, readingKey } from '../../src/check/context-base.js';
import type { CheckContext } from '../../src/check/context.js';
import { omittedObjects } from '../../src/check/omitted-object.js';
import { titledNameRewrite } from '../../src/check/titled-name.js';
import { checkMetadata } from '../../src/check/metadata.js';
import { checkFixture } from '../helpers/check-fixture.js';

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

// round 38 (speed38): the memos of functions that only read a text are kept per reading key,
// shared by a context and the contexts derived from it to judge otherwise
describe('readingMemo (functions that only read, kept per reading key)', () => {
  const USERS: Array<[string, (ctx: CheckContext, text: string) => unknown, string]> = [
    ['titledNameRewrite', titledNameRewrite, 'Freedonian President Rufus Firefly visited Sylvania.'],
    ['readAttribution', readAttribution, 'According to a reader, Sylvania has explored prospects in Ruritania.'],
    ['readByWords', readByWords, 'The League Freedonia is a member of.'],
    ['clauseCuts', clauseCuts, 'Freedonia is a member of the League and Sylvania joined the League in 2005.'],
    ['omittedObjects', omittedObjects, 'Freedonia signed energy deals worth US$ 5 million in 2011.'],
    // round 39 (tidy39): checkMetadata reads and judges an article's own data, no judging field
    ['checkMetadata', checkMetadata, 'The Fixture article was edited by the Metro Desk.'],
  ];

  it('computes once for a context and a context derived from it to judge otherwise', () => {
    const { ctx } = checkFixture();
    for (const [name, f, text] of USERS) {
      const first = f(ctx, text);
      // a derived context (another time, tense or scope) read through a proxy: the memo's hit
      // reads none of its fields once its reading key is known
      const derived = { ...ctx, present: true, asOf: '2001-01-01' } as CheckContext;
      readingKey(derived);
      const read: string[] = [];
      const watched = new Proxy(derived, { get: (t, k, r) => (read.push(String(k)), Reflect.get(t, k, r)) });
      readingKey(watched);
      read.length = 0;
      expect(f(watched, text), name).toEqual(first);
      expect(read, name).toEqual([]);
    }
  });

  it('premise: each function reads no judging field of its context (nor calls what does)', () => {
    // a fresh context, so nothing is answered from a memo; the same claims as above and the
    // claims of context-base.test.ts's kind, each through every user
    const { ctx } = checkFixture();
    const judging = new Set<string>(JUDGING_FIELDS);
    const strict = new Proxy(ctx, { get: (t, k, r) => { if (judging.has(String(k))) throw new Error(`read ${String(k)}`); return Reflect.get(t, k, r); } });
    const texts = [...USERS.map(([, , t]) => t), 'Freedonia is not a member of the League.', 'Rufus Firefly is the President of Freedonia.',
      'Marsovia began the process of joining the League in July 2005.', 'Freedonia and Sylvania are members of the League.',
      'Sylvania said Freedonia joined the League.', 'Freedonia, which joined the League, signed energy deals with Sylvania.'];
    for (const [name, f] of USERS) for (const text of texts) expect(() => f(strict, text), `${name}: ${text}`).not.toThrow();
  });
});
