// Figures in notes as two statements (src/check/note-values.ts, round 36): a figure glossed in
// brackets ("¥13bn (about $108m)") and a note's topic with two figures ("X: 57 members, capital of
// $100bn"), each read as a part of one compound claim.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { glossedAmountRewrite, noteValueParts, noteValuesRewrite } from '../../src/check/note-values.js';

// the fixture plus: the Acme bank's authorised capital, USD 100 billion
const { check } = checkFixture(`
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', more: 'cg:statedIn cga:fixture-article' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('noteValuesRewrite', () => {
  it('says a bracket-glossed figure as two statements of the same thing', () => {
    expect(glossedAmountRewrite('The Kyrgyz pledge was \u00A513bn (about $108m).')).toBe('The Kyrgyz pledge was \u00A513bn; the Kyrgyz pledge was about $108m');
    expect(glossedAmountRewrite('The grant was US$ 7.47 million (\u00A5900 million)')).toBe('The grant was US$ 7.47 million; the grant was about \u00A5900 million');
    expect(glossedAmountRewrite('The grant was $5m (a first)')).toBeUndefined();
  });
  it('says a note\'s two figures as two notes, "N of V" as the topic\'s N', () => {
    expect(noteValueParts('AIIB: fifty-seven prospective founding members, capital of $100B')).toBe("AIIB: fifty-seven prospective founding members; AIIB's capital: $100B");
    expect(noteValueParts('Acme bank: capital of $1,000,000, 57 members')).toBe("Acme bank's capital: $1,000,000; Acme bank: 57 members");
    // a list of names, a single value, a topic with a verb: not this shape
    expect(noteValueParts('TAPI countries: Turkmenistan, Afghanistan')).toBeUndefined();
    expect(noteValueParts('AIIB: capital of $100B')).toBeUndefined();
    expect(noteValueParts('The AIIB has: 57 members, $100B')).toBeUndefined();
    expect(noteValuesRewrite('Nothing here')).toBeUndefined();
  });
});

describe('a note\'s figures, end to end', () => {
  it('supports both figures when both hold, and refutes a wrong gloss or a wrong second figure', async () => {
    expect(await verdict("The Acme bank's authorised capital is US$100 billion (about $100bn).")).toBe('SUPPORTED');
    expect(await verdict("The Acme bank's authorised capital is US$100 billion (about $300bn).")).toBe('REFUTED');
    expect(await verdict('Acme bank: authorised capital of US$ 100 billion, capital of $100bn')).toBe('SUPPORTED');
    expect(await verdict('Acme bank: authorised capital of US$ 100 billion, capital of $300bn')).toBe('REFUTED');
  });
});
