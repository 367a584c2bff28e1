/**
 * A possessive written without its apostrophe (round 15): "rufus fireflys tour took him to
 * Sylvania", "Freedonias aid went to Marsovia". People type fast; a name the graph knows with an
 * "s" glued to it, before a word of the noun phrase it owns, is that name's possessive. The claim
 * is read again with the apostrophe ("Rufus Firefly's tour took him to Sylvania"), and the readers
 * of possessives decide.
 *
 * Not read so: a word that ends a label of the graph as it stands ("the United States", a name
 * that is plural itself), a word at the end of the claim or before a capitalised word (no noun
 * phrase follows), a role noun's plural ("prime ministers": the holders), and a name the graph does
 * not know.
 */
import type { CheckContext } from './context.js';
import { rewrittenBy, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { nameKey, normalizeTypography } from './text.js';

const lastWordsOfLabels = new WeakMap<CheckContext, Set<string>>();

/** Lower-case last words of the graph's labels ("states" of "United States"). */
function labelEnds(ctx: CheckContext): Set<string> {
  let set = lastWordsOfLabels.get(ctx);
  if (!set) {
    set = new Set();
    for (const label of ctx.entityLabel.values()) {
      const last = label.trim().split(/\s+/).at(-1);
      if (last) set.add(last.toLowerCase().replace(/[^a-z]/g, ''));
    }
    lastWordsOfLabels.set(ctx, set);
  }
  return set;
}

// A possessive is followed by its noun phrase, never by a preposition, conjunction, article or
// auxiliary: "building Sylvania's ports in order to ..." has no bare possessive in "ports in".
const FUNCTION_WORD = /^(?:in|on|at|to|for|from|of|with|by|into|onto|about|after|before|during|near|over|under|and|or|but|nor|as|than|that|which|who|whom|whose|the|a|an|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|not)\b/i;

/** Longest run of words before a name's last word that may still belong to the name. */
const MAX_NAME_WORDS = 4;

/**
 * The claim with the first name-plus-"s" before a noun written as the name's possessive, or
 * undefined when there is none.
 *
 * @example
 * ```ts
 * barePossessiveRewrite(ctx, 'rufus fireflys tour took him to Sylvania.');
 * // "rufus firefly's tour took him to Sylvania."
 * barePossessiveRewrite(ctx, 'The United States stayed out.'); // undefined
 * ```
 */
export function barePossessiveRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  const words = [...text.matchAll(/[A-Za-z][A-Za-z-]*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const ends = labelEnds(ctx);
  for (const [i, w] of words.entries()) {
    if (!/^[A-Za-z-]{2,}s$/.test(w.text) || /'s$/.test(w.text) || ends.has(w.text.toLowerCase())) continue;
    // the possessed noun follows: a lower-case word or a number ("fireflys 2001 tour")
    const after = text.slice(w.end).match(/^\s+(\S+)/)?.[1];
    if (!after || !/^(?:[a-z]|\d)/.test(after) || FUNCTION_WORD.test(after)) continue;
    const stem = w.text.slice(0, -1);
    // round 39 (misses30c): a role noun's plural ("Freedonian prime ministers visited Sylvania") is
    // the holders, not the office's possessive ("prime minister's visited"): a lower-case role
    // word with its "s" is a plural
    if (/^[a-z]/.test(w.text) && [0, 1, 2].some((k) => i >= k && ctx.offices.has(nameKey([...words.slice(i - k, i).map((x) => x.text), stem].join(' '), ctx.morph)))) continue;
    // round 33 (users26): "Zenda airport" is a name the graph knows as it stands (an alias), not
    // "Zend's airport": the word with its "s" and the noun after it, as one name, is no possessive
    const next = words[i + 1];
    const spans = [...Array(Math.min(i, MAX_NAME_WORDS - 1) + 1).keys()].map((k) => text.slice(words[i - k]!.start, next?.end));
    if (next && /^\s+$/.test(text.slice(w.end, next.start)) && spans.some((span) => ctx.labelIndex.has(nameKey(span, ctx.morph)))) continue;
    for (let k = Math.min(i, MAX_NAME_WORDS - 1); k >= 0; k--) {
      const name = [...words.slice(i - k, i).map((x) => x.text), stem].join(' ');
      // the name's words must be adjacent in the claim (no punctuation between them)
      if (k && !/^[A-Za-z\s-]+$/.test(text.slice(words[i - k]!.start, w.end))) continue;
      if (ctx.labelIndex.has(nameKey(name, ctx.morph))) return `${text.slice(0, w.end - 1)}'s${text.slice(w.end)}`;
    }
  }
  return undefined;
}

/**
 * The bare-possessive reader: the claim with its possessive restored, rechecked. An undecided
 * reading is only held: a plural before a verb ("the republics attended") is read so too, and a
 * later reader (a count) may read the claim as it is.
 *
 * @example
 * await readBarePossessive(input); // "rufus fireflys tour took him to Sylvania" -> "Rufus Firefly's tour ..."
 */
export async function readBarePossessive(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  const out = await rewrittenBy(barePossessiveRewrite, 'a possessive written without its apostrophe')(input);
  return out && 'decided' in out && out.decided.verdict === 'NOT_ENOUGH_INFO' ? { held: out.decided } : out;
}
