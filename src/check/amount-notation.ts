/**
 * Amounts in the shorthand of headlines and posts, and bound phrases the value parser does not
 * take, said again in the words the patterns read (round 12):
 *
 * - a headline's colon: "Canal: est. cost ~US$5bn" is "Canal's estimated cost is about US$5bn";
 *   "Canal line: shorter than 90 km" is "Canal line is shorter than 90 km"; "Canal: 40 locks" is
 *   "Canal has 40 locks". A headline has no tense, so it is said in the present and in the future
 *   ("will be": a planned thing's figures are the source's expectations); the readings the graph
 *   decides must agree.
 * - shorthand: "est." (estimated), "approx.", "c.", "ca.", "~" (about), "bcm" (billion cubic
 *   metres), "m³", "m3", "cu m" (cubic metres), "/yr", "p.a." (a year), "1.8 thousand" (1,800);
 * - bound phrases: "in the region of", "in the order of" (about), "upwards of", "in excess of",
 *   "north of" (more than), "shy of" (less than) before a value;
 * - "V worth of N were signed ...", "five billion dollars' worth of N ...": "N worth V were signed ..." (the
 *   amount after its noun).
 * - (round 25, from enumerated families) digits grouped by spaces, "pc" / "pct" (percent), "circa",
 *   "south of", "4th-largest", scale abbreviations before a unit ("12 bn cu m"), count words ("a
 *   couple of", "half a dozen", "N out of M", "just a single"); a verb of exceeding or falling short
 *   before a value (`valueVerbRewrite`); a bound said with closeness ("just under N": the bound
 *   and about N, `nearBoundRewrite`; since round 31 one closeness word).
 *
 * Nothing here knows an entity; the verdict is the graph's on the claim in those words.
 */
import { ORDINALS, SCALES, SCALE_WORDS } from './values.js';

import type { CheckContext } from './context.js';
import { normalizeTypography } from './text.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { agreeingRewrites } from './package-names.js';
import { combineParts } from './rank-words.js';
import { alternation, comparisonWords, perLexicon } from './lexicon-words.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { wellMargin, type WellMargin } from './well-margin.js';
import { CLOSE_BEYOND } from './closeness.js';
import { expandNoteAbbreviations, isOneName, nameNoteReadings, noteParts, withoutMaximum } from './note-topics.js';
import { cachedRegExp } from './regex-memo.js';

/** Ordinal words by their number (2 -> "second"), from the value parser's table. */
const ORDINAL_WORDS: Record<number, string> = Object.fromEntries(Object.entries(ORDINALS).map(([w, n]) => [n, w]));
const MONTH_OR_DAY = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|week|weeks|day|days|of|century|centuries`;
const ORDINAL_BEFORE_NOUN = new RegExp(String.raw`\b(the|its|their|his|her|\w+'s)\s+(\d{1,2})(?:st|nd|rd|th)\s+(?!(?:${MONTH_OR_DAY})\b)(?=[A-Za-z])`, 'gi');
/** The scale words in full by their power of ten (6 -> "million"). */
const SCALE_NAMES: Record<number, string> = { 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion' };
/**
 * A scale word's abbreviation after a number before a unit (the value parser's table less its
 * words in full and the one-letter "k", "m", "b", which also abbreviate units): the quantity
 * patterns read "12 billion cubic metres"; an amount of money ("$5bn", "240 mln USD") the value
 * parser reads as it is, so it is left.
 */
const SCALE_SHORT = new RegExp(String.raw`(?<!(?:[$\u00A5\u20AC\u00A3]|\b(?:USD|JPY|EUR))\s?\d[\d.,]*)(?<=\d)\s*(${Object.keys(SCALES).filter((w) => w.length > 1 && !/^(?:thousand|million|billion|trillion)s?$/.test(w)).sort((a, b) => b.length - a.length).join('|')})\b(?=\s+(?!(?:US\s+)?(?:dollars?|yen|euros?|usd|jpy|eur)\b)[a-z])`, 'gi');

/** A value opens here: a bound word, a currency, a number. */
const VALUE_START = String.raw`(?:(?:about|around|roughly|approximately|some|nearly|almost|over|under|more than|less than|at least|at most|up to|(?:shorter|longer|larger|bigger|smaller|higher|lower|greater|cheaper)\s+than)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d)`;
const MONEY = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s)?\s?\d[\d.,]*\s*(?:${SCALE_WORDS})?(?:\s+(?:US\s+)?(?:dollars|yen|euros)'?)?`;

/** A number in full digits of a million or more (grouped by commas) before a word that is no currency. */
const FULL_DIGITS = /(?<![\d.,$\u00A5\u20AC\u00A3]|(?:USD|JPY|EUR|US\$)\s?)(\d{1,3}(?:,\d{3}){2,4})(?![\d,]|\.\d)(?=\s+(?!(?:US\s+)?(?:dollars?|yen|euros?|pounds?|usd|jpy|eur)\b)[a-z])/gi;

/** A full-digit number with its scale word ("33,000,000,000" -> "33 billion"), when exact in at most three decimals. */
function scaledNumber(digits: string): string | undefined {
  const n = Number(digits.replace(/,/g, ''));
  for (const power of [12, 9, 6]) {
    const v = n / 10 ** power;
    if (v >= 1 && Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6) return `${Number(v.toFixed(3))} ${SCALE_NAMES[power]}`;
  }
  return undefined;
}

/**
 * "no. 2 among [the] [League's] members" (a rank, a number after "no." / "number" / "#", among a
 * plural noun at the end of the claim or before its question mark).
 */
const RANK_AMONG = /(?:\bthe\s+)?(?:\bno\.|\bnumber|#)\s*(\d{1,2}|one|two|three|four|five)\s+among\s+(?:the\s+)?((?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)'s)?\s*((?:[A-Za-z-]+\s+){0,2}[a-z-]+s)(?=\s*[?.!]*\s*$)/;

/** A plural noun phrase's last word in the singular ("League shareholders" -> "League shareholder"). */
function singular(phrase: string): string {
  return phrase.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1');
}

/** A fraction's denominator in words ("10" -> "tenth"), the ones the multiples reader reads. */
const FRACTION_WORDS: Record<string, string> = { 2: 'half', 3: 'third', 4: 'quarter', 5: 'fifth', 10: 'tenth', 100: 'hundredth' };
/** A month's name, abbreviated or in full, in full. */
const MONTH_SHORT: Record<string, string> = Object.fromEntries([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
].flatMap((m) => [[m.toLowerCase(), m], [m.slice(0, 3).toLowerCase(), m]]).concat([['sept', 'September']]));

/** The shorthand of a post, in words (applied everywhere in the claim). */
const SHORTHAND: Array<[RegExp, string | ((all: string, ...groups: string[]) => string)]> = [
  [/\best\.?(?=\s+[a-z])/gi, 'estimated'],
  // (round 32, users24 "Canal: approx. 1.8k km long") a thousand as "k" glued to its number, before
  // a unit or the end ("1.8k km", "5k"); "18km" is a unit, not "18k m"
  [/(?<=\d)k(?=\s|$|[,;)])/g, ' thousand'],
  // (round 25) digits grouped by spaces, as SI and ISO write them ("100 000 000 000"): commas
  [/(?<![\d,.])(\d{1,3})((?:[ \u00A0\u2009\u202F]\d{3})+)(?![\d,]|\.\d)/g, (all: string, head: string, groups: string) => `${head}${groups.replace(/[ \u00A0\u2009\u202F]/g, ',')}`],
  // (round 25) a scale word's abbreviation after a number in full ("12 bn cu m", "240 mln USD"),
  // from the value parser's table: the quantity patterns read "billion", not "bn"
  [SCALE_SHORT, (all: string, scale: string) => ` ${SCALE_NAMES[SCALES[scale.toLowerCase()]!]}`],
  // (round 25) count words said as their number: "a couple of" / "a pair of" (two), "half a
  // dozen" (six), "N out of [the] M" (N of the M), "just / only a single" (just / only one);
  // "a handful of" is the vague count the readers call "several" (at least two)
  [/\b(?:a\s+couple\s+of|a\s+pair\s+of)\s+(?=[a-z])(?!(?:hours?|days?|weeks?|months?|years?|decades?)\b)/gi, 'two '],
  [/\b(?:half\s+a\s+dozen|a\s+half[\s-]dozen)\s+(?=[a-z])/gi, 'six '],
  [/\ba\s+handful\s+of\s+(?=[a-z])(?!(?:hours?|days?|weeks?|months?|years?|decades?)\b)/gi, 'several '],
  [/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+out\s+of\s+(?:the\s+)?(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/gi, '$1 of the '],
  [/\b(just|only)\s+a\s+single\b/gi, '$1 one'],
  // (round 25) "40 pc", "40 pct", "40 p.c.", "40 per-cent": percent, only after a number
  [/(?<=\d)\s*(?:pc|pct|p\.c\.|per-cent)(?=\W|$)/gi, ' percent'],
  // (round 25) "4th-largest", "2nd biggest": the ordinal in words before a superlative
  [/\b(\d{1,2})(?:st|nd|rd|th)[\s-]+(?=[a-z]+est\b)/gi, (all: string, n: string) => (ORDINAL_WORDS[Number(n)] ? `${ORDINAL_WORDS[Number(n)]} ` : all)],
  // (round 35, lead; users27 "the 1st Japanese PM to set foot in ...") an ordinal in digits after a
  // determiner or a possessive before a noun phrase: the ordinal in words, as the rank and
  // first-visitor readers read it. Not a day of a month ("the 1st of June", "the 22nd October"),
  // nor a weekday's rank in a month ("the 2nd Saturday": src/check/ordinal-weekday.ts reads it).
  [ORDINAL_BEFORE_NOUN, (all: string, det: string, n: string) => (ORDINAL_WORDS[Number(n)] ? `${det} ${ORDINAL_WORDS[Number(n)]} ` : all)],
  // (round 25) "26-odd percent": about the number
  [/\b(\d[\d,.]*)-odd\b/gi, 'about $1'],
  // (round 31, lead) not "close to": the value parser reads it itself, as "about" or "nearly"
  // (src/check/closeness.ts), and said again as "about" it lost the second reading
  // (round 33, users25 "League authorised capital = 100 bn USD", "canal price tag \u2248 $10 billion") a
  // pasted note's "=", "\u2248" or "~" between its topic and its value, the first sign of a claim
  // with no colon before it: the note's colon, "\u2248" and "~" read as "about"
  [/^([^:=\u2248~?]{2,80}?)\s*(=|\u2248|~)\s*(?=(?:(?:about|around|roughly|approximately|some|nearly|almost|over|under|up to|more than|less than|at least|at most)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d))/i,
    (all: string, topic: string, sign: string) => `${topic}: ${sign === '=' ? '' : 'about '}`],
  [/\u2248\s*(?=(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/g, 'about '],
  // (round 33, users25 "33,000,000,000 cubic metres") a quantity in full digits before its unit:
  // the number and its scale word, as the quantity patterns read it ("33 billion cubic metres");
  // an amount of money the value parser reads as it is
  [FULL_DIGITS, (all: string, n: string) => scaledNumber(n) ?? all],
  // (round 33, users25 "Is Sylvania no. 2 among League shareholders?") a rank with "no." / "number"
  // among a plural noun: "the no. 2 League shareholder", "the League's no. 2 member", as the rank
  // readers read it
  [RANK_AMONG, (all: string, rank: string, owner: string | undefined, noun: string) => `the ${owner ? `${owner} ` : ''}no. ${rank} ${singular(noun)}`],
  [/\b(?:approx\.?|appx\.?|approx|circa|ca\.|c\.)(?=\s*(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'about'],
  [/~\s*(?=(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/g, 'about '],
  // (round 24) also glued to its number ("33bcm/yr")
  [/(?:\b|(?<=\d))(bcm|tcm)\s*(?:\/\s*(?:yr|year|annum)|p\.?a\.?|a year|per year|annually)(?=\W|$)/gi, ' $1 a year'],
  [/(?:\b|(?<=\d))bcm\b/gi, ' billion cubic metres'],
  // "33 billion m³ / m3 / cu m": cubic metres after a number or a scale word
  [/(?<=(?:\d|\b(?:million|billion|trillion|mn|bn|tn))\s*)(?:m\u00B3|m3|m\^3|cu\.?\s?m)(?=\W|$)/gi, ' cubic metres'],
  [/(?:\b|(?<=\d))tcm\b/gi, ' trillion cubic metres'],
  [/\s*\/\s*(?:yr|year)\b/gi, ' a year'],
  // (round 29) units of time abbreviated after a number ("3 wks", "6 yrs", "100 hrs"): in full
  [/(?<=\d\s*)(?:wks?)\.?(?=\W|$)/gi, (all: string) => (/s/i.test(all) ? ' weeks' : ' week')],
  [/(?<=\d\s*)(?:yrs?)\.?(?=\W|$)/gi, (all: string) => (/s/i.test(all) ? ' years' : ' year')],
  [/(?<=\d\s*)(?:hrs?)\.?(?=\W|$)/gi, (all: string) => (/s/i.test(all) ? ' hours' : ' hour')],
  [/(?<=\d\s*)(?:mos|mths?)\.?(?=\W|$)/gi, ' months'],
  // (round 30) a fraction in figures before "of" ("under 1/100 of", "1/5 of"): in words, as the
  // multiples reader reads it ("a hundredth of"); not a date ("1/5/2016") nor a larger numerator
  [/(?<![\d/.,])1\s?\/\s?(2|3|4|5|10|100)(?![\d/])(?=\s+of\b)/g, (all: string, d: string) => `a ${FRACTION_WORDS[d]}`],
  // (round 30) initials in lower case with stops ("u.s.", "u.k."), as a chat writes a name: in
  // capitals, as names are written; not the abbreviations of prose ("e.g.", "i.e.", "a.m.", "p.m.")
  [/(?<![\w.])(?!(?:e\.g|i\.e|a\.m|p\.m)\.)([a-z])\.([a-z])\.(?=\s|$|[,;:?!)])/g, (all: string, a: string, b: string) => `${a.toUpperCase()}.${b.toUpperCase()}.`],
  // (round 30) a month with a two-digit year ("Dec. '95", "Oct '15"): month and year in full, the
  // two digits read as POSIX reads them (69-99 the 1900s, 00-68 the 2000s)
  [new RegExp(String.raw`\b(${Object.keys(MONTH_SHORT).join('|')})\.?\s+'(\d{2})\b(?!')`, 'gi'), (all: string, m: string, y: string) => `${MONTH_SHORT[m.toLowerCase()]} ${Number(y) >= 69 ? 19 : 20}${y}`],
  [/\b(?:in the (?:region|order) of)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d|[a-z]+\s+(?:million|billion|trillion|hundred|thousand)))/gi, 'about'],
  [/\b(?:upwards of|in excess of|north of)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d|[a-z]+\s+(?:million|billion|trillion|hundred|thousand)))/gi, 'more than'],
  [/\b(?:just\s+)?shy of(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'less than'],
  // (round 25) "south of $20bn" is less than it; "well over / well under" a bound with a margin,
  // read as the bound ("just / a little under" is the bound AND about the figure: nearBounds)
  [/\bsouth of(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'less than'],
  [/\bwell\s+(?:over|above)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'more than'],
  [/\bwell\s+(?:under|below)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'less than'],
];

/**
 * The claim with its shorthand and bound phrases in words; undefined when nothing changes.
 *
 * @example
 * ```ts
 * shorthandRewrite('The canal will cost upwards of $5 billion.'); // 'The canal will cost more than $5 billion.'
 * ```
 */
export function shorthandRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  let out = t;
  for (const [re, to] of SHORTHAND) out = typeof to === 'string' ? out.replace(re, to) : out.replace(re, to as (s: string, ...g: string[]) => string);
  // "1.8 thousand kilometres": the whole number the scale word makes (a thousand has no short
  // scale the value parsers read, as "billion" has); left as it is when it is no whole number
  out = out.replace(/\b(\d+\.\d+)\s+thousand\b/gi, (all: string, n: string) => {
    const v = Math.round(Number(n) * 1000 * 1e6) / 1e6;
    return Number.isInteger(v) ? v.toLocaleString('en-US') : all;
  }).replace(/\s{2,}/g, ' ');
  // "US$ 5 billion worth of energy deals were signed ...": the amount after its noun
  const worth = cachedRegExp(String.raw`^(${MONEY})\s+worth\s+of\s+(.+?)\s+(was|were|has been|have been|had been)\s+`, 'i').exec(out);
  if (worth) out = `${worth[2]![0]!.toUpperCase()}${worth[2]!.slice(1)} worth ${worth[1]!.trim().replace(/'$/, '')} ${worth[3]} ${out.slice(worth[0].length)}`;
  return out !== t ? out : undefined;
}

/**
 * A headline's colon said as a sentence, each way it may be read (see the module comment);
 * empty when the claim is no "X: value" headline.
 *
 * @example
 * ```ts
 * headlineReadings(ctx, 'Canal: est. cost ~US$5bn');
 * // ["Canal's estimated cost is about US$5bn", "Canal's estimated cost will be about US$5bn"]
 * ```
 */
export function headlineReadings(ctx: CheckContext, text: string): string[] {
  const t = (shorthandRewrite(text) ?? normalizeTypography(text).trim()).replace(/[.!]+$/, '');
  // (round 32) a note's spaced dash as its colon ("Canal length - 90 km"): src/check/note-topics.ts
  const note = noteParts(t);
  if (!note || !/\d/.test(note.value)) return [];
  // (round 32) a note's abbreviations in full, and a maximum word as the value's bound ("Canal max
  // capacity: 5 bcm" is "Canal capacity: up to 5 bcm")
  const bare = withoutMaximum(ctx, expandNoteAbbreviations(ctx, note.topic));
  const left = bare.topic;
  let right = note.value;
  if (bare.maximum) {
    // a bare figure is the bound; a figure with another bound word ("max capacity: about 5") is left
    if (/^(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d)/.test(right)) right = `up to ${right}`;
    else if (!/^up to\b/i.test(right)) return [];
  }
  const out: string[] = [];
  const said = (subject: string, rest: string): void => {
    out.push(`${subject} is ${rest}`, `${subject} will be ${rest}`);
    // "X: up to 33 bcm/yr": a volume a year is what the thing carries (round 24)
    if (/\bcubic\s+met(?:re|er)s\b.*\b(?:a|per)\s+year$/i.test(rest)) out.push(`${subject} carries ${rest}`, `${subject} will carry ${rest}`);
  };
  // the thing and its attribute: "Canal line capacity" as "Canal line's capacity" where a name ends
  const words = left.split(/\s+/);
  const owners: Array<[string, string]> = [];
  for (let k = words.length - 1; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    const noun = words.slice(k).join(' ');
    if (/^[a-z]/.test(noun) && isOneName(ctx, name)) {
      owners.push([name, noun]);
      break;
    }
  }
  if (cachedRegExp(`^${VALUE_START}`, 'i').test(right)) {
    said(left, right);
    for (const [name, noun] of owners) said(`${name}'s ${noun}`, right);
    // (round 32) a bare count after a name and its noun: "League founders: 12" is "League has 12 founders"
    if (/^\d[\d,]*$/.test(right)) for (const [name, noun] of owners) out.push(`${name} has ${right} ${noun}`);
    return out;
  }
  // "est. cost ~US$5bn": an attribute, then its value
  // (lower case: "Freedonia signed deals worth $5bn" after a colon is a quote, not an attribute)
  const v = cachedRegExp(`^([a-z][a-z -]*?)\\s+(${VALUE_START}.*)$`).exec(right);
  if (v && isOneName(ctx, left)) said(`${left}'s ${v[1]}`, v[2]!);
  // "40 locks": a count the thing has
  else if (/^\d[\d,]*\s+[a-z]/i.test(right) && isOneName(ctx, left)) out.push(`${left} has ${right}`);
  return out;
}

/**
 * A headline with several values after its colon ("Canal: ~90km long, up to 5bcm/yr"): one
 * headline per value ("Canal: ~90km long", "Canal: up to 5bcm/yr"); undefined for any other claim
 * (round 24). Each part must open with a value, so a list of names is not cut.
 *
 * @example
 * ```ts
 * headlineParts('Canal: ~90km long, up to 5bcm/yr'); // ['Canal: ~90km long', 'Canal: up to 5bcm/yr']
 * ```
 */
export function headlineParts(text: string): string[] | undefined {
  const t = (shorthandRewrite(text) ?? normalizeTypography(text).trim()).replace(/[.!]+$/, '');
  const m = /^([^:;,.?]{2,80}?)\s*:\s+(.+)$/.exec(t);
  if (!m) return undefined;
  const values = m[2]!.split(/\s*(?:,|;)\s+(?:and\s+)?|\s+and\s+(?=\S*\d|about\b|up to\b)/);
  if (values.length < 2 || values.length > 4 || !values.every((v) => cachedRegExp(`^${VALUE_START}`, 'i').test(v))) return undefined;
  return values.map((v) => `${m[1]}: ${v}`);
}

/** Each part of a headline read as a headline; combined by the compound rule. */
async function readHeadlineParts(ctx: CheckContext, text: string, parts: string[], recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const read: Array<{ part: string; r: CheckResult }> = [];
  for (const part of parts) {
    const o = await agreeingRewrites(part, headlineReadings(ctx, part).map((claim) => ({ claim, note: 'a headline\'s "X: value" said as a sentence' })), recheck);
    const r = !o ? undefined : 'decided' in o ? o.decided : o.held;
    if (!r) return undefined;
    read.push({ part, r });
  }
  const r = combineParts(text, read, 'a headline with several values, each read as its own headline');
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
}

/**
 * A value qualified by a word in brackets at the end ("capitalised at $100bn (authorised)", "will
 * cost $10bn (estimated)"): the claim without it and the word; undefined for any other claim.
 *
 * @example
 * ```ts
 * parenthesisedQualifier('The bank is capitalised at $5bn (authorised).'); // { claim: 'The bank is capitalised at $5bn', word: 'authorised' }
 * ```
 */
export function parenthesisedQualifier(text: string): { claim: string; word: string } | undefined {
  const m = /^(.*(?:\d[a-z]{0,3}|\b(?:million|billion|trillion|bn|mn|tn|[mb]|km|kilometres|dollars|yen|year)))\s*\(\s*([a-z]+)\.?\s*\)\s*[.!]?\s*$/i.exec(normalizeTypography(text).trim());
  return m ? { claim: m[1]!, word: m[2]!.toLowerCase() } : undefined;
}

/**
 * The claim without its bracketed qualifier, decided only when the reading's property names the
 * word ("authorised" in an authorised capital, "estimated" in an estimated cost): the bracket then
 * says what the property already does. Any other reading is held with the word shown (round 24).
 */
async function readQualified(text: string, q: { claim: string; word: string }, recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const r = await recheck(q.claim);
  if (!r) return undefined;
  const property = r.interpretation.predicate.replace(/^.*[#/]/, '');
  const named = property.toLowerCase().includes(q.word.replace(/(?:ed|d)$/, ''));
  const told: CheckResult = {
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `"(${q.word})" ${named ? 'is named by the property read' : 'is not named by the property read, so not checked'}`] },
    explanation: `Read as "${q.claim}" with "(${q.word})" ${named ? `said by the property itself (${property})` : 'not checked'}. ${r.explanation}`,
  };
  return named && r.verdict !== 'NOT_ENOUGH_INFO' ? { decided: told } : { held: undecidedResult(told) };
}

/** A value said right after a verb: a currency or a digit (a bound word is no value verb's object). */
const VALUE_NEXT = String.raw`(?=(?:US\$|\$|\u00A5|\u20AC|\u00A3|\u20B9|(?:USD|JPY|EUR)\s|\d))`;
/** Modal and auxiliary words before a verb's base form, said again before "be". */
const MODAL = String.raw`will|would|may|might|could|can|should|must|won't|wouldn't|can't|cannot|couldn't|shouldn't|mustn't|will\s+not|would\s+not|may\s+not|might\s+not|could\s+not|can\s+not|should\s+not|must\s+not|to`;
/** Contracted denials and their affirmative auxiliaries ("won't" -> "will"). */
const AFFIRMED: Record<string, string> = {
  "doesn't": 'does', "don't": 'do', "didn't": 'did', "won't": 'will', "wouldn't": 'would', "can't": 'can', cannot: 'can',
  "couldn't": 'could', "shouldn't": 'should', "mustn't": 'must', "hasn't": 'has', "haven't": 'have', "hadn't": 'had',
  "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were',
};
/** Past forms of the comparison verbs that do not end in "-ed". */
const IRREGULAR_PAST = /^(?:fell|outdid|overtook|went)\b/i;

/**
 * The lexicon's verbs of exceeding, and the shape of an auxiliary and a verb of exceeding or falling
 * short before a value: built once per lexicon (the rewrite is asked of every text a reader
 * rechecks, and sorting the verbs into an alternation each time was most of its cost).
 */
const valueVerbs = perLexicon((ctx): { exceed: ReadonlySet<string>; re: RegExp } => {
  const words = comparisonWords(ctx);
  return {
    exceed: new Set(words.exceed),
    re: cachedRegExp(String.raw`\b(?:(does\s+not|doesn't|do\s+not|don't|did\s+not|didn't|has(?:\s+not)?|have(?:\s+not)?|had(?:\s+not)?|hasn't|haven't|hadn't|(?:is|are|was|were)(?:\s+not)?|isn't|aren't|wasn't|weren't|(?:${MODAL})\s+(?:be|have\s+been)|${MODAL})\s+)?(${alternation([...words.exceed, ...words.fallShort])})\s+${VALUE_NEXT}`, 'i'),
  };
});

/**
 * The claim with a verb of exceeding or falling short before a value said as the copula and its
 * bound (round 25): "X's length tops 1,500 km" -> "X's length is more than 1,500 km", "won't
 * exceed V" -> "won't be more than V", "fell short of V" -> "was less than V", "is dwarfed by V"
 * -> "is less than V". The verbs are the lexicon's (`cg:exceedVerb`, `cg:fallShortVerb`); the
 * tense, the modal and a "not" are kept. Undefined when no such verb stands before a value.
 *
 * @example
 * ```ts
 * valueVerbRewrite(ctx, "The canal's length does not exceed 90 km."); // "The canal's length is not more than 90 km."
 * ```
 */
export function valueVerbRewrite(ctx: CheckContext, text: string): string | undefined {
  const { exceed, re } = valueVerbs(ctx);
  const m = re.exec(text);
  if (!m) return undefined;
  const aux = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const verb = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const passive = / by$/.test(verb);
  // the falling-short list holds the passives ("exceeded by"): a value below the one said; a
  // denied verb is the other bound with the figure allowed ("does not exceed V": no more than V)
  const denied = /\bnot\b|n't$|^cannot$/.test(aux);
  const above = exceed.has(verb);
  const bound = denied ? (above ? 'no more than' : 'no less than') : above ? 'more than' : 'less than';
  const base = denied ? (AFFIRMED[aux] ?? aux.replace(/\s+not\b/, '')) : aux;
  let copula: string | undefined;
  if (passive) copula = /^(?:is|are|was|were)$/.test(base) || /\bbe(?:en)?$/.test(base) ? base : undefined;
  else if (!base) copula = IRREGULAR_PAST.test(verb) || /^\S+ed\b/.test(verb) ? 'was' : /^\S+s\b/.test(verb) ? 'is' : 'are';
  else if (base === 'does') copula = 'is';
  else if (base === 'do') copula = 'are';
  else if (base === 'did') copula = 'was';
  else if (/^(?:has|have|had)$/.test(base)) copula = `${base} been`;
  else if (/^(?:is|are|was|were)$/.test(base) || /\bbe(?:en)?$/.test(base)) copula = undefined;
  else copula = `${base} be`;
  if (!copula) return undefined;
  return `${text.slice(0, m.index)}${copula} ${bound} ${text.slice(m.index + m[0].length)}`;
}

/** "just under", "a little over", "barely above", "just short of" before a value. */
const NEAR_BOUND = cachedRegExp(String.raw`\b(?:just|slightly|a\s+little|a\s+bit|marginally|barely)\s+(under|below|over|above|short\s+of)\s+${VALUE_NEXT}`, 'i');

/**
 * A bound said with closeness ("just under 2,000 km", "a little over $5bn", "barely above") in the
 * one closeness word the value parser reads for its side, "nearly" or "just over", so the one
 * closeness rule (src/check/closeness.ts) decides it: the figure on that side and close to it, so
 * a figure far below is not "just under" it (round 25; one rewrite since round 31, where the bound
 * and "about N" were two claims and "about" had its own tolerance). Undefined for any other claim.
 *
 * @example
 * ```ts
 * nearBoundRewrite('The canal is barely under 90 km long.'); // 'The canal is nearly 90 km long.'
 * ```
 */
export function nearBoundRewrite(text: string): string | undefined {
  const m = NEAR_BOUND.exec(text);
  if (!m) return undefined;
  const word = /^(?:under|below|short)/i.test(m[1]!) ? 'nearly' : 'just over';
  return `${text.slice(0, m.index)}${word} ${text.slice(m.index + m[0].length)}`;
}

/**
 * The reader of amount notations (table entry `amount-notation`): the headline's readings (decided
 * ones must agree), else the claim with its shorthand in words; an undecided reading is held.
 */
export async function readAmountNotation({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = headlineParts(text);
  if (parts) return readHeadlineParts(ctx, text, parts, recheck);
  const qualified = parenthesisedQualifier(text);
  if (qualified) return readQualified(text, qualified, recheck);
  const headline = headlineReadings(ctx, text);
  if (headline.length) return agreeingRewrites(text, headline.map((claim) => ({ claim, note: 'a headline\'s "X: value" said as a sentence' })), recheck);
  const named = nameNoteReadings(ctx, text);
  if (named.length) return agreeingRewrites(text, named.map((claim) => ({ claim, note: 'a note\'s "T - name" said as a sentence' })), recheck);
  const well = wellMargin(text);
  if (well) return readWellMargin(text, well, recheck);
  const plain = shorthandRewrite(text);
  const said = plain ?? text;
  const near = nearBoundRewrite(said);
  if (near) return agreeingRewrites(text, [{ claim: near, note: 'a bound said with closeness, in the closeness word for its side' }], recheck);
  const verb = valueVerbRewrite(ctx, said);
  if (verb) return agreeingRewrites(text, [{ claim: verb, note: 'a verb of exceeding or falling short before a value, as the copula and its bound' }], recheck);
  return plain ? agreeingRewrites(text, [{ claim: plain, note: 'shorthand and bound phrases in words' }], recheck) : undefined;
}

/**
 * "well over X" (src/check/well-margin.ts): refuted when the value is not beyond X at all,
 * supported when it is beyond X by more than the margin, else held with both readings shown (a
 * denial swaps the two: "not well over X" holds when the value is not beyond X).
 */
async function readWellMargin(text: string, well: WellMargin, recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const pct = `${Math.round(CLOSE_BEYOND * 100)}%`;
  const bound = await agreeingRewrites(text, [{ claim: shorthandRewrite(well.bound) ?? well.bound, note: `"${well.words}" read first as the bound alone` }], recheck);
  const boundDecides = well.negated ? 'SUPPORTED' : 'REFUTED';
  if (bound && 'decided' in bound && bound.decided.verdict === boundDecides) return bound;
  const margin = await agreeingRewrites(text, [{ claim: shorthandRewrite(well.margin) ?? well.margin, note: `"${well.words} ${well.figure}" read as ${well.side === 'over' ? 'above' : 'below'} ${well.figure} by more than ${pct} (${well.marginFigure})` }], recheck);
  const marginDecides = well.negated ? 'REFUTED' : 'SUPPORTED';
  if (margin && 'decided' in margin && margin.decided.verdict === marginDecides) return margin;
  const seen = margin ? ('decided' in margin ? margin.decided : margin.held) : bound ? ('decided' in bound ? bound.decided : bound.held) : undefined;
  if (!seen) return undefined;
  return { held: undecidedResult(seen, `"${well.words} ${well.figure}" asks for a clear margin: it holds ${well.side === 'over' ? 'above' : 'below'} ${well.marginFigure} (more than ${pct} ${well.side === 'over' ? 'above' : 'below'} ${well.figure}) and fails at ${well.figure} or ${well.side === 'over' ? 'below' : 'above'}; the graph's value lies between or is not decided: not decided. ${seen.explanation}`) };
}
