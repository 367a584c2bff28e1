/**
 * Comparisons over a nominal attribute in the words users type (round 11): the comparison said by
 * a verb ("X's share of the votes exceeds one fifth", "Y's grant exceeds Z's aid", "the stake is
 * below a quarter"), a fraction in words at the end ("... is more than a quarter", where the
 * fraction reader wants "of": src/check/units.ts), and the owner named before the noun ("Marsovia's
 * Bank stake is bigger than Ruritania's"). Each is said as the patterns and the comparison readers
 * read it ("is more than 20 percent", "is larger than Z's aid", "Marsovia's stake in the Bank"); the
 * claim's verdict is the rewritten claim's, with the words read shown.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { FRACTIONS } from './units.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';

const MORE = /\b(?:exceeds|exceeded|surpasses|surpassed|tops|topped|outstrips|outstripped|(?:is|was|are|were)\s+(?:above|over|higher\s+than|greater\s+than))\b/i;
const LESS = /\b(?:falls?\s+short\s+of|fell\s+short\s+of|(?:is|was|are|were)\s+(?:below|under|lower\s+than))\b/i;

/** "is" or "was", as the verb it replaces is said. */
const be = (verb: string): string => (!/^(?:is|are)\b/i.test(verb) && /\b(?:was|were|fell|overtook|outdid|went)\b|ed\b/i.test(verb) ? 'was' : 'is');

/**
 * Round 38 (users30 "X's voting share trails Y's"): every verb of the lexicon's that says one value
 * above or below another (`cg:exceedVerb`, `cg:fallShortVerb`: "trails", "lags behind", "is
 * eclipsed by", "outpaces"), a copula before it kept out; used only against another's noun ("Y's"),
 * where it can mean nothing but the size of the two ("trails Y" of a person, "overtook Y" in a race
 * are not read here).
 */
function lexiconVerbs(ctx: CheckContext): { more: RegExp; less: RegExp } {
  const words = comparisonWords(ctx);
  const verb = (list: readonly string[]): RegExp => cachedRegExp(`\\b(?:(?:is|are|was|were)\\s+)?(?:${alternation(list)})\\b`, 'i');
  return { more: verb(words.exceed), less: verb(words.fallShort) };
}

/**
 * The claim in the words the patterns and comparison readers read; empty when none applies.
 *
 * @example
 * ```ts
 * nominalAttributeRewrites(ctx, "Freedonia's share of the votes exceeds one fifth.");
 * // ["Freedonia's share of the votes is more than 20 percent"]
 * ```
 */
export function nominalAttributeRewrites(ctx: CheckContext, text: string): string[] {
  let t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/\?$/.test(t)) return [];
  const original = t;
  // the comparison said by a verb: against another's noun ("Z's aid") a size, else a bound
  const against = (after: string): boolean => /^\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|\u2019s)\s/.test(after);
  // (round 38) a verb of the lexicon's only before another's noun, the claim's last words included
  // ("trails Y's")
  const owned = (after: string): boolean => /^\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|\u2019s)(?:\s|$)/.test(after);
  const lexicon = lexiconVerbs(ctx);
  const wide = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(t);
    return m && owned(t.slice(m.index + m[0].length)) ? m : null;
  };
  const more = MORE.exec(t) ?? wide(lexicon.more);
  if (more) t = `${t.slice(0, more.index)}${be(more[0])} ${against(t.slice(more.index + more[0].length)) || !MORE.test(more[0]) ? 'larger' : 'more'} than${t.slice(more.index + more[0].length)}`;
  const less = more ? LESS.exec(t) : (LESS.exec(t) ?? wide(lexicon.less));
  if (less) t = `${t.slice(0, less.index)}${be(less[0])} ${against(t.slice(less.index + less[0].length)) || !LESS.test(less[0]) ? 'smaller' : 'less'} than${t.slice(less.index + less[0].length)}`;
  // a fraction in words at the end, after its bound: a percentage
  const bound = /\b(more than|less than|at least|at most|about|around|nearly|almost|roughly)\s+(.+)$/i.exec(t);
  if (bound) {
    for (const [re, percent] of FRACTIONS) {
      const m = cachedRegExp(`^${re.source}$`, 'i').exec(bound[2]!.trim());
      if (!m) continue;
      // the bound is said once: "more than a third" is a bound on 33.3
      t = `${t.slice(0, bound.index)}${bound[1]} ${percent.replace(/^about /, '')}`;
      break;
    }
  }
  // "X's <Name> stake is bigger than ...": the owner before the noun, said after it with "in"
  const pre = /^(.+?(?:'s|\u2019s))\s+((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)\s+([a-z]+(?:\s+[a-z]+)?)\s+((?:is|was|are|were)\s+(?:bigger|larger|smaller|greater|higher|lower)\s+than\b.*)$/.exec(t);
  if (pre) {
    const toks = dropIgnorable(tokenize(pre[2]!, ctx.morph), ctx.morph);
    if (toks.length && resolveMention(ctx, toks).length === 1) t = `${pre[1]} ${pre[3]} in ${pre[2]} ${pre[4]}`;
  }
  return t !== original ? [t] : [];
}
