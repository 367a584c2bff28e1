// Counts of a group's members with a bound (src/check/bounded-counts.ts): "fewer than half of",
// "more than half of", "at most two of", "at least one of".
import { describe, expect, it } from 'vitest';
import { checkFixture, IDA_AT_GALA } from '../helpers/check-fixture.js';

// the fixture: Ruritania has two members, Freedonia (in the League) and Sylvania (not)
const { check } = checkFixture();

describe('a bounded count of a group\'s members', () => {
  it('reads "fewer than half of" as at most, "more than half of" as at least, against the members', async () => {
    const r = await check('Fewer than half of the Ruritanian states belong to the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('the claim says at most 0');
    expect((await check('More than half of the Ruritanian states belong to the League.')).verdict).toBe('REFUTED');
  });

  it('reads "at most N of", "fewer than N of", "at least N of"', async () => {
    const r = await check('At most one of the Ruritanian states belongs to the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.subject).toMatchObject({ kind: 'count', n: 1, atMost: true });
    expect((await check('Fewer than two of the Ruritanian states belong to the League.')).verdict).toBe('SUPPORTED');
    expect((await check('At least one of the Ruritanian states belongs to the League.')).verdict).toBe('SUPPORTED');
  });
});

// Ida Oldham, President of Freedonia, attended the gala; the President of Sylvania did not (the fixture)
const withIda = checkFixture(`
${IDA_AT_GALA}
`);

describe('a bound or a part of a group\'s offices (round 39, misses30c)', () => {
  it('counts the office of the role in each member: Freedonia\'s president attended the gala, Sylvania\'s did not', async () => {
    expect((await withIda.check('All but one of the Ruritanian presidents attended the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await withIda.check('All but one of the Ruritanian presidents missed the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await withIda.check('Half of the Ruritanian presidents attended the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await withIda.check('At most one of the Ruritanian presidents attended the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await withIda.check('More than half of the Ruritanian presidents attended the Founders Gala.')).verdict).toBe('REFUTED');
    // a role one member holds no office of is no count of offices
    expect(await withIda.check('All but one of the Ruritanian prime ministers attended the Founders Gala.').then((r) => r.verdict, () => 'UNREAD')).not.toBe('SUPPORTED');
  });
});
