/**
 * A reading that leaves out the words naming a narrower property is no reading of the claim
 * (round 15): "Freedonia is a founding member of the League" is read both as `cg:foundingMemberOf`
 * (the words "founding member of") and as `cg:memberOf` (its pattern takes "founding" as an
 * optional modifier). When the narrower reading ranks first, the broader one must not decide the
 * claim in its place: per OWL, a member is not thereby a founding member (no support), and "not a
 * founding member" never denies membership (no refutation). A denial of the broader property still
 * refutes the narrower claim through the narrower reading itself (src/check/broader-denial.ts).
 * Only a narrower reading that needs more of the claim's words counts: when one phrase is a pattern
 * of both properties ("based in" for located in and for headquartered in), the claim does not
 * choose the narrower one, and the broader reading stands.
 */
import type { CheckContext } from './context.js';
import type { CheckValue, Interpretation } from './types.js';

/** The value without the words the claim used for it (two readings of one claim name it alike). */
function bare(v: CheckValue): string {
  return JSON.stringify({ ...v, mention: undefined });
}

/** True when `broad` is `narrow`'s reading with a strictly broader property (rdfs:subPropertyOf). */
function broaderOf(ctx: CheckContext, broad: Interpretation, narrow: Interpretation): boolean {
  return broad.predicate !== narrow.predicate && !!ctx.axioms.subProperties.get(broad.predicate)?.has(narrow.predicate)
    && broad.polarity === narrow.polarity && broad.modality === narrow.modality
    && bare(broad.subject) === bare(narrow.subject) && bare(broad.object) === bare(narrow.object);
}

/**
 * Drops, from readings ranked best first, every reading that a better-ranked reading narrows: the
 * same subject, object, polarity and modality through a sub-property of its property, by a
 * pattern with more literal words (`literals`, the words every match of it needs).
 *
 * @example
 * ```ts
 * // "Freedonia is a founding member of the League": [foundingMemberOf, memberOf] -> [foundingMemberOf]
 * withoutBroaderReadings(ctx, readings);
 * ```
 */
export function withoutBroaderReadings<R extends { interpretation: Interpretation; literals: number }>(ctx: CheckContext, readings: R[]): R[] {
  return readings.filter((r, i) => !readings.slice(0, i).some((n) => n.literals > r.literals && broaderOf(ctx, r.interpretation, n.interpretation)));
}
