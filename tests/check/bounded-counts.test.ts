// Counts of a group's members with a bound (src/check/bounded-counts.ts): "fewer than half of",
// "more than half of", "at most two of", "at least one of".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

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
