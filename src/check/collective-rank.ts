/**
 * Reads a first rank said of a list as the list's places together: "Freedonia, Sylvania and
 * Marsovia are the League's largest shareholders" says the three hold the first three places, not
 * that each holds the first (which only one can: read one by one, the second and third would refute
 * a true claim). Each member is asked at every place from the first to the list's length: the claim
 * holds when every member holds one of them, fails when a member the graph ranks holds none of
 * them, and is otherwise held.
 */
import type { CheckValue, Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import type { CheckContext } from './context.js';
import { describeInterpretation, entityName } from './prose.js';
import { comparisonWords } from './lexicon-words.js';

type Member = Extract<CheckValue, { kind: 'entity' }>;

/** The rank a claim says, when it is the first; undefined otherwise. */
function firstRank(q: Interpretation): CheckValue | undefined {
  const r = q.qualifiers.rank;
  if (!r || (r.kind !== 'number' && r.kind !== 'string')) return undefined;
  return /^0*1(?:\.0+)?$/.test(r.value) ? r : undefined;
}

/**
 * The verdict of "the <first-ranked> N" said of a list of members on the given side, the places
 * read together; undefined when the claim says no first rank or names fewer than two members.
 *
 * @example
 * ```ts
 * // "Freedonia and Sylvania are the League's largest shareholders" (ranks 1 and 2): SUPPORTED
 * collectiveRank(ctx, q, 'subject', items, evaluateClaim)?.verdict;
 * ```
 */
export function collectiveRank(
  ctx: CheckContext, q: Interpretation, side: 'subject' | 'object', items: Member[],
  evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation,
): Evaluation | undefined {
  // a denial ("are not the largest N") is left to the reading one by one
  if (items.length < 2 || side !== 'subject' || q.polarity !== 'positive') return undefined;
  if (comparisonWords(ctx).superlativeNouns.has(q.predicate)) return superlativeList(ctx, q, items, evaluate);
  const rank = firstRank(q);
  if (!rank) return undefined;
  const places = items.length;
  const asked = items.map((m) => {
    const evs = Array.from({ length: places }, (_, i) => evaluate(ctx, { ...q, subject: m, qualifiers: { ...q.qualifiers, rank: { kind: 'number', value: String(i + 1) } } }));
    return { member: m, held: evs.find((e) => e.verdict === 'SUPPORTED'), none: evs.every((e) => e.verdict === 'REFUTED') ? evs[0] : undefined };
  });
  const what = describeInterpretation(ctx, { ...q, qualifiers: { ...q.qualifiers, rank: { kind: 'number', value: `1-${places}` } } });
  const outside = asked.filter((a) => a.none);
  if (outside.length) {
    return {
      verdict: 'REFUTED', reason: 'member-refuted', conflict: false,
      bearings: outside.flatMap((a) => a.none!.bearings),
      explanation: `Read as the first ${places} places together (${what}): ${outside.map((a) => entityName(ctx, a.member.iri)).join(', ')} holds none of them: ${outside[0]!.none!.explanation}`,
    };
  }
  if (asked.every((a) => a.held)) {
    return {
      verdict: 'SUPPORTED', reason: 'all-members', conflict: false,
      bearings: asked.flatMap((a) => a.held!.bearings),
      explanation: `Read as the first ${places} places together (${what}): each of ${items.map((m) => m.label).join(', ')} holds one of them.`,
    };
  }
  const open = asked.filter((a) => !a.held).map((a) => entityName(ctx, a.member.iri));
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'partial', conflict: false, bearings: [],
    explanation: `Read as the first ${places} places together (a first rank said of ${places} names): not enough information on the place of ${open.join(', ')}.`,
  };
}

/**
 * A relation that is itself the first place ("the largest economy in", lexicon `cg:superlativeNoun`)
 * said of a list ("Freedonia and Sylvania are the largest Ruritanian economies"): the graph gives
 * the first place only, so the list fails when none of its members holds it and is otherwise held
 * (the other places are not known).
 */
function superlativeList(
  ctx: CheckContext, q: Interpretation, items: Member[],
  evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation,
): Evaluation {
  const evs = items.map((m) => evaluate(ctx, { ...q, subject: m }));
  const places = items.length;
  if (evs.every((e) => e.verdict === 'REFUTED')) {
    return {
      verdict: 'REFUTED', reason: 'member-refuted', conflict: false, bearings: evs.flatMap((e) => e.bearings),
      explanation: `Read as the first ${places} places together: none of ${items.map((m) => m.label).join(', ')} holds the first: ${evs[0]!.explanation}`,
    };
  }
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'partial', conflict: false, bearings: [],
    explanation: `Read as the first ${places} places together (${describeInterpretation(ctx, q)} said of ${places} names): the graph gives the first place only.`,
  };
}
