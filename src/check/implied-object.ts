/**
 * A trip named without its destination ("Rufus's trip ran from ... to ...", "X ended his state
 * visit on ..."): the places the graph says the traveller visited are the candidates, and the
 * claim is read once per place with "to <place>" after the trip noun. The traveller is the name
 * before the possessive ("X's trip"), or, after "his", "her", "their", the name the claim opens
 * with. A place named before the trip noun ("his Ruritanian tour") is the one place read. Decided only when the places agree: SUPPORTED when some place's reading is supported and
 * none is refuted (the claim is true of a trip the graph knows); REFUTED only when every place's
 * reading is refuted (no trip of the graph fits it); the interpretation's notes say which place
 * was read. Statements the graph expands from a group statement are not candidates, nor is a
 * place inside another candidate (a member of a region the traveller visited): each is a leg of
 * the larger trip, which the definite "X's trip" names.
 */
import { claimsByPredicate, groupMembers } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { parseClaim } from './parser.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';
import { evaluateViaHeadOffice } from './heads.js';
import { textMemo } from './text-memo.js';
import { asRelated } from './related-bearings.js';

// more places than this is no one trip (and bounds the work)
const MAX_PLACES = 6;
// a trip noun without its destination after it ("in 2010" and "in May" are times, not places)
const TRIP = /\b(?:visit|visits|trip|trips|tour|tours|journey|stay)\b(?!\s+(?:to|of|through)\b|\s+in\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d)[A-Z])/;

/**
 * The one entity the first (or last) up to six words of a span name, or undefined.
 *
 * @example
 * ```ts
 * oneEntityAt(ctx, 'his trip to Zenda', 'end'); // 'https://w3id.org/claimgraph/resource/zenda'
 * ```
 */
export function oneEntityAt(ctx: CheckContext, text: string, from: 'start' | 'end'): string | undefined {
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length); k >= 1; k--) {
    const hit = resolveMention(ctx, from === 'start' ? toks.slice(0, k) : toks.slice(toks.length - k));
    if (hit.length === 1) return hit[0]!.iri;
  }
  return undefined;
}

/**
 * The claim with each place the traveller visited after its trip noun; empty when the claim
 * names no trip without a destination, or the traveller is not known.
 *
 * @example
 * ```ts
 * impliedDestinations(ctx, "Rufus Firefly's trip took place in 2001.");
 * // [{ place: 'Sylvania', claim: "Rufus Firefly's trip to Sylvania took place in 2001." }]
 * ```
 */
export function impliedDestinations(ctx: CheckContext, text: string): Array<{ place: string; claim: string }> {
  const t = normalizeTypography(text).trim();
  const trip = TRIP.exec(t);
  if (!trip) return [];
  // "his Ruritanian tour": the place named before the noun, put after it ("his tour to Ruritania")
  const named = /(\b(?:his|her|their)\s+|(?:'s|\u2019s)\s+)((?:[A-Z][\w-]*\s+){1,3})$/.exec(t.slice(0, trip.index));
  const place = named ? oneEntityAt(ctx, named[2]!, 'end') : undefined;
  if (named && place && resolveMention(ctx, dropIgnorable(tokenize(named[2]!, ctx.morph), ctx.morph)).length === 1) {
    const from = trip.index - named[2]!.length;
    const label = ctx.entityLabel.get(place) ?? place;
    return [{ place: label, claim: `${t.slice(0, from)}${trip[0]} to ${label}${t.slice(trip.index + trip[0].length)}` }];
  }
  const before = t.slice(0, trip.index);
  const possessive = /^(.*?)(?:'s|\u2019s)\s+(?:\S+\s+){0,3}$/.exec(before);
  // round 31: "X wrapped up the trip", "X began the state visit": the definite trip of the name the
  // claim opens with, as "his trip" is (the trips the graph gives that traveller are the candidates)
  const pronoun = /\b(?:his|her|their)\s+(?:\S+\s+){0,3}$/i.test(before) || (!possessive && /(?:^|\s)the\s+(?:[a-z][\w-]*\s+){0,2}$/.test(before));
  const traveller = possessive && !pronoun ? oneEntityAt(ctx, possessive[1]!, 'end') : pronoun ? oneEntityAt(ctx, t, 'start') : undefined;
  const visited = ctx.axioms.properties.get('visited');
  if (!traveller || !visited) return [];
  const places = new Set((claimsByPredicate(ctx).get(visited) ?? [])
    .filter((c) => c.subject === traveller && c.polarity === 'positive' && c.modality === 'stated' && c.derivation !== `${NS.cg}GroupExpansion` && c.object.termType === 'NamedNode')
    .map((c) => c.object.value));
  // a place inside another the traveller visited is a leg of that trip, not another trip
  for (const p of [...places]) if ([...places].some((q) => q !== p && groupMembers(ctx, q).includes(p))) places.delete(p);
  if (!places.size || places.size > MAX_PLACES) return [];
  const at = trip.index + trip[0].length;
  return [...places].sort().map((iri) => {
    const place = ctx.entityLabel.get(iri) ?? iri;
    return { place, claim: `${t.slice(0, at)} to ${place}${t.slice(at)}` };
  });
}

/**
 * The reading of a claim the graph decides first (as checkClaim ranks a whole claim's readings),
 * or its first reading; what a part of a claim is checked by (also src/check/compound.ts).
 *
 * @example
 * ```ts
 * bestReading(ctx, 'Freedonia is a member of the Council')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function bestReading(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  // every part of every cut of a claim and of its rewrites is read here, the same parts many times
  // (the users' set: 46,914 calls, 1,226 texts): kept per context (text-memo.ts)
  return bestReadings(ctx, text, () => bestReadingUncached(ctx, text));
}

const bestReadings = textMemo<{ interpretation: Interpretation; evaluation: Evaluation } | undefined>();

function bestReadingUncached(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  let readings: ReturnType<typeof parseClaim>['readings'];
  try {
    ({ readings } = parseClaim(ctx, text));
  } catch {
    return undefined;
  }
  let best: { interpretation: Interpretation; evaluation: Evaluation } | undefined;
  for (const r of readings.slice(0, 8)) {
    const evaluation = evaluateClaim(ctx, r.interpretation);
    best ??= { interpretation: r.interpretation, evaluation };
    if (evaluation.verdict !== 'NOT_ENOUGH_INFO') return { interpretation: r.interpretation, evaluation };
    // "X heads Y" in a part, as in a whole claim: X holding Y's head office (src/check/heads.ts)
    const viaHead = !evaluation.conflict ? evaluateViaHeadOffice(ctx, r.interpretation, text) : undefined;
    if (viaHead) return viaHead;
  }
  return best;
}

/**
 * Reads a claim about a trip named without its destination (see the module comment); undefined
 * when no place's rewrite reads.
 *
 * @example
 * ```ts
 * readImpliedDestination(ctx, "Rufus Firefly's trip took place in 2001.")?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function readImpliedDestination(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const read = impliedDestinations(ctx, text).map((d) => ({ ...d, r: bestReading(ctx, d.claim) })).filter((d) => d.r);
  if (!read.length) return undefined;
  const note = (places: string[]): string => `read the trip as the one to ${places.join(' / ')} (the places the graph says the traveller visited)`;
  const withNote = (d: (typeof read)[number], places: string[], evaluation: Evaluation) => ({
    interpretation: { ...d.r!.interpretation, notes: [...(d.r!.interpretation.notes ?? []), note(places)] },
    evaluation: { ...evaluation, explanation: `Read as the trip to ${places.join(' / ')}: ${evaluation.explanation}` },
  });
  const supported = read.filter((d) => d.r!.evaluation.verdict === 'SUPPORTED');
  const refuted = read.filter((d) => d.r!.evaluation.verdict === 'REFUTED');
  if (supported.length && !refuted.length) return withNote(supported[0]!, supported.map((d) => d.place), supported[0]!.r!.evaluation);
  if (refuted.length === read.length) return withNote(refuted[0]!, refuted.map((d) => d.place), { ...refuted[0]!.r!.evaluation, bearings: refuted.flatMap((d) => d.r!.evaluation.bearings) });
  const first = read[0]!;
  const why = supported.length && refuted.length
    ? `the trips the graph knows decide it differently (${read.map((d) => `to ${d.place}: ${d.r!.evaluation.verdict}`).join(', ')})`
    : `not every trip the graph knows decides it (${read.map((d) => `to ${d.place}: ${d.r!.evaluation.verdict}`).join(', ')})`;
  return withNote(first, read.map((d) => d.place), { ...first.r!.evaluation, verdict: 'NOT_ENOUGH_INFO', bearings: asRelated(first.r!.evaluation.bearings), explanation: `The claim names no destination, and ${why}.` });
}
