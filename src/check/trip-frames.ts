/**
 * A trip as the subject of a verb of what it takes in (lexicon `cg:itineraryVerb`): "Firefly's
 * week-long tour took in Sylvania", "Firefly's trip covered all five Marsovian states" say that
 * Firefly visited those places on that trip. The claim is read as "Firefly visited Sylvania during
 * Firefly's week-long tour" (src/check/rewrites.ts reads the occasion: src/check/occasion.ts ties
 * the visit to the trip the graph dates, or the visit alone decides only a refutation).
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { escapeRegExp, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

// round 22: an itinerary is the trip's list of places ("X's itinerary covered five states")
const TRIP = /^(?:visit|visits|tour|tours|trip|trips|journey|journeys|itinerary)$/i;
/** The trip an itinerary lists, said as the trip (src/check/occasion.ts dates "X's trip"). */
const asTrip = (s: string): string => s.replace(/\bitinerary\b/i, 'trip');
/** "Y was on X's [week-long] itinerary": Y is a place the trip took in (past tense only: a plan is no visit). */
const ON_ITINERARY = /^(.+?)\s+(?:was|were)\s+(?:also\s+)?on\s+((.+?)['\u2019]s?\s+(?:[\w-]+\s+){0,3}itinerary)$/i;

const phrases = new WeakMap<object, string[][]>();

/** The itinerary verbs of the lexicon, each as its normalised words ("take in" -> take, in). */
function itineraryVerbs(ctx: CheckContext): string[][] {
  let out = phrases.get(ctx.lexicon);
  if (out) return out;
  out = ctx.lexicon.getQuads(null, `${NS.cg}itineraryVerb`, null, null)
    .map((q) => tokenize(q.object.value, ctx.morph).map((t) => t.norm))
    .sort((a, b) => b.length - a.length);
  phrases.set(ctx.lexicon, out);
  return out;
}

/**
 * "X's <trip> <itinerary verb> Y" as "X visited Y during X's <trip>"; undefined for another claim.
 *
 * @example
 * ```ts
 * tripItinerary(ctx, "Rufus's spring tour took in Sylvania."); // "Rufus visited Sylvania during Rufus's spring tour."
 * ```
 */
export function tripItinerary(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const on = ON_ITINERARY.exec(t.replace(/[.!?]\s*$/, ''));
  if (on) return `${on[3]!.trim()} visited ${on[1]!.trim()} during ${asTrip(on[2]!.trim())}.`;
  const toks = tokenize(t, ctx.morph);
  const pos = toks.findIndex((x) => x.kind === 'possessive');
  if (pos < 1) return undefined;
  const trip = toks.findIndex((x, k) => k > pos && TRIP.test(x.raw));
  // the trip noun closes the subject within a few words of the possessive ("Rufus's week-long Marsovia tour")
  if (trip < 0 || trip - pos > 6) return undefined;
  for (const verb of itineraryVerbs(ctx)) {
    for (let i = trip + 1; i + verb.length < toks.length && i <= trip + 5; i++) {
      if (!verb.every((w, k) => toks[i + k]!.norm === w)) continue;
      const owner = t.slice(0, toks[pos]!.start).trim();
      const subject = t.slice(0, toks[i]!.start).trim();
      const object = t.slice(toks[i + verb.length]!.start).replace(/[.!?]\s*$/, '').trim();
      if (!owner || !object) return undefined;
      return `${owner} visited ${object} during ${asTrip(subject)}.`;
    }
  }
  return undefined;
}

const omissions = new WeakMap<object, RegExp | null>();

/** "Y was <omission> X's [...] itinerary", the omissions of the lexicon (`cg:itineraryOmission`) as one pattern. */
function omissionPattern(ctx: CheckContext): RegExp | null {
  let re = omissions.get(ctx.lexicon);
  if (re !== undefined) return re;
  const words = ctx.lexicon.getQuads(null, `${NS.cg}itineraryOmission`, null, null).map((q) => q.object.value.trim())
    .sort((a, b) => b.length - a.length).map((w) => w.split(/\s+/).map(escapeRegExp).join('\\s+'));
  re = words.length ? cachedRegExp(`^(.+?)\\s+(?:was|were)\\s+(?:${words.join('|')})\\s+((.+?)['\\u2019]s?\\s+(?:[\\w-]+\\s+){0,3}itinerary)$`, 'i') : null;
  omissions.set(ctx.lexicon, re);
  return re;
}

/**
 * "Y was left out of X's itinerary" (round 23): the denial of "Y was on X's itinerary", which
 * {@link tripItinerary} reads as "X visited Y during X's trip". The caller checks that claim and
 * inverts its verdict: the visit tied to the trip refutes the omission, and a visit the graph
 * excludes from the trip supports it; undefined for another claim.
 *
 * @example
 * ```ts
 * offItinerary(ctx, "Sylvania was left out of Rufus's itinerary."); // "Sylvania was on Rufus's itinerary."
 * ```
 */
export function offItinerary(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]\s*$/, '');
  if (!/itinerary\s*$/i.test(t)) return undefined;
  const m = omissionPattern(ctx)?.exec(t);
  // a denial of the omission ("was not left out of") is left to the parser
  if (!m || /\b(?:not|never|no)\b|n't\b/i.test(m[1]!)) return undefined;
  return `${m[1]!.trim()} was on ${m[2]!.trim()}.`;
}
