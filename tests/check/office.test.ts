// An office named as the doer stands for the people the graph says held it.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { store, ctx } = checkFixture();
const check = (text: string) => checkClaim(store, text, { context: ctx });

describe('an office as the subject', () => {
  it('is supported by the holder whose claim fits the qualifiers', async () => {
    const a = await check('The Prime Minister of Freedonia visited Sylvania in 2001.');
    expect(a.verdict).toBe('SUPPORTED');
    expect(a.explanation).toContain('as its holder Rufus');
    const b = await check('The Prime Minister of Freedonia visited Sylvania in 2010.');
    expect(b.verdict).toBe('SUPPORTED');
    expect(b.explanation).toContain('as its holder Gloria');
  });

  it('is refuted only when every holder is', async () => {
    const r = await check('The Prime Minister of Freedonia visited Sylvania in 2005.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('office-holders-refuted');
  });

  it('is undecided when no holder is said to have done it', async () => {
    expect((await check('The Prime Minister of Freedonia visited Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
