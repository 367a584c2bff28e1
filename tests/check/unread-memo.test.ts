// The readers' results kept per context and text (src/check/unread-memo.ts). Its premise: what the
// readers make of a claim does not depend on how deep in a chain of rechecks it is asked.
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/check/parser.js';
import { MAX_RECHECK_DEPTH, depthCutoffs, nested } from '../../src/check/recheck-depth.js';
import { UNREAD_MEMO_MAX, memoUnread } from '../../src/check/unread-memo.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

// claims no pattern reads as they stand, each read by a reader of src/check/readers.ts (a light
// verb, an idiom, a compound, a rewrite), some of which recheck other words for the claim
const READ_BY_READERS = [
  'Freedonia spurned the League.',
  'Sylvania kept away from the League.',
  'Freedonia calls the shots at the Acme Development Bank.',
  'Rufus Firefly played host to Gloria Teasdale.',
  'Construction of the canal pipeline began on December 13, a Sunday.',
  'Freedonia extended less financial assistance to Marsovia than to Sylvania.',
  'Freedonia is not even a member of the League, let alone a founding one.',
  'Freedonia ranks behind Sylvania in voting power in the League.',
  'It took the Acme Development Bank two months after the Founders Gala to open.',
  'The Acme Bank, headed by Rufus Firefly, is led by Freedonia.',
  'The League was founded by Sylvania, and Sylvania is one of its founding members.',
  'Sylvania is not a member of the League, and Freedonia is the only Ruritanian state outside the League.',
];

/** `run` called `levels` checks deep (each level one recheck of the claim's chain). */
function atDepth<T>(levels: number, run: () => Promise<T>): Promise<T> {
  return levels === 0 ? run() : nested('Freedonia joined the League.', () => atDepth(levels - 1, run));
}

const fakeResult = (claim: string): CheckResult => ({ claim }) as unknown as CheckResult;

describe('memoUnread', () => {
  it('the premise: a claim read by the readers reads the same at any recheck depth', async () => {
    let read = 0;
    // each side in a context of its own, so that no kept result is shared between them
    const top = checkFixture();
    const deep = checkFixture();
    for (const claim of READ_BY_READERS) {
      expect(() => parseClaim(top.ctx, claim), claim).toThrow(/./);
      const outcome = (r: Promise<CheckResult>) => r.catch((err: Error) => ({ unread: err.message }));
      const asked = await outcome(top.check(claim));
      const deeper = await atDepth(MAX_RECHECK_DEPTH / 2, () => outcome(deep.check(claim)));
      expect(deeper, claim).toEqual(asked);
      read += 'verdict' in asked ? 1 : 0;
    }
    // most of them read (a reader that stops reading them leaves this test asking too little)
    expect(read).toBeGreaterThanOrEqual(READ_BY_READERS.length - 2);
  }, 120_000);

  it('keeps a result (undefined too) per store, context and text, and hands out the first', async () => {
    const store = {};
    const ctx = {};
    let calls = 0;
    const read = (text: string) => memoUnread(store, ctx, text, async () => (calls++, text === 'none' ? undefined : fakeResult(text)));
    const first = await read('Freedonia joined the League.');
    expect(await read('Freedonia joined the League.')).toBe(first);
    expect(await read('none')).toBeUndefined();
    expect(await read('none')).toBeUndefined();
    expect(calls).toBe(2);
    // another context, another store: another memo
    await memoUnread(store, {}, 'Freedonia joined the League.', async () => (calls++, undefined));
    await memoUnread({}, ctx, 'Freedonia joined the League.', async () => (calls++, undefined));
    expect(calls).toBe(4);
  });

  it('keeps nothing computed while a recheck was cut off at the depth bound', async () => {
    const store = {};
    const ctx = {};
    let calls = 0;
    const forever = (): Promise<never> => nested('Freedonia joined the League near Zenda.', forever);
    const cutOff = () => memoUnread(store, ctx, 'Freedonia joined the League near Zenda.', async () => {
      calls++;
      const before = depthCutoffs();
      await forever().catch(() => undefined);
      expect(depthCutoffs()).toBe(before + 1);
      return undefined;
    });
    await cutOff();
    await cutOff();
    expect(calls).toBe(2);
  });

  it('keeps no error', async () => {
    const store = {};
    const ctx = {};
    let calls = 0;
    const fail = () => memoUnread(store, ctx, 'x', async () => { calls++; throw new Error('reader failed'); });
    await expect(fail()).rejects.toThrow('reader failed');
    await expect(fail()).rejects.toThrow('reader failed');
    expect(calls).toBe(2);
  });

  it('is bounded: a full memo is cleared, then fills again', async () => {
    const store = {};
    const ctx = {};
    let calls = 0;
    const read = (text: string) => memoUnread(store, ctx, text, async () => (calls++, fakeResult(text)));
    for (let i = 0; i < UNREAD_MEMO_MAX; i++) await read(`claim ${i}`);
    expect(calls).toBe(UNREAD_MEMO_MAX);
    await read('claim 0');
    expect(calls).toBe(UNREAD_MEMO_MAX);
    await read('one more'); // full: cleared, this one kept
    await read('claim 0');
    expect(calls).toBe(UNREAD_MEMO_MAX + 2);
  });
});
