// Numbers, comparisons, counts and spans as families of phrasing (round 24, branch `numbers24`,
// issue 15): "beyond N" as a bound (it was skipped as an adverb: a false SUPPORTED), verbs of one
// value above or below another from the lexicon (cg:exceedVerb, cg:fallShortVerb), an amount said
// inside a side's description checked against the graph, value verbs ("came in under", "won't
// reach N in length"), "or about W" restatements, the recipient's passive without its agent, "before
// Y was due", headlines with several values, a bracketed qualifier, counted founding members.
// Each end-to-end `it` fails on 58648b3 (the claims were unread, or read without their bound).
import { describe, expect, it } from 'vitest';
import { amountFrameRewrites } from '../../src/check/amount-frames.js';
import { agentlessRewrites } from '../../src/check/agentless.js';
import { headlineParts, parenthesisedQualifier, shorthandRewrite } from '../../src/check/amount-notation.js';
import { describedAmount } from '../../src/check/comparison-sides.js';
import { collectiveRewrite } from '../../src/check/collective-counts.js';
import { notationRewrite } from '../../src/check/notation.js';
import { parseMoney, parseQuantity } from '../../src/check/values.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = '', modality = 'Stated'): string =>
  fixtureClaim({ id, s, p, o, modality, more: `${extra} cg:statedIn cga:fixture-article` });

// the fixture (Freedonia's US$ 5 million energy deals with Sylvania, its possible US$ 2 million in
// grants to Grand Fenwick) plus: the canal pipeline will run 90 km and carry 5 bcm a year; the bank
// has an authorised capital of US$ 100 billion and counts 57 prospective founding members (a span to
// a planned event "was due": tests/check/spans-planned.test.ts)
const { check, ctx } = checkFixture(`
${claim('canal.lengthKm.90.expected', 'cgr:canal', 'cg:lengthKm', '"90"^^xsd:decimal', '', 'Expected')}
${claim('canal.annualCapacityBcm.5.expected', 'cgr:canal', 'cg:annualCapacityBcm', '"5"^^xsd:decimal', '', 'Expected')}
${claim('acme-bank.authorisedCapitalUSD', 'cgr:acme-bank', 'cg:authorisedCapitalUSD', '"100000000000"^^xsd:decimal')}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${claim('acme-bank.founders', 'cgr:acme-bank', 'cg:prospectiveFoundingMemberCount', '"57"^^xsd:positiveInteger')}
cgr:acme-bank cg:prospectiveFoundingMemberCount "57"^^xsd:positiveInteger .
`);
const toks = (s: string) => dropIgnorable(tokenize(s, ctx.morph), ctx.morph);

describe('"beyond N" is a bound, not a skipped adverb', () => {
  it('reads "beyond" as "more than"', () => {
    expect(parseQuantity(toks('beyond 50'))).toMatchObject({ value: '50', bound: 'gt' });
  });
  it('decides a denied reach by the graph\'s length', async () => {
    // "won't stretch beyond 50 km" is at most 50: the graph's 90 km refutes it (58648b3: SUPPORTED)
    expect((await check('The Freedonia canal pipeline will not stretch beyond 50 kilometres.')).verdict).toBe('REFUTED');
    expect((await check('The Freedonia canal pipeline will not stretch beyond 120 kilometres.')).verdict).toBe('SUPPORTED');
  });
});

describe('verbs of one value above or below another (lexicon cg:exceedVerb, cg:fallShortVerb)', () => {
  it('reads "outweigh", "falls short of" and "is eclipsed by" as comparisons of the graph\'s amounts', async () => {
    expect((await check("Freedonia's deals with Sylvania outweigh its grants to Grand Fenwick.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's grants to Grand Fenwick fall short of its deals with Sylvania.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's grants to Grand Fenwick are eclipsed by its deals with Sylvania.")).verdict).toBe('SUPPORTED');
    // round 36: "dwarfed by" needs the larger at least three times the smaller (5 against 2 million: undecided)
    expect((await check("Freedonia's grants to Grand Fenwick are dwarfed by its deals with Sylvania.")).verdict).toBe('NOT_ENOUGH_INFO');
    const r = await check("Freedonia's deals with Sylvania are dwarfed by its grants to Grand Fenwick.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('USD 5,000,000 is more than USD 2,000,000');
  });
});

describe('an amount said inside a side\'s description', () => {
  it('cuts the amount out of the description', () => {
    expect(describedAmount('the $18bn Freedonian deals', ctx.morph)).toEqual({ money: [{ value: '18000000000', currency: 'USD' }], rest: 'the Freedonian deals' });
    expect(describedAmount('US$ 5 million', ctx.morph)).toBeUndefined();
  });
  it('reads the first side as the thing described when the graph gives it that amount', async () => {
    const r = await check("Freedonia's US$ 5 million deals with Sylvania outweigh its grants to Grand Fenwick.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    // an amount the graph does not give the deals: no side, so no comparison decided
    expect((await check("Freedonia's US$ 9 million deals with Sylvania outweigh its grants to Grand Fenwick.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('value verbs and lengths', () => {
  it('says "came in under", "reach N in length" as the copula with a bound', () => {
    expect(notationRewrite('The deals came in under $15 billion.')).toBe('The deals is under $15 billion.');
    expect(notationRewrite("The canal won't reach 2,000 km in length.")).toBe("The canal won't be at least 2,000 km long.");
    // "came in" without a value after it: left alone
    expect(notationRewrite('The deals came in late.')).toBeUndefined();
  });
  it('decides them by the graph', async () => {
    expect((await check("Freedonia's energy deals with Sylvania came in under US$ 4 million.")).verdict).toBe('REFUTED');
    expect((await check("The Freedonia canal pipeline won't reach 100 km in length.")).verdict).toBe('SUPPORTED');
    expect((await check('The Freedonia canal pipeline will reach 100 km in length.')).verdict).toBe('REFUTED');
  });
});

describe('restatements and the recipient\'s passive', () => {
  it('reads ", or about W" after an amount as the amount again, approximately', () => {
    expect(parseMoney(toks('¥13 bn or about 108 million US dollars'))).toEqual([
      { value: '13000000000', currency: 'JPY' }, { value: '108000000', currency: 'USD', bound: 'about' },
    ]);
    // "and about" is no restatement
    expect(parseMoney(toks('¥13 bn and about 108 million US dollars'))).toBeUndefined();
  });
  it('says "R was promised aid of V" as "R was promised V in aid", its agent after the package', () => {
    expect(amountFrameRewrites(ctx, 'Sylvania was promised aid of US$ 3 million, or about 400 million yen').map((r) => r.claim))
      .toEqual(['Sylvania was promised US$ 3 million, or about 400 million yen in aid']);
    expect(agentlessRewrites(ctx, 'Grand Fenwick was promised US$ 2 million in grants').map((r) => r.claim))
      .toContain('Grand Fenwick was promised US$ 2 million in grants by Freedonia');
  });
});

describe('headlines with several values, bracketed qualifiers, counted founders', () => {
  it('cuts a headline at its values and reads each', async () => {
    expect(headlineParts('Canal: ~90km long, up to 5bcm/yr')).toEqual(['Canal: about 90km long', 'Canal: up to 5 billion cubic metres a year']);
    expect(headlineParts('Canal: Freedonia, Sylvania')).toBeUndefined();
    expect(shorthandRewrite('Canal: up to 5bcm/yr')).toBe('Canal: up to 5 billion cubic metres a year');
    expect((await check('Freedonia canal pipeline: ~90km long, up to 5bcm/yr')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia canal pipeline: ~90km long, up to 9bcm/yr')).verdict).toBe('REFUTED');
  });
  it('drops a bracketed word the property read names, and holds any other', async () => {
    expect(parenthesisedQualifier('The bank is capitalised at $5bn (authorised).')).toEqual({ claim: 'The bank is capitalised at $5bn', word: 'authorised' });
    expect((await check('The Acme Development Bank is capitalised at $100B (authorised)')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank is capitalised at $50B (authorised)')).verdict).toBe('REFUTED');
    expect((await check('The Acme Development Bank is capitalised at $100B (estimated)')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads founding members counted as the subject, in words with a hyphen', async () => {
    expect((await check('Sixty-seven prospective founding members signed up for the Acme Development Bank.')).verdict).toBe('REFUTED');
    expect((await check('Fifty-seven prospective founding members joined the Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
  it('reads an annual capacity without "a year"', async () => {
    expect((await check("The Freedonia canal pipeline's annual capacity will be 5 billion cubic metres of gas.")).verdict).toBe('SUPPORTED');
    expect((await check("The Freedonia canal pipeline's annual capacity will be up to 0.5 billion cubic metres.")).verdict).toBe('REFUTED');
  });
});

describe('a vague count of leaders', () => {
  it('counts "several / many <Adjective> presidents" as their countries', () => {
    expect(collectiveRewrite('Several Ruritanian presidents attended the Founders Gala.')).toBe('Several Ruritanian countries attended the Founders Gala.');
    expect(collectiveRewrite('Many Ruritanian leaders stayed away.')).toBe('Many Ruritanian countries stayed away.');
  });
});
