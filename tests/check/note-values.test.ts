// Figures in notes as two statements (src/check/note-values.ts, round 36): a figure glossed in
// brackets ("¥13bn (about $108m)") and a note's topic with two figures ("X: 57 members, capital of
// $100bn"), each read as a part of one compound claim.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { glossedAmountRewrite, noteAmountInRewrite, NOTE_AMOUNT_IN_NEEDS, noteValueParts, noteValuesRewrite } from '../../src/check/note-values.js';
import { freedoniaAid } from '../helpers/aid-claims.js';

// the fixture plus: the Acme bank's authorised capital, USD 100 billion
const { check, ctx } = checkFixture(`
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', more: 'cg:statedIn cga:fixture-article' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000)}`);
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

// round 37 (misses29): a recipient's note of an amount in a package noun (users29 numbers-01); the
// fixture plus: Freedonia gave Sylvania US$ 4 million in financial assistance
describe('a recipient\'s note of an amount in a package', () => {
  it('is said as the package\'s note, the giver after "from" as its owner', () => {
    expect(noteAmountInRewrite(ctx, 'Sylvania: US$ 4 million in Freedonian financial assistance')).toBe('Freedonian financial assistance to Sylvania: US$ 4 million');
    expect(noteAmountInRewrite(ctx, 'Sylvania - about $4m in aid from Freedonia')).toBe("Freedonia's aid to Sylvania: about $4m");
    expect(NOTE_AMOUNT_IN_NEEDS.test('Sylvania: US$ 4 million in Freedonian aid')).toBe(true);
  });
  it('is left alone for a noun that names no package, a verb in the note, or no amount', () => {
    expect(noteAmountInRewrite(ctx, 'Sylvania: US$ 4 million in energy deals')).toBeUndefined();
    expect(noteAmountInRewrite(ctx, 'Sylvania has: US$ 4 million in aid')).toBeUndefined();
    expect(noteAmountInRewrite(ctx, 'Sylvania: four million in aid')).toBeUndefined();
    expect(NOTE_AMOUNT_IN_NEEDS.test('Sylvania got US$ 4 million in aid')).toBe(false);
  });
  it('decides the amount both ways, end to end', async () => {
    expect(await verdict('Sylvania: US$ 4 million in Freedonian financial assistance')).toBe('SUPPORTED');
    expect(await verdict('Sylvania: US$ 4 million in financial assistance from Freedonia')).toBe('SUPPORTED');
    expect(await verdict('Sylvania: US$ 9 million in Freedonian financial assistance')).toBe('REFUTED');
  });
});
