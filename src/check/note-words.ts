/**
 * A pasted note's shorthand for plain words (round 34, branch shapes34): "deals w/ Freedonia",
 * "Freedonia & Sylvania", "abt $18 bn", "the Freedonian govt", "int'l airport", "finance dept".
 * People typing notes abbreviate the function words and a few common nouns; the lexical patterns
 * read the words in full, so the claim is said again with them and checked that way (the verdict
 * is the rewritten claim's: the shorthand adds and takes away nothing).
 *
 * Only closed, grammatical shorthand lives here (a preposition, a conjunction, an approximation
 * word, nouns of government no property names); an amount's own notation ("approx. US$", "bcm",
 * "5k") is src/check/amount-notation.ts's, a named day's ("Christmas Day") the lexicon's
 * `cg:namedDay`. Also a note's "est." between an attribute and its figure ("cost est. $5bn"), and
 * the habitual past of a role ("X used to be a minister": "X is a former minister", which the
 * office readers take with its `former` flag). Nothing here knows an entity.
 */

/** One shorthand and its words, applied everywhere in the claim. */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string | ((all: string, ...groups: string[]) => string)]> = [
  // "w/o" before "w/": "without", "with" ("deals w/ the Freedonians")
  [/(?<![\w/])w\/o(?![\w/])/gi, 'without'],
  [/(?<![\w/])w\/(?=\s|[A-Z])/g, 'with '],
  [/(?<![\w/])W\/(?=\s)/g, 'With'],
  // "&" between words: "and" ("Freedonia & Sylvania"); not inside a name written with it glued ("AT&T")
  [/(?<=\w)\s+&\s+(?=\w)/g, ' and '],
  // "abt" / "approx" before a figure: "about" (amount-notation.ts reads "approx.", not "abt")
  [/\babt\.?(?=\s*(?:US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, 'about'],
  // nouns of government and their adjectives a note shortens
  [/\bgovt\b\.?/gi, 'government'],
  [/\bgov't\b/gi, 'government'],
  [/\bint['\u2019]l\b/gi, 'international'],
  [/\bdept\b\.?/gi, 'department'],
  [/\bmin\.(?=\s+of\b)/gi, 'minister'],
  [/\bpres\.(?=\s+[A-Z])/g, 'President'],
  // "Canal cost est. approx. $5bn": a note's "est." between an attribute and its figure, the
  // estimate said as the sentence does ("Canal cost is estimated at approx. $5bn")
  [/\b(cost|price|price tag|budget|value|capacity|length)\s+est(?:\.|imated)?\s+(?:at\s+)?(?=(?:approx|about|abt|c\.|ca\.|circa|~|some|around|roughly|US\$|\$|\u00A5|\u20AC|\u00A3|\d))/gi, '$1 is estimated at '],
  // "Estimated canal cost: $5bn": a note's estimate adjective before its topic, said as the
  // headline readers read it ("canal's estimated cost: $5bn")
  [/^(estimated|projected|expected|anticipated)\s+([^:]+?)\s+(cost|price|price tag|budget|capacity|length|value)\s*:/i, (all: string, adj: string, topic: string, attr: string) => `${topic}'s ${adj.toLowerCase()} ${attr}:`],
  // the habitual past of an office or role: "X used to be a minister" is "X is a former minister"
  [/\bused to be\s+(?=(?:a|an)\s)/gi, 'is a former '],
];

/** A text with none of the shorthand's marks cannot be rewritten (the reader's gate). */
export const NOTE_WORD_NEEDS = /w\/|&|\babt\b|\bgov(?:t|'t)\b|\bint['\u2019]l\b|\bdept\b|\bmin\.|\bpres\.|\best\b|\bused to be\b|^\s*(?:estimated|projected|expected|anticipated)\s+[^:]+:/i;

/**
 * The claim with a note's shorthand in plain words; undefined when it has none.
 *
 * @example
 * ```ts
 * noteWordsRewrite("Freedonia's deals w/ Sylvania were worth abt $5bn"); // "Freedonia's deals with Sylvania were worth about $5bn"
 * noteWordsRewrite('Freedonia & Sylvania stayed out of the League.'); // 'Freedonia and Sylvania stayed out of the League.'
 * ```
 */
export function noteWordsRewrite(text: string): string | undefined {
  if (!NOTE_WORD_NEEDS.test(text)) return undefined;
  let out = text;
  for (const [re, to] of SHORTHAND) out = typeof to === 'string' ? out.replace(re, to) : out.replace(re, to as (all: string, ...g: string[]) => string);
  // "is a former a minister": the article the habitual past kept
  out = out.replace(/\bis a former (?:a|an)\s+/gi, 'is a former ').replace(/\s{2,}/g, ' ');
  return out !== text ? out : undefined;
}
