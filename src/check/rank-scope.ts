/**
 * A rank said within a place (round 26, branch precision26): a property whose value is a rank
 * (lexicon `cg:rankNoun`: "the world's fourth largest gas reserves") ranks its subject among all
 * of them, the world over; its patterns read "in the world", "globally" as that scope. A claim
 * with another place after it ("the largest gas reserves in Ruritania") ranks the subject among
 * the place's members only, which is another ranking: the world's 4th may be the region's 1st.
 * Without this the place was read as where the reserves lie (`cg:location`): "the largest ... in
 * Ruritania" was refuted by the world rank 4, and "the fourth largest ... in Ruritania" supported
 * by it, both false.
 *
 * The reading is kept and shown; its verdict is held.
 */
import { NS, type CheckContext } from './context.js';
import type { Interpretation } from './types.js';
import { asRelated } from './related-bearings.js';
import type { Evaluation } from './verdict.js';

/** The qualifiers a place after a rank is read as (the adjuncts of ontology/lexicon.ttl). */
const PLACE_QUALIFIERS = ['location', 'region', 'rankScope'] as const;

const rankProperties = new WeakMap<object, Set<string>>();

/** The properties whose value is a rank (lexicon `cg:rankNoun`). */
function ranks(ctx: CheckContext): Set<string> {
  let s = rankProperties.get(ctx.lexicon);
  if (!s) rankProperties.set(ctx.lexicon, (s = new Set(ctx.lexicon.getQuads(null, `${NS.cg}rankNoun`, null, null).map((q) => q.subject.value))));
  return s;
}

/**
 * The evaluation of a rank reading with a place: held (undecided, its bearings kept as related)
 * when it decided; else unchanged.
 *
 * @example
 * ```ts
 * // the reading of "Sylvania holds the largest gas reserves in Ruritania", refuted by a world rank 4
 * holdScopedRank(ctx, reading, refuted).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function holdScopedRank(ctx: CheckContext, q: Interpretation, ev: Evaluation): Evaluation {
  if (ev.verdict === 'NOT_ENOUGH_INFO' || !ranks(ctx).has(q.predicate)) return ev;
  // the place may come as a location, a region or a rank's population, by the adjunct that read it
  const place = PLACE_QUALIFIERS.map((k) => q.qualifiers[k]).find((v) => v !== undefined);
  if (!place) return ev;
  const where = place.kind === 'entity' || place.kind === 'unknown-entity' ? place.mention ?? '' : '';
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'qualifier', conflict: false,
    bearings: asRelated(ev.bearings),
    explanation: `Not enough information: the claim ranks within ${where ? `"${where}"` : 'a place'}, and the source's rank is among all the world's; a rank in one ranking says nothing of the other. ${ev.explanation}`,
  };
}
