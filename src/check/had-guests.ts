/**
 * A host's guests said with "have" (round 29, own29b): "Rufus had three foreign guests at the
 * gala" says "Rufus hosted three foreign guests at the gala", which the count readers decide over
 * the event's closed list of guests (cg:guestCount, src/check/closed-counts and friends): three
 * SUPPORTED, two or four REFUTED, and a person the graph has as a guest of the event "hosting"
 * refuted by the disjointness of host and guest. The nouns are the lexicon's (`cg:guestNoun` on
 * cg:hostOf); the verb must be "had" or "has" right before a count and the noun, with the event
 * after "at" (or "during"), so "had guests" without a count or an event is not read here.
 */
import type { CheckContext } from './context.js';
import { lexiconWords, perLexicon } from './lexicon-words.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** "X had N guests at E": built once per lexicon from its nouns for a host's guests (`cg:guestNoun`); null when it has none. */
const HAD_GUESTS = perLexicon((ctx): RegExp | null => {
  const nouns = lexiconWords(ctx, 'guestNoun');
  if (!nouns.size) return null;
  const noun = `(?:${[...nouns].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => `${escapeRegExp(w)}s`).join('|')})`;
  // the count is one word or two ("three", "at least two", "only three" read by the count readers)
  return cachedRegExp(`^(?<host>\\S.*?)\\s+(?<verb>had|has)\\s+(?<count>(?:(?:at\\s+least|at\\s+most|only|exactly|just)\\s+)?[a-z0-9]+)\\s+(?<adj>[a-z-]+\\s+)?(?<noun>${noun})\\s+(?<rest>(?:at|during)\\s+\\S.*)$`, 'i');
});

/**
 * "X had N [adjective] guests at E ..." said as "X hosted N [adjective] guests at E ..."; undefined
 * for any other text.
 *
 * @example
 * ```ts
 * hadGuestsRewrite(ctx, 'Rufus had three foreign guests at the gala.'); // 'Rufus hosted three foreign guests at the gala.'
 * ```
 */
export function hadGuestsRewrite(ctx: CheckContext, text: string): string | undefined {
  const re = HAD_GUESTS(ctx);
  if (!re) return undefined;
  const m = re.exec(normalizeTypography(text).trim());
  if (!m?.groups) return undefined;
  const { host, verb, count, adj, noun: n, rest } = m.groups;
  // "had no guests", "had some guests": no count the count readers take as a number
  if (/^(?:no|some|many|several|few|any|the|his|her|their|its)$/i.test(count!)) return undefined;
  return `${host} ${verb!.toLowerCase() === 'has' ? 'hosts' : 'hosted'} ${count} ${adj ?? ''}${n} ${rest}`;
}
