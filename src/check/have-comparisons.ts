/**
 * A comparison said with "have" and the compared noun after the comparative (issue 15, round 15):
 * "Sylvania has a larger economy than Freedonia", "Freedonia has bigger gas reserves than
 * Marsovia does". Read as the possessive comparison the comparison readers decide
 * ("Sylvania's economy is larger than Freedonia's": two ranks, a superlative, or two amounts,
 * src/check/rank-comparisons.ts and comparisons.ts), with the reading shown. The second side must
 * be a name (a word with a capital), so "than any other ..." (the superlative reader's) and an
 * amount after "than" are left to their readers.
 */
import type { CheckContext } from './context.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** "does", "did", ... closing the second side ("than Freedonia does"). */
const CLOSING_AUX = /\s+(?:does|did|do|has|had|have)$/i;

/**
 * The reader's gate (`needs`, tested first): "than" (A has a larger N than B) or a word every rank
 * verb below has (outranks, ranks above, is ahead of, trails, is behind).
 */
export const HAVE_COMPARISON_NEEDS = /\sthan\s|rank|ahead|trail|behind/i;

/**
 * "<X> has / holds / owns [a] <comparative> <N> than <Y> [does]" as "<X>'s <N> is <comparative> than <Y>'s";
 * undefined for other claims.
 *
 * @example
 * ```ts
 * haveComparisonRewrite(ctx, 'Sylvania has a larger economy than Freedonia.');
 * // "Sylvania's economy is larger than Freedonia's"
 * ```
 */
export function haveComparisonRewrite(ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!HAVE_COMPARISON_NEEDS.test(said)) return undefined;
  const words = comparisonWords(ctx);
  const comp = alternation([...words.greater.keys(), ...words.less.keys()]);
  // round 38 (users30: "Freedonia holds a bigger voting share than Sylvania"): the verbs of having a thing
  // one owns say the same ("holds", "owns", "possesses")
  const m = cachedRegExp(`^(.+?)\\s+(?:has|have|had|holds|hold|held|owns|own|owned|possesses|possess|possessed)\\s+(?:a\\s+|an\\s+)?(${comp})\\s+(.+?)\\s+than\\s+(.+)$`, 'i').exec(said)
    ?? superlativeCopula(ctx, said, comp);
  if (!m) return rankVerbRewrite(said);
  const [, subject, word, noun, restText] = m as unknown as [string, string, string, string, string];
  const other = restText.replace(CLOSING_AUX, '');
  // the second side is a name of a few words: not "any other ...", an amount, or a clause
  if (!/^(?:the\s+)?[A-Z]/.test(other) || /\d|\bany\b|\bother\b/i.test(other) || other.split(/\s+/).length > 5) return undefined;
  if (/'s\b|\b(?:its|their|his|her)\b/i.test(subject) || /'s\b/.test(noun)) return undefined;
  const last = noun.split(/\s+/).pop()!;
  const verb = /[^s]s$/i.test(last) ? 'are' : 'is';
  return `${subject}'s ${noun} ${verb} ${word} than ${other}'s`;
}

/**
 * Round 36: "<X> is a <comparative> <N> than <Y>" with N a noun the lexicon names a superlative
 * relation by (`cg:superlativeNoun`, "economy": "Sylvania is a smaller economy than Freedonia")
 * is said with "has" ("X has a smaller economy than Y"); any other noun is not (a "larger
 * shareholder" is the rank readers').
 */
function superlativeCopula(ctx: CheckContext, said: string, comp: string): RegExpExecArray | null {
  const nouns = [...comparisonWords(ctx).superlativeNouns.values()].flat();
  if (!nouns.length) return null;
  return cachedRegExp(`^(.+?)\\s+(?:is|was)\\s+an?\\s+(${comp})\\s+(${alternation(nouns)})\\s+than\\s+(.+)$`, 'i').exec(said);
}

// verbs of rank order (round 18): "A outranks B in N" / "A ranks above B in N": A's N is the larger
const ABOVE = String.raw`(?:outranks|outrank|outranked|ranks\s+(?:above|ahead\s+of|higher\s+than)|ranked\s+(?:above|ahead\s+of|higher\s+than)|(?:is|was)\s+ahead\s+of|(?:is|was)\s+ranked\s+(?:above|ahead\s+of|higher\s+than))`;
const BELOW = String.raw`(?:ranks\s+(?:below|behind|lower\s+than)|ranked\s+(?:below|behind|lower\s+than)|trails|trailed|(?:is|was)\s+behind|(?:is|was)\s+ranked\s+(?:below|behind|lower\s+than))`;

/**
 * "<A> outranks / ranks above / is ahead of <B> in <N>" as "<A>'s <N> is larger than <B>'s" ("ranks
 * below", "trails", "is behind": smaller), for the rank and amount comparisons to decide (round
 * 18); undefined for other claims. Both sides must be names (a word with a capital).
 *
 * @example
 * ```ts
 * rankVerbRewrite('Freedonia outranks Sylvania in League voting power');
 * // "Freedonia's League voting power is larger than Sylvania's"
 * ```
 */
export function rankVerbRewrite(text: string): string | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (/\b(?:not|never|no)\b|n't\b/i.test(said)) return undefined;
  const m = cachedRegExp(String.raw`^(.+?)\s+(${ABOVE}|${BELOW})\s+(.+?)\s+in\s+(?:terms\s+of\s+)?(.+)$`, 'i').exec(said);
  if (!m) return rankAmongRewrite(said);
  const [, a, verb, b, noun] = m as unknown as [string, string, string, string, string];
  if (![a, b].every((x) => /^(?:the\s+)?[A-Z]/.test(x) && !/\d|\bany\b|\bother\b|'s\b/i.test(x) && x.split(/\s+/).length <= 5)) return undefined;
  const past = /\b(?:outranked|ranked|trailed|was)\b/i.test(verb);
  const word = cachedRegExp(`^${ABOVE}$`, 'i').test(verb) ? 'larger' : 'smaller';
  return `${a}'s ${noun.replace(/^the\s+/i, '')} ${past ? 'was' : 'is'} ${word} than ${b}'s`;
}

/**
 * "<A> outranks / ranks above / trails <B> among <N>s" (or "as <N>s") as "<A> is a larger / smaller
 * <N> than <B>" (round 31): the rank is the one the plural names ("Freedonia outranks Sylvania among
 * the League's shareholders": "Freedonia is a larger shareholder of the League than Sylvania"), which
 * the rank comparisons decide. Both sides must be names; the noun a plain plural in "-s".
 *
 * @example
 * ```ts
 * rankAmongRewrite("Freedonia outranks Sylvania among the League's shareholders");
 * // "Freedonia is a larger shareholder of the League than Sylvania"
 * ```
 */
export function rankAmongRewrite(said: string): string | undefined {
  const m = cachedRegExp(String.raw`^(.+?)\s+(${ABOVE}|${BELOW})\s+(.+?)\s+(?:among|as)\s+(?:the\s+)?(.+)$`, 'i').exec(said);
  if (!m) return undefined;
  const [, a, verb, b, group] = m as unknown as [string, string, string, string, string];
  if (![a, b].every((x) => /^(?:the\s+)?[A-Z]/.test(x) && !/\d|\bany\b|\bother\b|'s\b/i.test(x) && x.split(/\s+/).length <= 5)) return undefined;
  // "the League's shareholders" -> "shareholder of the League"; "shareholders of the League" ->
  // "shareholder of the League"; "League shareholders" -> "League shareholder"
  const one = (w: string) => (/ies$/i.test(w) ? w.replace(/ies$/i, 'y') : /[^s]s$/i.test(w) ? w.slice(0, -1) : undefined);
  const owned = /^(.+?)'s\s+(\w+)$/i.exec(group);
  const ofs = /^(\w+)\s+(of|in)\s+(.+)$/i.exec(group);
  const words = group.split(/\s+/);
  let noun: string | undefined;
  if (owned) noun = one(owned[2]!) && `${one(owned[2]!)} of ${/^[A-Z]/.test(owned[1]!) ? 'the ' : ''}${owned[1]}`;
  else if (ofs) noun = one(ofs[1]!) && `${one(ofs[1]!)} ${ofs[2]} ${ofs[3]}`;
  else if (words.length <= 4 && !/'s\b/.test(group)) noun = one(words.at(-1)!) && [...words.slice(0, -1), one(words.at(-1)!)].join(' ');
  if (!noun) return undefined;
  const past = /\b(?:outranked|ranked|trailed|was)\b/i.test(verb);
  const word = cachedRegExp(`^${ABOVE}$`, 'i').test(verb) ? 'larger' : 'smaller';
  return `${a} ${past ? 'was' : 'is'} a ${word} ${noun} than ${b}`;
}
