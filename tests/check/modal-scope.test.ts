// The scope of a denied modal (src/check/modal-scope.ts, round 35, scope35): the fixture says
// "Freedonia may provide US$ 2 million in grants to Grand Fenwick" (a possibility). "may not"
// leaves it open (round 34); "could not" and "cannot" deny the possibility, which it contradicts
// (both were left undecided before).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
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
  it('said flatly, leaves "could not", "cannot" and "may not" open (a past inability, another view)', async () => {
    const could = await check('Freedonia could not provide grants to Grand Fenwick.');
    expect(could.verdict).toBe('NOT_ENOUGH_INFO');
    expect(could.interpretation.modalScope).toBe('denied-possibility');
    expect((await check('Freedonia cannot provide grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia may not provide grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia might not provide grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// the same speaker's words: analysts the article reports saying Freedonia could fund Marsovia
const said = checkFixture(`
cgr:tarsk-analysts a cg:PersonGroup ; rdfs:label "analysts in Tarsk" .
${fixtureClaim({ id: 'freedonia.financialAssistanceTo.marsovia.possible', s: 'cgr:freedonia', p: 'cg:financialAssistanceTo', o: 'cgr:marsovia', polarity: null, modality: null, sentence: 's013', more: `cg:polarity cg:Positive ; cg:modality cg:Possible ; cg:saidBy cgr:tarsk-analysts ; cg:assertedBy cgr:ann-author ; cg:statedIn <${FIXTURE_ARTICLE}>` })}
`);

describe('a denied possibility in a claim about what a speaker said', () => {
  it('refutes "could not" and "cannot" against the possibility that speaker stated; "may not" stays open', async () => {
    const r = await said.check('Analysts in Tarsk said Freedonia could not fund Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.attributedTo).toBe('analysts in Tarsk');
    expect((await said.check('Analysts in Tarsk said Freedonia cannot fund Marsovia.')).verdict).toBe('REFUTED');
    expect((await said.check('Analysts in Tarsk said Freedonia may not fund Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
