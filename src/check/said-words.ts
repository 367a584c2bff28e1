/**
 * A commenter's own words (round 12): "Zed Q. wrote that Marsovia has a quiet decade ahead",
 * whose inner claim no pattern reads, is decided by the comment text the graph holds whole
 * (`schema:text`): the words said (four or more, case, punctuation and the reported "would" aside)
 * inside a comment of that writer support; inside another commenter's comment only, they refute
 * the attribution (the commenter swap of src/check/misattribution.ts). An article's author is never
 * decided so (an article says more than the graph holds of it), nor any other wording.
 */
import type { ClaimScope } from './attribution.js';
import { pseudoClaim } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { sameMarkers, sentencesOf } from './said-markers.js';
import { normalizeTypography } from './text.js';
import type { Interpretation, Verdict } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

const words = (s: string): string => ` ${normalizeTypography(s).toLowerCase().replace(/\bwould\b/g, 'will').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** A reader comment held whole: its text, author, article and the sentences of its segment. */
export interface Said { iri: string; author: string; article: string; text: string; sentences: string[] }

/** Every comment the graph holds, in IRI order. */
export function comments(ctx: CheckContext): Said[] {
  const out: Said[] = [];
  for (const c of ctx.store.getSubjects(`${NS.rdf}type`, `${NS.schema}Comment`, null)) {
    const text = ctx.store.getObjects(c, `${NS.schema}text`, null)[0]?.value;
    const author = ctx.store.getObjects(c, `${NS.schema}author`, null)[0]?.value;
    const article = ctx.store.getSubjects(`${NS.schema}comment`, c, null)[0]?.value;
    if (!text || !author || !article) continue;
    const seg = ctx.store.getObjects(c, `${NS.cg}segment`, null)[0];
    const sentences = seg ? ctx.store.getSubjects(`${NS.cg}inSegment`, seg, null).map((s) => s.value).sort() : [];
    out.push({ iri: c.value, author, article, text, sentences });
  }
  return out.sort((a, b) => (a.iri < b.iri ? -1 : 1));
}

/**
 * Decides "<commenter> said P" by the comments' own words; undefined when the scope is no
 * commenter, P is under four words, or no comment holds P's words.
 *
 * @example
 * ```ts
 * saidWords(ctx, { kind: 'agent', iris: [zed], label: 'Zed Q.' }, 'Sylvania has a big year ahead')?.evaluation.verdict;
 * ```
 */
export function saidWords(ctx: CheckContext, scope: ClaimScope, inner: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const said = words(inner);
  if (said.trim().split(' ').length < 4) return undefined;
  const all = comments(ctx);
  if (scope.kind === 'agent' && !scope.iris.every((iri) => all.some((c) => c.author === iri))) return undefined;
  if (scope.kind !== 'agent' && scope.kind !== 'reader') return undefined;
  // the words inside a sentence that wonders, denies or hedges ("I wonder if X would ...") are
  // not what the writer said
  const holds = all.filter((c) => sentencesOf(c.text).some((s) => words(s).includes(said) && sameMarkers(ctx, s, inner)));
  return decideByComments(ctx, scope, holds, inner, 'a commenter\'s own words (schema:text)', (verdict, who, writers) => (verdict === 'SUPPORTED'
    ? `Supported by the comment's own words: ${who}'s comment, which the graph holds whole, says "${inner}".`
    : `Refuted (another commenter): ${who}'s comment, which the graph holds whole, does not say "${inner}"; ${writers}'s comment does.`));
}

/**
 * The verdict of the comments that hold a claim's words (`holds`): the named commenter's own
 * comment (or, for "a reader", any comment of the article) supports; only another commenter's
 * comment refutes, and only a named commenter (a reader not named may be any of them). The
 * explanation is the caller's, given the verdict, the speaker and the other writers; undefined
 * when no comment holds the words.
 *
 * @example
 * ```ts
 * decideByComments(ctx, scope, comments(ctx).filter(holdsWords), inner, 'a commenter\'s own words (schema:text)',
 *   (verdict, who) => `${verdict} by ${who}'s comment`)?.evaluation.verdict;
 * ```
 */
export function decideByComments(
  ctx: CheckContext, scope: ClaimScope, holds: readonly Said[], inner: string, pattern: string,
  explain: (verdict: Verdict, who: string, writers: string) => string,
): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const mine = (c: Said): boolean => (scope.kind === 'agent' ? scope.iris.includes(c.author) : scope.kind === 'reader' ? !scope.articles || scope.articles.includes(c.article) : false);
  const own = holds.filter(mine);
  const others = holds.filter((c) => !mine(c));
  const verdict: Verdict | undefined = own.length ? 'SUPPORTED' : others.length && scope.kind === 'agent' ? 'REFUTED' : undefined;
  if (!verdict) return undefined;
  const cited = verdict === 'SUPPORTED' ? own : others;
  const stance = verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
  const who = scope.kind === 'agent' ? scope.label : 'a reader';
  const bearings: Bearing[] = cited.flatMap((c) => c.sentences.map((s) => ({ claim: pseudoClaim(c.article, [s]), stance, reason: 'article-metadata', note: 'the comment\'s own words' })));
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: who }, predicate: `${NS.schema}text`, predicateName: 'text', object: { kind: 'string', value: inner },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern,
  };
  const writer = (c: Said): string => ctx.store.getObjects(c.author, `${NS.schema}name`, null)[0]?.value ?? 'another reader';
  const explanation = explain(verdict, who, cited.map(writer).join(', '));
  return { interpretation, evaluation: { verdict, reason: verdict === 'REFUTED' ? 'other-commenter' : 'article-metadata', conflict: false, bearings, explanation } };
}
