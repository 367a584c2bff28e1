/**
 * "No longer" says two things (round 26, branch precision26): the claim does not hold now, and it
 * once did. The parser reads "no longer" as a plain denial (lexicon `cg:Negative`), which the
 * graph's denial supports; but "Sylvania is no longer a member of the League", against a source
 * saying only that Sylvania is not a member, would then be supported though nothing says Sylvania
 * ever was one (the cessation verbs of src/check/aspect.ts are held the same way: refutation only).
 *
 * So a supported "no longer" reading is held unless the support is a source claim that says the
 * thing as former (cg:former: "Rufus, a former minister"), which says both halves. A refutation
 * still decides: the source saying it holds now excludes "no longer".
 */
import { asRelated } from './related-bearings.js';
import type { Evaluation } from './verdict.js';
import type { Interpretation } from './types.js';

/** "no longer", "no-longer", not inside another word. */
const NO_LONGER = /\bno[\s-]+longer\b/i;

/**
 * The evaluation of a reading of a "no longer" claim: held (undecided, the support kept as
 * related) when the graph supports only the denial; else unchanged.
 *
 * @example
 * ```ts
 * holdNoLonger('Sylvania is no longer a member of the League.', reading, supportedByDenial).verdict; // 'NOT_ENOUGH_INFO'
 * holdNoLonger('Rufus is no longer the minister.', reading, supportedByFormer).verdict; // 'SUPPORTED'
 * ```
 */
export function holdNoLonger(text: string, q: Interpretation, ev: Evaluation): Evaluation {
  if (ev.verdict !== 'SUPPORTED' || q.polarity !== 'negative' || !NO_LONGER.test(text)) return ev;
  const supports = ev.bearings.filter((b) => b.stance === 'supports');
  // a former holder's claim says it held once and holds no more: both halves of "no longer"
  if (supports.length && supports.every((b) => (b.claim.qualifiers.get('former') ?? []).includes('true'))) return ev;
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'qualifier', conflict: false,
    bearings: asRelated(ev.bearings, 'supports'),
    explanation: `Not enough information: "no longer" also says it once held, which the graph does not state; it states only the denial. ${ev.explanation}`,
  };
}
