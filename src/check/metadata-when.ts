/**
 * A claim about an article with a "when" clause on its time: "The analysis was already online by
 * early November 2015, when a reader commented on it" is two claims about the page, each read by
 * src/check/metadata.ts: the article online by that time, and the clause at that time, its "it"
 * the article ("a reader commented on the analysis in early November 2015"). Decided by the
 * compound rule: both supported supports, either refuted refutes, else not enough information (the
 * parts shown); undefined when either part is no claim about a page.
 */
import type { CheckContext } from './context.js';
import { checkMetadata } from './metadata.js';
import { normalizeTypography } from './text.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { asRelated } from './related-bearings.js';

/** The two claims a "..., when <clause>" metadata claim makes, or undefined. */
export function splitWhen(text: string): { main: string; clause: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const m = /^(.+?)\s+((?:by|in|on|before)\s+[^,]+?),\s+when\s+(.+)$/i.exec(t);
  if (!m) return undefined;
  const [, head, timed, rest] = m as unknown as [string, string, string, string];
  // the article is the subject: the words before its verb ("The Freedonia analysis was ...")
  const subject = /^(.+?)\s+(?:was|is|had|has|went|were|appeared|came)\b/i.exec(head)?.[1];
  if (!subject || !/\b(?:it|its)\b/i.test(rest)) return undefined;
  const time = timed.replace(/^(?:by|in|on|before)\s+/i, '');
  const clause = rest.replace(/\bit\b/i, subject.replace(/^The\b/, 'the')).replace(/\bits\b/i, `${subject.replace(/^The\b/, 'the')}'s`);
  return { main: `${head} ${timed}`, clause: `${clause} in ${time}` };
}

/**
 * Decides a metadata claim with a "when" clause; undefined when it is not one.
 *
 * @example
 * ```ts
 * checkMetadataWhen(ctx, 'The League article was online by May 2015, when a reader commented on it.')?.evaluation.verdict;
 * ```
 */
export function checkMetadataWhen(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const split = splitWhen(text);
  if (!split) return undefined;
  const main = checkMetadata(ctx, split.main);
  const clause = checkMetadata(ctx, split.clause);
  if (!main || !clause) return undefined;
  const parts = [main, clause];
  const refuted = parts.find((p) => p.evaluation.verdict === 'REFUTED');
  const all = parts.every((p) => p.evaluation.verdict === 'SUPPORTED');
  if (!refuted && !all) {
    const open = parts.find((p) => p.evaluation.verdict === 'NOT_ENOUGH_INFO')!;
    return {
      interpretation: { ...open.interpretation, notes: [...(open.interpretation.notes ?? []), `read "..., when <clause>" as the clause at that time: "${split.clause}"`] },
      evaluation: { ...open.evaluation, verdict: 'NOT_ENOUGH_INFO', conflict: false, bearings: asRelated([...main.evaluation.bearings, ...clause.evaluation.bearings]),
        explanation: `Read as two claims about the page ("${split.main}"; "${split.clause}"), not both decided: ${open.evaluation.explanation}` },
    };
  }
  const chosen = refuted ?? main;
  const explanation = refuted
    ? `Read as two claims about the page ("${split.main}"; "${split.clause}"), and one is refuted: ${refuted.evaluation.explanation}`
    : `Read as two claims about the page, both supported: "${split.main}" (${main.evaluation.explanation}) and "${split.clause}" (${clause.evaluation.explanation})`;
  return {
    interpretation: { ...chosen.interpretation, notes: [...(chosen.interpretation.notes ?? []), `read "..., when <clause>" as the clause at that time: "${split.clause}"`] },
    evaluation: { ...chosen.evaluation, explanation, bearings: refuted ? refuted.evaluation.bearings : [...main.evaluation.bearings, ...clause.evaluation.bearings] },
  };
}
