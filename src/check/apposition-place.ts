/**
 * An apposition after a place named with "in" / "near" / "at" (round 37, users29's F12): it is said
 * of the place, never read into the subject's statement ("Zenda is in Sylvania, a Ruritanian
 * republic" is not "Zenda is part of Ruritania"). Its own module, apart from place-apposition.ts:
 * parser.ts asks it of every reading, and place-apposition.ts's reader kit imports the parser.
 */
import { normalizeTypography } from './text.js';
import type { CheckValue, Interpretation } from './types.js';

// "in / near / at <place>" with the place's mention ending the text (round 37)
const PLACE_PREPOSITION = /\b(?:in|near|at|inside|outside)\s+(?:the\s+)?$/i;
// an apposition opening right after the place: ", a Ruritanian republic", ", one of ..."
const APPOSITION_AFTER = /^\s*,\s+(?:a|an|the|one\s+of)\s[^,]*/i;

/**
 * Whether a reading takes words of an apposition said of its place as said of its subject (round
 * 37, users29 F12): in "Zenda is in Sylvania, a Ruritanian republic" the apposition describes
 * Sylvania, yet the pattern "{s} [a] {o} republic" read it as "Zenda is part of Ruritania" with
 * "in Sylvania" for its place, and refuted it by the region's list of members. A reading whose
 * place qualifier (whatever its name: a location, a region; after "in", "near", "at") is followed
 * by a comma and an apposition holding the reading's subject or object is none; the compound cut reads the two statements ("Zenda is in
 * Sylvania", "Sylvania is a Ruritanian republic").
 *
 * @example
 * ```ts
 * appositionOfPlace('Zenda is in Sylvania, a Ruritanian republic', zendaPartOfRuritaniaInSylvania); // true
 * ```
 */
export function appositionOfPlace(claim: string, interp: Interpretation): boolean {
  const text = normalizeTypography(claim);
  const lower = text.toLowerCase();
  return Object.values(interp.qualifiers).some((place) => place.kind === 'entity' && !!place.mention && placeApposition(text, lower, place.mention.toLowerCase(), interp));
}

/** Whether the place named by `mention` after a preposition has an apposition holding the reading's subject or object. */
function placeApposition(text: string, lower: string, mention: string, interp: Interpretation): boolean {
  for (let at = lower.indexOf(mention); at >= 0; at = lower.indexOf(mention, at + 1)) {
    if (!PLACE_PREPOSITION.test(text.slice(0, at))) continue;
    const end = at + mention.length;
    const appo = APPOSITION_AFTER.exec(text.slice(end));
    if (!appo) continue;
    const span = lower.slice(end, end + appo[0].length);
    const inside = (v: CheckValue): boolean => v.kind === 'entity' && !!v.mention && span.includes(v.mention.toLowerCase()) && !lower.slice(0, end).includes(v.mention.toLowerCase());
    if (inside(interp.object) || inside(interp.subject)) return true;
  }
  return false;
}
