/**
 * The English number words of one word each, with their values: the one list the readers that
 * read a number said in words share (src/check/notation.ts reads "one hundred and five";
 * src/check/time-relations.ts tells a counted unit, "three weeks", from a vague one, "weeks").
 *
 * @example
 * ```ts
 * NUMBER_UNITS.seventeen; // 17
 * NUMBER_TENS.forty;      // 40
 * ```
 */

/** "zero" to "nineteen". */
export const NUMBER_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** "twenty" to "ninety". */
export const NUMBER_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
