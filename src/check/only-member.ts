/**
 * "X is the only <member of G> outside Z" / "... that is not a member of Z": X is a member of the
 * group G and not of Z, and every other member of G is a member of Z. Supported when the graph
 * supports each part (X's denial, every other member's membership); refuted when X is a member of
 * Z, or another member of G is not; otherwise NOT_ENOUGH_INFO with the parts shown.
 */
import { groupMembers } from './claim-index.js';
import type { CheckContext } from './context.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

const ONLY = /^(.+?)\s+(?:is|was|remains|remained)\s+the\s+only\s+(.+?)\s+(?:outside(?:\s+of)?|not\s+in|(?:that|which|who)\s+(?:is|was)\s+not\s+(?:a\s+)?member\s+of|(?:that|which|who)\s+(?:does|did)\s+not\s+belong\s+to)\s+(.+?)$/i;

/**
 * Other words for the same claim (round 18): "the single / sole G" for "the only G", "that is not
 * an Z member" for "that is not a member of Z", "that stayed / remained out of Z" for "that is not
 * a member of Z".
 *
 * @example
 * ```ts
 * onlyOutsideWords('Sylvania is the sole Ruritanian state that is not a League member');
 * // 'Sylvania is the only Ruritanian state that is not a member of League'
 * ```
 */
export function onlyOutsideWords(text: string): string {
  return text.replace(/\bthe\s+(?:single|sole)\s+/i, 'the only ')
    .replace(/\b(that|which|who)\s+(is|was)\s+not\s+(?:a|an)\s+(.+?)\s+member$/i, '$1 $2 not a member of $3')
    .replace(/\b(that|which|who)\s+(?:has\s+)?(?:stayed|stays|stay|remained|remains|kept|keeps)\s+out(?:side)?\s+of\s+/i, '$1 is not a member of ');
}

function one(ctx: CheckContext, phrase: string): { iri: string; label: string; mention: string } | undefined {
  const found = resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph));
  return found.length === 1 ? { iri: found[0]!.iri, label: found[0]!.label, mention: phrase } : undefined;
}

/**
 * Reads and decides "X is the only G outside Z"; undefined when the claim is not of that form, or
 * its names do not each name one entity, G one with members, X one of them.
 *
 * @example
 * ```ts
 * readOnlyOutside(ctx, 'Sylvania is the only Ruritanian state outside the League.')?.evaluation.verdict;
 * ```
 */
export function readOnlyOutside(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const m = ONLY.exec(onlyOutsideWords(normalizeTypography(text).trim().replace(/[.!?]+$/, '')));
  const memberOf = ctx.axioms.properties.get('memberOf');
  if (!m || !memberOf) return undefined;
  const [x, group, z] = [one(ctx, m[1]!), one(ctx, m[2]!), one(ctx, m[3]!)];
  if (!x || !group || !z) return undefined;
  const members = groupMembers(ctx, group.iri);
  if (members.length < 2 || !members.includes(x.iri)) return undefined;
  const base: Interpretation = {
    subject: { kind: 'entity', ...x }, predicate: memberOf, predicateName: 'memberOf', object: { kind: 'entity', ...z },
    polarity: 'negative', modality: 'stated', qualifiers: {}, pattern: '{s} the only {group member} outside {o}',
    notes: [`read as: ${x.label} is not a member of ${z.label}, and every other member of ${group.label} is`],
  };
  const own = evaluateClaim(ctx, base);
  const others = members.filter((o) => o !== x.iri).map((o) => ({ o, ev: evaluateClaim(ctx, { ...base, subject: { kind: 'entity', iri: o, label: entityName(ctx, o) }, polarity: 'positive' }) }));
  const outside = others.filter((e) => e.ev.verdict === 'REFUTED');
  let evaluation: Evaluation;
  if (own.verdict === 'REFUTED') {
    evaluation = { ...own, explanation: `Refuted: read as ${x.label} being the only member of ${group.label} outside ${z.label}, but ${own.explanation.replace(/^Refuted[^:]*: /, '')}` };
  } else if (outside.length) {
    evaluation = { verdict: 'REFUTED', reason: 'group-member-refuted', conflict: false, bearings: outside.flatMap((e) => e.ev.bearings),
      explanation: `Refuted: ${outside.map((e) => entityName(ctx, e.o)).join(', ')}, also a member of ${group.label}, is not a member of ${z.label} either. ${outside[0]!.ev.explanation}` };
  } else if (own.verdict === 'SUPPORTED' && others.every((e) => e.ev.verdict === 'SUPPORTED')) {
    evaluation = { verdict: 'SUPPORTED', reason: 'all-members', conflict: false, bearings: [...own.bearings, ...others.flatMap((e) => e.ev.bearings)],
      explanation: `Supported: ${own.explanation} Every other member of ${group.label} (${others.map((e) => entityName(ctx, e.o)).join(', ')}) is a member of ${z.label}.` };
  } else {
    const open = [...(own.verdict === 'SUPPORTED' ? [] : [x.label]), ...others.filter((e) => e.ev.verdict !== 'SUPPORTED').map((e) => entityName(ctx, e.o))];
    evaluation = { verdict: 'NOT_ENOUGH_INFO', reason: 'partial', conflict: false, bearings: [],
      explanation: `Read as ${x.label} being the only member of ${group.label} outside ${z.label}: not enough information for ${open.join(', ')}.` };
  }
  return { interpretation: base, evaluation };
}
