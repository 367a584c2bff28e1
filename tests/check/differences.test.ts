// The difference between two amounts said as a noun (src/check/differences.ts, round 26).
import { describe, expect, it } from 'vitest';
import { differenceSaid } from '../../src/check/differences.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia signed energy deals worth US$ 5 million with Sylvania, and may provide
// US$ 2 million in grants to Grand Fenwick (a difference of US$ 3 million)
const { check, ctx } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('differenceSaid', () => {
  it('reads the sides said together and the amount with its bound', () => {
    expect(differenceSaid(ctx, 'The gap between A and B exceeds $10 million')).toEqual({ ab: 'A and B', said: [{ value: '10000000', currency: 'USD', bound: 'gt' }] });
    expect(differenceSaid(ctx, 'A and B differ by about $3 million')?.said[0]?.bound).toBe('about');
    expect(differenceSaid(ctx, 'A and B are less than $3 million apart')?.said[0]?.bound).toBe('lt');
  });
  it('is nothing for a denial or without an amount', () => {
    expect(differenceSaid(ctx, 'The difference between A and B is not $3 million')).toBeUndefined();
    expect(differenceSaid(ctx, 'The difference between A and B is small')).toBeUndefined();
  });
});

describe('a difference of two amounts of the graph', () => {
  it('compares |A - B| with the amount said', async () => {
    const r = await check("The difference between Freedonia's deals with Sylvania and its grants to Grand Fenwick is less than $4 million.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('= USD 3,000,000');
    expect(await verdict("The gap between Freedonia's deals with Sylvania and its grants to Grand Fenwick exceeds $4 million.")).toBe('REFUTED');
    expect(await verdict("Freedonia's grants to Grand Fenwick and its deals with Sylvania differ by about $3 million.")).toBe('SUPPORTED');
  });
  it('reads an owner\'s amount only when the graph gives the owner that amount', async () => {
    expect(await verdict("The difference between Sylvania's $5 million and Grand Fenwick's $2 million is $3 million.")).toBe('SUPPORTED');
    expect(await verdict("The difference between Sylvania's $9 million and Grand Fenwick's $8 million is $1 million.")).not.toBe('SUPPORTED');
  });
});
