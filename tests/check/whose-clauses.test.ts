// "whose" clauses (src/check/whose-clauses.ts, round 32): a fronted object ("whose neutrality the
// League recognised") and a restrictive clause after a kind ("a bank whose president is X").
import { describe, expect, it } from 'vitest';
import { frontedWhose, kindWhoseCut } from '../../src/check/whose-clauses.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('frontedWhose', () => {
  it('puts the possessed noun after the clause\'s verb group', () => {
    expect(frontedWhose(ctx, 'Freedonia', 'neutrality the League recognised in 1995')).toBe("the League recognised Freedonia's neutrality in 1995");
    expect(frontedWhose(ctx, 'Freedonia', 'ports Sylvania strives to assist')).toBe("Sylvania strives to assist Freedonia's ports");
    expect(frontedWhose(ctx, 'Freedonia', 'ports Sylvania will build')).toBe("Sylvania will build Freedonia's ports");
  });

  it('is no reading of a clause whose subject is the noun, or of a copula', () => {
    expect(frontedWhose(ctx, 'Freedonia', 'president hosted the gala')).toBeUndefined();
    expect(frontedWhose(ctx, 'Freedonia', 'ally Sylvania is')).toBeUndefined();
  });
});

describe('kindWhoseCut', () => {
  it('says the kind and the possessive', () => {
    expect(kindWhoseCut(ctx, 'Acme Bank is a lender whose leader is Freedonia.')).toEqual(['Acme Bank is a lender', "Acme Bank's leader is Freedonia"]);
    expect(kindWhoseCut(ctx, 'Acme Bank is a lender.')).toBeUndefined();
    expect(kindWhoseCut(ctx, 'Acme Bank or the League is a lender whose leader is Freedonia.')).toBeUndefined();
  });

  it('is decided by both parts: a wrong owner refutes', async () => {
    expect(await verdict('Freedonia is a country whose prime minister is Rufus Firefly.')).toBe(await verdict("Freedonia's prime minister is Rufus Firefly."));
    expect(await verdict('Acme Bank is a person whose leader is Freedonia.')).toBe('REFUTED');
  });
});
