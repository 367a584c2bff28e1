/**
 * A commenter's words said in another order (round 19): "Zed Q. expects Marsovia to have a big
 * year", where Zed Q. wrote "so Marsovia has a big year ahead". src/check/said-words.ts decides a
 * commenter's claim only when the comment holds its words in sequence; a report of speech rarely
 * keeps them ("expects X to have" for "X has ... ahead", "will host this summer's summit" for "will
 * host the summit this summer"). Here the claim's content words (no auxiliary, modal, pronoun,
 * article or preposition: said-nowhere.ts `FUNCTION_WORDS`), at least three of them, must all be
 * in one sentence of a comment, its names in the claim's order; the sentence may say more.
 *
 * Its denials and hedges must be the claim's too: a comment sentence with "not", "never", "if",
 * "wonder", "may", "could" ... says something else than the plain claim (and a claim with one says
 * something else than the plain comment). Found in a comment of that writer: SUPPORTED; found only
 * in another commenter's comment, the named writer's comment (held whole) not saying it: REFUTED,
 * as src/check/said-words.ts does. An author's article is never decided so (it says more than the
 * graph holds of it).
 */
import type { ClaimScope } from './attribution.js';
import type { CheckContext } from './context.js';
import { FUNCTION_WORDS } from './said-nowhere.js';
import { MARKERS, markersOf, sentencesOf, wordsOf, type Word } from './said-markers.js';
import { comments, decideByComments } from './said-words.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/**
 * Scope words: quantifiers, ordinals and time adverbs that FUNCTION_WORDS leaves out of the
 * content words but that change what is said ("its last loan" is not "its first loan", "all
 * summits" not "the summit"). Each one the claim uses must be in the comment's sentence too; one
 * only the comment uses narrows what the claim says less of ("its first loan" says "a loan").
 */
const SCOPE_WORDS = new Set(('all any some each every only just even still yet already ever soon now again more most less least '
  + 'much many own same both either first last next once often always rarely other another').split(' '));

/** Whether one sentence says the claim's content words (names in order), with the same markers and the claim's scope words. */
function says(ctx: CheckContext, sentence: string, content: Word[], marks: Set<string>, scope: string[]): boolean {
  const ws = wordsOf(ctx, sentence);
  const own = markersOf(ws);
  if (own.size !== marks.size || [...own].some((m) => !marks.has(m))) return false;
  if (scope.some((s) => !ws.some((w) => w.raw === s))) return false;
  const at = (w: Word, from: number): number => ws.findIndex((x, i) => i >= from && (x.norm === w.norm || (w.stem.length >= 4 && x.stem === w.stem)));
  let last = -1;
  for (const w of content) {
    if (w.cap) {
      const i = at(w, last + 1);
      if (i < 0) return false;
      last = i;
    } else if (at(w, 0) < 0) return false;
  }
  return true;
}

/**
 * Decides "<commenter> said P" by the content words of one comment sentence (see the module
 * comment); undefined when the scope is no commenter, P has under three content words, or no
 * comment sentence holds them.
 *
 * @example
 * ```ts
 * saidContent(ctx, { kind: 'agent', iris: [zed], label: 'Zed Q.' }, 'Marsovia will have a big year')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function saidContent(ctx: CheckContext, scope: ClaimScope, inner: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  if (scope.kind !== 'agent' && scope.kind !== 'reader') return undefined;
  const all = comments(ctx);
  if (scope.kind === 'agent' && !scope.iris.every((iri) => all.some((c) => c.author === iri))) return undefined;
  const ws = wordsOf(ctx, inner);
  const marks = markersOf(ws);
  const content = ws.filter((w) => !FUNCTION_WORDS.has(w.raw) && !MARKERS.has(w.raw) && (w.raw.length >= 3 || /^\d/.test(w.raw)));
  if (content.length < 3) return undefined;
  const scopeWords = ws.map((w) => w.raw).filter((w) => SCOPE_WORDS.has(w));
  const holds = all.filter((c) => sentencesOf(c.text).some((s) => says(ctx, s, content, marks, scopeWords)));
  const listed = content.map((w) => `"${w.raw}"`).join(', ');
  return decideByComments(ctx, scope, holds, inner, 'a commenter\'s words in another order (schema:text)', (verdict, who, writers) => (verdict === 'SUPPORTED'
    ? `Supported by the comment's words: ${who}'s comment, which the graph holds whole, says ${listed} in one sentence (its names in that order, with no denial or hedge the claim lacks), as "${inner}" does.`
    : `Refuted (another commenter): ${who}'s comment, which the graph holds whole, does not say "${inner}"; ${writers}'s comment says ${listed} in one sentence.`));
}
