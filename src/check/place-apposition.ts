/**
 * An organisation followed by its city after a comma (round 26): "an associate fellow at the Zenda
 * Institute, Gala City", "X works for ZI, Gala City". A byline or letterhead writes an institution's
 * seat so; the comma is no second statement ("Gala City is part of ZI", which the compound cut read)
 * but the place of the organisation, read as "at the Zenda Institute in Gala City". Read only when
 * the words before the comma end with a name the graph types as an organisation, the words after it
 * are a name the graph types as a city, and the city ends the claim (or is followed by a comma, a
 * semicolon or a period).
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { rewrittenHeld } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { normalizeTypography } from './text.js';

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

