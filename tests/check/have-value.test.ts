// A value said with "have" (src/check/have-value.ts, round 37, branch misses29): "X will have an
// annual capacity of N bcm" said as "X's annual capacity will be N bcm"; and the lexicon's "total
// length" (ontology/lexicon.ttl, cg:lengthKm). The fixture: the canal pipeline will run about 1,800
// km and carry 9 billion cubic metres a year.
import { describe, expect, it } from 'vitest';
import { haveValueRewrite, HAVE_VALUE_NEEDS } from '../../src/check/have-value.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
${fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'canal.annualCapacityBcm.9.expected', s: 'cgr:canal', p: 'cg:annualCapacityBcm', o: '"9"^^xsd:decimal', modality: 'Expected', more: 'cg:statedIn cga:fixture-article' })}
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('haveValueRewrite', () => {
  it('says "S has a NOUN of V" as "S\'s NOUN is V", the tense and modal kept', () => {
    expect(haveValueRewrite('The canal will have an annual capacity of 9 bcm.')).toBe("The canal's annual capacity will be 9 bcm.");
    expect(haveValueRewrite('Freedonia has a share of about 30 percent in the League')).toBe("Freedonia's share is about 30 percent in the League.");
    expect(haveValueRewrite('The canal had a price tag of US$ 5 billion.')).toBe("The canal's price tag was US$ 5 billion.");
    expect(haveValueRewrite('The canal has proven reserves of up to 9 bcm.')).toBe("The canal's proven reserves are up to 9 bcm.");
    expect(haveValueRewrite('The canals have a yearly capacity of 9 bcm.')).toBe("The canals' yearly capacity is 9 bcm.");
  });
  it('leaves a value without a figure, a quantity noun, a coordination, a negation or a question alone', () => {
    expect(haveValueRewrite('The canal has a capacity of its own.')).toBeUndefined();
    expect(haveValueRewrite('The League has a total of 12 members.')).toBeUndefined();
    expect(haveValueRewrite('The League has a number of 12 members.')).toBeUndefined();
    expect(haveValueRewrite('The canal and the dam have a capacity of 9 bcm a year.')).toBeUndefined();
    expect(haveValueRewrite('The canal does not have an annual capacity of 9 bcm.')).toBeUndefined();
    expect(haveValueRewrite('The canal will not have an annual capacity of 9 bcm.')).toBeUndefined();
    expect(haveValueRewrite('Does the canal have an annual capacity of 9 bcm?')).toBeUndefined();
    expect(haveValueRewrite('The canal, which Rufus built, has an annual capacity of 9 bcm.')).toBeUndefined();
  });
  it('has a gate the rewrite implies', () => {
    expect(HAVE_VALUE_NEEDS.test('The canal will carry 9 bcm a year.')).toBe(false);
    expect(HAVE_VALUE_NEEDS.test('The canal will have an annual capacity of 9 bcm.')).toBe(true);
  });
});

describe('a value said with "have", end to end', () => {
  it('supports the value the source gives and refutes another', async () => {
    expect(await verdict('The canal pipeline will have an annual capacity of 9 bcm.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline will have a yearly capacity of up to 9 bcm.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline will have an annual capacity of 19 bcm.')).toBe('REFUTED');
  });
  it('reads a length said as "total" both ways', async () => {
    expect(await verdict('The canal pipeline will have a total length of about 1,800 km.')).toBe('SUPPORTED');
    expect(await verdict("The canal pipeline's total length will be 800 km.")).toBe('REFUTED');
  });
  it('leaves a noun no pattern knows unread, the figure unused', async () => {
    expect(await verdict('The canal pipeline will have a working pressure of 9 bar.')).toBe('UNREAD');
  });
});
