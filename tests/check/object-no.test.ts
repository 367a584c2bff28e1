// A denial on the object's determiner (src/check/object-no.ts), said on the verb.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { objectNoRewrite } from '../../src/check/object-no.js';

const { check } = checkFixture();

describe('a "no" on the object', () => {
  it('is said as "not ... any" on a perfect or a past, and as "not a" after a copula', () => {
    expect(objectNoRewrite('Acme Bank had approved no loans for Sylvania.')).toBe('Acme Bank had not approved any loans for Sylvania.');
    expect(objectNoRewrite('Freedonia signed no deals with Sylvania.')).toBe('Freedonia did not sign any deals with Sylvania.');
    expect(objectNoRewrite('Freedonia signed no deals with Sylvania.', new Map([['signed', 'sign']]))).toBe('Freedonia did not sign any deals with Sylvania.');
    expect(objectNoRewrite('Sylvania is no member of the League.')).toBe('Sylvania is not a member of the League.');
    expect(objectNoRewrite('Sylvania and Marsovia are no members of the League.')).toBe('Sylvania and Marsovia are not members of the League.');
  });
  it('leaves a bound, "no longer", a double denial and a clause before the "no" alone', () => {
    expect(objectNoRewrite('Freedonia is no longer a member of the League.')).toBeUndefined();
    expect(objectNoRewrite('Freedonia provided no more than US$ 5 million.')).toBeUndefined();
    expect(objectNoRewrite('Freedonia did not sign no deals with Sylvania.')).toBeUndefined();
    expect(objectNoRewrite('Rufus said Freedonia had approved no loans.')).toBeUndefined();
    expect(objectNoRewrite('Freedonia is a member of the League.')).toBeUndefined();
  });
  it('has the verdict of the denial on the verb', async () => {
    expect((await check('Sylvania is no member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is no member of the League.')).verdict).toBe('REFUTED');
  });
});
