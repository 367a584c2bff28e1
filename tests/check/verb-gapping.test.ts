// Gapping without a preposition (src/check/verb-gapping.ts): the second conjunct borrows the
// first one's verb, and its subject when it has only objects.
import { describe, expect, it } from 'vitest';
import { verbGappingCut } from '../../src/check/verb-gapping.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('verbGappingCut', () => {
  it('a subject and an object: the verb is borrowed', () => {
    expect(verbGappingCut(ctx, 'Sylvania joined the Acme Bank and Freedonia the League.'))
      .toEqual(['Sylvania joined the Acme Bank', 'Freedonia joined the League']);
    expect(verbGappingCut(ctx, 'Rufus visited Sylvania in 2015, and Teasdale Grand Fenwick in 2006.'))
      .toEqual(['Rufus visited Sylvania in 2015', 'Teasdale visited Grand Fenwick in 2006']);
  });
  it('objects only: the subject and the verb are borrowed', () => {
    expect(verbGappingCut(ctx, 'Freedonia promised Sylvania US$5 million and Grand Fenwick US$7 million.'))
      .toEqual(['Freedonia promised Sylvania US$5 million', 'Freedonia promised Grand Fenwick US$7 million']);
  });
  it('no cut where the kinds do not match or the conjunct has more than names', () => {
    // a person for a country as the subject
    expect(verbGappingCut(ctx, 'Freedonia joined the League and Rufus the Acme Bank.')).toBeUndefined();
    // a year is no subject
    expect(verbGappingCut(ctx, 'Freedonia joined the League and 2016 the Acme Bank.')).toBeUndefined();
    // a verb of its own: no gap
    expect(verbGappingCut(ctx, 'Freedonia joined the League and Sylvania left the Acme Bank.')).toBeUndefined();
    // an amount after a name the first conjunct has no amount for
    expect(verbGappingCut(ctx, 'Freedonia joined the League and Sylvania US$7 million.')).toBeUndefined();
  });
  it('each part is checked: a wrong second conjunct refutes, never supports', async () => {
    expect((await check('Freedonia joined the League, and Sylvania the League.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia joined the League and Sylvania the League.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('round 38 (misses30): an amount and its recipient, the subject and verb left out', async () => {
  const { freedoniaAid } = await import('../helpers/aid-claims.js');
  // Freedonia gave Sylvania US$ 4 million and Marsovia US$ 1.5 million of financial assistance
  const aid = checkFixture(freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000) + freedoniaAid('financialAssistanceTo', 'marsovia', 1_500_000));
  const verdict = (text: string): Promise<string> => aid.check(text).then((r) => r.verdict, () => 'UNREAD');
  it('says the second conjunct with the first one\'s subject and verb', () => {
    expect(verbGappingCut(aid.ctx, 'Freedonia gave US$ 4 million to Sylvania and US$ 1.5 million to Marsovia.'))
      .toEqual(['Freedonia gave US$ 4 million to Sylvania', 'Freedonia gave US$ 1.5 million to Marsovia']);
    // the same recipient twice, or a second conjunct that is no name: no cut
    expect(verbGappingCut(aid.ctx, 'Freedonia gave US$ 4 million to Sylvania and US$ 1.5 million to Sylvania.')).toBeUndefined();
    expect(verbGappingCut(aid.ctx, 'Freedonia gave US$ 4 million to Sylvania and US$ 1.5 million to its farmers.')).toBeUndefined();
  });
  it('decides on both parts: a wrong second amount refutes', async () => {
    expect(await verdict('Freedonia gave US$ 4 million to Sylvania and US$ 1.5 million to Marsovia.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia gave US$ 4 million to Sylvania and US$ 9 million to Marsovia.')).toBe('REFUTED');
  });
});
