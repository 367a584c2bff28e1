// "X is the N that P" (src/check/identified-description.ts): the clause said of X, X's kind, and
// no other entity of the kind that fits; a contact clause after a class noun is no kind claim
// (src/check/kinds.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { readIdentifiedDescription } from '../../src/check/identified-description.js';
import { readKind } from '../../src/check/kinds.js';

const { check, ctx } = checkFixture();
// the verdict, or UNREAD when no reader reads the claim (CHECK_UNINTERPRETABLE)
const verdictOf = async (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'UNREAD');

describe('a name identified with a description', () => {
  it('puts the name in the clause\'s gap', () => {
    expect(readIdentifiedDescription(ctx, 'Sylvania is the Ruritanian state that does not belong to the League.')?.said('Sylvania'))
      .toBe('Sylvania does not belong to the League.');
    expect(readIdentifiedDescription(ctx, 'The Acme Development Bank is the bank that Freedonia leads.')?.said('X')).toBe('Freedonia leads X.');
    expect(readIdentifiedDescription(ctx, 'The Acme Development Bank is the bank Freedonia leads.')?.said('X')).toBe('Freedonia leads X.');
    expect(readIdentifiedDescription(ctx, 'Sylvania was the country Rufus Firefly visited in 2001.')?.said('X')).toBe('Rufus Firefly visited X in 2001.');
    expect(readIdentifiedDescription(ctx, 'Sylvania is the country to which Freedonia sold gas.')?.said('X')).toBe('Freedonia sold gas to X.');
    // no name before the copula, or no class noun: not this shape
    expect(readIdentifiedDescription(ctx, 'The bank is the bank that Freedonia leads.')).toBeUndefined();
    expect(readIdentifiedDescription(ctx, 'Freedonia is the reason that Sylvania stayed out.')).toBeUndefined();
  });

  it('supports the one entity of the kind the clause fits', async () => {
    for (const claim of ['The Acme Development Bank is the bank that Freedonia leads.', 'The Acme Development Bank is the bank Freedonia leads.',
      'Sylvania is the Ruritanian state that does not belong to the League.', 'Sylvania was the country Rufus Firefly visited in 2001.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.evidence.length, claim).toBeGreaterThan(0);
    }
  });

  it('refutes a clause refuted of the name, and a name of another kind', async () => {
    expect((await check('Freedonia is the Ruritanian state that does not belong to the League.')).verdict).toBe('REFUTED');
    expect(await verdictOf('Marsovia is the Ruritanian state that does not belong to the League.')).not.toBe('SUPPORTED');
    expect((await check('Freedonia canal pipeline is the Ruritanian state that does not belong to the League.')).verdict).toBe('REFUTED');
  });

  it('holds the claim when another entity of the kind fits too, and names it', async () => {
    const r = await check('Sylvania is the country that Gloria Teasdale visited.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/Grand Fenwick fits/);
  });

  it('holds a clause the graph does not decide of the name (another that fits refutes nothing)', async () => {
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdictOf('Grand Fenwick is the country Rufus Firefly visited in 2001.'));
  });
});

describe('a contact clause after a class noun', () => {
  it('is no kind claim: its last word is the clause\'s verb', () => {
    expect(readKind(ctx, 'Sylvania was the country Rufus Firefly visited in 2001.')).toBeUndefined();
    expect(readKind(ctx, 'Sylvania is a Ruritanian country.')?.cls).toMatch(/Country$/);
  });
});
