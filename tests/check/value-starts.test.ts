import { describe, expect, it } from 'vitest';
import { valueMayStartAt, valueStarts } from '../../src/check/value-starts.js';
import { BOUND_WORDS, CARDINALS, CURRENCY_WORDS, MONTHS, YEAR_BOUNDS, parseDate, parseMoney, parseYear } from '../../src/check/values.js';
import { tokenize, type Morphology, type Token } from '../../src/check/text.js';
import type { SlotType } from '../../src/check/context-types.js';

const morph: Morphology = { lemmas: new Map(), ignorable: new Set() };
const toks = (s: string): Token[] => tokenize(s, morph);

// the readers whose openings src/check/value-starts.ts states (readSlot reads each type so)
const READERS: Array<[SlotType, (span: readonly Token[]) => unknown]> = [
  ['amount', parseMoney],
  ['year', parseYear],
  ['date', parseDate],
  ['date-or-year', (span) => parseDate(span) ?? parseYear(span)],
];

// every word the readers' tables know, in both cases, and tokens of every kind and shape
const VOCAB = [...new Set([
  ...Object.keys(CURRENCY_WORDS), ...Object.keys(CURRENCY_WORDS).map((w) => w.toUpperCase()), ...Object.keys(MONTHS),
  ...Object.keys(MONTHS).map((w) => w[0]!.toUpperCase() + w.slice(1)), ...Object.keys(CARDINALS),
  ...BOUND_WORDS.flatMap(([ws]) => ws), ...YEAR_BOUNDS.flatMap(([ws]) => ws),
  'just', 'exactly', 'precisely', 'only', 'Just', 'us', 'US', 'year', 'dollar', 'dollars', 'million', 'billion', 'bn', 'm', 'trillion',
  '$', 'US$', 'A$', '¥', '€', '£', '5', '18', '28', '2015', '1999', '1,800', '7.47', '7,47', '2015-10-28', 'th', 'st', 'of', 'and', 'or',
  '/', '-', 'to', 'until', 'through', 'the', 'worth', 'in', 'visited', 'Freedonia', 'constructor', 'i.e',
])];

// a fixed pseudo-random sequence (no test that varies from run to run)
function* pseudoRandom(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

describe('valueMayStartAt (where the matcher offers a typed slot its spans)', () => {
  it('says a value may start wherever the readers read one (the premise: exhaustive to two words, sampled to five)', () => {
    const spans: string[] = [];
    for (const a of VOCAB) {
      spans.push(a);
      for (const b of VOCAB) spans.push(`${a} ${b}`);
    }
    const rnd = pseudoRandom(2015);
    const from = (words: readonly string[]) => (): string => words[Math.floor(rnd.next().value! * words.length)]!;
    // longer spans from the whole vocabulary, and from the words of dates and years, and of sums,
    // alone (their readers need three or more of them in a row)
    const dateWords = [...Object.keys(MONTHS).slice(0, 6), 'October', 'Oct', '3', '28', '22', '12', '2015', '2011', '2015-10-28', '-', '/', 'th', 'of', 'to', 'until', 'year', 'before', 'by', 'no', 'later', 'than', 'worth'];
    const moneyWords = ['US', 'us', '$', '¥', 'USD', 'yen', 'dollars', '5', '18', '7.47', 'one', 'five', 'million', 'billion', 'more', 'than', 'at', 'least', 'just', 'in', 'excess', 'of', 'up', 'to', 'about', 'or', 'and', 'worth'];
    for (const [words, n] of [[VOCAB, 15000], [dateWords, 20000], [moneyWords, 30000]] as const) {
      const pick = from(words);
      for (let i = 0; i < n; i++) spans.push(Array.from({ length: 3 + (i % 3) }, pick).join(' '));
    }
    const read = new Map<SlotType, number>();
    const missed: string[] = [];
    for (const text of spans) {
      const span = toks(text);
      if (!span.length) continue;
      // also after a word, where a bound or "US $" is looked up past the token itself
      const after = toks(`visited ${text}`);
      for (const [type, reader] of READERS) {
        if (reader(span) === undefined) continue;
        read.set(type, (read.get(type) ?? 0) + 1);
        if (!valueMayStartAt(type, span, 0)) missed.push(`${type}: ${text}`);
        if (!valueMayStartAt(type, after, 1)) missed.push(`${type} (after a word): ${text}`);
      }
    }
    expect(missed.slice(0, 20)).toEqual([]);
    // the fuzz reads values of every type (it exercises the premise)
    expect(Object.fromEntries(read)).toEqual({ amount: expect.any(Number), year: expect.any(Number), date: expect.any(Number), 'date-or-year': expect.any(Number) });
    expect(read.get('amount')).toBeGreaterThan(500);
    expect(read.get('date')).toBeGreaterThan(50);
    expect(read.get('year')).toBeGreaterThan(5);
  });

  it('rules out the tokens that open no value of the type', () => {
    const at = (type: SlotType, text: string, i = 0): boolean => valueMayStartAt(type, toks(text), i);
    expect(at('amount', 'worth US$ 5 million')).toBe(false);
    expect(at('amount', 'worth US$ 5 million', 1)).toBe(true);
    expect(at('amount', 'in excess of US$ 5 million')).toBe(true);
    expect(at('amount', 'in 2015')).toBe(false);
    expect(at('year', 'in 2015')).toBe(false);
    expect(at('year', 'in 2015', 1)).toBe(true);
    expect(at('year', 'no later than 2019')).toBe(true);
    expect(at('year', 'no deal')).toBe(false);
    expect(at('date', 'visited on May 3, 2011')).toBe(false);
    expect(at('date', 'visited on May 3, 2011', 2)).toBe(true);
    expect(at('date-or-year', 'before 2010')).toBe(true);
    // past the end: a slot takes a token
    expect(at('amount', '5 million dollars', 3)).toBe(false);
    // other types may start anywhere
    expect(at('entity', 'worth')).toBe(true);
    expect(at('number', 'worth')).toBe(true);
  });

  it('answers per token list as valueMayStartAt does, each position asked once', () => {
    const span = toks('Freedonia pledged more than US$ 5 million in 2015 on May 3, 2016');
    const starts = valueStarts(span);
    for (const [type] of [...READERS, ['entity'] as [SlotType]]) {
      for (let i = 0; i <= span.length; i++) {
        expect(starts(type, i), `${type} ${i}`).toBe(valueMayStartAt(type, span, i));
        expect(starts(type, i), `${type} ${i} again`).toBe(valueMayStartAt(type, span, i));
      }
    }
  });
});
