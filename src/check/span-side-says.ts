/**
 * Round 32: what a side of a time-between claim says besides the one dated thing it names. The
 * span reader (src/check/spans.ts) dates each side by one thing the graph dates ("the bank opened",
 * "the minister's tour ended") and compares the two days; whatever else the side said went
 * unchecked, so "The bank opened in Zenda on 20 May, three weeks after its charter took effect"
 * was supported by the bank's real days though it opened elsewhere on another day. Each statement a
 * side makes is now checked or the claim held:
 * - a date said on the side (a day, a month, a year) is compared with the side's day: a date at the
 *   end of the side ("... took effect on 1 May 2015", "... ended in November") that the day
 *   contradicts refutes the claim; one that agrees is checked; anything else is held;
 * - a thing named on the side besides the dated one ("in Zenda", "the League's charter", "of the
 *   Guild") must be tied to the dated thing by a claim the graph states (a place named after "in",
 *   "at" or "near" by a claim of where it is); else the claim is held;
 * - an apposition, a participle or a clause set off by commas, or a relative clause ("which",
 *   "who"), is held: the span reader does not read it.
 * A side that is a date said outright, a source's own day, a trip (its traveller and places are
 * read by the span reader itself) or a clause the graph dates as a whole is checked for its dates only.
 */
import { NS, type CheckContext } from './context.js';
import { claimsByPredicate, isA, type ClaimInfo } from './claim-index.js';
import { MONTH_NAMES_LOWER, MONTH_WORD, WEEKDAY_NAMES, WEEKDAY_WORD } from './calendar-names.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import { CARDINALS } from './values.js';
import { wordsValue } from './notation.js';
import { parseClaim } from './parser.js';
import { evaluateClaim } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';
import { knownWord } from './word-typos.js';

/** What the span reader knows of a side it dated. */
export interface SideDated {
  /** Its day: "2015", "2015-12" or "2015-12-25". */
  day: string;
  /** The dated thing (for a trip: the traveller). */
  iri: string;
  /** How it was dated: by a thing named on it (the default), a trip, a clause, a source or a date said outright. */
  via?: 'thing' | 'trip' | 'clause' | 'source' | 'literal';
  /** A trip's first and last day. */
  trip?: [string, string];
}

/** The outcome: nothing more said, or held with why, or refuted with why. */
export type SideSays = { verdict: 'ok' } | { verdict: 'held'; why: string; kind: HeldKind; without?: string } | { verdict: 'refuted'; why: string };

/**
 * Why a side is held: `extra` when it says something more of the thing it dates (a place, an
 * apposition, a clause), which leaves a span the graph refutes refuted (the claim says that too);
 * `identity` when what it says may make it another thing (an owner, a name the graph does not
 * tie to the dated thing), which leaves the claim undecided whatever the span. An `extra` held for
 * an insertion carries the side `without` it: the span reader dates that again, and a side whose
 * day the insertion moved ("X's tour, which began ..., ended": the first day read) is held as `identity`.
 */
export type HeldKind = 'extra' | 'identity';

/** A length said of a trip: "ten-day", "two-week", "week-long", "5-day", "three-week-long". */
const TRIP_LENGTH = /\b(?:(\d+|an?|[a-z]{2,})[-\s])?(day|week|month)s?-long\b|\b(\d+|an?|[a-z]{2,})-(day|week|month)\b/i;

/** What holds a thing: the whole it is part of, the body it is an organ of. */
const CONTAINED = [`${NS.cg}partOf`, `${NS.cg}organOf`, `${NS.cg}locatedIn`];

interface SaidDate { y?: string; m?: string; d?: string; text: string; end: boolean }

const pad = (n: string): string => n.padStart(2, '0');
const monthNo = (w: string): string => pad(String(MONTH_NAMES_LOWER.indexOf(w.toLowerCase()) + 1));
/** "25 December 2015", "December 25, 2015", "December 2015", "December", "1 January", "2015" (a year from 1900 to 2099). */
const DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_WORD})(?:\s*,?\s+((?:19|20)\d\d))?|(${MONTH_WORD})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:\s*,?\s+((?:19|20)\d\d))?|((?:19|20)\d\d))\b`, 'gi');
/** A date the side ends on, as its adjunct ("on 1 May 2015", "in November", "in 2009"). */
const ADJUNCT_BEFORE = /\b(?:on|in|during|by)\s+(?:the\s+)?$/i;

/** The dates a side says, each with whether it is the side's closing adjunct. */
export function saidDates(text: string): SaidDate[] {
  const out: SaidDate[] = [];
  const t = text.replace(/[\s,.;:!?]+$/, '');
  for (const m of t.matchAll(DATE)) {
    const [all, d1, m1, y1, m2, d2, y2, y3] = m as unknown as Array<string | undefined>;
    const said: SaidDate = m1 ? { d: pad(d1!), m: monthNo(m1), ...(y1 ? { y: y1 } : {}), text: all!, end: false }
      : m2 ? { m: monthNo(m2), ...(d2 ? { d: pad(d2) } : {}), ...(y2 ? { y: y2 } : {}), text: all!, end: false }
      : { y: y3!, text: all!, end: false };
    // "May" is also a verb: a month name alone, with no day or year and no "in" before it, is no date
    if (m2 && !d2 && !y2 && !/\b(?:in|of|since|until|by|early|late|mid)\s+$/i.test(t.slice(0, m.index))) continue;
    said.end = m.index! + all!.length === t.length && ADJUNCT_BEFORE.test(t.slice(0, m.index));
    out.push(said);
  }
  return out;
}

/** Whether a said date agrees with a day ("2015-12-25", "2015-12", "2015"): 'same', 'conflict', or 'unknown' (the day is less precise). */
export function dateAgrees(said: SaidDate, day: string): 'same' | 'conflict' | 'unknown' {
  const [y, m, d] = day.split('-');
  const parts: Array<[string | undefined, string | undefined]> = [[said.y, y], [said.m, m], [said.d, d]];
  if (parts.some(([s, g]) => s !== undefined && g !== undefined && s !== g)) return 'conflict';
  return parts.some(([s, g]) => s !== undefined && g === undefined) ? 'unknown' : 'same';
}

/**
 * The claims the graph states of x and y together (either way round, or y as a qualifier of x's
 * claim), each with whether it says where x is (a sub-property of cg:locatedIn, a property whose
 * range is a place, or y as the claim's location qualifier).
 */
function tiedBy(ctx: CheckContext, x: string, y: string): Array<{ claim: ClaimInfo; where: boolean }> {
  const out: Array<{ claim: ClaimInfo; where: boolean }> = [];
  const loc = `${NS.cg}locatedIn`;
  // y as what holds the claim's thing (the assembly an organ of the union, the city part of the country): two steps at most
  const up = (z: string): string[] => CONTAINED.flatMap((p) => ctx.store.getObjects(z, p, null).map((o) => o.value));
  const within = (z: string): boolean => up(z).some((u) => u === y || up(u).includes(y));
  const placeLike = (p: string): boolean => p === loc || !!ctx.axioms.subProperties.get(loc)?.has(p) || ctx.axioms.range.get(p) === `${NS.cg}Place`;
  for (const property of new Set(ctx.axioms.properties.values())) {
    for (const c of claimsByPredicate(ctx).get(property) ?? []) {
      if (c.polarity !== 'positive' || c.modality !== 'stated') continue;
      const o = c.object.value;
      if ((c.subject === x && (o === y || within(o))) || (c.subject === y && o === x)) out.push({ claim: c, where: placeLike(c.predicate) });
      else if (c.subject === x && [...c.qualifiers.values()].some((v) => v.some((w) => w === y || within(w)))) out.push({ claim: c, where: !!c.qualifiers.get('location')?.some((w) => w === y || within(w)) });
    }
  }
  return out;
}

/**
 * What the side `text` says besides the dated thing `side`: 'ok' when nothing (or only what
 * agrees), 'refuted' when a date it ends on contradicts the side's day, 'held' otherwise.
 *
 * @example
 * ```ts
 * sideSays(ctx, 'The bank opened on 20 May 2016', { day: '2016-05-16', iri: bank }); // { verdict: 'refuted', … }
 * ```
 */
export function sideSays(ctx: CheckContext, text: string, side: SideDated): SideSays {
  if (side.via === 'literal') return { verdict: 'ok' };
  // a date's own comma ("December 12, 1995") and a closing comma are no insertion
  const t = text.trim().replace(/(\d{1,2}),(\s+(?:19|20)\d\d)/g, '$1$2').replace(/[\s,.;:!?]+$/, '');
  const inserted = /,\s[^,]+,\s/.exec(t) ?? /,\s.*$/.exec(t) ?? /\s(?:which|who|whose|whom|where)\b.*$/i.exec(t);
  const without = inserted ? t.replace(inserted[0], ' ').trim() : undefined;
  if (/,/.test(t)) return { verdict: 'held', kind: 'extra', ...(without ? { without } : {}), why: `"${text.trim()}" says more than its dated thing between commas (an apposition, a participle or a clause), which the span reader does not check` };
  if (/\b(?:which|who|whose|whom|where)\b/i.test(t)) return { verdict: 'held', kind: 'extra', ...(without ? { without } : {}), why: `"${text.trim()}" has a relative clause, which the span reader does not check` };
  // round 34: a word that makes the side another event ("was cancelled", "a branch", "its second
  // office", "was cut short"): lexicon cg:otherEventWord, on any side but a date said outright
  const other = otherEventWord(ctx, t, side.iri);
  if (other) return { verdict: 'held', kind: 'identity', why: `the side "${text.trim()}" says "${other}", which makes it another event than the one the graph dates` };
  for (const said of saidDates(t)) {
    const agrees = dateAgrees(said, side.day);
    if (agrees === 'same') continue;
    // a trip: a date of the trip itself (its first day when the side reads its last) is not the day compared
    const onTrip = side.trip && side.trip.some((d) => dateAgrees(said, d) !== 'conflict');
    if (agrees === 'conflict' && said.end && !onTrip) return { verdict: 'refuted', why: `the side "${text.trim()}" says ${said.text}, but the graph dates it ${side.day}` };
    return { verdict: 'held', kind: 'identity', why: `the side "${text.trim()}" says ${said.text}, which its day (${side.day}) does not ${agrees === 'conflict' ? 'match' : 'settle'}` };
  }
  // round 33: a weekday said on the side ("The bank opened on a Sunday, three weeks after ...") is
  // the dated thing's weekday: the side's full day decides it (a trip's, any of its days: held)
  const weekday = cachedRegExp(String.raw`\bon\s+(?:a\s+)?(${WEEKDAY_WORD})\b`, 'i').exec(t);
  if (weekday) {
    const named = weekday[1]!.toLowerCase();
    const real = side.day.length === 10 && !side.trip ? WEEKDAY_NAMES[new Date(`${side.day}T00:00:00Z`).getUTCDay()]! : undefined;
    if (!real) return { verdict: 'held', kind: 'identity', why: `the side "${text.trim()}" says ${weekday[0]}, which its day (${side.day}) does not settle` };
    if (real.toLowerCase() !== named) return { verdict: 'refuted', why: `the side "${text.trim()}" says ${weekday[0]}, but the graph dates it ${side.day}, a ${real}` };
  }
  // a trip said with its length ("his ten-day tour", "the week-long visit"): the trip's own days must agree
  const length = TRIP_LENGTH.exec(t);
  if (side.trip && length) {
    const said = length[1] ?? length[3];
    const unit = (length[2] ?? length[4])!;
    const count = said ? (/^\d+$/.test(said) ? Number(said) : /^an?$/i.test(said) ? 1 : CARDINALS[said.toLowerCase()] ?? wordsValue(said.toLowerCase())) : 1;
    const days = (count ?? NaN) * (/^w/i.test(unit) ? 7 : /^m/i.test(unit) ? 30.44 : 1);
    const trip = (Date.parse(`${side.trip[1]}T00:00:00Z`) - Date.parse(`${side.trip[0]}T00:00:00Z`)) / 86_400_000 + 1;
    if (!(Math.abs(days - trip) <= Math.max(1, 0.15 * days))) return { verdict: 'held', kind: 'extra', why: `the side "${text.trim()}" gives the trip a length (${length[0]}) its days (${side.trip[0]} to ${side.trip[1]}) do not match` };
  }
  if (side.via && side.via !== 'thing') return { verdict: 'ok' };
  // the things the side names besides the dated one, longest mentions first (as the span reader finds them)
  const toks = dropIgnorable(tokenize(t, ctx.morph), ctx.morph);
  const dates = new Set(saidDates(t).flatMap((s) => s.text.toLowerCase().split(/[\s,]+/)));
  const covered = new Set<number>();
  // entities named before the dated event and not as its owner ("Firefly hosted the gala")
  let agents = 0;
  let eventSeen = false;
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 8); j > i; j--) {
      const hit = resolveMention(ctx, toks.slice(i, j));
      if (!hit.length) continue;
      for (let k = i; k < j; k++) covered.add(k);
      if (hit.length !== 1) continue;
      const iri = hit[0]!.iri;
      const from = i;
      i = j - 1;
      if (iri === side.iri) eventSeen = true;
      if (iri === side.iri || toks.slice(from, j).every((k) => dates.has(k.raw.toLowerCase()))) break;
      const ties = tiedBy(ctx, side.iri, iri);
      // the dated thing named inside a mention of its own event ("the opening ceremony of the bank")
      if (!ties.length && (ownedByName(ctx, iri, side.iri) || ownedByName(ctx, side.iri, iri))) break;
      const before = (toks[from - 1]?.raw ?? '').toLowerCase();
      const where = isA(ctx, iri, `${NS.cg}Place`) && /^(?:in|at|near|inside|outside)$/.test(before);
      if (!ties.length || (where && !ties.some((c) => c.where))) {
        return { verdict: 'held', kind: where ? 'extra' : 'identity', why: `the side "${text.trim()}" names ${hit[0]!.label}, which the graph does not tie to ${where ? 'where ' : ''}the thing it dates` };
      }
      if (!eventSeen && !where && toks[j]?.kind !== 'possessive') agents++;
      break;
    }
  }
  // round 33: a name the graph does not know ("the groundbreaking near Zenda", "Rufus Q. Zed
  // attended the gala") says where the dated thing was or who was there, which nothing here checks
  // round 36: the side's first word is capitalised anyway, but followed by a possessive, or a word
  // no word list knows, it is a name owning the side or doing its deed ("Zenda's recognition of ...
  // came ...", "Zenda recognised ..."), which nothing here ties to the thing
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    if (k === 0 && toks[1]?.kind !== 'possessive' && knownWord(ctx, tok.raw.toLowerCase())) continue;
    if (!tok.cap || tok.kind !== 'word' || covered.has(k) || dates.has(tok.raw.toLowerCase())) continue;
    if (cachedRegExp(`^${WEEKDAY_WORD}$`, 'i').test(tok.raw)) continue;
    return { verdict: 'held', kind: 'extra', why: `the side "${text.trim()}" names ${tok.raw}, which the graph does not know` };
  }
  // round 33: someone named doing something at a dated event ("Firefly hosted the gala", where the
  // graph has Firefly as a guest): a tie between the two is not that deed; the side read as a claim
  // of its own must be supported
  if (agents && isA(ctx, side.iri, `${NS.cg}Event`) && !sideSupported(ctx, t)) {
    return { verdict: 'held', kind: 'extra', why: `the side "${text.trim()}" says a deed at the event that the graph does not support` };
  }
  // an owner said with a possessive inside the dated thing's own mention ("the Guild's charter" for
  // the League's charter): the resolver reads the mention by its head, so the owner is checked here
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind !== 'possessive') continue;
    // "X's Y's Z" (a first side's name put for "its"): the first owner is the one checked
    const prev = toks.findIndex((x, j) => j < k && x.kind === 'possessive');
    if (prev >= 0 && prev < k) continue;
    for (let m = Math.max(0, k - 5); m < k; m++) {
      const hit = resolveMention(ctx, toks.slice(m, k));
      if (hit.length !== 1) continue;
      const owner = hit[0]!;
      if (owner.iri !== side.iri && !tiedBy(ctx, side.iri, owner.iri).length && !ownedByName(ctx, side.iri, owner.iri)) {
        return { verdict: 'held', kind: 'identity', why: `the side "${text.trim()}" gives the dated thing to ${owner.label}, which the graph does not tie to it` };
      }
      break;
    }
  }
  return { verdict: 'ok' };
}

const otherEventTables = new WeakMap<object, RegExp>();

/**
 * The first word of lexicon cg:otherEventWord the side says (inflected: "cancelled", "branches",
 * "put off"), unless it is a word of the dated thing's own name; undefined when none.
 */
function otherEventWord(ctx: CheckContext, text: string, thing: string): string | undefined {
  let re = otherEventTables.get(ctx.lexicon);
  if (!re) {
    const phrases = ctx.lexicon.getQuads(null, `${NS.cg}otherEventWord`, null, null).map((q) => q.object.value.toLowerCase())
      .sort((a, b) => b.length - a.length)
      // each word with its inflections: a doubled last letter, then -s, -es, -ed, -d, -ing
      .map((p) => p.split(/\s+/).map((w) => `${w.replace(/e$/, '')}(?:${w.slice(-1)})?(?:e|s|es|ed|d|ing)?`).join('\\s+'));
    // no words (a lexicon without the list) matches nothing, not the empty string
    re = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'gi') : /(?!)/g;
    otherEventTables.set(ctx.lexicon, re);
  }
  const names = ctx.store.getObjects(thing, `${NS.rdfs}label`, null).concat(ctx.store.getObjects(thing, `${NS.skos}altLabel`, null)).map((o) => o.value.toLowerCase());
  for (const hit of text.matchAll(re)) {
    // "almost (nearly) three weeks": a bound of the span's length, not of the event
    if (/^\s+(?:\d|an?\b|half\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|twenty\b|thirty\b|forty\b|fifty\b)/i.test(text.slice(hit.index! + hit[0].length))) continue;
    if (!names.some((n) => n.includes(hit[0].toLowerCase()))) return hit[0];
  }
  return undefined;
}

/** Whether the dated thing's name says its owner ("Charter of the League" for the League): one of the owner's labels is in it. */
function ownedByName(ctx: CheckContext, thing: string, owner: string): boolean {
  const names = (iri: string): string[] => ctx.store.getObjects(iri, `${NS.rdfs}label`, null).concat(ctx.store.getObjects(iri, `${NS.skos}altLabel`, null)).map((o) => o.value.toLowerCase());
  const own = names(owner).filter((n) => n.length > 1);
  return names(thing).some((n) => own.some((o) => cachedRegExp(`\\b${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(n)));
}

/** Whether some reading of the side, taken as a claim of its own, is supported by the graph. */
function sideSupported(ctx: CheckContext, text: string): boolean {
  try {
    return parseClaim(ctx, text).readings.some((r) => evaluateClaim(ctx, r.interpretation).verdict === 'SUPPORTED');
  } catch {
    return false;
  }
}
