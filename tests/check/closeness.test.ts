// The one closeness rule (round 31, branch `close31`, issue 15): "about", "nearly", "just under",
// "a little short of", "just over" and a slight degree decided by one module
// (src/check/closeness.ts), with an undecided band between "clearly within" and "clearly outside",
// and an approximate source figure widening it where the side of a bound is in question.
import { describe, expect, it } from 'vitest';
import { closeness, roundingSpread, roundingStep } from '../../src/check/closeness.js';
import { parseQuantity } from '../../src/check/values.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: the canal pipeline will run about 1,800 km (given as approximate); the bank has
// an authorised capital of US$ 100 billion (exact)
const { check, ctx } = checkFixture(`
${fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', more: 'cg:statedIn cga:fixture-article' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
`);
const toks = (s: string) => dropIgnorable(tokenize(s, ctx.morph), ctx.morph);

describe('the rule', () => {
  it('holds "about" within 10% of the larger figure, refutes it beyond 15%, and leaves the band between undecided', () => {
    expect(closeness(1800, 2000, 'about').holds).toBe(true);
    expect(closeness(1750, 2000, 'about').holds).toBeUndefined();
    expect(closeness(1500, 1800, 'about').holds).toBe(false);
    // one whole unit of a count is close ("about five" for four)
    expect(closeness(4, 5, 'about').holds).toBe(true);
    expect(closeness(1800, 2000, 'about').arithmetic).toContain('1,800 is 10% below 2,000');
  });
  it('holds "nearly" only below the figure and close to it', () => {
    expect(closeness(1800, 2000, 'near-under').holds).toBe(true);
    // above the figure: "almost 100" is not 107.9
    expect(closeness(107.9, 100, 'near-under').holds).toBe(false);
    // the figure itself, or one unit of a count past it: a writer's rounding, undecided
    expect(closeness(100, 100, 'near-under').holds).toBeUndefined();
    expect(closeness(22, 21, 'near-under').holds).toBeUndefined();
    expect(closeness(23, 21, 'near-under').holds).toBe(false);
    expect(closeness(1000, 2000, 'near-under').holds).toBe(false);
    expect(closeness(105, 100, 'near-over').holds).toBe(true);
    expect(closeness(95, 100, 'near-over').holds).toBe(false);
  });
  it('decides the side of an approximate source figure only outside the figures that round to it', () => {
    expect(roundingSpread(1800)).toBe(50);
    expect(roundingSpread(26)).toBe(0.5);
    expect(closeness(26, 25, 'near-over', true).holds).toBe(true);
    expect(closeness(1800, 1820, 'near-under', true).holds).toBeUndefined();
    // round 34 (fix27): 1,800 is not on the step just under 1,820 (said to the nearest 10)
    expect(closeness(1800, 1820, 'near-under', false).holds).toBeUndefined();
    expect(closeness(1817, 1820, 'near-under', false).holds).toBe(true);
  });
  it('holds "close to" as "about" at or below the figure, and leaves a near figure above it undecided (it may mean "nearly")', () => {
    expect(closeness(1800, 1800, 'close-to').holds).toBe(true);
    expect(closeness(55, 56, 'close-to').holds).toBe(true);
    // 57 for "close to 56": "about 56" holds it, "nearly 56" does not
    expect(closeness(57, 56, 'close-to').holds).toBeUndefined();
    expect(closeness(57, 56, 'about').holds).toBe(true);
    // far either way: both readings refute
    expect(closeness(26, 30, 'close-to').holds).toBeUndefined();
    expect(closeness(40, 30, 'close-to').holds).toBe(false);
    expect(closeness(20, 30, 'close-to').holds).toBe(false);
  });
});

describe('the words', () => {
  it('reads the closeness words before a figure', () => {
    expect(parseQuantity(toks('nearly 60'))).toMatchObject({ value: '60', bound: 'near-under' });
    expect(parseQuantity(toks('almost 2,000'))).toMatchObject({ value: '2000', bound: 'near-under' });
    expect(parseQuantity(toks('just over 25'))).toMatchObject({ value: '25', bound: 'near-over' });
    expect(parseQuantity(toks('roughly 1,850'))).toMatchObject({ value: '1850', bound: 'about' });
    expect(parseQuantity(toks('close to 56'))).toMatchObject({ value: '56', bound: 'close-to' });
  });
});

describe('every route asks the rule', () => {
  it('decides a length said with closeness against an approximate source', async () => {
    // round 34 (fix27): "about 1,800" spans 1,750 to 1,850, not all within 10% of 2,000: undecided
    expect((await check('The Freedonia canal pipeline will be a little short of 2,000 kilometres long.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Freedonia canal pipeline will be about 2,000 kilometres long.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Freedonia canal pipeline will run about 1,800 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await check('The Freedonia canal pipeline will be a little short of 1,850 kilometres long.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Freedonia canal pipeline will be about 1,500 kilometres long.')).verdict).toBe('REFUTED');
    // near misses: the undecided band, the wrong side, a negation
    const band = await check('The Freedonia canal pipeline will be about 2,100 kilometres long.');
    expect(band.verdict).toBe('NOT_ENOUGH_INFO');
    expect(band.explanation).toContain('14.3% below 2,100');
    expect((await check('The Freedonia canal pipeline will be just over 1,800 kilometres long.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Freedonia canal pipeline will be a little over 2,000 kilometres long.')).verdict).toBe('REFUTED');
    expect((await check('The Freedonia canal pipeline will not be about 1,800 kilometres long.')).verdict).toBe('REFUTED');
  });
  it('decides a sum said with closeness against an exact source', async () => {
    // round 34 (fix27): 100 is not on the step just under 105 (said to the nearest 5): undecided
    expect((await check("The Acme Development Bank's authorised capital is nearly US$ 105 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("The Acme Development Bank's authorised capital is almost US$ 95 billion.")).verdict).toBe('REFUTED');
    expect((await check("The Acme Development Bank's authorised capital is about US$ 88 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("The Acme Development Bank's authorised capital is about US$ 70 billion.")).verdict).toBe('REFUTED');
  });
  it('reads "close to" a figure below the source as undecided by any route (it was said again as "about" and supported)', async () => {
    expect((await check("The Acme Development Bank's authorised capital is close to US$ 95 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
    // round 34 (fix27): exactly 100 does not round to 104; it does to 100
    expect((await check("The Acme Development Bank's authorised capital is close to US$ 104 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("The Acme Development Bank's authorised capital is close to US$ 100 billion.")).verdict).toBe('SUPPORTED');
    expect((await check("The Acme Development Bank's authorised capital is close to US$ 60 billion.")).verdict).toBe('REFUTED');
  });
});

// round 34 (fix27, users27 family B): a figure said with "about" / "nearly" holds only when the
// source's figure is one a writer rounds to it, at the claimed figure's own step; short of that,
// within the old window, undecided (never refuted by this alone)
describe('the rounding a word of closeness says', () => {
  it('reads the step of a written figure from its last non-zero digit (five of it for a 5)', () => {
    expect(roundingStep(60)).toBe(10);
    expect(roundingStep(62)).toBe(1);
    expect(roundingStep(115)).toBe(5);
    expect(roundingStep(7.5)).toBe(0.5);
    // a figure converted from another unit is not written: no step
    expect(roundingStep(1770.28)).toBeUndefined();
  });
  it('holds "about C" only for a source that rounds to C', () => {
    expect(closeness(57, 60, 'about').holds).toBe(true);
    expect(closeness(57, 62, 'about').holds).toBeUndefined();
    expect(closeness(57, 52, 'about').holds).toBeUndefined();
    expect(closeness(105, 100, 'about').holds).toBe(true);
    expect(closeness(105, 115, 'about').holds).toBeUndefined();
    // a figure ending in 5: to the nearest five only within half the window ("about 35" is not 33)
    expect(closeness(26, 25, 'about').holds).toBe(true);
    expect(closeness(33, 35, 'about').holds).toBeUndefined();
    expect(closeness(100, 110, 'about').holds).toBeUndefined();
    expect(closeness(100, 90, 'about').holds).toBeUndefined();
    expect(closeness(57, 62, 'about').arithmetic).toContain('62 is said to the nearest 1 (61.5 to 62.5)');
    // the refuting side is unchanged
    expect(closeness(100, 80, 'about').holds).toBe(false);
    // an approximate source: all of its spread ("about 26" is 25.5 to 26.5)
    expect(closeness(26, 25, 'about', true).holds).toBe(true);
    expect(closeness(26, 24, 'about', true).holds).toBeUndefined();
    // a figure compared with a figure (no written step) keeps the window alone
    expect(closeness(57, 62, 'about', false, { written: false }).holds).toBe(true);
  });
  it('holds "nearly C" only on the step just below C, not its far end', () => {
    expect(closeness(57, 60, 'near-under').holds).toBe(true);
    expect(closeness(105, 110, 'near-under').holds).toBeUndefined();
    expect(closeness(12.7, 13.5, 'near-under').holds).toBeUndefined();
    expect(closeness(1800, 1900, 'near-under', true).holds).toBeUndefined();
    expect(closeness(7.47, 7.5, 'near-under').holds).toBe(true);
  });
  it('leaves a sum with no rounding to the claimed figure undecided', async () => {
    const r = await check("The Acme Development Bank's authorised capital is about US$ 110 billion.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('does not round to it');
    expect((await check("The Acme Development Bank's authorised capital is roughly US$ 90 billion.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
