/**
 * A facility's design said in the present (round 29, own29b). A facility under construction has
 * its length, capacity and source as planned, and its article states them as expectations ("the
 * canal will run about 300 kilometres and carry up to 9 million tonnes a year from Port Zenda").
 * People say the design in the present tense: "the canal is 300 km long", "its yearly capacity is
 * 9 million tonnes", "the canal draws its water from Port Zenda". On a property the lexicon marks
 * `cg:designProperty true`, a reading stated in the present tense, without a time of its own and
 * not in the perfect, that the stated claims leave undecided is read as the design: the planned
 * value decides it (a rival length refutes through the property's single value, as "will run about
 * 2,500 km" is refuted). What a facility did or has done ("carried 9 million tonnes in 2016", "has
 * carried") is no design and stays undecided; so does a modal ("may be", its own modality) and a design the
 * source gives only as a perception or a possibility.
 */
import type { CheckContext } from './context.js';
import { TIME_QUALIFIERS } from './claim-index.js';
import { inPresentTense, simplePresentAfter } from './claim-time.js';
import { flaggedProperties } from './lexicon-words.js';
import { normalizeTypography } from './text.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

/**
 * The properties the lexicon marks as a facility's design (`cg:designProperty true`).
 *
 * @example
 * ```ts
 * designProperties(ctx).has(NS.cg + 'lengthKm'); // true
 * ```
 */
export function designProperties(ctx: CheckContext): ReadonlySet<string> {
  return flaggedProperties(ctx, 'designProperty');
}

/**
 * A verb in the simple present right after one of the reading's names ("the canal draws its water
 * from", "Port Zenda feeds the canal"), in a claim with no past or future word (the test of
 * `inPresentTense`, given a present word to start from, as src/check/heads.ts does).
 */
function simplePresent(q: Interpretation, text: string): boolean {
  const t = normalizeTypography(text);
  if (!inPresentTense(`is ${t}`)) return false;
  // (round 41) or after the name's possessed noun ("the canal's water comes from Port Zenda")
  const possessed = t.replace(/(\w)['\u2019]s\s+[a-z]+\s+/gi, '$1 ');
  return [q.subject, q.object].some((v) => {
    const mention = v.kind === 'entity' || v.kind === 'unknown-entity' ? v.mention : undefined;
    return simplePresentAfter(t, mention) || simplePresentAfter(possessed, mention);
  });
}

/** Words of the actual present, or of a change from an earlier state. */
const NOW_WORDS = /\b(?:currently|now|today|nowadays|presently|at\s+present|already|still|longer|anymore|yet|so\s+far|since)\b/i;

/** Qualifiers that give a reading a time of its own ("in 2016", "for ten years"). */
const TIMED = new Set<string>([...TIME_QUALIFIERS, 'duration']);

/**
 * A stated reading of a design property in the present tense, evaluated as the planned design
 * (modality expected); undefined when it is no such reading or the plan does not decide it.
 *
 * @example
 * ```ts
 * // graph: the canal lengthKm 300 (expected); claim "The canal is 300 km long." (present)
 * evaluateAsDesign(presentCtx, lengthReading)?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function evaluateAsDesign(ctx: CheckContext, q: Interpretation, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  // a four-digit measure ("1800 km") is no year to the tense test
  const said = normalizeTypography(text).replace(/\b\d{4}(?=\s*-?\s*(?:km|kilomet|metre|meter|miles?\b|bcm|billion|million|cubic))/gi, 'N');
  if (q.modality !== 'stated' || ctx.perfect || ctx.asOf || !(ctx.present || inPresentTense(said) || simplePresent(q, said))) return undefined;
  if (!designProperties(ctx).has(q.predicate)) return undefined;
  // a word of the actual present or of a change ("currently carries", "no longer carries", "still
  // is") speaks of the facility as it runs, which no plan decides
  if (NOW_WORDS.test(said)) return undefined;
  if (Object.keys(q.qualifiers).some((n) => TIMED.has(n))) return undefined;
  const planned: Interpretation = {
    ...q, modality: 'expected',
    notes: [...(q.notes ?? []), 'a facility\'s design said in the present tense, read as what its source plans (lexicon cg:designProperty)'],
  };
  const ev = evaluateClaim(ctx, planned);
  if (ev.verdict === 'NOT_ENOUGH_INFO') return undefined;
  return { interpretation: planned, evaluation: { ...ev, explanation: `Read as the facility's design, which its source gives as planned (a design property said in the present tense, lexicon cg:designProperty). ${ev.explanation}` } };
}
