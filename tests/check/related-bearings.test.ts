// Bearings kept as related ones (src/check/related-bearings.ts), as the readers that hold a reading
// undecided keep them.
import { describe, expect, it } from 'vitest';
import { asRelated } from '../../src/check/related-bearings.js';
import type { Bearing } from '../../src/check/verdict.js';

const bearing = (stance: Bearing['stance']): Bearing => ({ claim: {} as Bearing['claim'], stance, reason: 'direct', note: stance });

describe('asRelated', () => {
  it('makes every bearing related, keeping the rest of each', () => {
    const out = asRelated([bearing('supports'), bearing('refutes'), bearing('related')]);
    expect(out.map((b) => b.stance)).toEqual(['related', 'related', 'related']);
    expect(out.map((b) => b.note)).toEqual(['supports', 'refutes', 'related']);
  });
  it('with a stance, makes only those related (a refuting bearing stays refuting)', () => {
    expect(asRelated([bearing('supports'), bearing('refutes')], 'supports').map((b) => b.stance)).toEqual(['related', 'refutes']);
  });
});
