// The shared denial tests (src/check/denials.ts): what each matches and what it leaves to the
// readers with their own word sets.
import { describe, expect, it } from 'vitest';
import { DENIAL, DENIAL_OR_CONDITION } from '../../src/check/denials.js';

describe('the shared denial tests', () => {
  it('match a denial, in a word or a contraction', () => {
    for (const t of ['Sylvania did not join', "Sylvania didn't join", 'Sylvania never joined', 'No state joined', 'Neither joined', 'nor did Sylvania']) {
      expect(DENIAL.test(t)).toBe(true);
      expect(DENIAL_OR_CONDITION.test(t)).toBe(true);
    }
  });

  it('tell a condition apart: only DENIAL_OR_CONDITION matches "if" and "whether"', () => {
    expect(DENIAL.test('if Sylvania joined')).toBe(false);
    expect(DENIAL_OR_CONDITION.test('if Sylvania joined')).toBe(true);
    expect(DENIAL_OR_CONDITION.test('whether Sylvania joined')).toBe(true);
  });

  it('leave plain statements and words that merely contain a denial', () => {
    for (const t of ['Sylvania joined the League', 'Notwithstanding, Sylvania joined', 'The nobility knotted it']) {
      expect(DENIAL.test(t)).toBe(false);
      expect(DENIAL_OR_CONDITION.test(t)).toBe(false);
    }
  });
});
