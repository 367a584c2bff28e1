/**
 * The quote of a proposal: the exact words of one sentence a reading rests on, widened word by
 * word until they occur once in the whole article, as claims.yaml requires (the build rejects a
 * quote it finds twice or across sentences).
 */
import { findQuote } from '../source/index.js';

/** Punctuation a quote should neither start nor end with (it reads as a cut). */
const EDGE = /^[\s,;:.!?)\]}\u00BB\u201D\u2019'"-]+|[\s,;:(\[{\u00AB\u201C\u2018'"-]+$/gu;

/**
 * The shortest quote that contains `sentence.slice(begin, end)` (UTF-16 offsets in the
 * sentence), lies in the sentence and occurs exactly once in `article`; undefined when even the
 * whole sentence occurs more than once.
 *
 * @example
 * ```ts
 * uniqueQuote('A met B. A met C.', 'A met C.', 0, 5); // 'A met C'
 * ```
 */
export function uniqueQuote(article: string, sentence: string, begin: number, end: number): string | undefined {
  let b = Math.max(0, begin);
  let e = Math.min(sentence.length, end);
  // never cut a word
  while (b > 0 && isWordChar(sentence[b - 1]!) && isWordChar(sentence[b]!)) b--;
  while (e < sentence.length && isWordChar(sentence[e - 1]!) && isWordChar(sentence[e]!)) e++;
  // a determiner belongs to the phrase it opens ("All G countries", "the G countries")
  const det = /(?<![\p{L}\p{N}])(?:(?:all|both|each|every)(?:\s+(?:of\s+)?the)?|the)\s+$/iu.exec(sentence.slice(0, b));
  if (det) b -= det[0].length;
  // a bracket or quotation mark opened inside the quote is closed inside it
  for (const [open, close] of [['(', ')'], ['\u2018', '\u2019'], ['\u201C', '\u201D'], ['[', ']']] as const) {
    const inside = sentence.slice(b, e);
    if (inside.split(open).length > inside.split(close).length && sentence[e] === close) e++;
  }
  for (;;) {
    const q = trimEdges(sentence.slice(b, e));
    if (q && findQuote(article, q).length === 1) return q;
    if (b === 0 && e === sentence.length) return undefined;
    // widen by one word on the side with more room, the right first (quotes read forwards)
    if (e < sentence.length) e = nextWordEnd(sentence, e);
    else b = previousWordStart(sentence, b);
  }
}

function trimEdges(s: string): string {
  return s.replace(EDGE, '').trim();
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

function nextWordEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isWordChar(s[i]!)) i++;
  while (i < s.length && isWordChar(s[i]!)) i++;
  return i;
}

function previousWordStart(s: string, from: number): number {
  let i = from;
  while (i > 0 && !isWordChar(s[i - 1]!)) i--;
  while (i > 0 && isWordChar(s[i - 1]!)) i--;
  return i;
}
