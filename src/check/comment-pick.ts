/**
 * Which reader comment a claim means by its rank (round 14): "the first commenter on the League
 * story", "the second reader of the Acme Bank article", "the last comment on it". Comments are
 * ranked by their dates; the rank picks one only when the page's comments are all held and dated
 * on different days (an earlier unheld comment, or two on one day, would shift the rank).
 */
import type { ArticleInfo } from './articles.js';
import type { CheckContext } from './context.js';
import type { Token } from './text.js';
import { ORDINALS } from './values.js';

/** Rank words that count from the end, and those for the start. */
const FROM_END = new Set(['last', 'latest', 'final', 'most recent']);
const FROM_START = new Set(['earliest']);

/** A rank a span opens with and the words after it, or undefined when it opens with none. */
export function leadingRank(tokens: readonly Token[]): { rank: number; fromEnd: boolean; rest: Token[] } | undefined {
  const words = tokens.map((t) => t.raw.toLowerCase());
  const at = words[0] === 'the' ? 1 : 0;
  const w = words[at];
  if (!w) return undefined;
  const n = ORDINALS[w] ?? (FROM_START.has(w) ? 1 : FROM_END.has(w) ? 1 : undefined);
  if (n === undefined) return undefined;
  return { rank: n, fromEnd: FROM_END.has(w), rest: tokens.slice(at + 1) };
}

/**
 * The writer (schema:author IRI) of the comment of that rank on the one article given, or
 * undefined when the rank picks no one for sure.
 *
 * @example
 * ```ts
 * rankedCommenter(ctx, [fixtureStory], { rank: 2, fromEnd: false }); // '…/comment-writer-zed-q'
 * ```
 */
export function rankedCommenter(ctx: CheckContext, articles: readonly ArticleInfo[], r: { rank: number; fromEnd: boolean }): string | undefined {
  void ctx;
  if (articles.length !== 1) return undefined;
  const a = articles[0]!;
  if (a.commentCount === undefined || a.commentCount !== a.comments.length) return undefined;
  const dated = a.comments.filter((c) => c.date);
  if (dated.length !== a.comments.length) return undefined;
  const days = dated.map((c) => c.date!);
  if (new Set(days).size !== days.length) return undefined;
  const sorted = [...dated].sort((x, y) => x.date!.localeCompare(y.date!));
  const c = r.fromEnd ? sorted[sorted.length - r.rank] : sorted[r.rank - 1];
  return c?.author;
}
