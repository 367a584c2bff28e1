/**
 * An occasion adjunct that names a traveller's trip ("... during Firefly's visit", "In Firefly's March
 * 2014 tour of the region, ...", "... on his week-long visit to Marsovia"), checked against the
 * graph's trips: a claim the source ties to the traveller's trip supports the claim with its
 * occasion. Without such a tie the claim without the adjunct only says less
 * (src/check/rewrites.ts, `withoutOccasion`: its support is NOT_ENOUGH_INFO).
 *
 * The adjunct names one traveller by a possessive ("X's visit"), or by "his"/"her" the claim's
 * subject when that is a person ("Firefly stopped in Sylvania on his Marsovia tour"; "the trip"
 * names none). The trip is that traveller's one cg:visited claim with a start and an end day; a
 * place the adjunct names must be the trip's destination ("his Marsovia tour", "his visit to
 * Marsovia"), and a year or month it says must fall in the trip's days ("during Firefly's 2006
 * visit" is another trip).
 *
 * A supporting claim is tied to the trip when the source says so (`cg:duringTripOf`), when it is
 * a visit of the traveller dated within the trip's days (a stop of the tour), or when it is the
 * traveller's and is stated in the sentence that states the trip ("Firefly took a delegation with
 * him for his week-long visit (March 2-8) to Marsovia").
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, isA, START_DAY_QUALIFIERS } from './claim-index.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult, restate } from './result.js';
import { MONTH_NAMES_LOWER as MONTHS } from './calendar-names.js';
import { cg, literals } from './context-vocab.js';
import { CARDINALS } from './values.js';
import { classOfTokens } from './kinds.js';

const TRIP = /^(?:visit|visits|tour|tours|trip|trips|journey)$/i;
const PRONOUN = /^(?:his|her)$/i;

/** A traveller's trip: its days, its destination and the claim that states it. */
export interface Trip { traveller: string; start: string; end: string; place: string; claim: string }

/** The one value of a claim's qualifier, if any. */
function qualifier(ctx: CheckContext, claim: string, name: string): string | undefined {
  return ctx.store.getObjects(claim, `${NS.cg}${name}`, null)[0]?.value;
}

/** The entities an adjunct names after its possessive, longest names first. */
function namedIn(ctx: CheckContext, toks: ReturnType<typeof tokenize>): string[] {
  return namedSpans(ctx, toks).map((n) => n.iri);
}

/** The entities tokens name, each with the tokens [from, to) that name it, longest names first. */
function namedSpans(ctx: CheckContext, toks: ReturnType<typeof tokenize>): { iri: string; from: number; to: number }[] {
  const out: { iri: string; from: number; to: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 5); j > i; j--) {
      const words = dropIgnorable(toks.slice(i, j), ctx.morph);
      if (!words.length || words.every((t) => t.kind !== 'word')) continue;
      const hit = resolveMention(ctx, words);
      if (hit.length === 1) {
        out.push({ iri: hit[0]!.iri, from: i, to: j });
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/** Days in a unit of a trip's length; a month or a year is no exact count of days. */
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14 };
/** A trip's length said before its noun: "week-long", "weeklong", "two-week", "7-day", "ten-day-long", "a month-long". */
const LENGTH = new RegExp(String.raw`\b(?:(\d+|an?|${Object.keys(CARDINALS).join('|')})[\s-]+)?(days?|weeks?|fortnights?|months?|years?)(?:[\s-]*long)?\b|\bweeklong\b`, 'gi');

/**
 * Whether every word an adjunct says after its traveller fits the trip (round 32, users25: "for
 * his two-week visit", "on his ten-day tour", "his week-long visit to Marsovia" were read as the
 * one trip the graph knows whatever they said): the trip noun; a word of the lexicon's
 * `cg:tripModifier` list ("state", "to", "the"); a place it names, which `tripOf` has made the
 * destination, or a noun of a class the destination is of ("the region"); a year, a month or a day
 * inside the trip's days; a length equal to the trip's.
 * Any other word ("long-planned", "first", a place the graph does not know) says something the
 * graph does not check: the adjunct is not resolved to the trip, and the claim is held.
 */
function describesTrip(ctx: CheckContext, text: string, toks: ReturnType<typeof tokenize>, after: number, noun: number, found: Trip): boolean {
  const length = Math.round((Date.parse(found.end) - Date.parse(found.start)) / 86_400_000) + 1;
  const covered: [number, number][] = [];
  for (const m of text.matchAll(LENGTH)) {
    const unit = (m[2] ?? 'week').toLowerCase();
    const word = m[1]?.toLowerCase();
    // "two-week" (a count), "week-long" (none)
    const n = word === undefined || word === 'a' || word === 'an' ? 1 : /^\d+$/.test(word) ? Number(word) : CARDINALS[word]!;
    const per = UNIT_DAYS[unit];
    if (per === undefined || n * per !== length) return false;
    covered.push([m.index!, m.index! + m[0].length]);
  }
  const fits = new Set(literals(ctx.lexicon, null, cg('tripModifier')).map((w) => w.trim().toLowerCase()));
  // a modifier of several tokens ("high-profile") covers its characters, as a length does
  for (const w of fits) {
    if (!/[\s-]/.test(w)) continue;
    for (const m of text.matchAll(new RegExp(`\\b${w.replace(/[\s-]+/g, '[\\s-]+')}\\b`, 'gi'))) covered.push([m.index!, m.index! + m[0].length]);
  }
  const rest = toks.slice(after + 1);
  const places = namedSpans(ctx, rest);
  const days = new Set<number>();
  for (let d = Date.parse(found.start); d <= Date.parse(found.end); d += 86_400_000) days.add(new Date(d).getUTCDate());
  return rest.every((t, k) => {
    if (after + 1 + k === noun || t.kind === 'dash' || t.kind === 'slash' || t.kind === 'possessive') return true;
    if (covered.some(([a, b]) => t.start >= a && t.end <= b)) return true;
    if (places.some((p) => k >= p.from && k < p.to)) return true;
    const w = t.raw.toLowerCase();
    if (fits.has(w) || MONTHS.includes(w)) return true;
    // a noun of a class the destination is of: "his tour of the region" for a trip to a region
    const cls = t.kind === 'word' ? classOfTokens(ctx, [t]) : undefined;
    if (cls && isA(ctx, found.place, cls)) return true;
    if (t.kind === 'isodate') return w >= found.start && w <= found.end;
    if (/^\d{4}$/.test(w)) return true;
    if (/^\d{1,2}$/.test(w)) return days.has(Number(w));
    return false;
  });
}

/**
 * The trip an adjunct names ("during Firefly's 2014 tour", "on his visit to Marsovia"), with
 * `subject` the claim's subject a pronoun stands for; undefined unless it names exactly one trip
 * the graph dates.
 */
export function tripOf(ctx: CheckContext, adjunct: string, subject?: string): Trip | undefined {
  const toks = tokenize(normalizeTypography(adjunct), ctx.morph);
  const trip = toks.findIndex((t) => TRIP.test(t.raw));
  if (trip < 0) return undefined;
  let traveller: string | undefined;
  let after = -1;
  const pos = toks.findIndex((t, k) => k < trip && t.kind === 'possessive');
  if (pos >= 1) {
    for (let k = 0; k < pos && !traveller; k++) {
      const hit = resolveMention(ctx, dropIgnorable(toks.slice(k, pos), ctx.morph));
      if (hit.length === 1) traveller = hit[0]!.iri;
    }
    after = pos;
  } else {
    // "his"/"her": the claim's subject, when it is a person
    const pro = toks.findIndex((t, k) => k < trip && PRONOUN.test(t.raw));
    if (pro >= 0 && subject && isA(ctx, subject, `${NS.cg}Person`)) traveller = subject;
    after = pro;
  }
  const visited = ctx.axioms.properties.get('visited');
  if (!traveller || !visited) return undefined;
  const named = namedIn(ctx, toks.slice(after + 1)).filter((iri) => iri !== traveller);
  const trips = new Map<string, Trip>();
  for (const c of claimsByPredicate(ctx).get(visited) ?? []) {
    if (c.subject !== traveller || c.polarity !== 'positive' || c.modality !== 'stated' || !c.qualifiers.has('startDate') || !c.qualifiers.has('endDate')) continue;
    // a place the adjunct names is the trip's destination
    if (named.some((iri) => iri !== c.object.value)) continue;
    const [start, end] = [c.qualifiers.get('startDate')![0]!, c.qualifiers.get('endDate')![0]!];
    trips.set(`${start}|${end}|${c.object.value}`, { traveller, start, end, place: c.object.value, claim: c.iri });
  }
  if (trips.size !== 1) return undefined;
  const found = [...trips.values()][0]!;
  if (!describesTrip(ctx, normalizeTypography(adjunct), toks, after, trip, found)) return undefined;
  // a year or a month the adjunct says must be the trip's
  for (const t of toks) {
    const w = t.raw.toLowerCase();
    if (/^\d{4}$/.test(w) && (w < found.start.slice(0, 4) || w > found.end.slice(0, 4))) return undefined;
    const m = MONTHS.indexOf(w);
    if (m >= 0 && ![found.start, found.end].some((d) => Number(d.slice(5, 7)) === m + 1)) return undefined;
  }
  return found;
}

/**
 * The office a traveller the claim names made the visits of a year in, when the source says so:
 * "the last / first <office> to visit" (cg:lastInOffice, cg:firstInOffice) on the traveller's
 * visits dated to that year ("Firefly in 2001"). "Firefly's 2001 trip" is then a trip made as
 * that office's holder (round 21). Undefined unless exactly one (traveller, office) fits.
 *
 * @example
 * ```ts
 * tripOfficeOfYear(ctx, 'Rufus Firefly visited Sylvania during his 2001 trip.', '2001'); // 'Prime Minister of Freedonia' when his 2001 visits carry cg:lastInOffice
 * ```
 */
export function tripOfficeOfYear(ctx: CheckContext, text: string, year: string): string | undefined {
  const visited = ctx.axioms.properties.get('visited');
  if (!visited) return undefined;
  const named = new Set(namedIn(ctx, tokenize(normalizeTypography(text), ctx.morph)));
  const offices = new Set<string>();
  for (const c of claimsByPredicate(ctx).get(visited) ?? []) {
    if (!named.has(c.subject) || c.polarity !== 'positive' || c.modality !== 'stated') continue;
    const times = ['year', ...START_DAY_QUALIFIERS].flatMap((n) => c.qualifiers.get(n) ?? []);
    if (!times.some((t) => t.startsWith(year))) continue;
    for (const o of [...(c.qualifiers.get('lastInOffice') ?? []), ...(c.qualifiers.get('firstInOffice') ?? [])]) offices.add(`${c.subject} ${o}`);
  }
  if (offices.size !== 1) return undefined;
  const office = [...offices][0]!.split(' ')[1]!;
  return ctx.store.getObjects(office, `${NS.rdfs}label`, null)[0]?.value;
}

/** Whether the source ties a claim to the trip (see the module comment). */
export function tiedToTrip(ctx: CheckContext, claim: string, trip: Trip): boolean {
  if (ctx.store.getObjects(claim, `${NS.cg}duringTripOf`, null).some((o) => o.value === trip.traveller)) return true;
  const subject = ctx.store.getObjects(claim, `${NS.rdf}subject`, null)[0]?.value;
  if (subject !== trip.traveller) return false;
  const predicate = ctx.store.getObjects(claim, `${NS.rdf}predicate`, null)[0]?.value;
  if (predicate === ctx.axioms.properties.get('visited')) {
    const from = qualifier(ctx, claim, 'earliestDate') ?? qualifier(ctx, claim, 'startDate');
    const until = qualifier(ctx, claim, 'latestDate') ?? qualifier(ctx, claim, 'endDate');
    if (from && until && from >= trip.start && until <= trip.end) return true;
  }
  const said = new Set(ctx.store.getObjects(trip.claim, `${NS.prov}wasDerivedFrom`, null).map((o) => o.value));
  return ctx.store.getObjects(claim, `${NS.prov}wasDerivedFrom`, null).some((o) => said.has(o.value));
}

/**
 * The result of a claim read without its occasion adjunct, when the adjunct names a trip the
 * supporting claims are tied to (for each thing they are about, one claim at least): SUPPORTED
 * with the occasion, citing the tied claims; undefined
 * otherwise (the caller then treats the adjunct as one the graph does not record).
 *
 * @example
 * ```ts
 * withTripOccasion(ctx, 'Freedonia signed deals with Sylvania during Rufus\'s visit.', "during Rufus's visit", supported)?.verdict; // 'SUPPORTED'
 * ```
 */
export function withTripOccasion(ctx: CheckContext, text: string, adjunct: string, r: CheckResult): CheckResult | undefined {
  if (r.verdict !== 'SUPPORTED') return undefined;
  const subject = r.interpretation.subject.kind === 'entity' ? r.interpretation.subject.iri : undefined;
  const trip = tripOf(ctx, adjunct, subject);
  if (!trip) return undefined;
  const supports = r.evidence.filter((e) => e.stance === 'supports');
  const tied = supports.filter((e) => tiedToTrip(ctx, e.claim, trip));
  // each thing the support is about (each member of "all five states") needs a claim tied to the trip
  const about = (claim: string): string => ctx.store.getObjects(claim, `${NS.rdf}object`, null)[0]?.value ?? claim;
  const tiedAbout = new Set(tied.map((e) => about(e.claim)));
  if (!tied.length || supports.some((e) => !tiedAbout.has(about(e.claim)))) return undefined;
  const who = entityName(ctx, trip.traveller);
  return {
    ...r, claim: text.trim(), evidence: tied,
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `"${adjunct}" read as ${who}'s trip (${trip.start} to ${trip.end}), which the source ties the fact to`] },
    explanation: `Read with "${adjunct}" as ${who}'s trip of ${trip.start} to ${trip.end}: the source ties the fact to that trip. ${r.explanation}`,
  };
}

/**
 * "X took D with him to P [in <time>]": a companion taken to a place is the companion on X's trip
 * there. Gives the claim without "to P ..." and the trip adjunct it stands for ("on his visit to
 * P ..."); undefined when the claim does not close with "to <a place>".
 *
 * @example
 * ```ts
 * tripDestination(ctx, 'Rufus took a delegation with him to Marsovia.');
 * // { claim: 'Rufus took a delegation with him.', adjunct: 'on his visit to Marsovia' }
 * ```
 */
export function tripDestination(ctx: CheckContext, text: string): { claim: string; adjunct: string } | undefined {
  const m = /^(.+?\S)\s+to\s+([^,]+?)((?:\s+in\s+[^,]+?)?)\s*([.!?]?)$/i.exec(normalizeTypography(text).trim());
  if (!m || m[1]!.split(/\s+/).length < 3) return undefined;
  const place = resolveMention(ctx, dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph));
  if (place.length !== 1 || !isA(ctx, place[0]!.iri, `${NS.cg}Place`)) return undefined;
  return { claim: `${m[1]}${m[4]}`, adjunct: `on his visit to ${m[2]}${m[3]}` };
}

/**
 * The result of "X took D with him to P" from that of "X took D with him" (`cg:travelledWith`
 * only): supported when the source ties the companion to X's trip to P; refuted when X took no
 * such companion; otherwise undecided with the reading shown. Undefined for another property.
 */
export function withTripDestination(ctx: CheckContext, text: string, dest: { claim: string; adjunct: string }, r: CheckResult): CheckResult | undefined {
  if (r.interpretation.predicateName !== 'travelledWith') return undefined;
  const place = dest.adjunct.replace(/^on his visit to /, '');
  const told = withTripOccasion(ctx, text, dest.adjunct, r);
  if (told) return told;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "to ${place}" as the trip the companion was taken on`] };
  if (r.verdict === 'REFUTED') return restate(r, text, { interpretation, explanation: `The claim says at least "${dest.claim}", which is refuted. ${r.explanation}` });
  return undecidedResult(restate(r, text, { interpretation }), `"${dest.claim}" is ${r.verdict === 'SUPPORTED' ? 'supported' : 'not decided'}, but the source does not tie it to a trip to ${place}. ${r.explanation}`);
}
