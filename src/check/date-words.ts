/**
 * Dates and spans said in words (round 19, issue 15):
 *
 * - a day of the month spelled as an ordinal: "on the first of November 2015", "November the
 *   twenty-eighth, 2015" are "on the 1st of November 2015", "November 28th, 2015", the notation
 *   the date readers read (a word list of the ordinals: compromise would put non-ASCII text into
 *   the CLI bundle, which tests/cli/bundle.test.ts keeps plain ASCII);
 * - a span said with "separate": "N separate(s) X from Y", "N separated X and Y", "X and Y are
 *   separated by N" are "N passed between X and Y", which the span readers (src/check/spans.ts)
 *   compare with the dates the graph gives both sides.
 *
 * Both are rewrites of words only; the verdict is the rewritten claim's. Nothing here knows an
 * entity.
 */
import { normalizeTypography } from './text.js';
import { MONTH_WORD as MONTH } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

/** An ordinal in words: one word or a hyphenated / spaced tens-and-unit pair ("twenty-eighth", "thirty first"). */
const ORDINAL_WORDS = String.raw`((?:twenty|thirty)[\s-])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** The number of a spelled ordinal from 1 to 31; undefined otherwise. */
function ordinalNumber(tens: string | undefined, unit: string): number | undefined {
  const u = unit.toLowerCase();
  const base = u === 'thirtieth' ? 30 : UNITS.indexOf(u) + 1;
  if (base < 1) return undefined;
  const t = tens?.trim().replace(/[\s-]$/, '').toLowerCase();
  const n = !t ? base : base <= 9 ? (t === 'twenty' ? 20 : 30) + base : 0;
  return n >= 1 && n <= 31 ? n : undefined;
}

/** "st", "nd", "rd", "th" for a day. */
function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/**
 * The claim with a spelled ordinal day written in digits; undefined when it has none.
 *
 * @example
 * ```ts
 * spelledDayRewrite('The gala ended on the first of November 2015.'); // 'The gala ended on the 1st of November 2015.'
 * spelledDayRewrite('The gala ended on November the third, 2015.'); // 'The gala ended on November 3rd, 2015.'
 * ```
 */
export function spelledDayRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const dayFirst = cachedRegExp(String.raw`\bthe\s+${ORDINAL_WORDS}\s+(?:day\s+)?of\s+(${MONTH})\b`, 'gi');
  const monthFirst = cachedRegExp(String.raw`\b(${MONTH})\s+(?:the\s+)?${ORDINAL_WORDS}\b`, 'gi');
  let changed = false;
  let out = t.replace(dayFirst, (all, tens: string | undefined, unit: string, month: string) => {
    const n = ordinalNumber(tens, unit);
    if (!n) return all;
    changed = true;
    return `the ${n}${suffix(n)} of ${month}`;
  });
  out = out.replace(monthFirst, (all, month: string, tens: string | undefined, unit: string) => {
    const n = ordinalNumber(tens, unit);
    if (!n) return all;
    changed = true;
    return `${month} ${n}${suffix(n)}`;
  });
  return changed ? out : undefined;
}

/** A bound before a length of time ("about", "less than", "barely"). */
const LENGTH_BOUND = '(?:about|around|roughly|approximately|some|nearly|almost|just\\s+over|just\\s+under|over|under|more\\s+than|less\\s+than|at\\s+least|at\\s+most|barely|only|just)';
// the shapes of separateSpanRewrite, compiled once (it is asked of every text a reader rechecks)
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
const SEPARATE_ACTIVE = cachedRegExp(String.raw`^(.*?\b${UNIT})\s+(?:separates?|separated)\s+(.+?)\s+(?:from|and)\s+(.+)$`, 'i');
const SEPARATE_PASSIVE = cachedRegExp(String.raw`^(.+?)\s+and\s+(.+?)\s+(?:are|were|is|was)\s+separated\s+by\s+(.*?\b${UNIT})$`, 'i');
// round 35: more nouns of a gap ("lag", "span", "stretch"), the time "that elapsed / passed between"
const GAP_NOUN = String.raw`(?:gap|time|interval|time\s+span|time\s+gap|period|lag|time\s+lag|span|stretch|space)(?:\s+(?:that|which)\s+(?:elapsed|passed|went\s+by|lay))?`;
const GAP_BETWEEN = cachedRegExp(String.raw`^(?:the\s+)?${GAP_NOUN}\s+between\s+(.+?)\s+and\s+(.+?)\s+(?:was|is|came\s+to|amounted\s+to)\s+((?:${LENGTH_BOUND}\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|\d+(?:\.\d+)?)(?:\s+and\s+a\s+half)?\s+${UNIT})$`, 'i');

/**
 * A span said with "separate" or as a gap between two things (round 30), said as "N passed between X
 * and Y"; undefined otherwise. The span must open with a length (a number, "a", "about", "less than", "more than", "nearly" ...).
 *
 * @example
 * ```ts
 * separateSpanRewrite('About eleven months separate the gala from the summit.'); // 'About eleven months passed between the gala and the summit.'
 * separateSpanRewrite('The gala and the summit were separated by two years.'); // 'Two years passed between the gala and the summit.'
 * separateSpanRewrite('The gap between the gala and the summit was about a year.'); // 'About a year passed between the gala and the summit.'
 * ```
 */
export function separateSpanRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (/\b(?:not|never|no)\b|n't\b|\?$/i.test(t)) return undefined;
  const active = SEPARATE_ACTIVE.exec(t);
  if (active && !/\b(?:separates?|separated)\b/i.test(active[1]!)) {
    return `${active[1]!.replace(/^[a-z]/, (c) => c.toUpperCase())} passed between ${active[2]} and ${active[3]}.`;
  }
  const passive = SEPARATE_PASSIVE.exec(t);
  if (passive) return `${passive[3]!.replace(/^[a-z]/, (c) => c.toUpperCase())} passed between ${passive[1]!.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())} and ${passive[2]}.`;
  // round 30: the span as a noun ("The gap between X and Y was about a year"); only a span that
  // opens with a length and ends with a unit of time (an amount's gap is the difference reader's)
  // round 35: more nouns of a gap ("lag", "span", "stretch"), the time "that elapsed / passed
  // between", and a count with a half ("six and a half weeks", read whole by the span reader)
  const noun = GAP_BETWEEN.exec(t);
  if (noun) return `${noun[3]!.replace(/^[a-z]/, (c) => c.toUpperCase())} passed between ${noun[1]} and ${noun[2]}.`;
  return undefined;
}
