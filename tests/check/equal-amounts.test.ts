// Two amounts said alike (src/check/equal-amounts.ts, round 20): "about as large as", "roughly
// the same as", "A's N to B and C were roughly equal"; held within 10%, refuted beyond 25%.
import { describe, expect, it } from 'vitest';
import { equalShape, readClauseLikeness } from '../../src/check/equal-amounts.js';
import { freedoniaAid } from '../helpers/aid-claims.js';
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
    // round 39: an unhedged "as much as" before a bare figure is the ceiling idiom ("up to"), no likeness
    expect(equalShape("Freedonia's deals with Sylvania were worth as much as US$ 24 billion.", () => true)).toBeUndefined();
    expect(equalShape("Freedonia's deals with Sylvania were worth as much as \u00a5600 billion.", () => true)).toBeUndefined();
    expect(equalShape("Freedonia's deals with Sylvania were worth about as much as US$ 24 billion.", () => true)?.likeness).toBe('approximate');
  });
});

describe('two amounts said alike, end to end', () => {
  it('holds within 10% and shows the arithmetic', async () => {
    const r = await check("Freedonia's deals with Sylvania were about as large as US$ 4.8 million.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('4% of the larger');
    expect(await verdict("Freedonia's deals with Sylvania were equal to US$ 5 million.")).toBe('SUPPORTED');
  });
  it('is refuted beyond 15% (the one closeness rule, round 31; 25% before), and undecided between', async () => {
    expect(await verdict("Freedonia's deals with Sylvania were about as large as its grants to Grand Fenwick.")).toBe('REFUTED');
    // 5 million against 4.2 million is 16% of the larger apart: refuted since round 31; 4.4 million (12%) undecided
    expect(await verdict("Freedonia's deals with Sylvania were roughly the same as US$ 4.2 million.")).toBe('REFUTED');
    expect(await verdict("Freedonia's deals with Sylvania were roughly the same as US$ 4.4 million.")).toBe('NOT_ENOUGH_INFO');
    expect(await verdict("Freedonia's deals with Sylvania were equal to US$ 4.8 million.")).toBe('NOT_ENOUGH_INFO');
  });
});

// round 21: the likeness said with clauses (readClauseLikeness), each side in its own modality
// Freedonia gave Sylvania US$ 4 million, Marsovia US$ 1.5 million and Grand Fenwick US$ 3.9 million
// (stated), besides the fixture's possible US$ 2 million in grants to Grand Fenwick
const clauses = checkFixture(['sylvania', 'marsovia', 'grand-fenwick'].map((to, i) => freedoniaAid('financialAssistanceTo', to, [4_000_000, 1_500_000, 3_900_000][i]!)).join(''));
const clauseVerdict = (text: string): Promise<string> => clauses.check(text).then((r) => r.verdict, () => 'UNREAD');

describe('two amounts said alike with clauses', () => {
  it('completes the second clause from the first and decides by the hedged rule', async () => {
    const r = await clauses.check('Freedonia gave Sylvania about as much as it gave Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2.5% of the larger');
    expect(await clauseVerdict('Freedonia gave Sylvania roughly as much as it gave Marsovia.')).toBe('REFUTED');
    expect(await clauseVerdict('Freedonia extended about as much financial assistance to Marsovia as it did to Sylvania.')).toBe('REFUTED');
  });
  it('reads each clause in its own modality: a pledge the graph does not give is no amount', async () => {
    const r = await clauses.check('Freedonia promised Marsovia about as much as it gave Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('no single amount for "Freedonia promised Marsovia aid"');
  });
  it('is no likeness for a denial or a question', () => {
    expect(readClauseLikeness(clauses.ctx, 'Freedonia did not give Sylvania about as much as it gave Marsovia.')).toBeUndefined();
    expect(readClauseLikeness(clauses.ctx, 'Did Freedonia give Sylvania about as much as it gave Marsovia?')).toBeUndefined();
  });
});
