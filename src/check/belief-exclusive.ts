/**
 * Whether believing one value excludes believing another (round 31, branch precision31): a
 * commenter's belief misquoted with one name swapped ("Zed Q. thinks Marsovia leads the Bank" when
 * Zed Q. wrote that Sylvania does) is refuted only when the thing can have one value at a time;
 * otherwise what the commenter wrote does not show what the commenter does not believe, and the
 * misquote is held (belief-frame.ts heldMisquote).
 *
 * The ontology decides first: the believed words are read, and the side the swapped name fills is
 * single-valued when the property is declared so for it: owl:FunctionalProperty, cg:oneStateAtATime
 * or cg:oneNamedAtATime, or a class restriction of at most one value (`maxOne`) for the object;
 * owl:InverseFunctionalProperty or cg:oneHolderAtATime for the subject. Words that describe one
 * thing (lexicon cg:singleThingWord: "the League summit", "its first loan") decide when the
 * ontology declares nothing for the reading, or the words are not read: round 30's word test, now
 * lexicon data; the ontology does not say that an event has one host (co-hosts exist) nor that a
 * first loan has one borrower, and own labels rest on both.
 */
import type { CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { fitsClass, parseClaim } from './parser.js';
import type { CheckValue, Interpretation } from './types.js';

/**
 * True when a belief in `inner` (with `said` the name the claim has where the comment has another)
 * excludes the comment's value.
 *
 * @example
 * ```ts
 * // the Bank is led by one state (a class restriction on cg:ledBy)
 * exclusiveBelief(ctx, 'Marsovia leads ADB-X', 'marsovia'); // true
 * exclusiveBelief(ctx, 'Marsovia has a big year ahead', 'marsovia'); // false
 * ```
 */
export function exclusiveBelief(ctx: CheckContext, inner: string, said?: string): boolean {
  const reading = readingOf(ctx, inner);
  if (reading && said && singleValued(ctx, reading, said.toLowerCase())) return true;
  const single = lexiconWords(ctx, 'singleThingWord');
  return inner.toLowerCase().split(/[^\p{L}]+/u).some((w) => single.has(w));
}

function readingOf(ctx: CheckContext, text: string): Interpretation | undefined {
  try {
    return parseClaim(ctx, text).readings[0]?.interpretation;
  } catch {
    return undefined;
  }
}

const mentions = (v: CheckValue): string => ('mention' in v && v.mention ? v.mention : '').toLowerCase();
const iriOf = (v: CheckValue): string | undefined => (v.kind === 'entity' ? v.iri : undefined);

/** The swapped name's side of the reading has one value at a time, by the ontology. */
function singleValued(ctx: CheckContext, q: Interpretation, said: string): boolean {
  const ax = ctx.axioms;
  const p = q.predicate;
  const one = (of: string | undefined, prop: string): boolean => !!of && (ax.maxOne.get(prop) ?? []).some((r) => fitsClass(ctx, of, r.subjectClass));
  if (mentions(q.object).includes(said)) {
    return ax.functional.has(p) || ax.oneStateAtATime.has(p) || ax.oneNamedAtATime.has(p) || one(iriOf(q.subject), p);
  }
  if (mentions(q.subject).includes(said)) {
    return ax.inverseFunctional.has(p) || ax.oneHolderAtATime.has(p) || [...(ax.inverse.get(p) ?? [])].some((inv) => one(iriOf(q.object), inv));
  }
  return false;
}
