// Gapping with a rank (src/check/rank-gapping.ts): "A is the League's largest shareholder, and B
// the second largest" read as two statements, the second borrowing the predicate with its rank.
import { describe, expect, it } from 'vitest';
import { rankGappingCut } from '../../src/check/rank-gapping.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// Freedonia is the League's largest shareholder, Sylvania its second
const claim = (id: string, s: string, rank: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: `; cg:rank "${rank}"^^xsd:positiveInteger` });
const { ctx, check } = checkFixture([claim('rank1', 'freedonia', '1'), claim('rank2', 'sylvania', '2')].join('\n'));

describe('rankGappingCut', () => {
  it('gives the second clause the first one\'s predicate with its own rank', () => {
    expect(rankGappingCut(ctx, "Freedonia is the League's largest shareholder, and Sylvania the second largest."))
      .toEqual(["Freedonia is the League's largest shareholder", "Sylvania is the League's second largest shareholder"]);
    // "its second" after "the largest": the second largest; after "the top": the second
    expect(rankGappingCut(ctx, "Freedonia is the League's largest shareholder and Sylvania its second")?.[1]).toBe("Sylvania is the League's second largest shareholder");
    expect(rankGappingCut(ctx, "Freedonia is the League's top shareholder and Sylvania its second")?.[1]).toBe("Sylvania is the League's second shareholder");
  });

  it('reads a name between the rank and its noun as the possessor', () => {
    expect(rankGappingCut(ctx, 'Freedonia is the largest League shareholder and Sylvania the second largest'))
      .toEqual(["Freedonia is the League's largest shareholder", "Sylvania is the League's second largest shareholder"]);
  });

  it('is no cut when the second clause is more than a name and a rank, or names nothing', () => {
    expect(rankGappingCut(ctx, "Freedonia is the League's largest shareholder, and Sylvania the second largest economy")).toBeUndefined();
    expect(rankGappingCut(ctx, "Freedonia is the League's largest shareholder, and the rest the second largest")).toBeUndefined();
    expect(rankGappingCut(ctx, 'Freedonia is a League member, and Sylvania the second')).toBeUndefined();
  });
});

describe('a claim with a gapped rank', () => {
  it('is supported when both ranks are, refuted when the second rank is another holder\'s', async () => {
    expect((await check("Freedonia is the League's largest shareholder, and Sylvania the second largest.")).verdict).toBe('SUPPORTED');
    const r = await check("Sylvania is the League's largest shareholder and Freedonia its second.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Read as 2 statements');
  });
});
