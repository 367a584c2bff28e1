// Two amounts said alike (src/check/equal-amounts.ts, round 20): "about as large as", "roughly
// the same as", "A's N to B and C were roughly equal"; held within 10%, refuted beyond 25%.
import { describe, expect, it } from 'vitest';
import { equalShape } from '../../src/check/equal-amounts.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia signed energy deals worth US$ 5 million with Sylvania, and may provide
// US$ 2 million in grants to Grand Fenwick
const { check } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('equalShape', () => {
  it('reads the two sides and how the likeness is said', () => {
    expect(equalShape("Freedonia's deals with Sylvania were about as large as its grants to Grand Fenwick.", () => true))
      .toEqual({ left: "Freedonia's deals with Sylvania", right: 'its grants to Grand Fenwick', likeness: 'approximate', said: 'about as large as' });
    expect(equalShape("Freedonia's deals with Sylvania were as large as its grants.", () => true)?.likeness).toBe('at-least');
    expect(equalShape("Freedonia's deals with Sylvania were equal to its grants.", () => true)?.likeness).toBe('equal');
  });
  it('says the second side of "A\'s N to B and C" as the first with its last name replaced', () => {
    const resolves = (w: string): boolean => ['Sylvania', 'Grand Fenwick'].includes(w);
    expect(equalShape("Freedonia's grants to Sylvania and Grand Fenwick were roughly equal.", resolves)?.right).toBe("Freedonia's grants to Grand Fenwick");
  });
  it('is no shape for a denial, a question, or a clause side without a copula', () => {
    expect(equalShape("Freedonia's deals were not as large as its grants.", () => true)).toBeUndefined();
    expect(equalShape("Were Freedonia's deals as large as its grants?", () => true)).toBeUndefined();
    expect(equalShape('Freedonia promised Sylvania about as much as it promised Grand Fenwick.', () => true)).toBeUndefined();
  });
});

describe('two amounts said alike, end to end', () => {
  it('holds within 10% and shows the arithmetic', async () => {
    const r = await check("Freedonia's deals with Sylvania were about as large as US$ 4.8 million.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('4% of the larger');
    expect(await verdict("Freedonia's deals with Sylvania were equal to US$ 5 million.")).toBe('SUPPORTED');
  });
  it('is refuted beyond 25%, and undecided between', async () => {
    expect(await verdict("Freedonia's deals with Sylvania were about as large as its grants to Grand Fenwick.")).toBe('REFUTED');
    expect(await verdict("Freedonia's deals with Sylvania were roughly the same as US$ 4.2 million.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Freedonia's deals with Sylvania were equal to US$ 4.8 million.")).toBe('NOT_ENOUGH_INFO');
  });
});
