// The giver said as an adjective in a comparison of two recipients (src/check/demonym-giver.ts,
// round 20): "Sylvania got more Freedonian aid than Marsovia" read as "... aid from Freedonia ...".
import { describe, expect, it } from 'vitest';
import { demonymGiverRewrite } from '../../src/check/demonym-giver.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia's label holds the demonym "Freedonian"
const { ctx } = checkFixture();

describe('demonymGiverRewrite', () => {
  it('says the giver after "from"', () => {
    expect(demonymGiverRewrite(ctx, 'Sylvania got more Freedonian aid than Grand Fenwick.')).toBe('Sylvania got more aid from Freedonia than Grand Fenwick.');
    expect(demonymGiverRewrite(ctx, 'Sylvania received less Freedonian money than Grand Fenwick did.')).toBe('Sylvania received less money from Freedonia than Grand Fenwick did.');
  });
  it('says the giver after "from" in a likeness too (round 21), the second word going with the first', () => {
    expect(demonymGiverRewrite(ctx, 'Sylvania got about as much Freedonian aid as Grand Fenwick.')).toBe('Sylvania got about as much aid from Freedonia as Grand Fenwick.');
    expect(demonymGiverRewrite(ctx, 'Sylvania got as much Freedonian aid than Grand Fenwick.')).toBeUndefined();
    expect(demonymGiverRewrite(ctx, 'Sylvania got more Freedonian aid as Grand Fenwick.')).toBeUndefined();
  });
  it('is no rewrite for a name spelt as such, an unknown adjective, or a noun that is no aid', () => {
    expect(demonymGiverRewrite(ctx, 'Sylvania got more Freedonia aid than Grand Fenwick.')).toBeUndefined();
    expect(demonymGiverRewrite(ctx, 'Sylvania got more Ruritanian aid than Grand Fenwick.')).toBeUndefined();
    expect(demonymGiverRewrite(ctx, 'Sylvania got more Freedonian visitors than Grand Fenwick.')).toBeUndefined();
  });
});
