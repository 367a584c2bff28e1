/**
 * A role at an event said with the event's place (round 35): "Gloria Teasdale was among the
 * guests at Zenda", "Rufus Firefly was one of the attendees at Zenda", where the graph holds one
 * event near Zenda (the founders' gala, `cg:heldNear`). The patterns read "among the guests at
 * <o>" as `cg:attended`, whose range is an event: a city there is ill-typed, and the claim is left
 * undecided. A place after "at" where the relation wants an event names the one event the graph
 * holds at that place; the claim is read again with the event in the place's stead ("... at the
 * founders' gala") and decided as that reading is, the event named in the explanation.
 *
 * Read only when the graph holds exactly one event near or in the place (stated, positive
 * `cg:heldNear` or `cg:locatedIn` claims about an entity typed `cg:Event`): several, or none,
 * leave the claim as it was, since the words do not say which. The reading must take the event as
 * a participant of a relation whose range is `cg:Event`, so an "at" the patterns read otherwise
 * ("X was elected at Zenda") is left alone. The same reading of "near <place>" is
 * src/check/event-place.ts's (round 20b). Nothing here knows an entity.
 */
import { claimsByPredicate, isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { nameKey, normalizeTypography } from './text.js';
import type { CheckResult, CheckValue } from './types.js';

// the place is the claim's last words, after "at" (a city's "the city of" aside)
const AT = /^(?<head>[^?!]*\S)\s+at\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?<place>[^,;?!]+?)\s*[.!?]*$/i;

const EVENT_PLACE = [`${NS.cg}heldNear`, `${NS.cg}locatedIn`];

/**
 * The one event the graph holds near or in a place the words name, else undefined (no place, no
 * such event, or several).
 *
 * @example
 * ```ts
 * oneEventAt(ctx, 'Zenda'); // { iri: '.../founders-gala', label: 'Founders Gala' }
 * ```
 */
export function oneEventAt(ctx: CheckContext, place: string): { iri: string; label: string } | undefined {
  const places = [...(ctx.labelIndex.get(nameKey(place, ctx.morph)) ?? [])]
    .filter((iri) => isA(ctx, iri, `${NS.cg}Place`) && !isA(ctx, iri, `${NS.cg}Event`));
  if (!places.length) return undefined;
  const index = claimsByPredicate(ctx);
  const events = new Set(EVENT_PLACE.flatMap((p) => index.get(p) ?? [])
    .filter((c) => c.polarity === 'positive' && c.modality === 'stated' && places.includes(c.object.value) && isA(ctx, c.subject, `${NS.cg}Event`))
    .map((c) => c.subject));
  if (events.size !== 1) return undefined;
  const iri = [...events][0]!;
  return { iri, label: ctx.entityLabel.get(iri) ?? iri };
}

/** Whether a reading takes the event as a participant of a relation whose range is an event. */
function takesEvent(ctx: CheckContext, r: CheckResult, event: string): boolean {
  if (ctx.axioms.range.get(r.interpretation.predicate) !== `${NS.cg}Event`) return false;
  const values = [r.interpretation.subject, r.interpretation.object, ...Object.values(r.interpretation.qualifiers)]
    .flatMap((v): CheckValue[] => (v.kind === 'entities' ? v.items : [v]));
  return values.some((v) => v.kind === 'entity' && v.iri === event);
}

/**
 * The event-at-place reader (table entry `event-at-place`): the claim with the one event the graph
 * holds at the place after its last "at" in the place's stead; decided as that reading is, held
 * when the graph does not decide it.
 */
export async function readEventAtPlace({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const m = AT.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const { head, place } = m.groups!;
  const event = oneEventAt(ctx, place!);
  if (!event) return undefined;
  const said = `${head} at the ${event.label}.`;
  const r = await recheck(said);
  if (!r || !takesEvent(ctx, r, event.iri)) return undefined;
  const note = `"${place}" read as the one event the graph holds there, the ${event.label} (a place where the relation takes an event)`;
  const told: CheckResult = {
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `${note}: "${said}"`] },
    explanation: `Read as "${said}" (${note}). ${r.explanation}`,
  };
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
}
