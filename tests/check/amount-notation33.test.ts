// Round 33 (branch cmp33) in src/check/amount-notation.ts: a pasted note's "=", approx sign or "~"
// between its topic and its value, a quantity in full digits with its scale word, a rank "no. N
// among <plural>". The fixture: the canal pipeline will run about 1,800 km and carry 9 billion
// cubic metres a year; the bank's authorised capital is US$ 100 billion; Freedonia is the League's
// largest shareholder, Sylvania its second.
import { describe, expect, it } from 'vitest';
import { shorthandRewrite } from '../../src/check/amount-notation.js';
import { checkFixture, fixtureClaim, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
${fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'canal.annualCapacityBcm.9.expected', s: 'cgr:canal', p: 'cg:annualCapacityBcm', o: '"9"^^xsd:decimal', modality: 'Expected', more: 'cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', more: 'cg:statedIn cga:fixture-article' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${SHAREHOLDER_RANKS}
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('shorthandRewrite, round 33', () => {
  it('says a note sign between topic and value as the note\'s colon', () => {
    expect(shorthandRewrite('Acme bank authorised capital = 100 bn USD')).toBe('Acme bank authorised capital: 100 bn USD');
    expect(shorthandRewrite('Canal length \u2248 1,800 km')).toBe('Canal length: about 1,800 km');
    expect(shorthandRewrite('Canal length ~ 1,800 km')).toBe('Canal length: about 1,800 km');
    // no value after the sign: nothing to say
    expect(shorthandRewrite('Canal length = long')).toBeUndefined();
  });
  it('says a quantity in full digits with its scale word, not an amount of money', () => {
    expect(shorthandRewrite('The canal will carry 9,000,000,000 cubic metres a year')).toBe('The canal will carry 9 billion cubic metres a year');
    expect(shorthandRewrite('The canal will carry 9,500,000,000 cubic metres a year')).toBe('The canal will carry 9.5 billion cubic metres a year');
    expect(shorthandRewrite('The bank has $100,000,000,000 in capital')).toBeUndefined();
    expect(shorthandRewrite('The bank has 100,000,000,000 dollars in capital')).toBeUndefined();
  });
  it('says a rank among a plural noun as the rank of the singular', () => {
    expect(shorthandRewrite('Is Sylvania no. 2 among League shareholders?')).toBe('Is Sylvania the no. 2 League shareholder?');
    expect(shorthandRewrite("Is Sylvania number 2 among the League's shareholders?")).toBe("Is Sylvania the League's no. 2 shareholder?");
  });
});

describe('the round 33 notations end to end', () => {
  it('decides a pasted note with "=" or the approx sign both ways', async () => {
    expect(await verdict('Acme Development Bank authorised capital = 100 bn USD')).toBe('SUPPORTED');
    expect(await verdict('Acme Development Bank authorised capital = 10 bn USD')).toBe('REFUTED');
    expect(await verdict('The Freedonia canal pipeline length \u2248 1,800 km')).toBe('SUPPORTED');
    expect(await verdict('The Freedonia canal pipeline length \u2248 800 km')).toBe('REFUTED');
  });
  it('decides a full-digit quantity by its value', async () => {
    expect(await verdict('The Freedonia canal pipeline will carry 9,000,000,000 cubic metres of gas a year.')).toBe('SUPPORTED');
    expect(await verdict('The Freedonia canal pipeline will carry 90,000,000,000 cubic metres of gas a year.')).toBe('REFUTED');
  });
  it('decides a rank with "no." among the shareholders, the other member refuted', async () => {
    expect(await verdict('Is Sylvania no. 2 among League shareholders?')).toBe('SUPPORTED');
    expect(await verdict('Is Freedonia no. 2 among League shareholders?')).toBe('REFUTED');
  });
});

// round 36 (branch compare36): the length said as the line's run (lexicon cg:lengthKm "{s} 's
// [pipe|pipeline] run {o} km"), and two bounds with the unit said once (src/check/notation.ts)
describe('a length said as the pipe run, and two bounds', () => {
  it('decides the run as the length', async () => {
    expect(await verdict("The canal pipeline's pipe run will be less than 2,000 kilometres.")).toBe('SUPPORTED');
    expect(await verdict("The canal pipeline's run will be less than 1,000 kilometres.")).toBe('REFUTED');
  });
  it('reads the second bound with the first one\'s unit', async () => {
    expect(await verdict('The canal pipeline will run less than 2,000 kilometres but more than 1,500.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline will run less than 2,000 kilometres but more than 900.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline will run less than 2,000 kilometres but more than 2,500.')).toBe('REFUTED');
  });
});
