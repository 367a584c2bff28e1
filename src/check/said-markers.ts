/**
 * The words that change what a sentence of a comment asserts, shared by the two readers that
 * decide a commenter's claim by the comment's own words (said-words.ts: the words in sequence;
 * said-content.ts: the content words in any order). Found inside a sentence that says "I wonder
 * if X would ..." or "it is not likely that ...", the claim's words are not what the writer said.
 */
import type { CheckContext } from './context.js';
import { normalizeTypography, tokenize } from './text.js';

/** Words that change what a sentence asserts: a denial, a condition, a question, a hedge, a scarcity. */
export const MARKERS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'if', 'whether', 'unless', 'wonder', 'wondered', 'wonders',
  'may', 'might', 'could', 'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'unlikely', 'doubt', 'hope', 'hopes', 'hoped', 'should', 'would',
  'few', 'little', 'hardly', 'barely', 'scarcely']);

/** A word of a text: its normal form, a five-letter stem, whether capitalised, its lower-case form. */
export interface Word { norm: string; stem: string; cap: boolean; raw: string }

/**
 * The words of a text ("n't" as "not"; possessive marks dropped).
 *
 * @example
 * ```ts
 * wordsOf(ctx, "Zed won't come").map((w) => w.raw); // ['zed', 'wo', 'not', 'come'] (as the tokenizer splits)
 * ```
 */
export const wordsOf = (ctx: CheckContext, text: string): Word[] =>
  tokenize(normalizeTypography(text).replace(/n't\b/g, ' not'), ctx.morph)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => ({ norm: t.norm, stem: t.raw.toLowerCase().slice(0, 5), cap: t.cap, raw: t.raw.toLowerCase() }));

/** The markers words use, the reported "would" aside (it is the reported "will"). */
export const markersOf = (ws: readonly Word[]): Set<string> => new Set(ws.map((w) => w.raw).filter((w) => MARKERS.has(w) && w !== 'would'));

/**
 * Whether two texts use the same markers: a comment's sentence says a claim only when it has no
 * denial, hedge or condition the claim lacks, and the claim none the sentence lacks.
 *
 * @example
 * ```ts
 * sameMarkers(ctx, 'I wonder if Zed would come', 'Zed would come'); // false
 * ```
 */
export function sameMarkers(ctx: CheckContext, a: string, b: string): boolean {
  const x = markersOf(wordsOf(ctx, a));
  const y = markersOf(wordsOf(ctx, b));
  return x.size === y.size && [...x].every((m) => y.has(m));
}

/** The sentences of a comment (split at . ! ? ; and at ", so"). */
export const sentencesOf = (text: string): string[] => normalizeTypography(text).split(/(?<=[.!?;])\s+|,\s+so\s+/).map((s) => s.trim()).filter(Boolean);
