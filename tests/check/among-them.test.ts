// An absolute phrase naming one member of the clause's plural subject (src/check/among-them.ts,
// round 31): "Two Ruritanian states joined the League, Sylvania among them" is the clause and
// "Sylvania joined the League"; both must hold.
import { describe, expect, it } from 'vitest';
import { amongThemParts, readAmongThem } from '../../src/check/among-them.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

// the rechecks of the two parts: the verdicts the test gives them
const recheckOf = (verdicts: Record<string, CheckResult['verdict']>) => async (claim: string): Promise<CheckResult | undefined> => {
  const verdict = verdicts[claim];
  if (!verdict) return undefined;
  const r = await check('Freedonia is a member of the League.');
  return { ...r, claim, verdict };
};

describe('"<clause>, <member> among them"', () => {
  it('is the clause and the clause said of the member, the verb put in the singular', () => {
    expect(amongThemParts(ctx, 'Two Ruritanian states joined the League, Sylvania among them.')).toEqual({
      clause: 'Two Ruritanian states joined the League.', member: 'Sylvania joined the League.' });
    expect(amongThemParts(ctx, 'Two Ruritanian states are League members, Freedonia among them.')).toEqual({
      clause: 'Two Ruritanian states are League members.', member: 'Freedonia is League members.' });
    expect(amongThemParts(ctx, 'Two states were visited by Rufus Firefly - Sylvania one of them.')?.member).toBe('Sylvania was visited by Rufus Firefly.');
  });
  it('is no such claim without a plural subject, a past or plural verb, or a name', () => {
    expect(amongThemParts(ctx, 'Freedonia joined the League, Sylvania among them.')).toBeUndefined();
    expect(amongThemParts(ctx, 'Two Ruritanian states join the League, Sylvania among them.')).toBeUndefined();
    expect(amongThemParts(ctx, 'Two Ruritanian states joined the League, several among them.')).toBeUndefined();
    expect(amongThemParts(ctx, 'Two Ruritanian states joined the League.')).toBeUndefined();
  });
  it('is supported when both parts are, refuted when the member part is, held otherwise', async () => {
    const text = 'Two Ruritanian states joined the League, Sylvania among them.';
    const parts = ['Two Ruritanian states joined the League.', 'Sylvania joined the League.'] as const;
    const both = await readAmongThem({ ctx, text, recheck: recheckOf({ [parts[0]]: 'SUPPORTED', [parts[1]]: 'SUPPORTED' }) } as never);
    expect(both && 'decided' in both && both.decided.verdict).toBe('SUPPORTED');
    const wrong = await readAmongThem({ ctx, text, recheck: recheckOf({ [parts[0]]: 'SUPPORTED', [parts[1]]: 'REFUTED' }) } as never);
    expect(wrong && 'decided' in wrong && wrong.decided.verdict).toBe('REFUTED');
    const open = await readAmongThem({ ctx, text, recheck: recheckOf({ [parts[0]]: 'NOT_ENOUGH_INFO', [parts[1]]: 'SUPPORTED' }) } as never);
    expect(open && 'held' in open && open.held.verdict).toBe('NOT_ENOUGH_INFO');
    // a part nothing reads: no reading
    expect(await readAmongThem({ ctx, text, recheck: recheckOf({ [parts[1]]: 'SUPPORTED' }) } as never)).toBeUndefined();
  });
  it('is refuted end to end when the member is denied the relation', async () => {
    // the fixture: Sylvania is not a member of the League
    const r = await check('Two Ruritanian states are members of the League, Sylvania among them.');
    expect(r.verdict).not.toBe('SUPPORTED');
  });
});
