// Round 38 (branch fix31, users31's F2): a dot before exactly three digits ("1.800 km") is read with
// a decimal point and with a thousands separator (src/check/dotted-thousands.ts); the claim is
// decided only when both readings agree. Before, "1.800 km" was 1.8 km alone, refuted by 1,800 km.
import { describe, expect, it } from 'vitest';
import { thousandsReading } from '../../src/check/dotted-thousands.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the canal runs about 1,800 km (expected)
const { check } = checkFixture(fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' }));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('the thousands reading of a dotted number', () => {
  it('reads a dot before exactly three digits as a separator, nothing else', () => {
    expect(thousandsReading('The canal runs 1.800 km.')).toEqual({ claim: 'The canal runs 1,800 km.', numbers: ['1.800'] });
    expect(thousandsReading('It cost US$ 18.000 million.')?.claim).toBe('It cost US$ 18,000 million.');
    expect(thousandsReading('The canal runs 1.8 km.')).toBeUndefined();
    expect(thousandsReading('It cost $0.108 billion.')).toBeUndefined();
    expect(thousandsReading('It cost 1.800.000 dollars.')).toBeUndefined();
    expect(thousandsReading('It cost 1.800,5 dollars.')).toBeUndefined();
    expect(thousandsReading('It runs 1.8005 km.')).toBeUndefined();
  });
});

describe('a claim with a dotted number', () => {
  it('is not refuted when the two readings differ', async () => {
    const r = await check('The canal pipeline will run about 1.800 kilometres.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('thousands separator');
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
  });

  it('is decided when both readings agree, and a plain decimal as before', async () => {
    expect(await verdict('The canal pipeline will run about 9.500 kilometres.')).toBe('REFUTED');
    expect(await verdict('The canal pipeline will run about 1.8 kilometres.')).toBe('REFUTED');
  });
});
