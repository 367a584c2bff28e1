/**
 * Count words and the words that put a count in focus (round 29, fix22): "Just two readers",
 * "Merely 3 people", "Only a pair of users". Such a phrase counts people and names no one, so a
 * reader that takes a claim's subject as a person's name (a commenter, a writer) must not accept
 * it; and a focus word before a number says the number exactly ("only two" is two, no more).
 * The focus words are lexicon data (`cg:countFocusWord`); the numbers are the value parser's.
 */
import type { CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { CARDINALS } from './values.js';

/** The lexicon's count focus words (`cg:countFocusWord`), lower-cased. */
export function countFocusWords(ctx: CheckContext): ReadonlySet<string> {
  return lexiconWords(ctx, 'countFocusWord');
}

/** Whether a word is a number said in digits or as a cardinal word ("2", "two", "twelve"). */
export function isCountWord(word: string): boolean {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) || CARDINALS[w] !== undefined;
}

/**
 * Whether a phrase taken as a person's name counts people instead: it opens with a count focus
 * word, or one of its words is a number. A name never does ("Just two readers", "Merely 3
 * people", "Only Rufus").
 *
 * @example
 * ```ts
 * countsNoName(ctx, 'Just two readers'); // true
 * countsNoName(ctx, 'Rufus T. Firefly'); // false
 * ```
 */
export function countsNoName(ctx: CheckContext, phrase: string): boolean {
  const words = phrase.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const focus = countFocusWords(ctx);
  return focus.has(words[0]!) || words.some(isCountWord);
}

/**
 * The text with a count focus word before a number said as "exactly <number>" ("Just two
 * readers commented" as "exactly two readers commented"); the text itself when it has none.
 * Only at the start of the text: a focus word elsewhere may bear on another part.
 */
export function focusCountAsExact(ctx: CheckContext, text: string): string {
  const m = /^(\S+)\s+(\S+)(?=\s)/.exec(text);
  if (!m || !countFocusWords(ctx).has(m[1]!.toLowerCase()) || !isCountWord(m[2]!)) return text;
  return `exactly ${m[2]}${text.slice(m[0].length)}`;
}
