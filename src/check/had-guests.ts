/**
 * A host's guests said with "have" (round 29, own29b): "Rufus had three foreign guests at the
 * gala" says "Rufus hosted three foreign guests at the gala", which the count readers decide over
 * the event's closed list of guests (cg:guestCount, src/check/closed-counts and friends): three
 * SUPPORTED, two or four REFUTED, and a person the graph has as a guest of the event "hosting"
 * refuted by the disjointness of host and guest. The nouns are the lexicon's (`cg:guestNoun` on
 * cg:hostOf); the verb must be "had" or "has" right before a count and the noun, with the event
 * after "at" (or "during"), so "had guests" without a count or an event is not read here.
 */
import { NS, type CheckContext } from './context.js';
import { escapeRegExp, normalizeTypography } from './text.js';

const nounsOf = new WeakMap<object, string[]>();

/** The lexicon's nouns for a host's guests (`cg:guestNoun`), longest first. */
function guestNouns(ctx: CheckContext): string[] {
  let n = nounsOf.get(ctx.lexicon);
  if (!n) {
    n = [...new Set(ctx.lexicon.getQuads(null, NS.cg + 'guestNoun', null, null).map((q) => q.object.value.toLowerCase()))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    nounsOf.set(ctx.lexicon, n);
  }
  return n;
}

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
  const nouns = guestNouns(ctx);
  if (!nouns.length) return undefined;
  const noun = `(?:${nouns.map((w) => `${escapeRegExp(w)}s`).join('|')})`;
  // the count is one word or two ("three", "at least two", "only three" read by the count readers)
  const re = new RegExp(`^(?<host>\\S.*?)\\s+(?<verb>had|has)\\s+(?<count>(?:(?:at\\s+least|at\\s+most|only|exactly|just)\\s+)?[a-z0-9]+)\\s+(?<adj>[a-z-]+\\s+)?(?<noun>${noun})\\s+(?<rest>(?:at|during)\\s+\\S.*)$`, 'i');
  const m = re.exec(normalizeTypography(text).trim());
  if (!m?.groups) return undefined;
  const { host, verb, count, adj, noun: n, rest } = m.groups;
  // "had no guests", "had some guests": no count the count readers take as a number
  if (/^(?:no|some|many|several|few|any|the|his|her|their|its)$/i.test(count!)) return undefined;
  return `${host} ${verb!.toLowerCase() === 'has' ? 'hosts' : 'hosted'} ${count} ${adj ?? ''}${n} ${rest}`;
}
