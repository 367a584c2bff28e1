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
import { combineParts } from './rank-words.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';

/** A value opens here: a bound word, a currency, a number. */
const VALUE_START = String.raw`(?:(?:about|around|roughly|approximately|some|nearly|almost|over|under|more than|less than|at least|at most|up to|(?:shorter|longer|larger|bigger|smaller|higher|lower|greater|cheaper)\s+than)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d)`;
const MONEY = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s)?\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|tn|m)?(?:\s+(?:US\s+)?(?:dollars|yen|euros)'?)?`;

/** The shorthand of a post, in words (applied everywhere in the claim). */
const SHORTHAND: Array<[RegExp, string]> = [
  [/\best\.?(?=\s+[a-z])/gi, 'estimated'],
  [/\b(?:approx\.?|ca\.|c\.)(?=\s*(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'about'],
  [/~\s*(?=(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/g, 'about '],
  // (round 24) also glued to its number ("33bcm/yr")
  [/(?:\b|(?<=\d))(bcm|tcm)\s*(?:\/\s*(?:yr|year|annum)|p\.?a\.?|a year|per year|annually)(?=\W|$)/gi, ' $1 a year'],
  [/(?:\b|(?<=\d))bcm\b/gi, ' billion cubic metres'],
  // "33 billion m³ / m3 / cu m": cubic metres after a number or a scale word
  [/(?<=(?:\d|\b(?:million|billion|trillion|mn|bn|tn))\s*)(?:m\u00B3|m3|m\^3|cu\.?\s?m)(?=\W|$)/gi, ' cubic metres'],
  [/(?:\b|(?<=\d))tcm\b/gi, ' trillion cubic metres'],
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
  if (values.length < 2 || values.length > 4 || !values.every((v) => new RegExp(`^${VALUE_START}`, 'i').test(v))) return undefined;
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
  const plain = shorthandRewrite(text);
  return plain ? agreeingRewrites(text, [{ claim: plain, note: 'shorthand and bound phrases in words' }], recheck) : undefined;
}
