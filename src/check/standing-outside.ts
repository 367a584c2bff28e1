/**
 * A standing outside a relation (round 36, fix29b; users29's F1): "X is an XYZ observer" is read
 * as membership with the level "observer", and the lexicon's `cg:standingOutsideRelation` says an
 * observer is no member, so a source's denial of membership decides nothing of it (verdict.ts asks
 * this before a denial refutes or supports). Kept out of verdict.ts for its size.
 */
import type { ClaimInfo } from './claim-index.js';
import type { CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { labelOf } from './prose.js';
import type { Interpretation } from './types.js';

/**
 * A qualifier value of the claim that the lexicon names a standing outside the relation
 * (`cg:standingOutsideRelation`: an observer of an organisation is no member of it), which the
 * source's claim does not state itself: "membership level observer", or undefined.
 *
 * @example
 * ```ts
 * // "X is an XYZ observer" (memberOf, membershipLevel observer) against "X is not an XYZ member"
 * outsideStanding(ctx, query, denial); // 'membership level observer'
 * ```
 */
export function outsideStanding(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  const words = lexiconWords(ctx, 'standingOutsideRelation');
  for (const [name, v] of Object.entries(q.qualifiers)) {
    if (v.kind !== 'string' || !words.has(v.value.toLowerCase()) || c.qualifiers.has(name)) continue;
    return `${labelOf(ctx, name)} ${v.value}`;
  }
  return undefined;
}
