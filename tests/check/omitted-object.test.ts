// A relation said without its object (src/check/omitted-object.ts): read with each object the
// graph's claims about the subject have; one supported reading supports, a denial is refuted by
// one, and nothing refutes a positive claim (the graph is not taken to know every object).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { omittedObjects } from '../../src/check/omitted-object.js';

const { check, ctx } = checkFixture();

describe('an object that goes without saying', () => {
  it('is each object of the subject\'s claims, put before the first adjunct', () => {
    const claims = omittedObjects(ctx, 'Freedonia signed energy deals worth US$ 5 million in 2011.').map((c) => c.claim);
    expect(claims).toContain('Freedonia signed energy deals worth US$ 5 million with Sylvania in 2011');
  });

  it('supports a claim one object makes true, refutes a denial of it, never refutes a positive claim', async () => {
    const r = await check('Freedonia signed energy deals worth US$ 5 million.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Sylvania');
    expect((await check('Freedonia did not sign energy deals worth US$ 5 million.')).verdict).toBe('REFUTED');
    const other = await check('Freedonia signed energy deals worth US$ 9 million.').catch(() => undefined);
    expect(other?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});
