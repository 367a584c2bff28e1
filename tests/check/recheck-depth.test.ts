// Bounded nesting of rechecks (src/check/recheck-depth.ts): a reader whose rewrite reads as itself
// makes the claim unread instead of recursing without end.
import { describe, expect, it, vi } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { checkBudget, DEFAULT_CLAIM_BUDGET_MS, depthCutoffs, longestRecheck, MAX_CLAIM_CHECKS, MAX_RECHECK_DEPTH, nested } from '../../src/check/recheck-depth.js';
import { batchLineJSON, checkBatchLine, parseBatch } from '../../src/check/batch.js';
import { exitCodeFor } from '../../src/errors.js';
import { checkFixture } from '../helpers/check-fixture.js';

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

// Round 30: a recheck its claim already finished, repeated (same depth, scope and key), is served
// from the first, with the first's checks counted again so that the budget falls where it did.
describe('rechecks that grow', () => {
  it('make a rewrite longer than the claim allows unread, counted as a cut-off; one at the bound reads', async () => {
    const claim = 'Two states, Freedonia and Sylvania, follow Ruritania in voting power in the League.';
    const at = 'x'.repeat(longestRecheck(claim));
    expect(await nested(claim, () => nested(at, () => Promise.resolve('read')))).toBe('read');
    const before = depthCutoffs();
    const over = nested(claim, () => nested(`${at}x`, () => Promise.resolve('read')));
    await expect(over).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
    expect(depthCutoffs()).toBe(before + 1);
    // short claims may grow by a fixed margin (a host and guest said as two clauses), long ones double
    expect(longestRecheck('Berdimuhamedov hosted Hamid Ansari')).toBeGreaterThanOrEqual(115);
    expect(longestRecheck('y'.repeat(300))).toBe(600);
  });
  it('stop a rewrite that grows its own output long before the depth bound (round 36: "India and India and India ...")', async () => {
    // each level says the text again with the names once more, as the apposed-names split of its own
    // output did (the trace: 80, 125, 190 ... characters)
    let deepest = 0;
    const grow = (text: string, depth: number): Promise<string> => nested(text, () => {
      deepest = Math.max(deepest, depth);
      return grow(text.replace(/ follow /, ' and India and Russia follow '), depth + 1).catch(() => 'unread');
    });
    expect(await grow('Two states, India and Russia, follow China in voting power in the AIIB.', 1)).toBe('unread');
    expect(deepest).toBeLessThan(MAX_RECHECK_DEPTH / 2);
  });
});

describe('repeated rechecks under one claim', () => {
  const memo = (key: string) => ({ scope: SCOPE, key });
  const SCOPE = {};
  /** A recheck that runs `children` rechecks of its own; `runs` counts its bodies run. */
  const counted = (runs: { n: number }, children: number, withMemo: boolean) => (): Promise<string> =>
    nested('Sylvania joined the League.', async () => {
      runs.n++;
      for (let i = 0; i < children; i++) await nested(`part ${i}`, () => Promise.resolve('x'));
      return 'SUPPORTED';
    }, withMemo ? memo('Sylvania joined the League.') : undefined).catch(() => 'UNREAD');

  it('serve the first outcome, the very object, without running it again', async () => {
    const runs = { n: 0 };
    const results = await nested('Freedonia and Sylvania joined the League.', async () => {
      const leaf = () => nested('Sylvania joined the League.', async () => (runs.n++, { verdict: 'SUPPORTED' }), memo('Sylvania joined the League.'));
      return [await leaf(), await leaf(), await leaf()];
    });
    expect(runs.n).toBe(1);
    expect(results[1]).toBe(results[0]);
    // another claim has a memo of its own
    await nested('Freedonia joined the League.', () => nested('Sylvania joined the League.', async () => (runs.n++, {}), memo('Sylvania joined the League.')));
    expect(runs.n).toBe(2);
  });

  it('keep the budget where it was: a served repeat counts one check, as the repeat did', async () => {
    for (const withMemo of [false, true]) {
      const runs = { n: 0 };
      const leaf = counted(runs, 0, withMemo);
      const wide = (n: number): Promise<string> => nested('Freedonia and Sylvania joined the League.', async () => {
        let last = 'UNREAD';
        for (let i = 0; i < n; i++) last = await leaf();
        return last;
      });
      expect(await wide(MAX_CLAIM_CHECKS - 1), String(withMemo)).toBe('SUPPORTED');
      await expect(wide(MAX_CLAIM_CHECKS), String(withMemo)).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
      expect(runs.n, String(withMemo)).toBe(withMemo ? 2 : 2 * MAX_CLAIM_CHECKS - 2);
    }
  }, 60_000);

  it('keep no recheck that ran checks of its own (a repeat would count them anew, maybe fewer)', async () => {
    const runs = { n: 0 };
    const leaf = counted(runs, 2, true);
    await nested('Freedonia and Sylvania joined the League.', async () => {
      await leaf();
      await leaf();
    });
    expect(runs.n).toBe(2);
  });

  it('keep no recheck under which a check was cut off', async () => {
    const runs = { n: 0 };
    const forever = (): Promise<never> => nested('Freedonia joined the League near Zenda.', forever);
    await nested('Freedonia and Sylvania joined the League.', async () => {
      const leaf = () => nested('Sylvania joined the League.', async () => (runs.n++, forever().catch(() => 'cut')), memo('Sylvania joined the League.'));
      await leaf();
      await leaf();
    });
    expect(runs.n).toBe(2);
  });

  it('the premise: a recheck repeated under one claim reads as a fresh one at that depth', async () => {
    const claims = [
      'Freedonia spurned the League.',
      'Sylvania kept away from the League.',
      'Freedonia extended less financial assistance to Marsovia than to Sylvania.',
      'The Acme Bank, headed by Rufus Firefly, is led by Freedonia.',
      'Freedonia is a member of the League.',
      'Sylvania is not a member of the League.',
    ];
    const outcome = (r: Promise<unknown>) => r.catch((err: Error) => ({ unread: err.message }));
    const a = checkFixture();
    const b = checkFixture();
    // all claims checked twice under one claim in one context, each once under its own in another
    const twice = await nested('Freedonia and Sylvania joined the League.', async () => {
      const out: unknown[] = [];
      for (let round = 0; round < 2; round++) for (const c of claims) out.push(await outcome(a.check(c)));
      return out;
    });
    for (const [i, c] of claims.entries()) {
      const fresh = await nested('Freedonia joined the League.', () => outcome(b.check(c)));
      expect(twice[i], c).toEqual(fresh);
      expect(twice[claims.length + i], c).toEqual(twice[i]);
    }
  }, 120_000);
});

// Round 35 (speed35): a time budget per claim, on a clock the test drives (never a timed assertion)
describe('the time budget of a claim', () => {
  /** A clock that reads `now`, moved by the test. */
  const fakeClock = () => {
    const c = { now: 0, read: () => c.now };
    return c;
  };
  const budget = (clock: { read: () => number }, ms = 100) => ({ ms, clock: clock.read });

  it('leaves a claim within its budget as it reads', async () => {
    const clock = fakeClock();
    const r = await nested('Freedonia joined the League.', async () => {
      clock.now = 50;
      return nested('Freedonia is a member of the League.', () => Promise.resolve('SUPPORTED'));
    }, undefined, budget(clock));
    expect(r).toBe('SUPPORTED');
  });

  it('makes a claim past it unread with CHECK_BUDGET naming the claim, at its next recheck', async () => {
    const clock = fakeClock();
    let ran = 0;
    const run = nested('Freedonia joined the League in 2015.', async () => {
      clock.now = 101;
      return nested('Freedonia joined the League.', () => (ran++, Promise.resolve('SUPPORTED')));
    }, undefined, budget(clock));
    await expect(run).rejects.toMatchObject({ code: 'CHECK_BUDGET', message: expect.stringContaining('"Freedonia joined the League in 2015."') });
    expect(ran).toBe(0);
  });

  it('never gives the verdict of what was read before a reader caught the error', async () => {
    const clock = fakeClock();
    const run = nested('Freedonia joined the League in 2015.', async () => {
      clock.now = 101;
      // a reader that takes any failure of its recheck as "unread" and goes on with the rest
      const part = await nested('Freedonia joined the League.', () => Promise.resolve('SUPPORTED')).catch(() => undefined);
      return part ?? 'NOT_ENOUGH_INFO';
    }, undefined, budget(clock));
    await expect(run).rejects.toMatchObject({ code: 'CHECK_BUDGET' });
  });

  it('is looked at by checkBudget in the readers\' loops, and counted as a cut-off (no memo keeps what was read across it)', async () => {
    const clock = fakeClock();
    const before = depthCutoffs();
    const run = nested('Freedonia joined the League in 2015.', async () => {
      checkBudget();
      clock.now = 150;
      checkBudget();
      return 'SUPPORTED';
    }, undefined, budget(clock));
    await expect(run).rejects.toMatchObject({ code: 'CHECK_BUDGET' });
    expect(depthCutoffs()).toBeGreaterThan(before);
    // outside any check there is no budget to look at
    expect(() => checkBudget()).not.toThrow();
  });

  it('starts anew with each claim', async () => {
    const clock = fakeClock();
    await expect(nested('Freedonia joined the League in 2015.', async () => { clock.now = 500; return nested('x', () => Promise.resolve(1)); }, undefined, budget(clock))).rejects.toMatchObject({ code: 'CHECK_BUDGET' });
    // the clock is past the first claim's deadline, not past the second's
    expect(await nested('Freedonia joined the League.', () => nested('y', () => Promise.resolve(2)), undefined, budget(clock))).toBe(2);
  });

  it('reads the CPU clock only once the wall clock is past the budget (a thread\'s CPU time cannot run ahead of it)', async () => {
    if (typeof process.threadCpuUsage !== 'function') return;
    const spy = vi.spyOn(process, 'threadCpuUsage');
    try {
      const n = await nested('Freedonia joined the League.', async () => {
        let k = 0;
        for (let i = 0; i < 50; i++) k += await nested(`Sylvania joined the League ${i} times.`, () => Promise.resolve(1));
        checkBudget();
        return k;
      });
      expect(n).toBe(50);
      // once, for the claim's deadline; none at the 50 rechecks nor at checkBudget
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
  it('the premise: a thread\'s CPU time runs no faster than the wall clock', () => {
    if (typeof process.threadCpuUsage !== 'function') return;
    const cpu = () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; };
    const c0 = cpu();
    const w0 = performance.now();
    let x = 0;
    while (performance.now() - w0 < 50) x += Math.sqrt(x + 1);
    const dc = cpu() - c0;
    const dw = performance.now() - w0;
    expect(x).toBeGreaterThan(0);
    // the clocks' granularity aside: Linux scales a thread's user and system time from scheduler
    // ticks to its exact run time, so a reading may be a tick (4-10 ms) off; a 1 ms margin failed
    // once under load at round 36's merge. The budget (seconds) is indifferent to a tick.
    expect(dc).toBeLessThanOrEqual(dw + 10);
  });

  it('has a default far above what a claim of the case sets takes, and its own exit code', () => {
    expect(DEFAULT_CLAIM_BUDGET_MS).toBeGreaterThanOrEqual(5000);
    expect(exitCodeFor('CHECK_BUDGET')).toBe(42);
  });

  it('reaches checkClaim and a batch line: unread with CHECK_BUDGET, no verdict of its own', async () => {
    const { store, ctx } = checkFixture();
    // a clock that moves on by a second at every reading: the first recheck is past a 1 ms budget
    let t = 0;
    const clock = () => (t += 1000);
    const claim = 'Freedonia joined the League in 2015 and Sylvania did too.';
    await expect(checkClaim(store, claim, { context: ctx, budgetMs: 1, clock })).rejects.toMatchObject({ code: 'CHECK_BUDGET' });
    const line = await checkBatchLine(parseBatch(JSON.stringify({ id: 'b', claim, label: 'SUPPORTED' }))[0]!, (c) => checkClaim(store, c, { context: ctx, budgetMs: 1, clock }));
    expect(line.error?.code).toBe('CHECK_BUDGET');
    expect(line.predicted).toBe('NOT_ENOUGH_INFO');
    expect(line.result).toBeUndefined();
    expect(JSON.stringify(batchLineJSON(line))).toContain('CHECK_BUDGET');
    // the same claim with the default budget reads as before (a real clock, far from its budget)
    const plain = await checkClaim(store, claim, { context: ctx }).then((r) => r.verdict, (e: { code: string }) => e.code);
    expect(plain).not.toBe('CHECK_BUDGET');
  }, 60_000);
});
