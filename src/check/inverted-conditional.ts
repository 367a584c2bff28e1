/**
 * An inverted counterfactual ("Were Freedonia in the League, Rufus would lead it", "Had Sylvania
 * joined, the League would have 58 members") found so that it is left unread, as its "if" form is.
 * round 39 (fix31c, users31's F14): the clause before the comma was read as a statement of its own
 * and refuted ("Were Freedonia in the League" by a source saying it is not), and a conjunction with
 * a refuted part is refuted; a counterfactual says what would be, which no source states.
 */

/** "Were / Had X ..., ... would ...": the fronted auxiliary, its clause to a comma, a "would" after it. */
const INVERTED = /^(?:were|had)\s+[^,?]{3,100},\s+[^?]*\bwould\b/i;

/**
 * Whether the claim is an inverted counterfactual.
 *
 * @example
 * ```ts
 * invertedConditional('Were Freedonia in the League, Rufus would lead it.'); // true
 * invertedConditional('Had Freedonia joined the League by 2016?'); // false
 * ```
 */
export function invertedConditional(text: string): boolean {
  return INVERTED.test(text.trim());
}
