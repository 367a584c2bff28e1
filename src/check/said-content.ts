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
import { NS, type CheckContext } from './context.js';
import { perLexicon } from './lexicon-words.js';
import { FUNCTION_WORDS } from './said-nowhere.js';
import { MARKERS, markersOf, sentencesOf, wordsOf, type Word } from './said-markers.js';
import { comments, decideByComments } from './said-words.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/**
 * Quantifiers that FUNCTION_WORDS leaves out of the content words but that change what is said
 * ("all summits" is not "the summit"; time and rank words are TIME_WORDS and RANK_WORDS below).
 * Each one the claim uses must be in the comment's sentence too.
 */
const SCOPE_WORDS = new Set('all any some each every just even now much many own same both either often rarely other another'.split(' '));

/**
 * Words of time and order (round 27): function words to the content match, yet they change what is
 * said ("before the end of 2016" is not "only after 2016"), so a claim must use the sentence's own,
 * no more and no fewer. A rank ("first", "last", "next") the claim may leave out ("a loan" for
 * "its first loan"), never add or change.
 */
const TIME_WORDS = new Set(['before', 'after', 'since', 'until', 'till', 'only', 'already', 'still', 'yet', 'again', 'ever', 'always', 'once',
  'longer', 'more', 'less', 'most', 'least', 'than', 'too', 'during', 'within', 'soon', 'later', 'earlier']);
const ORDINALS = ['first', 'last', 'next', 'second', 'third'];
/**
 * The rank words: the ordinals and the ranks said in other words (lexicon `cg:sameRankWord`: a
 * "debut" or "maiden" loan is the first one), each word -> the rank it names.
 */
const RANK_WORDS = perLexicon((ctx): Map<string, string> => {
  const ranks = new Map(ORDINALS.map((w) => [w, w]));
  for (const q of ctx.lexicon.getQuads(null, NS.cg + 'sameRankWord', null, null)) {
    const [word, rank] = q.object.value.split('=>').map((w) => w.trim().toLowerCase());
    if (word && rank) ranks.set(word, rank);
  }
  return ranks;
});

/** Whether the claim's time and rank words agree with the sentence's (see TIME_WORDS). */
function sameTimeWords(ctx: CheckContext, claim: Word[], sentence: Word[]): boolean {
  // "by" before a number or "end" is "before" ("by end-2016" for "before the end of 2016"); "by" else is no time word
  const timed = (ws: Word[]): string[] => ws.map((w, i) => (w.raw === 'by' && (/^(?:\d|end$)/.test(ws[i + 1]?.raw ?? '') || (ws[i + 1]?.raw === 'the' && ws[i + 2]?.raw === 'end')) ? 'before' : w.raw));
  const of = (ws: Word[], set: { has(w: string): boolean }): Set<string> => new Set(timed(ws).filter((w) => set.has(w)));
  const [ct, st] = [of(claim, TIME_WORDS), of(sentence, TIME_WORDS)];
  if (ct.size !== st.size || [...ct].some((w) => !st.has(w))) return false;
  const ranks = RANK_WORDS(ctx);
  const rank = (ws: Word[]): string[] => [...of(ws, ranks)].map((w) => ranks.get(w)!);
  const sr = rank(sentence);
  return rank(claim).every((w) => sr.includes(w));
}

/**
 * Whether one sentence says the claim's content words (names in order), with the same markers,
 * time and rank words, and the claim's quantifiers.
 */
function says(ctx: CheckContext, sentence: string, content: Word[], marks: Set<string>, claim: Word[]): boolean {
  const ws = wordsOf(ctx, sentence);
  const own = markersOf(ws);
  if (own.size !== marks.size || [...own].some((m) => !marks.has(m))) return false;
  if (!sameTimeWords(ctx, claim, ws)) return false;
  if (claim.some((c) => SCOPE_WORDS.has(c.raw) && !ws.some((w) => w.raw === c.raw))) return false;
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
  const content = ws.filter((w) => !FUNCTION_WORDS.has(w.raw) && !MARKERS.has(w.raw) && !RANK_WORDS(ctx).has(w.raw) && (w.raw.length >= 3 || /^\d/.test(w.raw)));
  if (content.length < 3) return undefined;
  const holds = all.filter((c) => sentencesOf(c.text).some((s) => says(ctx, s, content, marks, ws)));
  const listed = content.map((w) => `"${w.raw}"`).join(', ');
  return decideByComments(ctx, scope, holds, inner, 'a commenter\'s words in another order (schema:text)', (verdict, who, writers) => (verdict === 'SUPPORTED'
    ? `Supported by the comment's words: ${who}'s comment, which the graph holds whole, says ${listed} in one sentence (its names in that order, with no denial or hedge the claim lacks), as "${inner}" does.`
    : `Refuted (another commenter): ${who}'s comment, which the graph holds whole, does not say "${inner}"; ${writers}'s comment says ${listed} in one sentence.`));
}
