/**
 * Ranks and comparisons over a nominal attribute in the words users type (round 12), said as
 * the lexicon's rank patterns and the comparison readers (src/check/rank-comparisons.ts,
 * comparisons.ts) read them:
 *
 * - a rank as a number: "number two", "No. 2", "#2" shareholder: "second-largest";
 * - "X ranks third among O's Ns" / "ranks third among O Ns": "X is O's third-largest N" (and
 *   "..., behind B" or, round 35, "..., ahead of B": B's rank above or below, a part of its own);
 * - "No [other] G V a larger N than A" / "No G is bigger than A's": "A V a larger N than any other
 *   G" (the superlative reader's words; "more than every other is the most");
 * - "A's N is second only to B's": A has the second-largest N and B the largest, both checked;
 * - "A is O's k-th largest N, behind B": the rank, and B's larger rank ("B is a bigger N than A");
 * - "A trails / lags (behind) B as a(n) O N": "B is a bigger O N than A";
 * - "A ranks behind only three others" (round 28): "A ranks fourth";
 * - "A will cost more than B are worth": "A's cost is larger than B"; "the value of B" is B; an
 *   estimate's adjective on a compared attribute ("A's estimated cost is above ...") is dropped
 *   (the comparison reads any modality of the value).
 *
 * The parts of one claim are combined by the compound rule (any refuted: REFUTED; all supported:
 * SUPPORTED). Nothing here knows an entity.
 */
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';

const ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SUP = '(?:largest|biggest)';
const COMPARATIVE = '(?:larger|bigger|greater|more|higher|smaller|less|lower|fewer)';

/** "largest" for 1, "second-largest" for 2 ... */
const nth = (n: number): string => (n === 1 ? 'largest' : `${ORDINAL[n]}-largest`);
const num = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : NUMBER[w.toLowerCase()]);
const ordinalOf = (w: string): number | undefined => {
  const k = ORDINAL.indexOf(w.toLowerCase().replace(/^(\d+)(?:st|nd|rd|th)$/, (_a, d: string) => ORDINAL[Number(d)] ?? ''));
  return k > 0 ? k : w.toLowerCase() === 'top' ? 1 : undefined;
};

/** Whether a span is one name the graph knows. */
function oneName(ctx: CheckContext, words: string): string | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(words, ctx.morph), ctx.morph));
  return hit.length === 1 ? hit[0]!.label : undefined;
}

/** One way of saying the claim: its parts, each to be checked, combined by the compound rule. */
export interface RankSaying {
  parts: string[];
  note: string;
}

/**
 * The claim in the words the rank and comparison readers take; empty when none applies.
 *
 * @example
 * ```ts
 * rankWordings(ctx, "Sylvania is the League's number two member.")[0]?.parts; // ["Sylvania is the League's second-largest member"]
 * ```
 */
export function rankWordings(ctx: CheckContext, text: string): RankSaying[] {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (/\?$/.test(t) || /\b(?:not|never|n't)\b/i.test(t)) return [];
  const out: RankSaying[] = [];
  // a rank as a number
  const numbered = t.replace(/(?:\bnumber|\bno\.|#)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?=\s+[a-z])/gi, (all, n: string) => {
    const k = num(n);
    return k && k <= 10 ? nth(k) : all;
  });
  if (numbered !== t) out.push({ parts: [numbered], note: 'a rank said as a number, as an ordinal' });
  // "X ranks third among O's Ns"
  // round 30: also with those ranking above after "behind" ("ranks third among O's Ns, behind A and B")
  const ranks = /^(.+?)\s+(?:ranks|ranked|is\s+ranked|comes|came|stands|placed|is\s+placed)\s+(?:as\s+)?(?:the\s+)?(first|second|third|fourth|fifth|top|\d+(?:st|nd|rd|th))\s+(?:among|of|in\s+the\s+list\s+of)\s+(?:the\s+)?(.+?)(?:'s)?\s+([a-z]+?)s(?:\s*,?\s+(behind|after|trailing|ahead\s+of|above|in\s+front\s+of)\s+(?:only\s+)?(.+))?$/i.exec(t);
  if (ranks) {
    const k = ordinalOf(ranks[2]!);
    const ownerWords = ranks[3]!.replace(/'s$/, '');
    const owner = oneName(ctx, ownerWords);
    const rank = `${ranks[1]} is ${ownerWords}'s ${nth(k ?? 1)} ${ranks[4]}`;
    // each one named ahead is one name the graph knows, or the claim is not read so
    const ahead = ranks[6]?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean) ?? [];
    const known = ahead.every((b) => oneName(ctx, b));
    // (round 35) "..., ahead of B": B ranks below, the other way round from "behind B"
    const below = !!ranks[5] && /^(?:ahead|above|in)/i.test(ranks[5]);
    const other = (b: string): string => (below ? `${ranks[1]} is a bigger ${ownerWords} ${ranks[4]} than ${b}` : `${b} is a bigger ${ownerWords} ${ranks[4]} than ${ranks[1]}`);
    if (k && owner && known) out.push({ parts: [rank, ...ahead.map(other)], note: ahead.length ? `a ranking verb said as the rank, and "${below ? 'ahead of' : 'behind'} B" as B ranking ${below ? 'below' : 'above'}` : 'a ranking verb said as the rank' });
  }
  // "No [other] G V a larger N than A": "A V a larger N than any other G"
  const none = cachedRegExp(`^no\\s+(?:other\\s+)?(.+?)\\s+((?:is|are|has|have|holds?|owns?|controls?|commands?|imports?|buys?|exports?|sells?|gets?|receives?)\\s+(?:(?:a|an)\\s+)?${COMPARATIVE}\\b.*?)\\s+than\\s+(.+)$`, 'i').exec(t);
  if (none) {
    const [, group, clause, a] = none as unknown as [string, string, string, string];
    const owned = /^(.+?)'s$/.exec(a);
    if (owned && /^(?:is|are)\s/i.test(clause)) {
      // "No Ruritanian economy is bigger than Freedonia's": "Freedonia's economy is bigger than any other Ruritanian economy"
      const noun = group.split(' ').pop()!;
      out.push({ parts: [`${owned[1]}'s ${noun} ${clause} than any other ${group}`], note: '"no other ... than A" as "A ... than any other"' });
    } else if (!owned) out.push({ parts: [`${a} ${clause.replace(/^(has|have)\b/i, 'has')} than any other ${group}`], note: '"no other ... than A" as "A ... than any other"' });
  }
  // "A's N is second only to B's"
  const second = /^(.+?)'s\s+(.+?)\s+(?:is|was|ranks)\s+second\s+only\s+to\s+(.+?)(?:'s)?$/i.exec(t);
  if (second) {
    const [, a, noun, b] = second as unknown as [string, string, string, string];
    // "Sylvania's Bank stake": the name before the noun said after it
    const pre = /^((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)\s+([a-z].*)$/.exec(noun);
    const n = pre && oneName(ctx, pre[1]!) ? `${pre[2]} in ${pre[1]}` : noun;
    out.push({ parts: [`${a} has the second-largest ${n}`, `${b} has the largest ${n}`], note: '"second only to B" as the second rank, B the first' });
  }
  // "A is O's k-th largest N, behind B", "A is the k-th largest N in O after B"
  const behind = cachedRegExp(`^(.+?)\\s+(is|was)\\s+((?:the\\s+)?(?:(.+?)'s\\s+)?(?:the\\s+)?(?:second|third|fourth|fifth)[- ]${SUP}\\s+([a-z]+)(?:\\s+(?:in|of)\\s+(.+?))?)\\s*,?\\s+(?:behind|after|trailing)\\s+(?:only\\s+)?(.+)$`, 'i').exec(t);
  if (behind) {
    const [, a, be, rank, ownerBefore, noun, ownerAfter, b] = behind as unknown as [string, string, string, string, string | undefined, string, string | undefined, string];
    const owner = (ownerBefore ?? ownerAfter)?.replace(/^the\s+/i, '');
    if (owner && !/\band\b|,/.test(b) && oneName(ctx, owner)) out.push({ parts: [`${a} ${be} ${rank}`, `${b} ${be} a bigger ${owner} ${noun} than ${a}`], note: '"behind B" as B ranking above' });
  }
  // round 28: "A's N rank(s) behind only three other countries' [Ns]": A's N ranks fourth
  const only = /^(.+?)\s+(ranks|rank|ranked|comes|come|came|sits|sit|sat|stands|stand|stood|is|are|was|were)\s+behind\s+(?:only|just)\s+(\d+|one|two|three|four|five|six|seven|eight|nine)\s+others?(?:\s+(?!in\b|among\b|on\b)[a-z]+)?(?:'s|')?(?:\s+(?:reserves|ones))?((?:\s+(?:in|among|on|worldwide|globally)\b.*)?)$/i.exec(t);
  if (only) {
    const k = num(only[3]!);
    const verb = /^(?:ranks|comes|sits|stands|is)$/i.test(only[2]!) ? 'ranks' : /^(?:rank|come|sit|stand|are)$/i.test(only[2]!) ? 'rank' : 'ranked';
    if (k && k + 1 < ORDINAL.length) out.push({ parts: [`${only[1]} ${verb} ${ORDINAL[k + 1]}${only[4]!.replace(/\bon\s+earth\b/i, 'in the world')}`], note: '"behind only N others" as the rank after them' });
  }
  // "A trails B as an O N"
  const trails = /^(.+?)\s+(?:trails|trailed|lags\s+behind|lagged\s+behind|lags|ranks\s+behind|ranked\s+behind|comes\s+after|came\s+after|is\s+behind|was\s+behind)\s+(.+?)\s+(?:as\s+(?:an?\s+)?|among\s+(?:the\s+)?)(.+?)\s+([a-z]+?)s?$/i.exec(t);
  if (trails && oneName(ctx, trails[3]!.replace(/'s$/, ''))) {
    out.push({ parts: [`${trails[2]} is a bigger ${trails[3]!.replace(/'s$/, '')} ${trails[4]} than ${trails[1]}`], note: '"A trails B" as B ranking above A' });
  }
  // "A will cost more than B are worth", "the value of B", "A's estimated cost is above ..."
  const worth = /^(.+?)\s+(?:will\s+|would\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?costs?\s+(more|less)\s+than\s+(.+?)\s+(?:is|are|was|were|will\s+be)\s+worth$/i.exec(t);
  if (worth) out.push({ parts: [`${worth[1]}'s cost is ${/more/i.test(worth[2]!) ? 'larger' : 'smaller'} than ${worth[3]}`], note: '"costs more than B is worth" as a comparison of the two amounts' });
  // round 16: also "the estimated cost of B", and a multiple ("ten times B's estimated cost")
  const plain = t.replace(/\bthe\s+value\s+of\s+/gi, '').replace(/('s)\s+(?:estimated|projected|expected|anticipated|planned)\s+(?=(?:cost|bill|price|value|capacity|length)\b)/gi, '$1 ')
    .replace(/\b(t)he\s+(?:estimated|projected|expected|anticipated|planned)\s+(cost|price|value|capacity|length)\s+of\b/gi, '$1he $2 of');
  // the verbs of exceeding and falling short are the lexicon's (cg:exceedVerb, cg:fallShortVerb)
  const words = comparisonWords(ctx);
  const verbs = alternation([...words.exceed, ...words.fallShort]);
  const compared = cachedRegExp(`\\b${COMPARATIVE}\\s+than\\b|\\b(?:${verbs}|above|below)\\b|\\b(?:\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)\\s+times\\b|\\b(?:twice|thrice|double|triple|quadruple|half|third|quarter|fifth|tenth|hundredth)\\b`, 'i');
  if (plain !== t && compared.test(plain)) out.push({ parts: [plain], note: 'the compared value named without "the value of" or its estimate\'s adjective' });
  const whole = wholeAmountWording(plain);
  if (whole !== plain && compared.test(whole)) out.push({ parts: [whole], note: 'the compared amounts said without "entire", "whole", "total", "amounts to", or with the margin after the second side ("M more than B" as "more than B by M")' });
  return out;
}

/** An amount of money said in figures or words ("US$ 8 billion", "$90bn", "20 million dollars"). */
const MARGIN_MONEY = String.raw`(?:(?:US\$|\$|USD|JPY|EUR|\u00A5|\u20AC)\s?\d[\d.,]*\s*(?:million|billion|trillion|mln|mn|bn|m|b)?|\d[\d.,]*\s*(?:million|billion|trillion)\s+(?:US\s+)?(?:dollars|yen))`;
const MARGIN_BOUND = '(?:about|around|roughly|approximately|some|nearly|almost|over|under|more than|less than|at least|at most|close to)';

/**
 * Round 30: the compared amounts in the words the comparison readers take. A word for the whole
 * of one amount ("the League's entire capital", "its whole aid to B", "the total cost") names that
 * amount, so it is dropped, but not from a claim that lists ("total aid to A and B" is a sum, and
 * the list would be read member by member); "amounts to", "comes to", "totals" before a
 * comparison are its copula; a margin before the comparative ("US$ 8 billion more than B") is the
 * margin the readers take after the second side ("more than B by US$ 8 billion"), never the amount.
 *
 * @example
 * ```ts
 * wholeAmountWording("Freedonia's grants amount to less than a tenth of its entire aid to Sylvania");
 * // "Freedonia's grants are less than a tenth of its aid to Sylvania"
 * ```
 */
export function wholeAmountWording(text: string): string {
  let t = text;
  if (!/\band\b|\bor\b|,|;/i.test(t)) t = t.replace(/\b(?:the\s+)?(?:entire|whole|total)\s+of\s+(?=[a-z])/gi, '').replace(/(?<=(?:\b(?:the|its|their|his|her)|'s)\s)(?:entire|whole|total)\s+(?=[a-z])(?!of\b)/gi, '');
  t = t.replace(/\b(?:(amounts|comes|totals)|(amount|come|total)|(amounted|came|totall?ed))(\s+to)?\s+(?=(?:worth\s+)?(?:more|less|over|under|above|below|about|around|roughly|nearly|almost|twice|double|half|a\s+|one\s+|\d|[a-z]+\s+times\b))/gi,
    (all: string, sg: string | undefined, pl: string | undefined, past: string | undefined, to: string | undefined, offset: number) => {
      if (!to && !/^total/i.test(all)) return all;
      if (sg) return 'is ';
      if (pl) return 'are ';
      return /s\s*$/i.test(t.slice(0, offset)) ? 'were ' : 'was ';
    });
  const margin = cachedRegExp(String.raw`^(.+?\s+(?:(?:is|are|was|were|will\s+be|would\s+be)(?:\s+worth)?|(?:will\s+|would\s+)?costs?))\s+(${MARGIN_BOUND}\s+)?(${MARGIN_MONEY})\s+(more|less|${COMPARATIVE.slice(3, -1)})\s+than\s+(.+)$`, 'i').exec(t);
  if (margin) {
    const [, head, bound, money, cmp, rest] = margin as unknown as [string, string, string | undefined, string, string, string];
    t = `${head} ${cmp} than ${rest} by ${bound ?? ''}${money}`;
  }
  return t;
}

/**
 * The compound rule over parts read from one claim: any refuted refutes, all supported supports,
 * else NOT_ENOUGH_INFO; each part's verdict is shown.
 */
export function combineParts(text: string, read: Array<{ part: string; r: CheckResult }>, note: string): CheckResult {
  const refuted = read.find(({ r }) => r.verdict === 'REFUTED');
  const shown = read.map(({ part, r }) => `"${part}": ${r.verdict}`).join('; ');
  const base = refuted ?? read[0]!;
  const all = read.every(({ r }) => r.verdict === 'SUPPORTED');
  const result: CheckResult = {
    ...base.r, claim: text.trim(),
    evidence: read.flatMap(({ r }) => r.evidence),
    interpretation: { ...base.r.interpretation, notes: [...(base.r.interpretation.notes ?? []), `${note}: ${read.map(({ part }) => `"${part}"`).join(' and ')}`] },
    explanation: `Read as ${shown} (${note}). ${base.r.explanation}`,
  };
  if (refuted) return { ...result, verdict: 'REFUTED' };
  return all ? { ...result, verdict: 'SUPPORTED' } : undecidedResult(result);
}

/**
 * The reader of rank words (table entry `rank-word`): the first wording whose parts all read
 * and whose verdict is decided decides; else the first read is held.
 */
export async function readRankWords({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  let held: CheckResult | undefined;
  for (const w of rankWordings(ctx, text)) {
    const read: Array<{ part: string; r: CheckResult }> = [];
    for (const part of w.parts) {
      const r = await recheck(part);
      if (!r) break;
      read.push({ part, r });
    }
    if (read.length !== w.parts.length) continue;
    const r = combineParts(text, read, w.note);
    if (r.verdict !== 'NOT_ENOUGH_INFO') return { decided: r };
    held ??= r;
  }
  return held ? { held } : undefined;
}
