/**
 * A name said with its modifiers in another order (round 33, branch desc33): "the Osterlich League
 * summit" for the label "League Osterlich summit", "the Zenda Acme plant" for "Acme Zenda plant". Every
 * word of the span is a word of one label of one entity and every word of that label is in the
 * span, with the same head noun last: the span is that label with its modifiers reordered. A
 * span whose words fit several entities' labels, or a label with a word the span lacks, names
 * none here: a mention that merely shares words with a label ("the Osterlich summit" where the graph
 * labels only "the Zenda summit") was linked by a part of it before and decided claims about
 * another entity.
 *
 * A label "M H in P" is said "P M H" too (the place as a modifier): "the Zenda League summit"
 * for "League summit in Zenda (2016)".
 *
 * Labels with a preposition or a conjunction are left out: "the pipeline from Freedonia to
 * Sylvania" reordered is another pipeline, and the order of those words is their meaning.
 */
import type { CheckContext } from './context.js';
import type { Token } from './text.js';

/** Words whose place in a name is its meaning: a label holding one is never reordered. */
const ORDERED = new Set(['of', 'in', 'to', 'from', 'for', 'and', 'or', 'at', 'by', 'on', 'with', 'between', 'the', 'a', 'an', "'s", 's']);

interface Reordered { size: number; bySorted: Map<string, Array<{ key: string; last: string; iris: Set<string> }>>; words: Set<string> }

const indexes = new WeakMap<object, Reordered>();

function indexOf(ctx: CheckContext): Reordered {
  const hit = indexes.get(ctx.labelIndex);
  if (hit && hit.size === ctx.labelIndex.size) return hit;
  const bySorted = new Map<string, Array<{ key: string; last: string; iris: Set<string> }>>();
  const words = new Set<string>();
  const add = (key: string, norms: string[], last: string, iris: Set<string>): void => {
    if (norms.length < 3 || norms.length > 5 || norms.some((n) => ORDERED.has(n) || !/^[\p{L}\p{N}]/u.test(n))) return;
    const sorted = [...norms].sort().join(' ');
    let list = bySorted.get(sorted);
    if (!list) bySorted.set(sorted, (list = []));
    list.push({ key, last, iris });
    for (const n of norms) words.add(n);
  };
  for (const [key, iris] of ctx.labelIndex) {
    const norms = key.split(' ');
    add(key, norms, norms[norms.length - 1]!, iris);
    // "League summit in Zenda (2016)" is said "the Zenda League summit": the place after "in" put
    // before the head, a trailing parenthesis (a year) aside
    const at = norms.indexOf('in');
    let end = at + 1;
    while (end < norms.length && norms[end] !== '(' && !/^\d{4}$/.test(norms[end]!)) end++;
    if (at >= 1 && end - at - 1 >= 1 && end - at - 1 <= 2) add(key, [...norms.slice(0, at), ...norms.slice(at + 1, end)], norms[at - 1]!, iris);
  }
  const built = { size: ctx.labelIndex.size, bySorted, words };
  indexes.set(ctx.labelIndex, built);
  return built;
}

/**
 * The one entity whose label the span says with its modifiers reordered (the same words, the same
 * head last, a leading "the" aside); undefined when none or several.
 *
 * @example
 * ```ts
 * reorderedName(ctx, tokenize('the Osterlich League summit', ctx.morph)); // '…/league-osterlich-summit' (label "League Osterlich summit")
 * ```
 */
export function reorderedName(ctx: CheckContext, tokens: readonly Token[]): string | undefined {
  const span = tokens[0]?.norm === 'the' ? tokens.slice(1) : tokens;
  if (span.length < 3 || span.length > 5) return undefined;
  const idx = indexOf(ctx);
  // most spans hold a word of no label: rejected before a key is built
  for (const t of span) if (!idx.words.has(t.norm)) return undefined;
  const norms = span.map((t) => t.norm);
  const key = norms.join(' ');
  const last = norms[norms.length - 1]!;
  const found = new Set<string>();
  for (const c of idx.bySorted.get([...norms].sort().join(' ')) ?? []) {
    if (c.key === key || c.last !== last) continue;
    for (const iri of c.iris) found.add(iri);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
