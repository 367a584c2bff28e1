/**
 * Figures in notes said as two statements (round 36, users28 numbers-03/04): a figure glossed in
 * brackets by the writer's conversion, and a note's topic with two figures after its colon; and
 * (round 37, users29 numbers-01) a recipient's note of an amount in a package noun.
 *
 * Why: "The pledge was ¥13bn (about $108m)" and "Acme bank: 57 members, capital of $100bn" carry
 * two values the patterns read one at a time; the claim is read as both, one compound claim
 * (src/check/compound.ts decides: any part refuted -> REFUTED, all supported -> SUPPORTED). The
 * bracketed gloss is a value of the same thing, so a wrong conversion refutes as any wrong figure.
 *
 * @example
 * ```ts
 * noteValuesRewrite('The pledge was ¥13bn (about $108m).'); // "The pledge was ¥13bn; the pledge was about $108m"
 * noteValuesRewrite('Acme bank: 57 members, capital of $100bn'); // "Acme bank: 57 members; Acme bank's capital: $100bn"
 * noteAmountInRewrite(ctx, 'Sylvania: US$ 5m in Freedonian aid'); // "Freedonian aid to Sylvania: US$ 5m"
 * ```
 */
import type { CheckContext } from './context.js';
import { packageNouns } from './recipient-possessive.js';
import { normalizeTypography } from './text.js';

/** An amount of money: a currency sign or code, a figure, a scale ("¥13bn", "US$ 107.9 million", "$100B"). */
const MONEY = String.raw`(?:US\$|\$|\u00A5|\u20AC|\u00A3|(?:USD|JPY|EUR|GBP|CNY|RMB)\s?)\s?\d[\d,.]*\s?(?:bn|b|mn|m|k|million|billion|trillion|thousand)?`;
const APPROX = String.raw`(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|~|c\.|ca\.)`;
/** "H A1 (about A2)": the figure, then its gloss in brackets closing the claim. */
const GLOSSED = new RegExp(String.raw`^(?<head>.+?\s)(?<a1>${MONEY})\s*\(\s*(?<approx>${APPROX}\s*)?(?<a2>${MONEY})\s*\)\s*[.!]?$`, 'i');
/** A figure or a spelled number in a note's value. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\b/i;
/** A note's topic: a short name phrase with no verb of its own and no comma. */
const TOPIC = /^(?<topic>[A-Z][\w.'\u2019&-]*(?:\s+[\w.'\u2019&-]+){0,4})\s*:\s+(?<values>.+?)\s*[.!]?$/;
const VERBISH = /\b(?:is|are|was|were|has|have|had|will|would|did|does|not)\b/i;
/** "capital of $100bn": the value's noun, then its figure. */
const NOUN_OF = /^(?<noun>[a-z][a-z -]*?)\s+of\s+(?<value>\S.*)$/i;

/** The two statements of a bracket-glossed figure; undefined when the claim has none. */
export function glossedAmountRewrite(text: string): string | undefined {
  const m = GLOSSED.exec(normalizeTypography(text).trim())?.groups;
  if (!m) return undefined;
  const head = m.head!.trimEnd();
  const approx = m.approx ? m.approx.trim() : 'about';
  return `${head} ${m.a1!.trim()}; ${head.replace(/^The\s/, 'the ')} ${approx} ${m.a2!.trim()}`;
}

/** A note's topic with two or three figures after its colon, each said as its own note; undefined otherwise. */
export function noteValueParts(text: string): string | undefined {
  const m = TOPIC.exec(normalizeTypography(text).trim())?.groups;
  if (!m || VERBISH.test(m.topic!)) return undefined;
  const values = m.values!.split(/\s*,\s+(?!\d{3}\b)/);
  if (values.length < 2 || values.length > 3 || !values.every((v) => FIGURE.test(v) && !VERBISH.test(v))) return undefined;
  const topic = m.topic!;
  return values.map((v) => {
    const n = NOUN_OF.exec(v)?.groups;
    return n ? `${topic}'s ${n.noun}: ${n.value}` : `${topic}: ${v}`;
  }).join('; ');
}

/** The gate: a bracketed amount closing the claim, or a colon followed later by a comma. */
export const NOTE_VALUE_NEEDS = /\)\s*[.!]?\s*$|:\s.*,\s/;

/** The claim's figures said as statements, for the reader table (rewrittenHeld). */
export function noteValuesRewrite(text: string): string | undefined {
  return glossedAmountRewrite(text) ?? noteValueParts(text);
}

/**
 * "R: AMOUNT in [ADJ] NOUN [from G]": a recipient's note of what it gets, the noun one of the
 * lexicon's package nouns (cg:recipientNoun: "aid", "grants", "financial assistance"). Why: the
 * note names the recipient as its topic and the amount "in" the package, as people jot down who got
 * what; said as the package's own note ("[ADJ] NOUN to R: AMOUNT", "G's NOUN to R: AMOUNT") it is
 * read by the headline reader, which keeps the source's modality (a pledge stays a pledge: the note
 * says the amount, not that it was paid). The topic is a capitalised name of at most four words,
 * the giver too; any other noun ("in energy deals") is not this shape.
 */
const NOTE_AMOUNT_IN = new RegExp(String.raw`^(?<topic>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*(?::|\s-\s|\s\u2013\s|\s\u2014\s)\s*(?<amount>(?:${APPROX}\s*)?${MONEY})\s+in\s+(?<np>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3}?)(?:\s+from\s+(?<giver>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))?\s*[.!]?$`);

/** The gate: " in " after a colon or a spaced dash. */
export const NOTE_AMOUNT_IN_NEEDS = /(?::|\s[-\u2013\u2014]\s)[\s\S]*\sin\s/;

/** The recipient's note said as the package's note; undefined when the claim is not that shape. */
export function noteAmountInRewrite(ctx: CheckContext, text: string): string | undefined {
  const m = NOTE_AMOUNT_IN.exec(normalizeTypography(text).trim())?.groups;
  if (!m || VERBISH.test(m.topic!) || VERBISH.test(m.np!)) return undefined;
  const words = m.np!.split(/\s+/);
  const nouns = packageNouns(ctx);
  // the package noun closes the phrase: its last one or two words ("aid", "financial assistance")
  const tail2 = words.slice(-2).join(' ').toLowerCase();
  const tail1 = words[words.length - 1]!.toLowerCase();
  if (!nouns.has(tail1) && !(words.length >= 2 && nouns.has(tail2))) return undefined;
  const amount = m.amount!.trim();
  return m.giver ? `${m.giver}'s ${m.np} to ${m.topic}: ${amount}` : `${m.np} to ${m.topic}: ${amount}`;
}
