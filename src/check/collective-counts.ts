/**
 * Counts said with collective nouns and words for "only" (round 12, issue 15): "a pair of
 * Central Asian countries", "a trio of visiting leaders", "a quartet of nations", "a dozen
 * members", "the sole / lone / single republic outside the bank", "a handful of countries, five
 * in all". Each is said again with the number word or "only" the count readers already take
 * (src/check/count-frames.ts, bounded-counts.ts, only-member.ts, the patterns' counts), so the
 * verdict and its arithmetic are theirs. A collective noun names an exact number ("a trio" is
 * three); vague ones ("a couple of", "a handful of", "a few") are read only with the count said
 * beside them (", five in all"). Nothing here knows an entity.
 */
import { normalizeTypography } from './text.js';

/** Collective nouns that name an exact number, as the number word. */
const COLLECTIVE: Array<[RegExp, string]> = [
  [/\b(?:a|one)\s+(?:pair|duo)\s+of\s+/gi, 'two '],
  [/\b(?:a|one)\s+(?:trio|triad|threesome)\s+of\s+/gi, 'three '],
  [/\b(?:a|one)\s+(?:quartet|foursome)\s+of\s+/gi, 'four '],
  [/\b(?:a|one)\s+quintet\s+of\s+/gi, 'five '],
  [/\b(?:a|one)\s+dozen\s+(?:of\s+(?=the\b))?/gi, 'twelve '],
  [/\b(?:a|one)\s+half-dozen\s+/gi, 'six '],
];

/** "the sole / lone / single / one and only X": "the only X" (also after a possessive: "its sole"). */
const SOLE = /\b(the|its|their|his|her)\s+(?:sole|lone|single|one\s+and\s+only|solitary)\s+(?=[a-z])/gi;
/**
 * "the one <Capitalised> ...": "the only" (round 33, branch quant33: "Freedonia is the one
 * Ruritanian state outside the League"). Only before a capitalised word (a people or region
 * adjective): "the one hosting", "the one who", "the one of the two" say who did it, not that no
 * other did.
 */
const THE_ONE = /\b([Tt]he)\s+one\s+(?=[A-Z][a-z])/g;

/** "a handful / a number / a group of G, N in all (in total)": "N G". */
const VAGUE_WITH_COUNT = /\b(?:a\s+)?(?:handful|number|group|few|couple|series|string|clutch)\s+of\s+([^,]+?),\s+([a-z]+|\d+)\s+in\s+(?:all|total)\b/i;

/**
 * "N <Adjective> presidents / leaders / heads of state" counted as their countries ("Four
 * Ruritanian presidents attended X": "Four Ruritanian countries attended X"), as "the leaders of
 * N X" already is (src/check/notation.ts); only after a count word (a vague one too: "several
 * Ruritanian presidents", at least two, round 24), and the adjective must be
 * capitalised (a people or region: the recheck resolves it or leaves the claim unread). Not when
 * the leaders are named beside the count ("Two Ruritanian leaders, Rufus and Pinky, met"): they
 * are people then, and "Rufus is a Ruritanian country" was refuted (round 35).
 */
const either = (words: string): string => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const LEADERS_COUNTED = new RegExp(`\\b((?:${either('only|just|exactly|all|both')}|[Aa]t\\s+least|[Mm]ore\\s+than|[Ff]ewer\\s+than)\\s+)?(${either('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|various')}|\\d+)\\s+((?:[A-Z][\\w-]*\\s+){1,3})(?:presidents?|leaders?|heads?\\s+of\\s+(?:state|government))\\b(?!\\s*[,(:]\\s*[A-Z])`, 'g');

/** "The only / sole G <rest> is Z": "Z is the only G <rest>" (the shape src/check/only-member.ts reads). */
const ONLY_FIRST = /^[Tt]he\s+only\s+(.+?)\s+(?:is|was)\s+([A-Z][^,]*?)$/;

/**
 * The claim with its collective count said as a number word, or undefined when it has none.
 *
 * @example
 * ```ts
 * collectiveRewrite('Rufus hosted a trio of visiting envoys.'); // 'Rufus hosted three visiting envoys.'
 * collectiveRewrite('Freedonia is the sole Ruritanian state outside the League.'); // 'Freedonia is the only Ruritanian state outside the League.'
 * collectiveRewrite('Rufus toured a handful of Ruritanian states, four in all.'); // 'Rufus toured four Ruritanian states.'
 * ```
 */
export function collectiveRewrite(text: string): string | undefined {
  let t = normalizeTypography(text).trim();
  const was = t;
  const vague = VAGUE_WITH_COUNT.exec(t);
  if (vague) t = `${t.slice(0, vague.index)}${vague[2]} ${vague[1]}${t.slice(vague.index + vague[0].length)}`;
  for (const [re, word] of COLLECTIVE) t = t.replace(re, word);
  t = t.replace(SOLE, (_m, det: string) => `${det} only `);
  t = t.replace(THE_ONE, (_m, det: string) => `${det} only `);
  t = t.replace(LEADERS_COUNTED, (_m, lead: string | undefined, n: string, adj: string) => `${lead ?? ''}${n} ${adj}${/^(?:one|1)$/i.test(n) ? 'country' : 'countries'}`);
  const only = ONLY_FIRST.exec(t.replace(/[.!]+$/, ''));
  if (only) t = `${only[2]} is the only ${only[1]}.`;
  return t !== was ? t : undefined;
}
