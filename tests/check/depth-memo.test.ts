// The depth memo of the compound splitter (src/check/depth-memo.ts): exact answers per depth, and a
// clean failure answering for every deeper depth; the premise checked on the splitter itself.
import { describe, expect, it } from 'vitest';
import { readCompound } from '../../src/check/compound.js';
import { depthMemo } from '../../src/check/depth-memo.js';
import { checkFixture } from '../helpers/check-fixture.js';

describe('depthMemo', () => {
  it('keeps exact answers per depth, and a clean failure for every deeper depth only', () => {
    const memo = depthMemo<string>();
    const scope = {};
    let calls = 0;
    expect(memo(scope, 't', 1, () => (calls++, undefined))).toBeUndefined();
    // deeper: answered by the clean failure, not computed
    expect(memo(scope, 't', 3, () => (calls++, 'found deeper'))).toBeUndefined();
    expect(calls).toBe(1);
    // shallower: computed (a shallower search may find more)
    expect(memo(scope, 't', 0, () => (calls++, 'found'))).toBe('found');
    expect(memo(scope, 't', 0, () => (calls++, 'other'))).toBe('found');
    expect(calls).toBe(2);
    // another scope is another memo
    expect(memo({}, 't', 3, () => (calls++, 'x'))).toBe('x');
  });

  it('does not keep a failure as clean when something was found inside it', () => {
    const memo = depthMemo<string>();
    const scope = {};
    let calls = 0;
    const search = (depth: number): string | undefined => memo(scope, 'outer', depth, () => {
      calls++;
      memo.found(); // a part read, but the search as a whole found nothing
      return depth < 2 ? undefined : 'read';
    });
    expect(search(1)).toBeUndefined();
    expect(search(2)).toBe('read');
    expect(calls).toBe(2);
  });

  it('tells a caller what a skipped sub-search would have: a kept reading, or a failure that was not clean', () => {
    const memo = depthMemo<string>();
    const scope = {};
    const inner = (found: boolean): string | undefined => memo(scope, `inner-${found}`, 1, () => (found ? 'in' : (memo.found(), undefined)));
    inner(true);
    inner(false);
    // each outer search only asks a kept sub-search and fails: not clean, so computed again deeper
    for (const found of [true, false]) {
      let calls = 0;
      const outer = (depth: number) => memo(scope, `outer-${found}`, depth, () => (calls++, inner(found), undefined));
      outer(0);
      outer(1);
      expect(calls, `outer-${found}`).toBe(2);
    }
  });

  it('premise: the splitter gives the same answer with a warm memo as in a fresh scope, at every depth', () => {
    const { ctx } = checkFixture();
    const claims = [
      'Freedonia is a member of the League but Sylvania is not.',
      'Freedonia is a member of the League, and it juggled torches and Sylvania is a member of the League.',
      'Freedonia juggled seventeen torches, Sylvania is a member of the League and Marsovia depends on Freedonia.',
      'Sylvania, a member of the League, juggled torches and depends on Marsovia, which is a member of the League.',
      'Rufus Firefly visited Sylvania and Marsovia, and Freedonia is a member of the League but not Sylvania.',
    ];
    const parts = (r: ReturnType<typeof readCompound>) => r?.map((p) => [p.text, p.evaluation.verdict]);
    const fresh = new Map<string, unknown>();
    for (const c of claims) for (let d = 0; d <= 3; d++) fresh.set(`${d}|${c}`, parts(readCompound({ ...ctx }, c, d)));
    // one scope, deepest first and then shallowest first: every answer as in its own fresh scope
    const warm = { ...ctx };
    for (const order of [[3, 2, 1, 0], [0, 1, 2, 3]]) {
      for (const c of claims) for (const d of order) expect(parts(readCompound(warm, c, d)), `${d}|${c}`).toEqual(fresh.get(`${d}|${c}`));
    }
    // some claims read, some do not (both kinds of answer are checked)
    expect([...fresh.values()].some((v) => v)).toBe(true);
    expect([...fresh.values()].some((v) => !v)).toBe(true);
  });
});
