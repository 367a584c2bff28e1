/**
 * City names the graph need not know (round 17, branch attrib17): ontology/lexicon.places.txt,
 * derived by scripts/derive-lexicon.mjs from WordNet (instances of "city" and its hyponyms whose
 * every noun sense is one) and compromise's cities, each with its WordNet synsets. A dateline names
 * one place, so "the Freedonia story was filed from Gala City", when the dateline reads
 * "Sylvania Town, ...", is refuted by a name that is a city and nothing else, unless WordNet files
 * the two names as one city (two names of one capital).
 */
import { dirname, join } from 'node:path';
import type { CheckContext } from './context.js';
import { wordListAt, type WordList } from './fuzzy.js';

/** The city list next to the lexicon's word list, read once per path. */
function placeList(ctx: CheckContext): WordList | null {
  const file = join(dirname(ctx.wordsFile), 'lexicon.places.txt');
  return wordListAt(file);
}

/** The list key of a name: lower case, words joined by "_" ("Gala City" -> "gala_city"). */
const keyOf = (name: string): string => name.trim().toLowerCase().replace(/[\s\u00a0]+/g, '_');

/**
 * The WordNet synsets of a name that is a city and nothing else (an empty list for a city WordNet
 * lacks); undefined when the name is not such a city.
 *
 * @example
 * ```ts
 * cityName(ctx, 'Gala City'); // ['08700001'] when the list has "gala_city 08700001"
 * cityName(ctx, 'Freedonia'); // undefined: a country, not a city
 * ```
 */
export function cityName(ctx: CheckContext, name: string): string[] | undefined {
  return placeList(ctx)?.get(keyOf(name));
}

/**
 * Whether WordNet files two city names as one city: they share a synset in the city list
 * (an old and a new name of one capital). Only city synsets count: a town named like a person
 * ("Gloria") shares the person's synsets, which say nothing of the town.
 *
 * @example
 * ```ts
 * oneNamedPlace(ctx, 'Gala City', 'Old Gala'); // true when the city list files them in one synset
 * ```
 */
export function oneNamedPlace(ctx: CheckContext, a: string, b: string): boolean {
  const left = new Set(cityName(ctx, a) ?? []);
  return (cityName(ctx, b) ?? []).some((s) => left.has(s));
}
