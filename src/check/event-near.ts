/**
 * "E was held in P" for an event the graph places only NEAR a place (round 17): "The Founders
 * Gala was held in Sylvania", "Did the gala take place in Marsovia?", where the source says the
 * gala was held near Zenda (`cg:heldNear`) and Zenda lies in Freedonia (`cg:locatedIn`). The
 * lexicon reads "held in" as a date (`cg:heldOn`), so no pattern reads a place there, and
 * WordNet's "hold in" (control) is rightly refused by the domain; this reader compares the places.
 *
 * - P is the country the near place (a city) lies in: SUPPORTED (what lies near a city lies in
 *   its country, as the source's "near the city" is read);
 * - P is a country, or a city of a country, other than the one the near place lies in: REFUTED
 *   (one event, one place; the source puts it in another country);
 * - anything else (P a city of the same country, P the near place itself: near is not in, a
 *   region, a place the graph does not locate): NOT_ENOUGH_INFO.
 *
 * A denial ("was not held in P") turns the verdict. Read only when the claim names exactly one
 * event (an entity typed `cg:Event`) that the graph places near one or more places, and exactly
 * one city or country after "in"; only positive, stated `cg:heldNear` claims count.
 */
import { claimsByPredicate, enclosingPlaces, isA, type ClaimInfo } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckValue, Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

const CITY = `${NS.cg}City`;
const COUNTRY = `${NS.cg}Country`;
const HELD_NEAR = `${NS.cg}heldNear`;

// "E was (not) held in P", "E took place in P", "E will be staged in P"
const HELD_IN = /^(?<event>.+?)\s+(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+(?<not1>not\s+)?(?:held|staged|hosted|organi[sz]ed|conducted)|(?<not2>did\s+not\s+|didn't\s+)?(?:took|take|takes|will\s+take)\s+place)\s+in\s+(?:the\s+(?:city|town|country)\s+of\s+)?(?<place>[^,;?!]+?)\s*[.!?]*$/i;

/** The one entity a mention names, when it names one. */
function oneEntity(ctx: CheckContext, mention: string): { iri: string; label: string } | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(mention, ctx.morph), ctx.morph));
  return hit.length === 1 ? { iri: hit[0]!.iri, label: hit[0]!.label } : undefined;
}

/** The countries a place lies in (itself when a country), through cg:locatedIn. */
function countriesOf(ctx: CheckContext, iri: string): string[] {
  return enclosingPlaces(ctx, iri).filter((p) => isA(ctx, p, COUNTRY));
}

/** The near places of the claims, each with its country when it has one: "Zenda (in Freedonia)". */
function nearPlaces(ctx: CheckContext, near: readonly ClaimInfo[]): string {
  return near.map((c) => {
    const countries = countriesOf(ctx, c.object.value);
    return `${entityName(ctx, c.object.value)}${countries.length === 1 ? ` (in ${entityName(ctx, countries[0]!)})` : ''}`;
  }).join(', ');
}

/** How "in P" stands to "near Q" (see the module comment). */
function nearVerdict(ctx: CheckContext, claimed: string, near: string): 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO' {
  if (claimed === near) return 'NOT_ENOUGH_INFO';
  const theirs = countriesOf(ctx, near);
  if (theirs.length !== 1 || !isA(ctx, near, CITY)) return 'NOT_ENOUGH_INFO';
  if (isA(ctx, claimed, COUNTRY)) return theirs[0] === claimed ? 'SUPPORTED' : 'REFUTED';
  const ours = countriesOf(ctx, claimed);
  return isA(ctx, claimed, CITY) && ours.length === 1 && ours[0] !== theirs[0] ? 'REFUTED' : 'NOT_ENOUGH_INFO';
}

/**
 * How a place said of a deed at an event stands to the event's own place (round 21): "Rufus
 * attended the ceremony in Freedonia", "Firefly hosted the gala in Freedonia", where the source
 * gives the deed no place but holds the event near Zenda, a city of Freedonia. A deed at an event
 * happens where the event does, so the claimed place is compared as "E was held in P" is above:
 * `match` when P is the country the near city lies in; `conflict` when P is another country (or a
 * city of one) and `refute` is set (the claim is about the event itself, its subject or object:
 * one event, one place); undefined otherwise (the caller keeps the source's silence). An event
 * that only dates the claim (its `event` qualifier) gives `match` only: a deed at an occasion may
 * still be said of another place ("launched construction in X": the pipeline's part there).
 *
 * @example
 * ```ts
 * placeOfEvent(ctx, freedonia, [gala], true); // { r: 'match', detail: 'the source holds Founders Gala near Zenda (in Freedonia)' }
 * ```
 */
export function placeOfEvent(ctx: CheckContext, claimed: string, events: readonly string[], refute: boolean): { r: 'match' | 'conflict'; detail: string } | undefined {
  if (!isA(ctx, claimed, CITY) && !isA(ctx, claimed, COUNTRY)) return undefined;
  const near = (claimsByPredicate(ctx).get(HELD_NEAR) ?? [])
    .filter((c) => events.includes(c.subject) && isA(ctx, c.subject, `${NS.cg}Event`) && c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'NamedNode');
  if (!near.length || new Set(near.map((c) => c.subject)).size !== 1) return undefined;
  const verdicts = new Set(near.map((c) => nearVerdict(ctx, claimed, c.object.value)));
  if (verdicts.size !== 1) return undefined;
  const where = nearPlaces(ctx, near);
  const detail = `the source holds ${entityName(ctx, near[0]!.subject)} near ${where}`;
  if (verdicts.has('SUPPORTED')) return { r: 'match', detail };
  if (verdicts.has('REFUTED') && refute) return { r: 'conflict', detail: `${detail}, not in ${entityName(ctx, claimed)}` };
  return undefined;
}

/**
 * Reads "E was held in P" against the places the graph gives E as near (see the module comment);
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * readEventNear(ctx, 'The Founders Gala was held in Marsovia.')?.evaluation.verdict; // 'REFUTED' (held near Zenda, Freedonia)
 * ```
 */
export function readEventNear(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const m = HELD_IN.exec(normalizeTypography(text).trim().replace(/\s+/g, ' '));
  if (!m?.groups) return undefined;
  const event = oneEntity(ctx, m.groups.event!);
  const place = oneEntity(ctx, m.groups.place!);
  if (!event || !place || !isA(ctx, event.iri, `${NS.cg}Event`)) return undefined;
  if (!isA(ctx, place.iri, CITY) && !isA(ctx, place.iri, COUNTRY)) return undefined;
  const near: ClaimInfo[] = (claimsByPredicate(ctx).get(HELD_NEAR) ?? [])
    .filter((c) => c.subject === event.iri && c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'NamedNode');
  if (!near.length) return undefined;
  const verdicts = new Set(near.map((c) => nearVerdict(ctx, place.iri, c.object.value)));
  let verdict = verdicts.size === 1 ? [...verdicts][0]! : 'NOT_ENOUGH_INFO';
  const negative = !!(m.groups.not1 || m.groups.not2);
  if (negative && verdict !== 'NOT_ENOUGH_INFO') verdict = verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED';
  const stance: Bearing['stance'] = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
  const where = nearPlaces(ctx, near);
  const lies = verdicts.has('SUPPORTED') ? `a city of ${place.label}` : verdicts.has('REFUTED') ? `in another country than ${place.label}` : `not placed in or apart from ${place.label} by the graph`;
  const subject: CheckValue = { kind: 'entity', iri: event.iri, label: event.label, mention: m.groups.event!.trim() };
  const object: CheckValue = { kind: 'entity', iri: place.iri, label: place.label, mention: m.groups.place!.trim() };
  return {
    interpretation: {
      subject, object, predicate: HELD_NEAR, predicateName: 'heldNear', polarity: negative ? 'negative' : 'positive', modality: 'stated', qualifiers: {},
      notes: [`"held in ${place.label}" compared with the place the source gives the event as near`],
    },
    evaluation: {
      verdict, reason: verdict === 'REFUTED' ? 'qualifier-conflict' : verdict === 'SUPPORTED' ? 'direct' : 'qualifier', conflict: false,
      bearings: near.map((claim) => ({ claim, stance, reason: verdict === 'REFUTED' ? 'qualifier-conflict' : 'direct', note: `the source says ${event.label} was held near ${entityName(ctx, claim.object.value)}` })),
      explanation: `Read as ${event.label} held in ${place.label}: the source says it was held near ${where}, ${lies}${verdict === 'NOT_ENOUGH_INFO' ? '; not enough information' : ''}.`,
    },
  };
}
