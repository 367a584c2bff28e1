/**
 * A number said with a fraction ("7\u00bd million", "2 1/2 weeks", "\u00a512\u2154bn") or as "N-odd" /
 * "N-some" ("50-odd members", "twenty-some percent") read as the range it names, checked as its
 * two bounds: both supported supports, either refuted refutes, anything else is not decided.
 * round 40 (fix32d, users32's F4 and F5): the value parser read "7\u00bd" as 7 (refuted by 7.47)
 * and "3\u00bd weeks" as "weeks"; "50-odd" was "about 50" and "fifty-some" was 50, so 57 refuted
 * both and 57 supported "60-odd". A fraction is a writer's rounding to its own step (halves,
 * thirds, quarters): "7\u00bd" is 7.25 to 7.75, "2\u2159" is 2 1/12 to 2 1/4. "N-odd" is more than N and
 * less than the next round figure (N plus the unit of N's last non-zero digit: "50-odd" is 51 to 59,
 * "100-odd" 101 to 199). A claim that denies is left unread (the two bounds of a denial do not
 * combine as the bounds of a statement), and so is a fraction of a day (the graph's dates give
 * whole days, and a visit's days may be counted both ends or between them).
 */
import type { CheckResult } from './types.js';
import { normalizeTypography } from './text.js';
import { restate, undecidedResult } from './result.js';

/** A range as the claim said twice, once with each bound; or why it is not read. */
export type NumberRange = { said: string; range: string; low: string; high: string } | { unread: string };

/** The vulgar fraction characters by their value (U+00BC-00BE, U+2150-215E). */
const GLYPHS: Record<string, [number, number]> = {
  '\u00BC': [1, 4], '\u00BD': [1, 2], '\u00BE': [3, 4], '\u2150': [1, 7], '\u2151': [1, 9], '\u2152': [1, 10],
  '\u2153': [1, 3], '\u2154': [2, 3], '\u2155': [1, 5], '\u2156': [2, 5], '\u2157': [3, 5], '\u2158': [4, 5],
  '\u2159': [1, 6], '\u215A': [5, 6], '\u215B': [1, 8], '\u215C': [3, 8], '\u215D': [5, 8], '\u215E': [7, 8],
};
/** A currency written before its figure. */
const CURRENCY = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|(?:USD|JPY|EUR)\s)`;
/** A bound or closeness word right before the figure: the claim's own bound, said with the fraction's value. */
const BOUND_BEFORE = /\b(?:about|around|roughly|approximately|some|nearly|almost|over|under|above|below|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+$/i;
/** A whole number and its fraction: a glyph (glued or spaced) or "M/D" after a space. */
const WITH_FRACTION = new RegExp(String.raw`(${CURRENCY}?)\s?(?<![\d.,/])(\d[\d,]*)(?:\s?([\u00BC-\u00BE\u2150-\u215E])|\s(\d{1,2})\/(\d{1,2})(?![\d/]))`);
/** A count of days after the figure ("6\u00bd days", "a 2\u00bd-day visit"). */
const DAYS_AFTER = /^(?:\s*(?:-\s*)?days?\b)/i;
/** Words of denial: the claim is left unread. */
const DENIAL = /\b(?:not|never|no|neither|nor)\b|n't\b/i;
/** Tens and round figures in words before "-odd" / "-some". */
const ROUND_WORDS: Record<string, number> = {
  ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
/** "50-odd", "fifty-some", "a hundred-odd", "twenty odd"; a closeness word before it is part of it ("some 50-odd"). */
const ODD = new RegExp(String.raw`(?:\b(?:some|about|around|roughly)\s+)?(${CURRENCY}?)\s?(?<![\d.,])(\d[\d,]*|\b(?:a\s+|one\s+)?(?:${Object.keys(ROUND_WORDS).join('|')}))(?:-(?:odd|some)|\s+odd)\b`, 'i');

/**
 * A figure in at most four decimals, without trailing zeros but never in exactly three ("12.625"
 * reads also as 12,625: src/check/dotted-thousands.ts), which get a fourth ("12.6250").
 */
const figure = (x: number): string => String(Number(x.toFixed(4))).replace(/(\.\d{3})$/, '$10');

/** The unit of a number's last non-zero digit, five for a last five (50 -> 10, 100 -> 100, 25 -> 5, 26 -> 1). */
function lastDigitUnit(n: number): number {
  let unit = 1;
  while (n % (unit * 10) === 0 && unit < n) unit *= 10;
  return unit === 1 && n % 5 === 0 ? 5 : unit;
}

/**
 * The claim said with each bound of the range its fraction or "N-odd" names, `{ unread }` when
 * the range cannot be read so, or undefined when the claim has neither.
 *
 * @example
 * ```ts
 * numberRange('Freedonia gave Sylvania US$ 7\u00bd million.');
 * // { said: 'US$ 7\u00bd', range: '7.25 to 7.75', low: 'Freedonia gave Sylvania at least US$ 7.25 million.', high: 'Freedonia gave Sylvania at most US$ 7.75 million.' }
 * numberRange('The League has 50-odd members.');
 * // { said: '50-odd', range: 'more than 50 and less than 60', low: 'The League has more than 50 members.', high: 'The League has less than 60 members.' }
 * ```
 */
export function numberRange(text: string): NumberRange | undefined {
  const t = normalizeTypography(text);
  const f = WITH_FRACTION.exec(t);
  if (f) {
    const [all, cur, whole, glyph, m, d] = f as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
    const [num, den] = glyph ? GLYPHS[glyph]! : [Number(m), Number(d)];
    if (den < 2 || num < 1 || num >= den) return undefined;
    const said = all.trim();
    if (DENIAL.test(t)) return { unread: `"${said}" names a range (a figure with a fraction), and a denial of it is not read` };
    const rest = t.slice(f.index + all.length);
    if (DAYS_AFTER.test(rest.replace(/^\s*(?:a\s+)?/, ''))) return { unread: `"${said}" counts days with a fraction, and the graph's dates give whole days only` };
    const value = Number(whole.replace(/,/g, '')) + num / den;
    const head = t.slice(0, f.index);
    const lead = head && !/\s$/.test(head) ? ' ' : '';
    const at = (bound: string, x: number): string => `${head}${lead}${bound}${cur}${figure(x)}${rest}`;
    // "about 7\u00bd million": the claim's own bound, with the fraction's value
    if (BOUND_BEFORE.test(head)) return { said, range: figure(value), low: at('', value), high: at('', value) };
    const half = 1 / (2 * den);
    return { said, range: `${figure(value - half)} to ${figure(value + half)}`, low: at('at least ', value - half), high: at('at most ', value + half) };
  }
  const o = ODD.exec(t);
  if (!o) return undefined;
  const [all, cur, n] = o as unknown as [string, string, string];
  const said = all.trim();
  if (DENIAL.test(t)) return { unread: `"${said}" names a range (more than the figure, below the next round one), and a denial of it is not read` };
  const value = ROUND_WORDS[n.toLowerCase().replace(/^(?:a|one)\s+/, '')] ?? Number(n.replace(/,/g, ''));
  if (!(value > 0)) return undefined;
  const next = value + lastDigitUnit(value);
  const head = t.slice(0, o.index);
  const rest = t.slice(o.index + all.length);
  const lead = head && !/\s$/.test(head) ? ' ' : '';
  return {
    said, range: `more than ${value} and less than ${next}`,
    low: `${head}${lead}more than ${cur}${value}${rest}`, high: `${head}${lead}less than ${cur}${next}${rest}`,
  };
}

/**
 * The claim decided by the two bounds of its range: both supported supports (the first bound's
 * evidence and reading), either refuted refutes (that bound's), otherwise not decided with the
 * reading shown; undefined when neither bound is read.
 */
export async function decideNumberRange(text: string, r: Exclude<NumberRange, { unread: string }>, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const low = await recheck(r.low);
  const high = r.high === r.low ? low : await recheck(r.high);
  const read = `"${r.said}" read as ${r.range}`;
  const told = (x: CheckResult, claim: string): CheckResult => restate(x, text, { explanation: `Read as "${claim.trim()}" (${read}). ${x.explanation}` });
  if (low?.verdict === 'REFUTED') return told(low, r.low);
  if (high?.verdict === 'REFUTED') return told(high, r.high);
  if (low?.verdict === 'SUPPORTED' && high?.verdict === 'SUPPORTED') {
    const claim = r.high === r.low ? r.low : `${r.low.trim()} / ${r.high.trim()}`;
    return { ...told(low, claim), evidence: [...low.evidence, ...high.evidence.filter((e) => !low.evidence.some((l) => l.claim === e.claim))] };
  }
  const seen = low ?? high;
  if (!seen) return undefined;
  return undecidedResult(told(seen, seen === low ? r.low : r.high), `Not decided: ${read}; ${low ? `"${r.low.trim()}" is ${low.verdict}` : `"${r.low.trim()}" is not read`} and ${high ? `"${r.high.trim()}" is ${high.verdict}` : `"${r.high.trim()}" is not read`}. ${seen.explanation}`);
}
