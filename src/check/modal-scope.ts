/**
 * The scope of a denied modal (round 35, scope35; precision33's pr33-49 and round 34's rule that
 * "may not" is compatible with "may"): "X may not do Y" and "X might not do Y" say a possibility of
 * the denial (the modal over "not"), which a source's "X may do Y" leaves open; "X could not do Y",
 * "X cannot do Y", "X can't do Y" deny the possibility itself ("not" over the modal), which the
 * source's possibility contradicts. The parser reads both as a denial under cg:Possible, so the
 * claim's own words tell them apart: the kind is kept in the interpretation (`modalScope`) and
 * src/check/verdict.ts refutes only the denied possibility, and only in a claim about what a speaker
 * said ("analysts said the bank could not ..."): said flatly, "could not" may be a past inability,
 * which a possibility the source reports does not exclude (round 35, at the merge).
 */
import type { Interpretation } from './types.js';

/** "could not", "couldn't", "cannot", "can not", "can't", "could never", "can never": "not" over the modal (closed grammatical words). */
const DENIED_POSSIBILITY = /\b(?:could|can)\s*(?:not|never)\b|\b(?:could|ca)n[\u2019']t\b|\bcannot\b/i;
/** "may not", "might not", "mightn't", "may never": the modal over "not". */
const POSSIBLE_DENIAL = /\b(?:may|might)\s+(?:not|never)\b|\bmightn[\u2019']t\b/i;

/**
 * How a denial under cg:Possible takes its modal: `denied-possibility` ("could not"), or
 * `possible-denial` ("may not"); undefined for any other reading, or when the claim says both or
 * neither.
 *
 * @example
 * ```ts
 * modalScope('Freedonia could not join the League.', { polarity: 'negative', modality: 'possible' }); // 'denied-possibility'
 * modalScope('Freedonia may not join the League.', { polarity: 'negative', modality: 'possible' }); // 'possible-denial'
 * ```
 */
export function modalScope(text: string, interp: Pick<Interpretation, 'polarity' | 'modality'>): Interpretation['modalScope'] {
  if (interp.polarity !== 'negative' || interp.modality !== 'possible') return undefined;
  const denied = DENIED_POSSIBILITY.test(text);
  const possible = POSSIBLE_DENIAL.test(text);
  if (denied === possible) return undefined;
  return denied ? 'denied-possibility' : 'possible-denial';
}
