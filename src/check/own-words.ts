/**
 * The lexicon's own words before WordNet's (round 15). A pattern word is widened with its WordNet
 * synonyms and derivations (src/check/lexicon.ts, src/check/context-lexicon.ts), and a claim can
 * then have several readings: one on the lexicon's own words, others through WordNet. The checker
 * tries its readings in rank order and takes the first the graph decides, so a WordNet reading
 * ranked lower still decided the claim whenever the reading on the lexicon's own words was
 * undecided: "Freedonia holds the world's second largest reserves" (a pattern of its own says
 * "hold ... reserves") could be decided as "Freedonia leads the world" through WordNet's hold ~
 * control. A word the lexicon names in a pattern of its own means what those patterns say: a
 * reading that takes it through WordNet is kept only when no reading on the lexicon's own words
 * fits the claim.
 */
import type { CheckContext } from './context.js';
import { literalNodes } from './pattern.js';
import { normWord } from './text.js';

// per relation list (a context and those derived from it share it; it never changes once built)
const ownNorms = new WeakMap<readonly unknown[], Set<string>>();

/**
 * The comparison forms of every literal word of the lexicon's relation patterns (computed once
 * per relation list: the readers' derived contexts share their base's).
 *
 * @example
 * ```ts
 * lexiconOwnNorms(ctx).has(normWord('holds', ctx.morph)); // true when a pattern says "hold"
 * ```
 */
export function lexiconOwnNorms(ctx: CheckContext): Set<string> {
  let set = ownNorms.get(ctx.relations);
  if (!set) {
    set = new Set();
    for (const r of ctx.relations) for (const n of literalNodes(r.pattern.nodes)) set.add(n.norm);
    ownNorms.set(ctx.relations, set);
  }
  return set;
}

/**
 * Whether a reading took a word the lexicon names in its own patterns through WordNet.
 * `widened` lists the claim words read as another pattern word, as the matcher records them
 * ("holds~control": the claim's word, then the pattern's).
 *
 * @example
 * ```ts
 * readsOwnWordThroughWordNet(ctx, ['holds~control']); // true: "hold" is a pattern word of its own
 * readsOwnWordThroughWordNet(ctx, ['obtained~receive']); // false when no pattern says "obtain"
 * ```
 */
export function readsOwnWordThroughWordNet(ctx: CheckContext, widened: readonly string[]): boolean {
  const own = lexiconOwnNorms(ctx);
  return widened.some((w) => own.has(normWord(w.slice(0, w.indexOf('~')).toLowerCase(), ctx.morph)));
}

/**
 * Drops the readings that took one of the lexicon's own words through WordNet when another reading
 * reads the claim with no WordNet word at all (the lexicon's own patterns fit it); otherwise the
 * readings are returned as they are.
 *
 * @example
 * ```ts
 * preferOwnWords(ctx, [{ wordnet: [] }, { wordnet: ['holds~control'] }]); // [{ wordnet: [] }]
 * ```
 */
export function preferOwnWords<R extends { wordnet: readonly string[] }>(ctx: CheckContext, readings: R[]): R[] {
  if (!readings.some((r) => r.wordnet.length === 0)) return readings;
  return readings.filter((r) => !readsOwnWordThroughWordNet(ctx, r.wordnet));
}
