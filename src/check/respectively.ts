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
 * parts or nothing. Round 38 (misses28): lists of three or more ("A, B and C ... X, Y and Z,
 * respectively") are cut the same way, each member of the first list a whole name and each of the
 * second opening with a word of the last one's shape; "..., respectively, at the Gala" (the word
 * inside the claim) reads as the closing word with the phrase after it said of every statement.
 */
import type { CheckContext } from './context.js';
import { wholeName } from './resolver.js';

/** "respectively" anywhere in a claim: the gate, and the whole-claim reading's veto. */
export const RESPECTIVELY = /\brespectively\b/i;

// "..., respectively" closing the claim
const CLOSING = /^(.+?)[,;]?\s+respectively\s*[.!]?\s*$/i;
// "..., respectively, at the Gala." (the word inside the claim, a phrase said of every statement after it)
const INSIDE = /^(.+?),\s+respectively,\s+((?:from|to|in|for|with|by|at|on|under|during|since)\s[^,]+?)\s*[.!]?\s*$/i;
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
  // two amounts behind one currency sign glued to the figure (a sign, then digits)
  if (a[0] === b[0] && /^[^\w\s]\d/.test(a) && /^[^\w\s]\d/.test(b)) return true;
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
export function respectivelyCuts(ctx: CheckContext, claim: string): string[][] {
  const inside = INSIDE.exec(claim.trim());
  const m = inside ? undefined : CLOSING.exec(claim.trim());
  if (!inside && !m) return [];
  const body = inside ? `${inside[1]!} ${inside[2]!}` : m![1]!;
  const ands = [...body.matchAll(/,?\s+and\s+/gi)];
  // two lists: exactly two "and"s, one closing each list
  if (ands.length !== 2) return [];
  // round 38: a comma before the first "and" makes the first list longer than two
  if (/,/.test(body.slice(0, ands[0]!.index))) return longCuts(ctx, body, ands as [RegExpMatchArray, RegExpMatchArray]);
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

/**
 * The cuts of "A, B and C ... X, Y and Z" (three or more members a list, the same number in each):
 * the first list's members after the opening words are whole names; the second list's middle
 * members are the comma-separated phrases between its first and its last, each opening with a word
 * of the last member's shape, and its first is the shortest run ending the shared words that does
 * too. Any other shape gives no cut.
 */
function longCuts(ctx: CheckContext, body: string, [a1, a2]: [RegExpMatchArray, RegExpMatchArray]): string[][] {
  const heads = body.slice(0, a1.index).split(/\s*,\s*/);
  const first = nameAt(ctx, heads[0]!, true);
  if (!first || heads.slice(1).some((h) => wholeName(ctx, h) === undefined || !/^[A-Z0-9]/.test(h))) return [];
  const opening = heads[0]!.slice(0, heads[0]!.length - first.length).trimEnd();
  const afterFirst = body.slice(a1.index! + a1[0].length, a2.index);
  const last = nameAt(ctx, afterFirst, false);
  if (!last) return [];
  const names = [first, ...heads.slice(1), last];
  const tailSegs = afterFirst.slice(afterFirst.indexOf(last) + last.length).trim().split(/\s*,\s*/);
  // the second list has as many members as the first: the shared words with its first, the middle ones, the last
  if (tailSegs.length !== names.length - 1) return [];
  const rest = body.slice(a2.index! + a2[0].length).trim();
  const tails: Array<[string, string]> = [];
  const t = SHARED_TAIL.exec(rest);
  if (t && t.index > 0) tails.push([rest.slice(0, t.index), rest.slice(t.index).trim()]);
  tails.push([rest, '']);
  const join = (...xs: string[]): string => xs.filter(Boolean).join(' ');
  const words = tailSegs[0]!.split(/\s+/).filter(Boolean);
  const middles = tailSegs.slice(1);
  const cuts: string[][] = [];
  // a member's shape is its first word past a leading "the" ("the Bank, the League and Freedonia")
  const shapeOf = (xs: string[]): string => (xs.length > 1 && /^the$/i.test(xs[0]!) ? xs[1]! : xs[0] ?? '');
  for (const [lastMember, tail] of tails) {
    const shape = shapeOf(lastMember.split(/\s+/));
    if (!middles.every((x) => x && sameShape(shapeOf(x.split(/\s+/)), shape))) continue;
    for (let k = words.length - 1; k >= 0; k--) {
      // never part "the" from its noun
      if (k > 0 && /^the$/i.test(words[k - 1]!)) continue;
      if (!sameShape(shapeOf(words.slice(k)), shape)) continue;
      const shared = words.slice(0, k).join(' ');
      const members = [words.slice(k).join(' '), ...middles, lastMember];
      cuts.push(names.map((n, i) => join(opening, n, shared, members[i]!, tail)));
    }
  }
  return cuts;
}
