// Round 30's notations in src/check/amount-notation.ts (the shorthand said in words): a fraction in
// figures before "of", initials in lower case with stops, a month with a two-digit year. The
// fixture graph: Freedonia's aid to Sylvania (US$ 4 million) and to Marsovia (US$ 1 million); the
// gala held on 2011-05-03.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { shorthandRewrite } from '../../src/check/amount-notation.js';

const aid = (to: string, usd: number): string => `
cgc:freedonia.financialAssistanceTo.${to}.an a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:${to} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.an/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.an/amount/USD> a schema:MonetaryAmount ;
    schema:value "${usd}"^^xsd:decimal ; schema:currency "USD" .`;
const gala = fixtureClaim({ id: 'gala.heldOn.2011-05-03', s: 'cgr:gala', p: 'cg:heldOn', o: '"2011-05-03"^^xsd:date', asserted: true });
const { check } = checkFixture(aid('sylvania', 4_000_000) + aid('marsovia', 1_000_000) + gala);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('shorthandRewrite, round 30', () => {
  it('says a fraction in figures before "of" in words', () => {
    expect(shorthandRewrite("A's aid was under 1/100 of B's")).toBe("A's aid was under a hundredth of B's");
    expect(shorthandRewrite("A's aid was 1/4 of B's")).toBe("A's aid was a quarter of B's");
  });
  it('leaves a date, a larger numerator and a fraction not before "of"', () => {
    expect(shorthandRewrite('The gala was held on 1/5/2011')).toBeUndefined();
    expect(shorthandRewrite("A's aid was 3/4 of B's")).toBeUndefined();
    expect(shorthandRewrite('The score was 1/4')).toBeUndefined();
  });
  it('writes initials in lower case with stops in capitals, not "e.g." nor "p.m."', () => {
    expect(shorthandRewrite('did the u.f. join the league')).toBe('did the U.F. join the league');
    expect(shorthandRewrite('the gala, e.g. at 6 p.m. today')).toBeUndefined();
  });
  it('says a month with a two-digit year in full (69-99 the 1900s, 00-68 the 2000s)', () => {
    expect(shorthandRewrite("The gala was held in May '11.")).toBe('The gala was held in May 2011.');
    expect(shorthandRewrite("Sylvania joined in Dec. '95.")).toBe('Sylvania joined in December 1995.');
    expect(shorthandRewrite("Sylvania joined in Sept '70.")).toBe('Sylvania joined in September 1970.');
  });
});

describe('shorthandRewrite, round 35: an ordinal in digits before a noun phrase', () => {
  it('says it in words after a determiner or a possessive', () => {
    expect(shorthandRewrite('Rufus Firefly was the 1st Freedonian PM to visit Sylvania.')).toBe('Rufus Firefly was the first Freedonian PM to visit Sylvania.');
    expect(shorthandRewrite("Freedonia's 2nd loan went to Marsovia.")).toBe("Freedonia's second loan went to Marsovia.");
  });
  it('leaves a day of a month and a weekday ranked in its month', () => {
    expect(shorthandRewrite('The gala was held on the 3rd of May 2011.')).toBeUndefined();
    expect(shorthandRewrite('The gala was held on the 3rd May 2011.')).toBeUndefined();
    expect(shorthandRewrite('The gala was held on the 1st Tuesday of May 2011.')).toBeUndefined();
  });
});

describe('the notations end to end', () => {
  it('decides a fraction in figures', async () => {
    expect(await verdict("Freedonia's aid to Marsovia was 1/4 of its aid to Sylvania.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Marsovia was under 1/10 of its aid to Sylvania.")).toBe('REFUTED');
  });
  it('decides a month with a two-digit year by the date the graph gives', async () => {
    expect(await verdict("The Founders Gala was held in May '11.")).toBe('SUPPORTED');
    expect(await verdict("The Founders Gala was held in May '12.")).toBe('REFUTED');
  });
});
