/**
 * Normalising literal values written in claims: money amounts with currencies and scale words,
 * dates, date ranges, years, ordinals and ranks. All comparisons downstream are on these forms
 * (exact decimal strings, ISO dates), never on surface text.
 */
import type { AmountBound, CheckValue, MoneyValue } from './types.js';
import { CLOSENESS_WORDS, closeness, isCloseness, roundingSpread } from './closeness.js';
import type { Token } from './text.js';
import { durationInParts } from './duration-parts.js';
import { NUMBER_TENS, NUMBER_UNITS } from './number-words.js';

const SYMBOLS: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', C$: 'CAD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', '¥': 'JPY', '€': 'EUR', '£': 'GBP', '₹': 'INR',
};
/** Currency words and codes to ISO codes (exported for src/check/value-starts.ts). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', yen: 'JPY', jpy: 'JPY', euro: 'EUR', euros: 'EUR', eur: 'EUR',
  pound: 'GBP', pounds: 'GBP', gbp: 'GBP', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY',
  rupee: 'INR', rupees: 'INR', inr: 'INR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', rub: 'RUB',
};
/**
 * Scale words after a number, as powers of ten: the notations of style guides and wires ("5bn",
 * "USD 240 mln", "$3.25M", "4.5 tn", "60 bil"; round 25 enumerated "mln", "mil", "mill", "bln",
 * "bil", "tr", "tril"). The one table every amount reader takes its scale words from
 * ({@link SCALE_WORDS}). "mm" (millimetres) and "lakh"/"crore" are left out: a unit, and a
 * notation no graph amount is in.
 */
export const SCALES: Record<string, number> = {
  thousand: 3, k: 3, million: 6, millions: 6, mn: 6, m: 6, mio: 6, mln: 6, mil: 6, mill: 6,
  billion: 9, billions: 9, bn: 9, b: 9, bln: 9, bil: 9,
  trillion: 12, trillions: 12, tn: 12, trn: 12, tr: 12, tril: 12,
};
/**
 * The scale words of {@link SCALES} as a regular-expression alternation, longest first (so
 * "million" is tried before "m"), for the readers that find an amount in a claim's text.
 *
 * @example
 * ```ts
 * new RegExp(`^\\d+\\s*(?:${SCALE_WORDS})$`, 'i').test('240 mln'); // true
 * ```
 */
export const SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
/** Month names and abbreviations to numbers (exported for src/check/value-starts.ts). */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Ordinal words to their rank ("second" -> 2). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};
/** Number words "one" to "twenty", the counts said in words (src/check/number-words.ts's list). */
export const CARDINALS: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.entries(NUMBER_UNITS).filter(([w]) => w !== 'zero'), ['twenty', NUMBER_TENS.twenty!],
]);
/** Tens words, for spelled-out quantities ("fifty-seven"). */
const TENS = NUMBER_TENS;

/**
 * A plain quantity as a property's value: digits with thousands separators or a decimal point
 * ("1,800", "33", "12.5"), or a number in words up to ninety-nine ("fifty-seven", "twelve"),
 * with a bound when one is said ("more than fifty", "under 2,000": compared, not equated).
 *
 * @example
 * ```ts
 * parseQuantity(tokenize('fifty-seven', morph)); // { kind: 'number', value: '57' }
 * ```
 */
export function parseQuantity(tokens: readonly Token[]): CheckValue | undefined {
  // "up to 33" of a quantity (a capacity, a length) states the maximum itself: "will transport up to
  // 43 bcm" against the source's "up to 33" is wrong, not a bound 33 satisfies (money: a bound)
  if (tokens.length > 2 && low(tokens[0]!) === 'up' && low(tokens[1]!) === 'to') return parseQuantity(tokens.slice(2));
  // round 35: "a maximum of 33" is "up to 33" said with a noun ("a" is dropped before the reading)
  if (tokens.length > 2 && /^(?:maximum|max)$/i.test(tokens[0]!.raw) && low(tokens[1]!) === 'of') return parseQuantity(tokens.slice(2));
  // "more than fifty", "under 2,000", "about 1,800"
  for (const [words, bound] of BOUND_WORDS) {
    if (words.length < tokens.length && words.every((w, k) => low(tokens[k]!) === w)) {
      const q = parseQuantity(tokens.slice(words.length));
      return q && q.kind === 'number' && !q.bound ? { ...q, bound } : undefined;
    }
  }
  const parts = tokens.filter((t) => t.kind !== 'dash');
  if (parts.length === 1 && parts[0]!.kind === 'number' && /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(parts[0]!.raw)) {
    return { kind: 'number', value: canonicalDecimal(parts[0]!.raw.replace(/,/g, '')) };
  }
  const words = parts.map((t) => t.raw.toLowerCase());
  if (parts.every((t) => t.kind === 'word')) {
    if (words.length === 1 && (CARDINALS[words[0]!] ?? TENS[words[0]!]) !== undefined) return { kind: 'number', value: String(CARDINALS[words[0]!] ?? TENS[words[0]!]) };
    if (words.length === 2 && TENS[words[0]!] !== undefined && CARDINALS[words[1]!] !== undefined && CARDINALS[words[1]!]! < 10) {
      return { kind: 'number', value: String(TENS[words[0]!]! + CARDINALS[words[1]!]!) };
    }
  }
  return undefined;
}

/** Superlatives that make "the Nth largest" a rank. */
const SUPERLATIVES = new Set(['largest', 'biggest', 'greatest', 'top', 'highest', 'leading', 'richest']);

const low = (t: Token): string => t.raw.toLowerCase();

const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14, month: 30, months: 30, year: 365, years: 365 };
/** Units of the clock, in days: a duration said in them is marked `clock` (no day count measures it). */
const CLOCK_DAYS: Record<string, number> = { hour: 1 / 24, hours: 1 / 24, minute: 1 / 1440, minutes: 1 / 1440 };
const CLOCK_UNIT = /^(?:hours?|minutes?)$/i;

/**
 * A duration said in hours or minutes, in words ("20 minutes", "1.5 hours").
 *
 * @example
 * ```ts
 * clockText(1 / 48); // '30 minutes'
 * ```
 */
export function clockText(days: number): string {
  const minutes = Math.round(days * 1440);
  if (minutes % 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
}

/**
 * Reads a span of time in days: "a week", "seven days", "7 days", "five-day", "week-long",
 * "two weeks", with a bound ("more than five days", "less than a week", "about a week").
 *
 * @example
 * ```ts
 * parseDuration(tokenize('more than five days', morph)); // { kind: 'duration', days: 5, bound: 'gt' }
 * ```
 */
export function parseDuration(tokens: readonly Token[]): CheckValue | undefined {
  const { bound, length: i } = leadingBound(tokens);
  // "twenty minutes", "an hour and a half": the clock's units, marked (src/check/qualifiers.ts)
  const clock = tokens.some((t) => CLOCK_UNIT.test(t.raw)) ? { clock: true } : {};
  // "a week and a half", "just three days": the whole span (src/check/duration-parts.ts)
  const whole = durationInParts(tokens.slice(i), (ts) => { const v = parseDuration(ts); return v?.kind === 'duration' && !v.bound ? v.days : undefined; });
  if (whole) return { kind: 'duration', days: whole.days, ...((bound ?? whole.bound) ? { bound: bound ?? whole.bound } : {}), ...clock };
  const rest = tokens.slice(i).filter((t) => t.kind !== 'dash' && !/^(a|an|one|long|lasting|full|whole|entire)$/i.test(t.raw) || /^(one)$/i.test(t.raw));
  if (!rest.length || rest.length > 3) return undefined;
  let n = 1;
  let k = 0;
  const t0 = rest[0]!;
  // "1800", or "1,800" with its thousands separated by commas
  if (t0.kind === 'number' && /^(\d+|\d{1,3}(,\d{3})+)$/.test(t0.raw)) {
    n = Number(t0.raw.replace(/,/g, ''));
    k = 1;
  } else if (TENS[low(t0)] !== undefined) {
    // "forty minutes", "forty-five minutes" (the dash is dropped above)
    n = TENS[low(t0)]!;
    k = 1;
    const ones = rest[1] && CARDINALS[low(rest[1])];
    if (rest.length === 3 && ones !== undefined && ones < 10) {
      n += ones;
      k = 2;
    }
  } else if (CARDINALS[low(t0)] !== undefined) {
    n = CARDINALS[low(t0)]!;
    k = 1;
  } else if (low(t0) === 'half' && CLOCK_UNIT.test(rest[1]?.raw ?? '')) {
    // "half an hour" (only of the clock: "half a day" against a source's whole days is no measure)
    n = 0.5;
    k = 1;
  }
  if (rest.length !== k + 1) return undefined;
  const unit = UNIT_DAYS[low(rest[k]!)] ?? CLOCK_DAYS[low(rest[k]!)];
  if (unit === undefined) return undefined;
  return { kind: 'duration', days: n * unit, ...(bound ? { bound } : {}), ...clock };
}

/**
 * Whether an actual number satisfies a claimed one with its bound (closeness, "about", "nearly",
 * "just over", by the one rule of src/check/closeness.ts).
 *
 * @example
 * ```ts
 * satisfiesBound(7, 5, 'gt'); // true
 * ```
 */
export function satisfiesBound(actual: number, claimed: number, bound?: AmountBound, approximate = false): boolean {
  // a plain bound against an approximate source ("at least 1,800" of "about 1,800"): held only when
  // it holds across the figures the source's rounding spans (round 33, users26's writer: "at least"
  // and "at most" US$ 10 billion were both supported by "about US$ 10 billion")
  if (approximate && (bound === 'gt' || bound === 'ge' || bound === 'lt' || bound === 'le')) {
    const spread = roundingSpread(actual);
    if (spread) return satisfiesBound(actual - spread, claimed, bound) && satisfiesBound(actual + spread, claimed, bound);
  }
  switch (bound) {
    case undefined: return actual === claimed;
    case 'gt': return actual > claimed;
    case 'ge': return actual >= claimed;
    case 'lt': return actual < claimed;
    case 'le': return actual <= claimed;
    case 'about': case 'near-under': case 'near-over': case 'close-to': return closeness(actual, claimed, bound, approximate).holds === true;
  }
}

/**
 * Multiplies a decimal string by 10^k exactly and returns the canonical form (no exponent, no
 * trailing zeros after the point, no leading zeros).
 *
 * @example
 * ```ts
 * scaleDecimal('7.47', 6); // '7470000'
 * ```
 */
export function scaleDecimal(num: string, k: number): string {
  const neg = num.startsWith('-');
  const body = neg ? num.slice(1) : num;
  const [intPart = '0', frac = ''] = body.split('.');
  let digits = intPart + frac;
  let point = intPart.length + k;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  let i = digits.slice(0, point).replace(/^0+/, '') || '0';
  let f = digits.slice(point).replace(/0+$/, '');
  const out = f ? `${i}.${f}` : i;
  return neg && out !== '0' ? `-${out}` : out;
}

/**
 * Canonical decimal string of an `xsd:decimal` lexical value (`"18000000000.0"` -> `"18000000000"`).
 *
 * @example
 * ```ts
 * canonicalDecimal('0105.50'); // '105.5'
 * ```
 */
export function canonicalDecimal(v: string): string {
  const t = v.trim().replace(/^\+/, '');
  const m = /^(-?\d*(?:\.\d*)?)(?:[eE]([+-]?\d+))?$/.exec(t);
  if (!m) return t;
  return scaleDecimal(m[1]!.startsWith('.') ? `0${m[1]}` : m[1]!, m[2] ? Number(m[2]) : 0);
}

function numberOf(tok: Token | undefined): string | undefined {
  if (!tok || tok.kind !== 'number') return undefined;
  let s = tok.raw;
  // "2,000" is a thousands separator; "7,47" (decimal comma) is read as a decimal point
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(s) ? s : undefined;
}

/**
 * Reads one or more money amounts covering the whole token span (`US$ 18 billion`,
 * `¥2.17 trillion`, `900 million yen`, `USD 105m`), or undefined.
 *
 * @example
 * ```ts
 * parseMoney(tokenize('US$ 7.47 million', morph)); // [{ value: '7470000', currency: 'USD' }]
 * ```
 */
export function parseMoney(tokens: readonly Token[]): MoneyValue[] | undefined {
  const out: MoneyValue[] = [];
  // "just ¥ 105 million", "exactly US$ 5 million": the sum itself, said with emphasis
  // ("exactly" / "precisely" mark the sum as exact: an approximate source does not support it)
  if (tokens.length > 1 && MONEY_EMPHASIS.test(tokens[0]!.raw) && tokens[1]!.kind !== 'word') {
    const sum = parseMoney(tokens.slice(1));
    return sum && /^(?:exactly|precisely)$/i.test(tokens[0]!.raw) ? sum.map((a) => (a.bound ? a : { ...a, precise: true })) : sum;
  }
  // "more than US$ 10 billion", "at least ¥ 2 trillion", "about US$ 100 million"
  const lead = leadingBound(tokens);
  const bound = lead.bound;
  let i = lead.length;
  while (i < tokens.length) {
    const r = moneyAt(tokens, i);
    if (!r) return undefined;
    out.push(bound ? { ...r.value, bound } : r.value);
    i = r.next;
    // amounts may be joined by "or", "and", "/" ("US$ 18 billion or ¥ 2.17 trillion")
    if (i < tokens.length && ['or', 'and', '/', 'i.e'].includes(low(tokens[i]!)) && i + 1 < tokens.length) {
      i++;
      // "¥9 bn, or about 75 million US dollars": a restatement said as approximate is that amount
      // within its bound (round 24); only "about" and its synonyms, only after "or" / "i.e."
      const again = leadingBound(tokens, i);
      if (again.bound === 'about' && !bound && ['or', 'i.e'].includes(low(tokens[i - 1]!))) {
        const next = moneyAt(tokens, i + again.length);
        if (!next) return undefined;
        out.push({ ...next.value, bound: 'about' });
        i = next.next;
        if (i < tokens.length) return undefined;
      }
    }
  }
  return out.length ? out : undefined;
}

/** The word that says a sum with emphasis ("just", "exactly"): the sum follows it. */
export const MONEY_EMPHASIS = /^(just|exactly|precisely|only)$/i;

/** The bound words a value starts with ("more than", "at least", ...), at `from`, and how many tokens they take. */
export function leadingBound(tokens: readonly Token[], from = 0): { bound?: AmountBound; length: number } {
  for (const [words, bound] of BOUND_WORDS) {
    if (words.every((w, k) => tokens[from + k] && low(tokens[from + k]!) === w)) return { bound, length: words.length };
  }
  return { length: 0 };
}

/** The words that bound an amount or a quantity ("more than"), exported for src/check/value-starts.ts. */
export const BOUND_WORDS: Array<[string[], AmountBound]> = [
  // "beyond 1,500 km" is more than it ("won't stretch beyond N": at most N); without this bound the
  // word was skipped as an adverb and the denial read as "not exactly N" (a false SUPPORTED)
  [['more', 'than'], 'gt'], [['over'], 'gt'], [['above'], 'gt'], [['beyond'], 'gt'], [['in', 'excess', 'of'], 'gt'], [['upwards', 'of'], 'gt'],
  [['at', 'least'], 'ge'], [['no', 'less', 'than'], 'ge'],
  // round 35: the bound said with a noun ("a minimum of 33", "a maximum of US$ 10 million")
  [['minimum', 'of'], 'ge'], [['maximum', 'of'], 'le'], [['max', 'of'], 'le'],
  [['less', 'than'], 'lt'], [['under'], 'lt'], [['below'], 'lt'], [['fewer', 'than'], 'lt'],
  // "up to" bounds an amount of money ("may provide up to US$ 10 million": 7.47 million is within
  // it); a plain quantity reads it as the figure (parseQuantity)
  [['at', 'most'], 'le'], [['up', 'to'], 'le'], [['no', 'more', 'than'], 'le'],
  // a comparative adjective before a number bounds it as "more/less than" does ("longer than 2,000 km")
  [['longer', 'than'], 'gt'], [['larger', 'than'], 'gt'], [['bigger', 'than'], 'gt'], [['greater', 'than'], 'gt'],
  [['shorter', 'than'], 'lt'], [['smaller', 'than'], 'lt'],
  [['higher', 'than'], 'gt'], [['lower', 'than'], 'lt'],
  // a denied comparative is the other bound, the figure itself allowed ("no higher than 30": at most 30)
  [['no', 'higher', 'than'], 'le'], [['no', 'greater', 'than'], 'le'], [['no', 'larger', 'than'], 'le'], [['no', 'bigger', 'than'], 'le'], [['no', 'longer', 'than'], 'le'],
  [['no', 'lower', 'than'], 'ge'], [['no', 'smaller', 'than'], 'ge'], [['no', 'shorter', 'than'], 'ge'], [['no', 'fewer', 'than'], 'ge'],
  // closeness ("about", "nearly", "just over"): src/check/closeness.ts owns the words and the rule
  ...CLOSENESS_WORDS,
];

/**
 * Whether a source amount satisfies a claimed one: equal sums, or within the claimed bound
 * (closeness by the one rule of src/check/closeness.ts: "about" holds within 10%).
 *
 * @example
 * ```ts
 * satisfiesAmount({ value: '18000000000', currency: 'USD' }, { value: '10000000000', currency: 'USD', bound: 'gt' }); // true
 * ```
 */
export function satisfiesAmount(source: MoneyValue, claimed: MoneyValue, approximate = false): boolean {
  if (source.currency.toUpperCase() !== claimed.currency.toUpperCase()) return false;
  // "exactly US$ 10 billion" is not what "about US$ 10 billion" says
  if (!claimed.bound) return sameAmount(source, claimed) && !(approximate && claimed.precise);
  const s = Number(canonicalDecimal(source.value));
  const c = Number(canonicalDecimal(claimed.value));
  if (approximate && !isCloseness(claimed.bound)) return satisfiesBound(s, c, claimed.bound, true);
  switch (claimed.bound) {
    case 'gt': return s > c;
    case 'ge': return s >= c;
    case 'lt': return s < c;
    case 'le': return s <= c;
    case 'about': case 'near-under': case 'near-over': case 'close-to': return closeness(s, c, claimed.bound, approximate).holds === true;
  }
}

/**
 * The currency said before a figure at token `i`: a sign ("$", "US$", "\u20ac"), an ISO code in
 * capitals ("USD"), or "US $"; with the token after it (`i` itself and no currency when none is).
 * The one test of a leading currency: amounts read here, and a bare figure (src/check/equal-amounts.ts).
 */
function currencyMark(tokens: readonly Token[], i: number): { currency: string | undefined; next: number } {
  const t0 = tokens[i];
  if (t0?.kind === 'currency') return { currency: SYMBOLS[t0.raw] ?? SYMBOLS[t0.raw.toUpperCase()], next: i + 1 };
  if (t0?.kind === 'word' && CURRENCY_WORDS[low(t0)] && /^[A-Z]{3}$/.test(t0.raw)) return { currency: CURRENCY_WORDS[low(t0)], next: i + 1 };
  if (t0?.kind === 'word' && low(t0) === 'us' && tokens[i + 1]?.kind === 'currency' && tokens[i + 1]!.raw === '$') return { currency: 'USD', next: i + 2 };
  return { currency: undefined, next: i };
}

/**
 * Whether the tokens open with a figure: a digit, after a leading currency if one is said
 * ("US$ 5 billion", "USD 5bn", "57"; not "five billion").
 *
 * @example
 * ```ts
 * opensWithFigure(tokenize('US$ 24 billion', morph)); // true
 * ```
 */
export function opensWithFigure(tokens: readonly Token[]): boolean {
  return /^\d/.test(tokens[currencyMark(tokens, 0).next]?.raw ?? '');
}

function moneyAt(tokens: readonly Token[], i: number): { value: MoneyValue; next: number } | undefined {
  if (!tokens[i]) return undefined;
  const mark = currencyMark(tokens, i);
  let cur = mark.currency;
  const j = mark.next;
  const num = numberOf(tokens[j]);
  if (num === undefined) {
    // "one million yen"
    const card = tokens[j] && CARDINALS[low(tokens[j]!)];
    if (!card) return undefined;
    return finish(String(card), j + 1);
  }
  return finish(num, j + 1);

  function finish(n: string, k: number): { value: MoneyValue; next: number } | undefined {
    let scale = 0;
    const s = tokens[k];
    if (s && s.kind === 'word' && SCALES[low(s)] !== undefined) {
      scale = SCALES[low(s)]!;
      k++;
    }
    const w = tokens[k];
    if (w && w.kind === 'word' && CURRENCY_WORDS[low(w)] !== undefined) {
      const c = CURRENCY_WORDS[low(w)]!;
      if (cur && cur !== c) return undefined;
      cur = c;
      k++;
    } else if (w && w.kind === 'word' && low(w) === 'us' && tokens[k + 1] && /^dollars?$/i.test(tokens[k + 1]!.raw)) {
      cur = 'USD';
      k += 2;
    }
    if (!cur) return undefined;
    return { value: { value: scaleDecimal(n, scale), currency: cur }, next: k };
  }
}

function dayOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'number' || !/^\d{1,2}$/.test(tok.raw)) return undefined;
  const d = Number(tok.raw);
  return d >= 1 && d <= 31 ? d : undefined;
}

/** A four-digit year (1000-2999) written as a number token. */
export function yearOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'number' || !/^\d{4}$/.test(tok.raw)) return undefined;
  const y = Number(tok.raw);
  return y >= 1000 && y <= 2999 ? y : undefined;
}

function monthOf(tok: Token | undefined): number | undefined {
  return tok && tok.kind === 'word' ? MONTHS[low(tok)] : undefined;
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Skips an ordinal suffix token ("28th" tokenises as "28" + "th"). */
function skipSuffix(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  return t && t.kind === 'word' && /^(st|nd|rd|th)$/i.test(t.raw) ? k + 1 : k;
}

/**
 * Reads a date or a date range covering the whole span: `2015-10-28`, `October 28, 2015`,
 * `28 October 2015`, `Oct 28th 2015`, `October 22-28, 2015`, `22-28 October 2015`, a month
 * `October 2015`.
 *
 * @example
 * ```ts
 * parseDate(tokenize('October 28, 2015', morph)); // { kind: 'date', value: '2015-10-28' }
 * ```
 */
export function parseDate(tokens: readonly Token[]): CheckValue | undefined {
  // "October 22 to October 28, 2015", "22 October to 28 October 2015": the year is written once,
  // at the end, and belongs to both days
  const sep = tokens.findIndex((t, i) => i > 0 && /^(to|until|till|through)$/i.test(t.raw));
  if (sep > 0) {
    const tail = tokens.slice(sep + 1);
    const head = tokens.slice(0, sep);
    // "October 22 to 28, 2015": the end day borrows the start's month
    const startMonth = monthOf(head[0]);
    const end = parseDate(tail) ?? (startMonth !== undefined && dayOf(tail[0]) !== undefined ? parseDate([head[0]!, ...tail]) : undefined);
    if (end?.kind === 'date') {
      const year = end.value.slice(0, 4);
      // "22 to 28 October 2015": a bare start day borrows the end's month and year
      const bareDay = head.length === 1 && dayOf(head[0]) !== undefined && head[0]!.kind === 'number';
      const start = parseDate([...head, { ...tokens[tokens.length - 1]!, raw: year }]) ?? parseDate(head)
        ?? (bareDay ? { kind: 'date' as const, value: `${end.value.slice(0, 8)}${String(dayOf(head[0])).padStart(2, '0')}` } : undefined);
      if (start?.kind === 'date' && start.value <= end.value) {
        return { kind: 'daterange', start: start.value, end: end.value };
      }
    }
  }
  const n = tokens.length;
  if (n === 1 && tokens[0]!.kind === 'isodate') {
    const [y, m, d] = tokens[0]!.raw.split('-').map(Number) as [number, number, number];
    return validDate(y, m, d) ? { kind: 'date', value: tokens[0]!.raw } : undefined;
  }
  if (n === 3 && tokens[0]!.kind === 'isodate' && tokens[1]!.raw.toLowerCase() === 'to' && tokens[2]!.kind === 'isodate') {
    return { kind: 'daterange', start: tokens[0]!.raw, end: tokens[2]!.raw };
  }
  // numeric days: "28/10/2015" (day first), "10/28/2015" (month first), "2015/10/28"; a day and
  // month that could be either way round ("05/10/2015") is no date (precision before recall)
  if (n === 5 && tokens.every((t, i) => (i % 2 ? t.kind === 'slash' || t.kind === 'dash' : t.kind === 'number' && /^\d+$/.test(t.raw)))) {
    const [a, b, c] = [tokens[0]!.raw, tokens[2]!.raw, tokens[4]!.raw];
    const [x, y, z] = [Number(a), Number(b), Number(c)];
    if (a.length === 4) return validDate(x, y, z) ? { kind: 'date', value: iso(x, y, z) } : undefined;
    if (c.length !== 4) return undefined;
    const dayFirst = x > 12 || x === y ? validDate(z, y, x) : false;
    const monthFirst = y > 12 ? validDate(z, x, y) : false;
    if (dayFirst) return { kind: 'date', value: iso(z, y, x) };
    if (monthFirst) return { kind: 'date', value: iso(z, x, y) };
    return undefined;
  }
  // Month D[-D2] [,] Y
  let m = monthOf(tokens[0]);
  if (m !== undefined && n === 2 && yearOf(tokens[1]) !== undefined) {
    return { kind: 'month', value: `${tokens[1]!.raw}-${String(m).padStart(2, '0')}` };
  }
  if (m !== undefined) {
    let k = 1;
    const d1 = dayOf(tokens[k]);
    if (d1 === undefined) return undefined;
    k = skipSuffix(tokens, k + 1);
    let d2: number | undefined;
    if (tokens[k]?.kind === 'dash') {
      d2 = dayOf(tokens[k + 1]);
      if (d2 === undefined) return undefined;
      k = skipSuffix(tokens, k + 2);
    }
    const y = yearOf(tokens[k]);
    if (y === undefined || k + 1 !== n || !validDate(y, m, d1)) return undefined;
    if (d2 !== undefined) return validDate(y, m, d2) && d2 >= d1 ? { kind: 'daterange', start: iso(y, m, d1), end: iso(y, m, d2) } : undefined;
    return { kind: 'date', value: iso(y, m, d1) };
  }
  // D[-D2] Month Y
  const d1 = dayOf(tokens[0]);
  if (d1 !== undefined) {
    let k = skipSuffix(tokens, 1);
    let d2: number | undefined;
    if (tokens[k]?.kind === 'dash') {
      d2 = dayOf(tokens[k + 1]);
      k = skipSuffix(tokens, k + 2);
    }
    if (tokens[k]?.raw.toLowerCase() === 'of') k++;
    m = monthOf(tokens[k]);
    const y = yearOf(tokens[k + 1]);
    if (m === undefined || y === undefined || k + 2 !== n || !validDate(y, m, d1)) return undefined;
    if (d2 !== undefined) return validDate(y, m, d2) && d2 >= d1 ? { kind: 'daterange', start: iso(y, m, d1), end: iso(y, m, d2) } : undefined;
    return { kind: 'date', value: iso(y, m, d1) };
  }
  return undefined;
}

/**
 * Reads a year (`2006`, `year 2006`).
 *
 * @example
 * ```ts
 * parseYear(tokenize('2006', morph)); // { kind: 'year', value: '2006' }
 * ```
 */
export function parseYear(tokens: readonly Token[]): CheckValue | undefined {
  // "before 2010", "prior to 2010", "after 2008", "later than 2008": a bounded year
  const words = tokens.map((t) => t.raw.toLowerCase());
  const lead = YEAR_BOUNDS.find(([ws]) => ws.length < tokens.length && ws.every((w, i) => words[i] === w));
  if (lead) {
    const y = parseYear(tokens.slice(lead[0].length));
    return y && y.kind === 'year' && !y.bound ? { ...y, bound: lead[1] } : undefined;
  }
  let k = 0;
  if (tokens.length === 2 && tokens[0]!.raw.toLowerCase() === 'year') k = 1;
  if (tokens.length !== k + 1) return undefined;
  const y = yearOf(tokens[k]);
  return y === undefined ? undefined : { kind: 'year', value: String(y) };
}

/** The words that bound a year ("before 2010"), exported for src/check/value-starts.ts. */
export const YEAR_BOUNDS: Array<[string[], AmountBound]> = [
  [['before'], 'lt'], [['prior', 'to'], 'lt'], [['earlier', 'than'], 'lt'], [['after'], 'gt'], [['later', 'than'], 'gt'],
  // "by 2019", "no later than 2019": within that year or before it (round 21)
  [['by'], 'le'], [['no', 'later', 'than'], 'le'], [['not', 'later', 'than'], 'le'],
];

/**
 * Reads a positive integer or a rank: `4`, `1,800`, `fourth`, `4th`, `fourth largest`, `largest` (= 1),
 * `second-biggest`.
 *
 * @example
 * ```ts
 * parseRank(tokenize('fourth largest', morph)); // { kind: 'number', value: '4' }
 * ```
 */
export function parseRank(tokens: readonly Token[]): CheckValue | undefined {
  const parts = tokens.filter((t) => t.kind !== 'dash');
  if (parts.length === 0) return undefined;
  // "among the five largest", "in the top five", "one of the ten biggest": at most that rank
  const within = topRank(parts);
  if (within) return within;
  let k = 0;
  let n: number | undefined;
  const t0 = parts[0]!;
  // "1800", or "1,800" with its thousands separated by commas
  if (t0.kind === 'number' && /^(\d+|\d{1,3}(,\d{3})+)$/.test(t0.raw)) {
    n = Number(t0.raw.replace(/,/g, ''));
    k = skipSuffix(parts, 1);
  } else if (t0.kind === 'word' && ORDINALS[low(t0)] !== undefined) {
    n = ORDINALS[low(t0)];
    k = 1;
  } else if (t0.kind === 'word' && low(t0) === 'number' && parts[1]?.kind === 'number') {
    n = Number(parts[1]!.raw);
    k = 2;
  }
  if (k < parts.length) {
    if (parts.length - k !== 1 || !SUPERLATIVES.has(low(parts[k]!))) return undefined;
    n ??= 1;
    k++;
  }
  if (n === undefined || !(n >= 1)) return undefined;
  return { kind: 'number', value: String(n) };
}

const TOP_LEADS = [['among'], ['in'], ['within'], ['one', 'of'], ['among', 'top'], ['in', 'top'], ['within', 'top'], ['one', 'of', 'top']];

/** "among the N largest", "in the top N" (articles already dropped): a rank of at most N. */
function topRank(parts: readonly Token[]): CheckValue | undefined {
  const words = parts.map(low);
  for (const lead of [...TOP_LEADS].sort((a, b) => b.length - a.length)) {
    if (!lead.every((w, k) => words[k] === w)) continue;
    const rest = parts.slice(lead.length);
    const top = lead[lead.length - 1] === 'top';
    // "top five", "five largest"
    if (rest.length !== (top ? 1 : 2) || (!top && !SUPERLATIVES.has(low(rest[1]!)))) return undefined;
    const t = rest[0]!;
    const n = t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[low(t)];
    return n && n >= 2 ? { kind: 'number', value: String(n), bound: 'le' } : undefined;
  }
  return undefined;
}

/**
 * Canonical money amount from graph values.
 *
 * @example
 * ```ts
 * sameAmount({ value: '18000000000', currency: 'USD' }, { value: '1.8E10', currency: 'usd' }); // true
 * ```
 */
export function sameAmount(a: MoneyValue, b: MoneyValue): boolean {
  return a.currency.toUpperCase() === b.currency.toUpperCase() && canonicalDecimal(a.value) === canonicalDecimal(b.value);
}

/**
 * Human-readable money (`USD 18,000,000,000`).
 *
 * @example
 * ```ts
 * formatMoney({ value: '7470000', currency: 'USD' }); // 'USD 7,470,000'
 * ```
 */
export function formatMoney(m: MoneyValue): string {
  const [i = '0', f] = canonicalDecimal(m.value).split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const bound = m.bound ? `${BOUND_TEXT[m.bound]} ` : '';
  return `${bound}${m.currency} ${f ? `${grouped}.${f}` : grouped}`;
}

/** The words of each bound as the explanations write them ("more than", "nearly"): one table for every reader. */
export const BOUND_TEXT: Record<AmountBound, string> = { gt: 'more than', ge: 'at least', lt: 'less than', le: 'at most', about: 'about', 'near-under': 'nearly', 'near-over': 'just over', 'close-to': 'close to' };
