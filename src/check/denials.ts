/**
 * The denial tests several readers share (before round 27 each module wrote its own copy of the
 * same regex). A reader that rewrites or decides only a plain statement refuses a claim these match;
 * a reader whose own word set differs (adding "none", "without", hedges ...) keeps its own, named
 * for what it adds.
 *
 * @example
 * ```ts
 * DENIAL.test("Sylvania didn't join the League"); // true
 * DENIAL_OR_CONDITION.test('if Sylvania joins the League'); // true
 * ```
 */

/** A denial: "not", "never", "no", "nor", "neither", "n't". */
export const DENIAL = /\b(?:not|never|no|nor|neither)\b|n't\b/i;

/** A denial or a condition ("if", "whether"): what is said not to happen, or only supposed, is no plain statement. */
export const DENIAL_OR_CONDITION = /\b(?:not|never|no|nor|neither|if|whether)\b|n't\b/i;
