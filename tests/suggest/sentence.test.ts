import { describe, expect, it } from 'vitest';
import { hedgeBefore } from '../../src/suggest/sentence.js';

describe('hedgeBefore', () => {
  it('finds what keeps a statement from being asserted', () => {
    expect(hedgeBefore('Did Freedonia join the League?', 4)).toBe('question');
    expect(hedgeBefore('If Freedonia joins, Sylvania will follow.', 20)).toBe('if');
    expect(hedgeBefore('I wonder whether Freedonia joined.', 17)).toBe('whether');
    expect(hedgeBefore('I wonder, Freedonia may join.', 10)).toBe('wonder');
  });
  it('leaves plain statements and words that merely contain a hedge alone', () => {
    expect(hedgeBefore('Freedonia joined the League.', 0)).toBeUndefined();
    expect(hedgeBefore('Sniffing diplomats say Freedonia joined.', 23)).toBeUndefined();
    // the hedge comes after the statement
    expect(hedgeBefore('Freedonia joined, if reports are right.', 0)).toBeUndefined();
  });
});
