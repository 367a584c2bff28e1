import { describe, expect, it } from 'vitest';
import { formatBatchSummary, scoreBatch } from '../../src/check/batch.js';
import type { BatchLineResult } from '../../src/check/types.js';

// Hand-made results, so every figure below is worked out by hand.
const line = (n: number, label: BatchLineResult['label'], predicted: BatchLineResult['predicted'], gold?: string[], found?: number): BatchLineResult =>
  ({ line: n, id: `c${n}`, claim: 'x', label, predicted, gold, evidenceFound: found });

const results: BatchLineResult[] = [
  line(1, 'SUPPORTED', 'SUPPORTED', ['a', 'b'], 2), // right, all evidence: FEVER point
  line(2, 'SUPPORTED', 'SUPPORTED', ['a', 'b'], 1), // right label, half the evidence: no FEVER point
  line(3, 'REFUTED', 'REFUTED', ['c'], 1), // FEVER point
  line(4, 'REFUTED', 'NOT_ENOUGH_INFO', ['c'], 0),
  line(5, 'NOT_ENOUGH_INFO', 'NOT_ENOUGH_INFO', []), // FEVER point: no evidence needed
  line(6, 'NOT_ENOUGH_INFO', 'SUPPORTED', []),
];

describe('scoreBatch: FEVER score and per-label figures', () => {
  const m = scoreBatch(results);

  it('FEVER score counts a right label only with all its gold evidence cited', () => {
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.feverScore).toBeCloseTo(3 / 6);
  });

  it('precision, recall and F1 per label, and their mean', () => {
    // SUPPORTED: predicted 3 (1, 2, 6), right 2, gold 2
    expect(m.perLabel.SUPPORTED.precision).toBeCloseTo(2 / 3);
    expect(m.perLabel.SUPPORTED.recall).toBe(1);
    expect(m.perLabel.SUPPORTED.f1).toBeCloseTo(0.8);
    // REFUTED: predicted 1, right 1, gold 2
    expect(m.perLabel.REFUTED).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    // NOT_ENOUGH_INFO: predicted 2 (4, 5), right 1, gold 2
    expect(m.perLabel.NOT_ENOUGH_INFO.f1).toBeCloseTo(0.5);
    expect(m.macroF1).toBeCloseTo((0.8 + 2 / 3 + 0.5) / 3);
  });

  it('a label never predicted and never gold scores 0, not NaN; the summary prints the figures', () => {
    const only = scoreBatch([line(1, 'SUPPORTED', 'SUPPORTED', ['a'], 1)]);
    expect(only.perLabel.REFUTED).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(only.feverScore).toBe(1);
    const text = formatBatchSummary(m);
    expect(text).toContain('FEVER score (label right and, for SUPPORTED/REFUTED, all gold evidence cited): 50.0%');
    expect(text).toContain('SUPPORTED 66.7% / 100.0% / 80.0%');
    expect(text).toContain('macro F1 65.6%');
  });
});
