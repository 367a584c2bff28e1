/**
 * "Respectively" pairs two lists member by member (round 37, users29's F13): "Rufus and Zenda are
 * the presidents of the League and the Bank, respectively" says Rufus is the League's president and
 * Zenda the Bank's. The word was skipped as an adverb, and the claim was read all with all (each
 * name with each office) or in part, and a true claim refuted. Here the claim is cut into its two
 * statements: the first list is two names ("A and B", read as whole names), the second the two
 * phrases joined by the claim's last "and", the first of them opening with a word of the second's
 * shape ("the Bank" pairs with "the League", "2010" with "2001", "Sylvania" with "Grand Fenwick"),
 * the shortest such first; the words between
 * the lists are shared, and a phrase after the second list that opens with a preposition ("... from
 * Freedonia") is said of both. A claim with "respectively" is never read as a whole (parser.ts): its
 * parts or nothing.
 */
import type { CheckContext } from './context.js';
import { wholeName } from './resolver.js';

/** "respectively" anywhere in a claim: the gate, and the whole-claim reading's veto. */
export const RESPECTIVELY = /\brespectively\b/i;

// "..., respectively" closing the claim
const CLOSING = /^(.+?)[,;]?\s+respectively\s*[.!]?\s*$/i;
// a preposition opening a phrase said of both statements ("from Freedonia", "in 2015")
const SHARED_TAIL = /\s+(?=(?:from|to|in|for|with|by|at|on|under|during|since)\s)/i;

/** The longest run of words at the end (or the start) of `text` that is one whole name, or undefined. */
function nameAt(ctx: CheckContext, text: string, end: boolean): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    const run = end ? words.slice(-n) : words.slice(0, n);
    // the run's outer word is the name's own (a capital or a digit), never a skipped word ("are the")
    if (!/^[A-Z0-9]/.test((end ? run[0] : run[run.length - 1])!)) continue;
    const span = run.join(' ');
    if (wholeName(ctx, span)) return span;
  }
  return undefined;
}

/** Whether two words may open the two members of one list: the same word, two numbers, or two names. */
function sameShape(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  return (/^\d/.test(a) && /^\d/.test(b)) || (/^[A-Z]/.test(a) && /^[A-Z]/.test(b));
}

/**
 * The candidate cuts of a "respectively" claim into its two statements, the likeliest first
 * (each a pair of texts), or none when the claim has not the shape read here.
 *
 * @example
 * ```ts
 * respectivelyCuts(ctx, 'Rufus and Zenda lead the League and the Bank, respectively');
 * // [['Rufus lead the League', 'Zenda lead the Bank'], ...]
 * ```
 */
export function respectivelyCuts(ctx: CheckContext, claim: string): Array<[string, string]> {
  const m = CLOSING.exec(claim.trim());
  if (!m) return [];
  const body = m[1]!;
  const ands = [...body.matchAll(/\s+and\s+/gi)];
  // two lists of two: exactly two "and"s, no comma inside the lists (a longer list is not read)
  if (ands.length !== 2) return [];
  const [a1, a2] = ands as [RegExpMatchArray, RegExpMatchArray];
  const left1 = nameAt(ctx, body.slice(0, a1.index), true);
  const afterFirst = body.slice(a1.index! + a1[0].length, a2.index);
  const right1 = nameAt(ctx, afterFirst, false);
  if (!left1 || !right1) return [];
  const opening = body.slice(0, a1.index! - left1.length).trimEnd();
  const between = afterFirst.slice(afterFirst.indexOf(right1) + right1.length).trim();
  if (/,/.test(between)) return [];
  const rest = body.slice(a2.index! + a2[0].length).trim();
  // the second list's second member, with a shared phrase after it or without
  const tails: Array<[string, string]> = [];
  const t = SHARED_TAIL.exec(rest);
  if (t && t.index > 0) tails.push([rest.slice(0, t.index), rest.slice(t.index).trim()]);
  tails.push([rest, '']);
  const words = between.split(/\s+/).filter(Boolean);
  const join = (...xs: string[]): string => xs.filter(Boolean).join(' ');
  const cuts: Array<[string, string]> = [];
  for (const [right2, tail] of tails) {
    const first = right2.split(/\s+/)[0]!;
    // the first member of the second list: the shortest run ending the shared words that opens
    // with the second member's first word
    for (let k = words.length - 1; k >= 0; k--) {
      if (!sameShape(words[k]!, first)) continue;
      const shared = words.slice(0, k).join(' ');
      const left2 = words.slice(k).join(' ');
      cuts.push([join(opening, left1, shared, left2, tail), join(opening, right1, shared, right2, tail)]);
    }
  }
  return cuts;
}
