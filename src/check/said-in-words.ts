/**
 * A source credited with a majority it did not say (round 40, fix32c; users32's F8): "Ann Author says
 * most Freedonian gas exports go to Sylvania" when her own sentence says only that Sylvania is the
 * largest importer of Freedonian gas.
 *
 * The patterns read "most of X's exports go to Y" as Y the largest importer (rank 1), which a
 * majority entails but a largest share does not, and the graph's one claim may be stated by two
 * sources, one in each wording. Said of everyone, the claim is decided by the graph's claim; said
 * of one source, it is that source's words: SUPPORTED only when a sentence of that source which
 * supports it says the majority (a lexicon `cg:majorityWord`), else held as NOT_ENOUGH_INFO.
 */
import type { ClaimScope } from './attribution.js';
import type { CheckContext } from './context.js';
import { alternation, lexiconWords } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';
import { sourceTexts } from './said-nowhere.js';
import type { CheckResult } from './types.js';

/**
 * The majority word of `inner` that no supporting sentence of the scope's source says, or
 * undefined (no such word, not SUPPORTED, or the source says one).
 *
 * @example
 * ```ts
 * majorityUnsaid(ctx, scope, 'most Freedonian gas exports go to Sylvania', r); // 'most' (her sentence: "largest importer")
 * ```
 */
export function majorityUnsaid(ctx: CheckContext, scope: ClaimScope, inner: string, r: CheckResult): string | undefined {
  if (r.verdict !== 'SUPPORTED') return undefined;
  const words = lexiconWords(ctx, 'majorityWord');
  if (!words.size) return undefined;
  // "the most gas" is the largest amount (a superlative), no majority
  const re = cachedRegExp(`(?<!\\bthe\\s)\\b(?:${alternation(words)})\\b`, 'i');
  const said = re.exec(inner)?.[0];
  if (!said) return undefined;
  const texts = sourceTexts(ctx, scope);
  if (!texts) return undefined;
  const own = new Set(texts.map((t) => t.trim()));
  const inScope = r.evidence.filter((e) => e.stance === 'supports' && own.has(e.text.trim()));
  return inScope.some((e) => re.test(e.text)) ? undefined : said.toLowerCase();
}
