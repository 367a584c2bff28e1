/**
 * Whether a value of a slot type may start at a token: the matcher's test before it offers a typed
 * slot the spans that start there (src/check/pattern.ts, `MatchEnv.mayStart`).
 *
 * The qualifier adjuncts `{amount}` and `{year}` open with a slot, so the matcher searched both at
 * every position it reached in every pattern, twelve spans each, and read every slot that ended
 * there in case one followed (round 22's profile: the adjunct search 4.6% of a check). An amount
 * opens only with a currency, a number, a number word, a bound ("more than") or an emphasis
 * ("just"); a year with a number, "year" or a bound ("before"); a date with a number, a month or
 * an ISO date (the readers of src/check/values.ts, from their own word tables). Elsewhere no span
 * reads as such a value, so nothing is offered there.
 *
 * Premise: `parseMoney`, `parseYear` and `parseDate` read nothing from a span whose first token
 * fails the test here (tests/check/value-starts.test.ts reads spans built from those tables and
 * fails when a reader learns to open otherwise). Types not listed here may start anywhere.
 *
 * @example
 * ```ts
 * valueMayStartAt('amount', tokenize('worth US$ 5 million', morph), 0); // false: "worth" opens no amount
 * valueMayStartAt('amount', tokenize('worth US$ 5 million', morph), 1); // true
 * ```
 */
import type { SlotType } from './context-types.js';
import type { Token } from './text.js';
import { BOUND_WORDS, CARDINALS, CURRENCY_WORDS, leadingBound, MONEY_EMPHASIS, MONTHS, YEAR_BOUNDS, yearOf } from './values.js';

/**
 * False only when no span of `tokens` starting at `i` reads as a value of `type` (past the end:
 * false, a slot takes at least one token).
 *
 * @example
 * ```ts
 * valueMayStartAt('year', tokenize('in 2015', morph), 0); // false
 * ```
 */
export function valueMayStartAt(type: SlotType, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  switch (type) {
    case 'amount': return amountMayStartAt(tokens, i);
    case 'year': return yearMayStartAt(tokens, i);
    case 'date': return dateMayStart(tok);
    case 'date-or-year': return dateMayStart(tok) || yearMayStartAt(tokens, i);
    default: return true;
  }
}

const low = (t: Token): string => t.raw.toLowerCase();

// parseMoney: an emphasis word, a bound, then moneyAt: a currency sign, a currency code, "US $", a
// number or a number word (the tables looked up as the readers look them up: no stricter)
function amountMayStartAt(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.kind === 'currency' || tok.kind === 'number') return true;
  const w = low(tok);
  return MONEY_EMPHASIS.test(tok.raw) || w === 'us' || CURRENCY_WORDS[w] !== undefined || CARDINALS[w] !== undefined
    || (boundFirsts.has(w) && leadingBound(tokens, i).length > 0);
}

// the first words of the bounds (a bound is looked for only after one of them)
const boundFirsts = new Set(BOUND_WORDS.map(([ws]) => ws[0]!));
const yearBoundFirsts = new Set(YEAR_BOUNDS.map(([ws]) => ws[0]!));

// parseYear: a bound ("before", "no later than"), "year", or the year itself
function yearMayStartAt(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (yearOf(tok) !== undefined) return true;
  const w = low(tok);
  if (w === 'year') return true;
  return yearBoundFirsts.has(w) && YEAR_BOUNDS.some(([ws]) => ws.every((x, k) => tokens[i + k] !== undefined && low(tokens[i + k]!) === x));
}

// parseDate: an ISO date, a number (a day, a numeric date), or a month's name
function dateMayStart(tok: Token): boolean {
  return tok.kind === 'isodate' || tok.kind === 'number' || (tok.kind === 'word' && MONTHS[low(tok)] !== undefined);
}

// the types tested above, as indexes of the memo below
const TYPE_INDEX: Partial<Record<SlotType, number>> = { amount: 0, year: 1, date: 2, 'date-or-year': 3 };

/**
 * `valueMayStartAt` over one token list, each answer kept: the matcher asks it of the same
 * positions for every pattern of a parse.
 *
 * @example
 * ```ts
 * const mayStart = valueStarts(tokenize('worth US$ 5 million', morph));
 * mayStart('amount', 1); // true
 * ```
 */
export function valueStarts(tokens: readonly Token[]): (type: SlotType, i: number) => boolean {
  const types = 4;
  // 0: not asked yet, 1: may start, 2: may not
  const memo = new Uint8Array((tokens.length + 1) * types);
  return (type, i) => {
    if (i >= tokens.length) return false;
    const t = TYPE_INDEX[type];
    if (t === undefined) return true;
    const k = i * types + t;
    if (memo[k] === 0) memo[k] = valueMayStartAt(type, tokens, i) ? 1 : 2;
    return memo[k] === 1;
  };
}
