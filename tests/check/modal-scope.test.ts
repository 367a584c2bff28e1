// The scope of a denied modal (src/check/modal-scope.ts, round 35, scope35): the fixture says
// "Freedonia may provide US$ 2 million in grants to Grand Fenwick" (a possibility). "may not"
// leaves it open (round 34); "could not" and "cannot" deny the possibility, which it contradicts
// (both were left undecided before).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { modalScope } from '../../src/check/modal-scope.js';

const { check } = checkFixture();

describe('modalScope', () => {
  it('tells the denied possibility from the possibility of a denial', () => {
    const neg = { polarity: 'negative', modality: 'possible' } as const;
    expect(modalScope('Freedonia could not join the League.', neg)).toBe('denied-possibility');
    expect(modalScope('Freedonia cannot join the League.', neg)).toBe('denied-possibility');
    expect(modalScope('Freedonia can\u2019t join the League.', neg)).toBe('denied-possibility');
    expect(modalScope('Freedonia may not join the League.', neg)).toBe('possible-denial');
    expect(modalScope('Freedonia might never join the League.', neg)).toBe('possible-denial');
    expect(modalScope('Freedonia could not join the League.', { polarity: 'positive', modality: 'possible' })).toBeUndefined();
  });
});

describe('a denied possibility against a possibility', () => {
  it('refutes "could not" and "cannot", and leaves "may not" open', async () => {
    const could = await check('Freedonia could not provide grants to Grand Fenwick.');
    expect(could.verdict).toBe('REFUTED');
    expect(could.interpretation.modalScope).toBe('denied-possibility');
    expect((await check('Freedonia cannot provide grants to Grand Fenwick.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia may not provide grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia might not provide grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
