/**
 * A purpose clause after a verb of going or gathering: "X went to the summit to sign Y", "Leaders
 * gathered near the city to launch Z", "X was expected to travel to P in June to sign Y". What the
 * claim says was to be done is read as done there: "X signed Y at the summit", "Leaders launched
 * Z near the city" (with the modal and time the claim gives). Only a SUPPORTED reading decides:
 * the graph stating that X did it there says X went there and did it; a graph that says X did
 * not do it there does not say X did not go there meaning to (an aim may fail), so a refuted
 * reading leaves the claim NOT_ENOUGH_INFO with the reading shown.
 */
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { cachedRegExp } from './regex-memo.js';
import type { CheckContext } from './context.js';
import { eventVerb, pastOf } from './nominal-event.js';
import { genericDoers } from './event-purpose.js';

/** The claim read as the purpose done at the place; undefined when it is not of that shape. */
export interface MotionPurpose {
  /** "X signed Y at the summit in June 2016". */
  claim: string;
  /** "went to the summit ... to sign": the words read as going there to do it. */
  motion: string;
}

const MOTION = '(?:go|goes|went|gone|going|travel(?:s|led|ed|ling|ing)?|come|comes|came|coming|head(?:s|ed|ing)?|gather(?:s|ed|ing)?|meet|meets|met|meeting|assembl(?:e|es|ed|ing)|fl(?:y|ies|ew|own|ying)|arriv(?:e|es|ed|ing)|convene(?:s|d)?|convening)';
// the place's preposition, as it reads after the purpose verb ("go to the summit" -> "at the summit")
const PLACE_PREP: Record<string, string> = { to: 'at', at: 'at', in: 'in', near: 'near', into: 'in' };

/**
 * Reads "<who> <go> <prep> <place> to <do ...>" as "<who> <do ...> <prep'> <place>".
 *
 * @example
 * ```ts
 * readMotionPurpose('Freedonia went to the Founders Gala to sign a deal with Sylvania.')?.claim;
 * // 'Freedonia sign a deal with Sylvania at the Founders Gala'
 * ```
 */
export function readMotionPurpose(text: string, ctx?: CheckContext): MotionPurpose | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const m = cachedRegExp(`^(.+?)\\s+(${MOTION})\\s+(to|at|in|near|into)\\s+(.+?)\\s+(?:in order to|so as to|to)\\s+([a-z]+\\b.*)$`, 'i').exec(t);
  if (!m) return ctx ? motionForNoun(ctx, t) : undefined;
  const [, who, verb, prep, place, todo] = m as unknown as [string, string, string, string, string, string];
  // "go to X to" with nothing between is no place
  if (!place.trim() || /^(?:be|have)\b/i.test(todo)) return undefined;
  const where = `${PLACE_PREP[prep.toLowerCase()]!} ${place}`;
  // "Leaders gathered near the city to launch Z": doers the claim does not name, the deed said without them (round 40)
  const deed = /^([a-z]+)\s+(.+)$/i.exec(todo);
  if (ctx && deed && genericDoers(ctx, who)) return { claim: `${deed[2]} was ${pastOf(ctx, deed[1]!.toLowerCase())} ${where}`, motion: `${verb} ${prep} ${place} to` };
  // a time the place phrase ends with stays a time of the deed ("the summit in June 2016")
  return { claim: `${who} ${todo} ${where}`, motion: `${verb} ${prep} ${place} to` };
}

/**
 * "<who> <go> <prep> <place> for the <noun> of <O>": the noun read back into its verb (the
 * lexicon's event nouns, src/check/nominal-event.ts), the deed said as "<who> <verb> <O> <prep'>
 * <place>", or in the passive for doers the claim does not name (round 40).
 */
function motionForNoun(ctx: CheckContext, t: string): MotionPurpose | undefined {
  const m = cachedRegExp(`^(.+?)\\s+(${MOTION})\\s+(to|at|in|near|into)\\s+(.+?)\\s+for\\s+the\\s+([a-z]+(?:-[a-z]+)?)\\s+of\\s+(.+)$`, 'i').exec(t);
  const deed = m ? eventVerb(ctx, m[5]!) : undefined;
  if (!m || !deed) return undefined;
  const [, who, verb, prep, place, noun, object] = m as unknown as [string, string, string, string, string, string, string];
  const where = `${PLACE_PREP[prep.toLowerCase()]!} ${place}`;
  const claim = genericDoers(ctx, who) ? `${object} was ${pastOf(ctx, deed)} ${where}` : `${who} ${deed} ${object} ${where}`;
  return { claim, motion: `${verb} ${prep} ${place} for the ${noun} of` };
}

/**
 * The result of the claim read as the deed done there, told as the claim as written: SUPPORTED
 * stands; REFUTED becomes NOT_ENOUGH_INFO (an aim that failed is still an aim), with the reading
 * and what the graph says in the explanation.
 */
export function withMotionPurpose(claim: string, mp: MotionPurpose, r: CheckResult): CheckResult {
  const note = `read "${mp.motion} ..." as the deed done there: "${mp.claim}"`;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] };
  if (r.verdict !== 'REFUTED') return { ...r, claim: claim.trim(), interpretation, explanation: `Read as "${mp.claim}". ${r.explanation}` };
  return undecidedResult({ ...r, claim: claim.trim(), interpretation },
    `Read as "${mp.claim}", which the graph refutes; but going somewhere to do a thing is not doing it, so the graph does not refute the claim. ${r.explanation}`);
}
