/**
 * An organisation followed by its city after a comma (round 26): "an associate fellow at the Zenda
 * Institute, Gala City", "X works for ZI, Gala City". A byline or letterhead writes an institution's
 * seat so; the comma is no second statement ("Gala City is part of ZI", which the compound cut read)
 * but the place of the organisation, read as "at the Zenda Institute in Gala City". Read only when
 * the words before the comma end with a name the graph types as an organisation, the words after it
 * are a name the graph types as a city, and the city ends the claim (or is followed by a comma, a
 * semicolon or a period). And the other way round (round 37): an apposition after a place named
 * with "in" / "near" is said of the place, never read into the subject's statement (appositionOfPlace).
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { rewrittenHeld } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { normalizeTypography } from './text.js';
import type { CheckValue, Interpretation } from './types.js';

/** The gate: a comma before a capitalised word. */
export const PLACE_APPOSITION_NEEDS = /,\s+[A-Z]/;

// "..., City" with the city at the end (or before , ; .): up to four capitalised words
const CITY_AFTER_COMMA = /,\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*(?=$|[,;.])/g;

/** Most words of the organisation's name looked at before the comma. */
const MAX_ORG_WORDS = 6;

/**
 * The claim with "Org, City" written "Org in City", or undefined.
 *
 * @example
 * ```ts
 * placeAppositionRewrite(ctx, 'Ann Author is a fellow at ZI, Gala City');
 * // 'Ann Author is a fellow at ZI in Gala City'
 * ```
 */
export function placeAppositionRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  if (!PLACE_APPOSITION_NEEDS.test(text)) return undefined;
  CITY_AFTER_COMMA.lastIndex = 0;
  for (let m = CITY_AFTER_COMMA.exec(text); m; m = CITY_AFTER_COMMA.exec(text)) {
    const city = wholeName(ctx, m[1]!);
    if (!city || !isA(ctx, city.iri, `${NS.cg}City`)) continue;
    // the organisation: the longest run of words right before the comma that names one
    const before = text.slice(0, m.index).split(/\s+/);
    let org = false;
    for (let n = Math.min(MAX_ORG_WORDS, before.length); n >= 1 && !org; n--) {
      const name = wholeName(ctx, before.slice(-n).join(' '));
      org = !!name && isA(ctx, name.iri, `${NS.cg}Organisation`);
    }
    if (!org) continue;
    return `${text.slice(0, m.index)} in ${m[1]}${text.slice(m.index + m[0].length)}`;
  }
  return undefined;
}

/**
 * The place-apposition reader: the claim with the organisation's city read as its place,
 * rechecked; an undecided reading is held.
 *
 * @example
 * await readPlaceApposition(input); // "... a fellow at ZI, Gala City" -> "... a fellow at ZI in Gala City"
 */
export const readPlaceApposition = rewrittenHeld(placeAppositionRewrite, "an organisation's city after a comma read as its place");

// "in / near / at <place>" with the place's mention ending the text (round 37)
const PLACE_PREPOSITION = /\b(?:in|near|at|inside|outside)\s+(?:the\s+)?$/i;
// an apposition opening right after the place: ", a Ruritanian republic", ", one of ..."
const APPOSITION_AFTER = /^\s*,\s+(?:a|an|the|one\s+of)\s[^,]*/i;

/**
 * Whether a reading takes words of an apposition said of its place as said of its subject (round
 * 37, users29 F12): in "Zenda is in Sylvania, a Ruritanian republic" the apposition describes
 * Sylvania, yet the pattern "{s} [a] {o} republic" read it as "Zenda is part of Ruritania" with
 * "in Sylvania" for its place, and refuted it by the region's list of members. A reading whose
 * place qualifier (whatever its name: a location, a region; after "in", "near", "at") is followed by a comma and an apposition holding the
 * reading's subject or object is none; the compound cut reads the two statements ("Zenda is in
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
