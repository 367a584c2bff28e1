// Numbers, comparisons and counts as ENUMERATED families of notation (round 25, branch
// `numbers25`, issue 15; the lists: docs/check-history.md "Round 25 (branch `numbers25`)"): scale words
// from one table ("mln", "bln", "bil", "tr"), digits grouped by spaces, "pc", "circa", "south of",
// "4th-largest", count words ("a couple of", "N out of M", "just a single"), verbs of exceeding and
// falling short before a value (the lexicon's, tense, modal and denial kept), and a bound said with
// closeness ("just under N": the bound and about N). Each end-to-end `it` fails on b1ceadc (the
// claims were unread).
import { describe, expect, it } from 'vitest';
import { nearBoundRewrite, shorthandRewrite, valueVerbRewrite } from '../../src/check/amount-notation.js';
import { parseMoney } from '../../src/check/values.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = '', modality = 'Stated'): string =>
  fixtureClaim({ id, s, p, o, modality, more: `${extra} cg:statedIn cga:fixture-article` });

// the fixture (Freedonia's US$ 5 million energy deals with Sylvania, its possible US$ 2 million in
// grants to Grand Fenwick) plus: the canal pipeline will carry 5 bcm a year; the bank has an
// authorised capital of US$ 100 billion
const { check, ctx } = checkFixture(`
${claim('canal.annualCapacityBcm.5.expected', 'cgr:canal', 'cg:annualCapacityBcm', '"5"^^xsd:decimal', '', 'Expected')}
${claim('acme-bank.authorisedCapitalUSD', 'cgr:acme-bank', 'cg:authorisedCapitalUSD', '"100000000000"^^xsd:decimal')}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
`);
const toks = (s: string) => dropIgnorable(tokenize(s, ctx.morph), ctx.morph);

describe('scale words from one table', () => {
  it('reads "mln", "bil" and "tr" after a number', () => {
    expect(parseMoney(toks('105 mln USD'))).toEqual([{ value: '105000000', currency: 'USD' }]);
    expect(parseMoney(toks('USD 100 bil'))).toEqual([{ value: '100000000000', currency: 'USD' }]);
    expect(parseMoney(toks('\u00A5 2.17 tr'))).toEqual([{ value: '2170000000000', currency: 'JPY' }]);
  });
  it('decides an amount said with "bln"', async () => {
    expect((await check("The Acme Development Bank's authorised capital is 100 bln USD.")).verdict).toBe('SUPPORTED');
    expect((await check("The Acme Development Bank's authorised capital is 10 bln USD.")).verdict).toBe('REFUTED');
  });
});

describe('shorthand of notations, counts and ordinals', () => {
  it('writes the shorthand in words', () => {
    expect(shorthandRewrite('The bank has a capital of US$ 100 000 000 000.')).toBe('The bank has a capital of US$ 100,000,000,000.');
    expect(shorthandRewrite('Ruritania holds approx 26 pc of the votes')).toBe('Ruritania holds about 26 percent of the votes');
    expect(shorthandRewrite('The canal will carry 5 bn cu m a year')).toBe('The canal will carry 5 billion cubic metres a year');
    expect(shorthandRewrite('The canal cost circa $5bn')).toBe('The canal cost about $5bn');
    expect(shorthandRewrite('The canal cost south of $5bn')).toBe('The canal cost less than $5bn');
    expect(shorthandRewrite("Ruritania has the world's 4th-largest lakes")).toBe("Ruritania has the world's fourth largest lakes");
    expect(shorthandRewrite('The piece drew a couple of comments')).toBe('The piece drew two comments');
    expect(shorthandRewrite('Three out of the five states joined')).toBe('Three of the five states joined');
    expect(shorthandRewrite('Just a single state stayed out')).toBe('Just one state stayed out');
    // "a couple of days" is vague about its count: left as it is
    expect(shorthandRewrite('It opened a couple of days later')).toBeUndefined();
  });
  it('decides digits grouped by spaces', async () => {
    expect((await check("The Acme Development Bank's authorised capital is US$ 100 000 000 000.")).verdict).toBe('SUPPORTED');
  });
});

describe('verbs of exceeding and falling short before a value (lexicon cg:exceedVerb, cg:fallShortVerb)', () => {
  it('says the verb as the copula and its bound, the tense, modal and denial kept', () => {
    expect(valueVerbRewrite(ctx, "The canal's length tops 90 km.")).toBe("The canal's length is more than 90 km.");
    expect(valueVerbRewrite(ctx, "The canal's length fell short of 90 km.")).toBe("The canal's length was less than 90 km.");
    expect(valueVerbRewrite(ctx, "The canal's length won't exceed 90 km.")).toBe("The canal's length will be no more than 90 km.");
    expect(valueVerbRewrite(ctx, "The canal's length does not fall short of 90 km.")).toBe("The canal's length is no less than 90 km.");
    expect(valueVerbRewrite(ctx, "The canal's length is eclipsed by 90 km.")).toBe("The canal's length is less than 90 km.");
    // a side that is no value is the comparisons' (src/check/comparisons.ts)
    expect(valueVerbRewrite(ctx, "The canal's cost exceeds the bank's capital.")).toBeUndefined();
  });
  it('decides the rewritten claim by the graph', async () => {
    expect((await check("The Freedonia canal pipeline's annual capacity will top 6 bcm a year.")).verdict).toBe('REFUTED');
    expect((await check("The Freedonia canal pipeline's annual capacity won't top 6 bcm a year.")).verdict).toBe('SUPPORTED');
    expect((await check("The Freedonia canal pipeline's annual capacity won't top 4 bcm a year.")).verdict).toBe('REFUTED');
  });
});

describe('a side with a modal adjective (src/check/comparisons.ts)', () => {
  it('reads "its possible grants" as the grants, in the modality the graph states', async () => {
    expect((await check("Freedonia's energy deals with Sylvania surpass its possible grants to Grand Fenwick.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's possible grants to Grand Fenwick surpass its energy deals with Sylvania.")).verdict).toBe('REFUTED');
  });
});

describe('a bound said with closeness', () => {
  it('is the closeness word of its side (round 31: one rule, src/check/closeness.ts)', () => {
    expect(nearBoundRewrite('The canal is barely under 90 km long.')).toBe('The canal is nearly 90 km long.');
    expect(nearBoundRewrite('The canal is barely above 90 km long.')).toBe('The canal is just over 90 km long.');
  });
  it('refutes a figure far from the bound', async () => {
    // 100 billion is under 500 billion but not "just under" it
    expect((await check("The Acme Development Bank's authorised capital is just under US$ 500 billion.")).verdict).toBe('REFUTED');
    // round 34 (fix27's rounding test): an exact 100 billion is not on the half-step just below 105: held
    expect((await check("The Acme Development Bank's authorised capital is just under US$ 105 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
