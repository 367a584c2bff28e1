// Round 35 (fix28a, users28 F1): an elliptic clause after several coordinated predicates resumes
// the one its auxiliary fits, the nearest (src/check/ellipsis-conjuncts.ts), never all of them.
import { describe, expect, it } from 'vitest';
import { auxClashes, coordinatedPredicates, resumedPredicate, tenseOf } from '../../src/check/ellipsis-conjuncts.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();

describe('coordinated predicates and the one an ellipsis resumes', () => {
  it('cuts a predicate at "and"/"but"/a comma before a verb, not inside a noun phrase', () => {
    expect(coordinatedPredicates(' leads Acme Bank but stayed out of the League')).toEqual(['leads Acme Bank', 'stayed out of the League']);
    expect(coordinatedPredicates(' leads Acme Bank, stayed out of the League')).toEqual(['leads Acme Bank', 'stayed out of the League']);
    expect(coordinatedPredicates(' visited Sylvania and Marsovia')).toEqual(['visited Sylvania and Marsovia']);
    expect(coordinatedPredicates(' joined the League and the Pact')).toEqual(['joined the League and the Pact']);
    // after a copula, a complement of its own takes the copula
    expect(coordinatedPredicates(' is the largest economy and a member of the League')).toEqual(['is the largest economy', 'is a member of the League']);
    expect(tenseOf('still leads the Pact')).toBe('pres');
    expect(tenseOf('did not join the League')).toBe('do-past');
  });
  it('resumes the last predicate when only it fits the auxiliary; leaves the others open when they fit too', () => {
    expect(resumedPredicate(' leads Acme Bank but stayed out of the League', 'did', false)).toEqual({ resumed: 'stayed out of the League', open: [] });
    expect(resumedPredicate(' leads Acme Bank and did not join the League', 'did', true)).toEqual({ resumed: 'did not join the League', open: [] });
    expect(resumedPredicate(' is the largest economy and is a member of the League', 'is', false)).toEqual({ resumed: 'is a member of the League', open: ['is the largest economy'] });
    // "has" fits neither a present nor a past: nothing told
    expect(resumedPredicate(' leads Acme Bank and stayed out of the League', 'has', false)?.resumed).toBeUndefined();
    // one predicate: copied whole, as before
    expect(resumedPredicate(' stayed out of the League', 'did', false)).toBeUndefined();
  });
});

describe('the claim with an ellipsis over coordinated predicates', () => {
  it('is not refuted through a predicate the auxiliary cannot resume', async () => {
    const r = await check('Freedonia leads Acme Bank and joined the League, as did Grand Fenwick.');
    expect(r.verdict).not.toBe('REFUTED');
    expect(r.parts?.map((p) => p.text)).not.toContain('Grand Fenwick leads Acme Bank and joined the League');
    expect(r.parts?.map((p) => p.text)).toContain('Grand Fenwick joined the League');
  });
  it('leaves undecided what an ambiguous ellipsis would say of the earlier predicate', async () => {
    const r = await check('Freedonia is the largest economy in the region and is a member of the League, as is Grand Fenwick.');
    expect(r.verdict).not.toBe('REFUTED');
    expect(r.verdict).not.toBe('SUPPORTED');
  });
});

describe('an auxiliary that cannot resume the predicate at all', () => {
  it('is a copula after a verb, or "do" after a copula', () => {
    expect(auxClashes(' leads Acme Bank and outside the League', 'is')).toBe(true);
    expect(auxClashes(' is a member of the League', 'did')).toBe(true);
    expect(auxClashes(' stayed out of the League', 'has')).toBe(false);
    expect(auxClashes(' stayed out of the League', 'did')).toBe(false);
  });
});
