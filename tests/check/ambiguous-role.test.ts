// An office named by a role word of several roles (src/check/ambiguous-role.ts, round 40, users32's
// F3): "a Sylvanian leader" read as Sylvania's president, whose absence from the gala the fixture
// states, is not refuted by it, nor "Sylvania's leaders stayed away" supported.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();

describe('"<demonym> leader" (president or prime minister)', () => {
  it('is not decided by the one office read not doing the deed', async () => {
    for (const claim of ['A Sylvanian leader attended the gala.', "Sylvania's leaders stayed away from the gala."]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, claim).toMatch(/"leader" names any of several offices/);
    }
  });

  it('keeps "<state>\'s leader" and "the <demonym> leader": the one leader, the office read', async () => {
    expect((await check("Sylvania's leader attended the gala.")).verdict).toBe('REFUTED');
    expect((await check('The Sylvanian leader stayed away from the gala.')).verdict).toBe('SUPPORTED');
  });

  it('keeps the office named by its own title', async () => {
    expect((await check('The President of Sylvania attended the gala.')).verdict).toBe('REFUTED');
    expect((await check('The President of Sylvania stayed away from the gala.')).verdict).toBe('SUPPORTED');
  });
});
