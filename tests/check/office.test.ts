// An office named as the doer stands for the people the graph says held it.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('an office as the subject', () => {
  it('is supported by the holder whose claim fits the qualifiers', async () => {
    const a = await check('The Prime Minister of Freedonia visited Sylvania in 2001.');
    expect(a.verdict).toBe('SUPPORTED');
    expect(a.explanation).toContain('as its holder Rufus');
    const b = await check('The Prime Minister of Freedonia visited Sylvania in 2010.');
    expect(b.verdict).toBe('SUPPORTED');
    expect(b.explanation).toContain('as its holder Gloria');
  });

  // round 33 (fix26a): each holder's visit in another year is held (src/check/repeat-time.ts: a
  // visit may happen again), so no holder refutes "visited Sylvania in 2005" any more (on purpose)
  it('is refuted only when every holder is; a visit in another year refutes none', async () => {
    const r = await check('The Prime Minister of Freedonia visited Sylvania in 2005.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.reason).not.toBe('office-holders-refuted');
  });

  it('is undecided when no holder is said to have done it', async () => {
    expect((await check('The Prime Minister of Freedonia visited Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('matchOffices pre-filter', () => {
  it('rests on every office pattern having a {role} slot, so a span without a role word names no office', async () => {
    const { matchOffices, resolveMention } = await import('../../src/check/resolver.js');
    const { tokenize } = await import('../../src/check/text.js');
    for (const p of ctx.officePatterns) expect(p.nodes.some((n) => n.t === 'slot' && n.name === 'role')).toBe(true);
    const read = (s: readonly Parameters<typeof resolveMention>[1][number][]) => resolveMention(ctx, s, 1);
    expect(matchOffices(ctx, tokenize('President of Sylvania', ctx.morph), read).map((o) => o.role)).toEqual(['president']);
    expect(matchOffices(ctx, tokenize('Acme Bank of Sylvania', ctx.morph), read)).toEqual([]);
  });
});
