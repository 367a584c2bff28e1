// Focus particles before a name (src/check/focus-particles.ts, round 34): an additive one ("even")
// is read away; an exclusive one ("only", "just", "alone") refutes when the claim without it is
// refuted and otherwise leaves the claim undecided. The fixture: Freedonia is a member of the
// League, Sylvania is not.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { withoutFocusParticle } from '../../src/check/focus-particles.js';

const { check } = checkFixture();

describe('focus particles before a name', () => {
  it('takes the particle away, not a count', () => {
    expect(withoutFocusParticle('Even Freedonia is a member of the League.')).toEqual({ claim: 'Freedonia is a member of the League.', exclusive: false });
    expect(withoutFocusParticle('Just Sylvania stayed out of the League.')).toEqual({ claim: 'Sylvania stayed out of the League.', exclusive: true });
    expect(withoutFocusParticle('Freedonia alone joined the League.')).toEqual({ claim: 'Freedonia joined the League.', exclusive: true });
    expect(withoutFocusParticle('Only one Ruritanian state joined the League.')).toBeUndefined();
    expect(withoutFocusParticle('Just 57 members joined the League.')).toBeUndefined();
    // "Not only did X ..." is no exclusion of X (a FALSE REFUTED before this test)
    expect(withoutFocusParticle('Not only did Freedonia join the League, but it also signed deals.')).toBeUndefined();
  });

  it('decides an additive particle as the claim without it', async () => {
    expect((await check('Even Freedonia is a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Even Sylvania is a member of the League.')).verdict).toBe('REFUTED');
  });

  it('lets an exclusive particle refute, never support', async () => {
    expect((await check('Only Sylvania is a member of the League.')).verdict).toBe('REFUTED');
    const r = await check('Only Freedonia is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('no other did');
  });
});
