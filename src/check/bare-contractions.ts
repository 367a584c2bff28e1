/**
 * Negative contractions typed without their apostrophe ("sylvania isnt a league member",
 * "Freedonia didnt join the bank"): the word is no English word of its own, and users mean the
 * contraction, so the claim is read with it spelled ("isn't"), which the tokenizer reads as the
 * auxiliary and "not" (src/check/text.ts). Only forms that are not words themselves are taken:
 * "wont" (a habit) and "cant" (jargon) are left as they are written.
 */

/** The auxiliaries whose negative contraction without an apostrophe is no other word. */
const BARE = /\b(is|are|was|were|has|have|had|does|do|did|would|could|should|must|need)nt\b/gi;

/**
 * The claim with each apostrophe-less negative contraction spelled, and the words it spelled;
 * undefined when it has none.
 *
 * @example
 * ```ts
 * spellBareContractions('Sylvania isnt a League member');
 * // { claim: "Sylvania isn't a League member", words: ['isnt'] }
 * ```
 */
export function spellBareContractions(text: string): { claim: string; words: string[] } | undefined {
  const words: string[] = [];
  const claim = text.replace(BARE, (word: string, aux: string) => {
    words.push(word);
    return `${aux}n't`;
  });
  return words.length ? { claim, words } : undefined;
}
