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
 *
 * Nothing here knows an entity; the verdict is the graph's on the claim in those words.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { agreeingRewrites } from './package-names.js';

/** A value opens here: a bound word, a currency, a number. */
const VALUE_START = String.raw`(?:(?:about|around|roughly|approximately|some|nearly|almost|over|under|more than|less than|at least|at most|up to|(?:shorter|longer|larger|bigger|smaller|higher|lower|greater|cheaper)\s+than)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d)`;
const MONEY = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s)?\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|tn|m)?(?:\s+(?:US\s+)?(?:dollars|yen|euros)'?)?`;

/** The shorthand of a post, in words (applied everywhere in the claim). */
const SHORTHAND: Array<[RegExp, string]> = [
  [/\best\.?(?=\s+[a-z])/gi, 'estimated'],
  [/\b(?:approx\.?|ca\.|c\.)(?=\s*(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'about'],
  [/~\s*(?=(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/g, 'about '],
  [/\b(bcm|tcm)\s*(?:\/\s*(?:yr|year|annum)|p\.?a\.?|a year|per year|annually)(?=\W|$)/gi, '$1 a year'],
  [/\bbcm\b/gi, 'billion cubic metres'],
  // "33 billion m³ / m3 / cu m": cubic metres after a number or a scale word
  [/(?<=(?:\d|\b(?:million|billion|trillion|mn|bn|tn))\s*)(?:m\u00B3|m3|m\^3|cu\.?\s?m)(?=\W|$)/gi, ' cubic metres'],
  [/\btcm\b/gi, 'trillion cubic metres'],
  [/\s*\/\s*(?:yr|year)\b/gi, ' a year'],
  [/\b(?:in the (?:region|order) of)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d|[a-z]+\s+(?:million|billion|trillion|hundred|thousand)))/gi, 'about'],
  [/\b(?:upwards of|in excess of|north of)(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d|[a-z]+\s+(?:million|billion|trillion|hundred|thousand)))/gi, 'more than'],
  [/\b(?:just\s+)?shy of(?=\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'less than'],
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
  for (const [re, to] of SHORTHAND) out = out.replace(re, to);
  // "1.8 thousand kilometres": the whole number the scale word makes (a thousand has no short
  // scale the value parsers read, as "billion" has); left as it is when it is no whole number
  out = out.replace(/\b(\d+\.\d+)\s+thousand\b/gi, (all: string, n: string) => {
    const v = Math.round(Number(n) * 1000 * 1e6) / 1e6;
    return Number.isInteger(v) ? v.toLocaleString('en-US') : all;
  }).replace(/\s{2,}/g, ' ');
  // "US$ 5 billion worth of energy deals were signed ...": the amount after its noun
  const worth = new RegExp(String.raw`^(${MONEY})\s+worth\s+of\s+(.+?)\s+(was|were|has been|have been|had been)\s+`, 'i').exec(out);
  if (worth) out = `${worth[2]![0]!.toUpperCase()}${worth[2]!.slice(1)} worth ${worth[1]!.trim().replace(/'$/, '')} ${worth[3]} ${out.slice(worth[0].length)}`;
  return out !== t ? out : undefined;
}

/** Whether a span is one name the graph knows (and nothing else). */
function isOneName(ctx: CheckContext, words: string): boolean {
  const toks = dropIgnorable(tokenize(words, ctx.morph), ctx.morph);
  return toks.length > 0 && resolveMention(ctx, toks).length === 1;
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
  const m = /^([^:;,.?]{2,80}?)\s*:\s+(.+)$/.exec(t);
  if (!m || !/\d/.test(m[2]!)) return [];
  const [, left, right] = m as unknown as [string, string, string];
  const out: string[] = [];
  const said = (subject: string, rest: string): void => {
    out.push(`${subject} is ${rest}`, `${subject} will be ${rest}`);
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
  if (new RegExp(`^${VALUE_START}`, 'i').test(right)) {
    said(left, right);
    for (const [name, noun] of owners) said(`${name}'s ${noun}`, right);
    return out;
  }
  // "est. cost ~US$5bn": an attribute, then its value
  // (lower case: "Freedonia signed deals worth $5bn" after a colon is a quote, not an attribute)
  const v = new RegExp(`^([a-z][a-z -]*?)\\s+(${VALUE_START}.*)$`).exec(right);
  if (v && isOneName(ctx, left)) said(`${left}'s ${v[1]}`, v[2]!);
  // "40 locks": a count the thing has
  else if (/^\d[\d,]*\s+[a-z]/i.test(right) && isOneName(ctx, left)) out.push(`${left} has ${right}`);
  return out;
}

/**
 * The reader of amount notations (table entry `amount-notation`): the headline's readings (decided
 * ones must agree), else the claim with its shorthand in words; an undecided reading is held.
 */
export async function readAmountNotation({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const headline = headlineReadings(ctx, text);
  if (headline.length) return agreeingRewrites(text, headline.map((claim) => ({ claim, note: 'a headline\'s "X: value" said as a sentence' })), recheck);
  const plain = shorthandRewrite(text);
  return plain ? agreeingRewrites(text, [{ claim: plain, note: 'shorthand and bound phrases in words' }], recheck) : undefined;
}
