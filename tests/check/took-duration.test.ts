/**
 * A time taken between two events, said as a span (src/check/took-duration.ts).
 */
import { describe, expect, it } from 'vitest';
import { tookDurationRewrite } from '../../src/check/took-duration.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: the Acme bank opened on 2016-01-16, its charter in force from 2015-12-25
const { ctx, check } = checkFixture(`
${fixtureClaim({ id: 'acme-bank.openedOn', s: 'cgr:acme-bank', p: 'cg:openedOn', o: '"2016-01-16"^^xsd:date', asserted: true })}
cgr:acme-charter a cg:Agreement ; rdfs:label "Articles of the Acme Bank" ; skos:altLabel "Articles" .
${fixtureClaim({ id: 'acme-charter.enteredIntoForceOn', s: 'cgr:acme-charter', p: 'cg:enteredIntoForceOn', o: '"2015-12-25"^^xsd:date', asserted: true })}
`);

describe('the time one event took after another', () => {
  it('is said again as a span, in each shape; without the earlier event it is no span', () => {
    expect(tookDurationRewrite(ctx, 'It took the bank about three weeks to open once its charter came into force.')).toBe('the bank opened about three weeks after its charter came into force.');
    expect(tookDurationRewrite(ctx, 'It took three weeks for the bank to open after its charter came into force.')).toBe('the bank opened three weeks after its charter came into force.');
    expect(tookDurationRewrite(ctx, 'The bank took roughly half a year to open after its charter came into force.')).toBe('The bank opened roughly half a year after its charter came into force.');
    expect(tookDurationRewrite(ctx, 'It took the bank three weeks to open.')).toBeUndefined();
    expect(tookDurationRewrite(ctx, 'Rufus took a delegation to open talks after the gala.')).toBeUndefined();
  });
  it('is decided by the span reader', async () => {
    expect((await check('It took the Acme Development Bank about three weeks to open once the Articles of the Acme Bank entered into force.')).verdict).toBe('SUPPORTED');
    expect((await check('It took the Acme Development Bank about three months to open once the Articles of the Acme Bank entered into force.')).verdict).toBe('REFUTED');
  });
});
