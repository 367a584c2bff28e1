/**
 * A place adjunct on an event (round 15): "Gloria Teasdale attended the Founders Gala near Zenda",
 * "Rufus Firefly played host to Gloria Teasdale at the gala near Zenda". "near <place>" after the
 * event says where the event was, a second statement of the claim: the event held near the place
 * (cg:heldNear). The claim without the adjunct is checked, then "<the event> was held near <place>";
 * the claim is supported when both are, refuted when either is, and otherwise not decided.
 *
 * Read only when the claim is unread as it stands and names exactly one event (an entity the
 * graph types cg:Event) in the reading of the rest; any other "near" is left alone.
 */
import { claimsByPredicate, isA } from './claim-index.js';
import { NS } from './context.js';
import { oneEntityAt } from './implied-object.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { undecidedResult } from './result.js';
import { nameKey, normalizeTypography } from './text.js';
import type { CheckResult, CheckValue } from './types.js';
import { cachedRegExp } from './regex-memo.js';

// The place is the claim's last words: no clause ends inside it. A question with its answer
// ("Who hosted the gala near Zenda? Rufus Firefly.") is the question reader's: read here, its
// "place" ("Zenda? Rufus Firefly") made each recheck a new question to read, without end.
// (round 35) "close to", "not far from", "in the vicinity of" say the same as "near", and a comma
// may set the adjunct off ("took place in Freedonia, close to Zenda"); "outside" is left alone (it
// may mean "not in").
const NEAR_WORD = String.raw`(?:near|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of)`;
/** A part that is only a place adjunct ("near Zenda", "close to Zenda"): not a clause of its own (src/check/compound.ts). */
export const NEAR_OPENER = new RegExp(String.raw`^${NEAR_WORD}\s`, 'i');
const NEAR = new RegExp(String.raw`^([^?!]*[^\s,])\s*,?\s+${NEAR_WORD}\s+(?:the\s+(?:city|town|village)\s+of\s+)?([^,;?!]+?)\s*([.!?]*)$`);

// A time after the place ("near Zenda on May 4, 1999", "near Zenda in 1999", round 23) is the
// deed's time, not part of the place: it goes back with the rest of the claim, checked there. Only
// a plain date, month, weekday or year: any other words after the place may go on with a clause.
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const DATE = `(?:(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|(?:${WEEKDAY_NAMES.join('|')})|\\d{4})`;
const NEAR_TIMED = cachedRegExp(`^([^?!]*[^\\s,])\\s*,?\\s+${NEAR_WORD}\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?([^,;?!]+?)\\s+((?:on|in)\\s+${DATE})\\s*([.!?]*)$`);

/** The entities of a reading that the graph types as events. */
function eventsOf(ctx: ReaderInput['ctx'], r: CheckResult): Array<Extract<CheckValue, { kind: 'entity' }>> {
  const i = r.interpretation;
  const values = [i.subject, i.object, ...Object.values(i.qualifiers)]
    .flatMap((v): CheckValue[] => (v.kind === 'entities' ? v.items : [v]));
  const seen = new Set<string>();
  return values.filter((v): v is Extract<CheckValue, { kind: 'entity' }> =>
    v.kind === 'entity' && isA(ctx, v.iri, `${NS.cg}Event`) && !seen.has(v.iri) && !!seen.add(v.iri));
}

/**
 * The events the graph's supporting claims of a reading were made at (their cg:event qualifier):
 * "Freedonia broke ground on the canal" names no event, but the claim that supports it was made
 * at the groundbreaking gala, so "... near Zenda" says where that gala was (round 19).
 */
function eventsOfEvidence(ctx: ReaderInput['ctx'], r: CheckResult): Array<Extract<CheckValue, { kind: 'entity' }>> {
  const claims = [...new Set(r.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))];
  // every supporting claim must name the same one event: one without it may be another occasion
  const per = claims.map((c) => ctx.store.getObjects(c, `${NS.cg}event`, null).map((o) => o.value));
  if (!per.length || per.some((events) => events.length !== 1)) return [];
  const iris = [...new Set(per.flat())];
  return iris.length === 1 ? [{ kind: 'entity', iri: iris[0]!, label: ctx.entityLabel.get(iris[0]!) ?? iris[0]! } as Extract<CheckValue, { kind: 'entity' }>] : [];
}

/**
 * The one event the graph holds near the place, for a reading whose relation takes an event
 * (rdfs:range cg:Event) but whose words name none: "Rufus Firefly hosted Gloria Teasdale near
 * Zenda" is a role at an event held near Zenda (round 20b). Several events near the place, or
 * none, leave the claim unread: the words do not say which.
 */
function eventNearPlace(ctx: ReaderInput['ctx'], r: CheckResult, place: string): Extract<CheckValue, { kind: 'entity' }> | undefined {
  if (ctx.axioms.range.get(r.interpretation.predicate) !== `${NS.cg}Event`) return undefined;
  const places = ctx.labelIndex.get(nameKey(place, ctx.morph)) ?? new Set<string>();
  const events = new Set((claimsByPredicate(ctx).get(`${NS.cg}heldNear`) ?? [])
    .filter((c) => c.polarity === 'positive' && c.modality === 'stated' && places.has(c.object.value) && isA(ctx, c.subject, `${NS.cg}Event`))
    .map((c) => c.subject));
  if (events.size !== 1) return undefined;
  const iri = [...events][0]!;
  return { kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? iri };
}

/**
 * The claim's head and place when it ends in "near <place>", else undefined.
 *
 * @example
 * ```ts
 * nearAdjunct('Gloria Teasdale attended the gala near the city of Zenda.');
 * // { head: 'Gloria Teasdale attended the gala', place: 'Zenda' }
 * nearAdjunct('Gloria Teasdale attended the gala near Zenda on May 4, 1999.');
 * // { head: 'Gloria Teasdale attended the gala on May 4, 1999', place: 'Zenda' }
 * ```
 */
export function nearAdjunct(text: string): { head: string; place: string } | undefined {
  const said = normalizeTypography(text).trim();
  const timed = NEAR_TIMED.exec(said);
  if (timed) return { head: `${timed[1]!} ${timed[3]!}`, place: timed[2]! };
  const m = NEAR.exec(said);
  return m ? { head: m[1]!, place: m[2]! } : undefined;
}

/**
 * The event-place reader (table entry `event-place`): the claim without "near <place>", and the
 * one event of its reading held near the place.
 */
export async function readEventPlace({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const split = nearAdjunct(text);
  // the place is a name the graph knows: else "near" may begin a clause ("the gala near Zenda
  // was opened by ..."), whose recheck ("The gala was held near Zenda was opened by ...") came
  // back here with the same words, without end
  if (!split || !ctx.labelIndex.has(nameKey(split.place, ctx.morph))) return undefined;
  let main = await recheck(`${split.head}.`);
  if (!main) return undefined;
  let named = eventsOf(ctx, main);
  let head = split.head;
  // a role at an event whose words name none: the one event the graph holds near the place,
  // read into the claim ("... at the <event>"), kept only if that reading names it
  const near = named.length || main.verdict === 'SUPPORTED' ? undefined : eventNearPlace(ctx, main, split.place);
  if (near) {
    head = `${split.head} at the ${near.label}`;
    const at = await recheck(`${head}.`);
    if (!at || !eventsOf(ctx, at).some((e) => e.iri === near.iri)) return undefined;
    main = at;
    named = [near];
  }
  let events = named.length || main.verdict !== 'SUPPORTED' ? named : eventsOfEvidence(ctx, main);
  // an event named right before "near" that the reading took as a time ("... at the time of the
  // gala near Zenda", read as the gala's day, round 23): "near" says where that event was
  if (!events.length && !near && main.interpretation.asOf) {
    const last = oneEntityAt(ctx, split.head, 'end');
    if (last && isA(ctx, last, `${NS.cg}Event`)) events = [{ kind: 'entity', iri: last, label: ctx.entityLabel.get(last) ?? last }];
  }
  if (events.length !== 1) return undefined;
  const event = events[0]!;
  const said = `The ${ctx.entityLabel.get(event.iri) ?? event.label} was held near ${split.place}.`;
  const where = await recheck(said);
  if (!where || where.interpretation.predicateName !== 'heldNear') return undefined;
  const claim = text.trim();
  const why = `read as two statements: "${head}." (${main.verdict}) and "${said}" (${where.verdict})`;
  const notes = [...(main.interpretation.notes ?? []), `${why} (a place adjunct on an event: cg:heldNear)`];
  const told = (r: CheckResult, verdict: CheckResult['verdict']): CheckResult => ({
    ...r, claim, verdict, interpretation: { ...main.interpretation, notes },
    evidence: verdict === 'SUPPORTED' ? [...main.evidence, ...where.evidence] : r.evidence,
    explanation: `${why.charAt(0).toUpperCase()}${why.slice(1)}. ${r.explanation}`,
  });
  if (main.verdict === 'REFUTED') return { decided: told(main, 'REFUTED') };
  if (where.verdict === 'REFUTED') return { decided: told(where, 'REFUTED') };
  if (main.verdict === 'SUPPORTED' && where.verdict === 'SUPPORTED') return { decided: told(main, 'SUPPORTED') };
  const undecided = main.verdict === 'NOT_ENOUGH_INFO' ? main : where;
  return { held: undecidedResult(told(undecided, 'NOT_ENOUGH_INFO')) };
}
