/**
 * A claim said in other words that the reader reads: each rewrite gives the claim to check
 * instead and how to tell its result as the claim as written (src/check/index.ts tries them, in
 * this order, on a claim no pattern reads).
 *
 * - a time stated by a clause: "At the time the bank opened, it had not yet ..." -> "As of
 *   <day>, the bank had not ..." (src/check/time-clause.ts);
 * - a purpose after a verb of going: "X went to P to do Y" -> "X did Y at P", never refuted
 *   (src/check/motion-purpose.ts);
 * - a word that only strengthens a claim (lexicon `cg:strengtheningWord`: "X has long been
 *   active"): the claim without it says less, so its refutation refutes the claim, while its
 *   support does not support the stronger claim (NOT_ENOUGH_INFO, the reading shown);
 * - an ordinal after a possessive: "X became the Bank's first president" is "X became the first
 *   president of the Bank" (the same claim, so its verdict is the claim's);
 * - an adjunct of occasion the graph does not record ("... during the minister's visit", "In a
 *   tour of the region last autumn, ..."): read without it, like a strengthening word (only a
 *   refutation that does not rest on time decides); one naming the subject's own dated trip
 *   supports it when the source ties the fact to that trip (src/check/occasion.ts);
 * - round 17: "X took D with him to P" (the companion on X's trip to P), "X's tour took in Y"
 *   (src/check/trip-frames.ts), "Y was pledged $N by X" / "X gave Y $N" (src/check/ditransitive.ts),
 *   "the leaders of A and B" as A and B (src/check/acting-for.ts), "X carries oil" as X's kind,
 *   refutation only (src/check/kind-verbs.ts);
 * - round 23: "X visited P after Y did" as "... after Y visited P" (src/check/pro-verb.ts);
 * - round 25: "X was picked to lead Y as its first N" as "X was picked as the first N of Y".
 * - round 41: "Y picked X as its first N" as "X was picked as the first N of Y".
 */
import { inPresentPerfect } from './claim-time.js';
import { tripDestination, tripOfficeOfYear, withTripDestination, withTripOccasion } from './occasion.js';
import { offItinerary, tripItinerary } from './trip-frames.js';
import { recipientLast } from './ditransitive.js';
import { actingFor } from './acting-for.js';
import { kindByVerb, withKindByVerb } from './kind-verbs.js';
import type { CheckContext } from './context.js';
import { followedLead } from './follow-lead.js';
import { proVerbInFull } from './pro-verb.js';
import { insteadOfDenial } from './instead-of.js';
import { withoutRoute } from './route-adjunct.js';
import { readMotionPurpose, withMotionPurpose } from './motion-purpose.js';
import { normalizeTypography } from './text.js';
import { CARDINALS } from './values.js';
import { readBeforeClause, readTimeClause, withClauseTime } from './time-clause.js';
import type { CheckResult } from './types.js';
import { undecidedResult, restate } from './result.js';
import { textMemo } from './text-memo.js';
import { withoutDenialIntensifier } from './denial-intensifier.js';

/** A denial, under which a dropped word or adjunct would make the claim say more. */
const DENIAL = /\b(?:not|never|no|nor|neither|without|hardly|barely|scarcely|little|few)\b|n't\b/i;

/** A claim to check instead, and how to tell its result as the claim as written. */
export interface Rewrite {
  claim: string;
  /** The claim as written from the rewrite's result; undefined when the rewrite does not apply to that reading. */
  finish(r: CheckResult): CheckResult | undefined;
}

/** The claim without the words that only strengthen it; undefined when it has none. */
export function withoutStrengtheners(ctx: CheckContext, text: string): { claim: string; words: string[] } | undefined {
  // under a denial the word weakens instead ("not always active" is not "not active")
  if (DENIAL.test(text)) return undefined;
  const words: string[] = [];
  const claim = normalizeTypography(text).replace(/\s*\b([A-Za-z]+)\b/g, (all, w: string) => {
    if (!ctx.strengtheningWords.has(w.toLowerCase())) return all;
    words.push(w);
    return '';
  }).trim();
  return words.length ? { claim, words } : undefined;
}

/**
 * "Y's first N" as "the first N of Y" (also second, third): the ordinal belongs to the noun,
 * wherever the possessor stands ("the Bank's first president" is its first president). Undefined
 * without one.
 *
 * @example
 * ```ts
 * possessiveOrdinal("Rufus became the League's first president."); // 'Rufus became the first president of the League.'
 * possessiveOrdinal("Rufus became the League's founding president."); // 'Rufus became the founding president of the League.'
 * ```
 */
export function possessiveOrdinal(text: string): string | undefined {
  const t = normalizeTypography(text);
  // round 20 (branch attrib20): any place in the line ("the League's second president"), which
  // the lexicon's ordinal patterns read and the holder the source numbers there decides
  // a possessor in lower case is one word ("the league's first president": a claim typed in lower case)
  // round 24 (branch verbs24): "founding" and "first-ever" are kept as said: the lexicon's office
  // patterns read them as the first place ("the League's founding president"), and its membership
  // patterns still read "the League's founding members" as founders, not as the first member
  // round 25 (branch verbs25b): "very" before the ordinal only stresses it ("the League's very
  // first president" is its first president) and is dropped
  const m = /\b(the\s+)?((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*|[a-z][\w.&-]*)'s\s+(?:very\s+)?(first-ever|first|inaugural|founding|second|third)\s+([a-z][a-z-]*(?:\s+(?:of|for)\s+[a-z][a-z-]*)?)\b/.exec(t);
  if (!m) return undefined;
  const ord = m[3] === 'inaugural' ? 'first' : m[3];
  return `${t.slice(0, m.index)}the ${ord} ${m[4]} of ${m[1] ?? ''}${m[2]}${t.slice(m.index + m[0].length)}`;
}

/**
 * An office said as the body one is chosen to lead "as its" holder: "X was picked to lead the
 * League as its first president" is "X was picked as the first president of the League" (round 25,
 * branch verbs25b; the same claim, so its verdict is the claim's). The ordinal is kept ("very"
 * before it only stresses it); undefined without the shape.
 *
 * @example
 * ```ts
 * ledAsIts('Rufus was picked to lead the League as its very first president.'); // 'Rufus was picked as the first president of the League.'
 * ```
 */
export function ledAsIts(text: string): string | undefined {
  const t = normalizeTypography(text);
  const m = /\bto\s+(?:lead|head|run|helm|chair|steer)\s+(the\s+)?((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*|[a-z][\w.&-]*)\s+as\s+its\s+(?:very\s+)?(?:(first-ever|first|inaugural|founding|second|third)\s+)?([a-z][a-z-]*)\b/.exec(t);
  if (!m) return undefined;
  const ord = m[3] === 'inaugural' ? 'first' : m[3];
  return `${t.slice(0, m.index)}as the ${ord ? `${ord} ` : ''}${m[4]} of ${m[1] ?? ''}${m[2]}${t.slice(m.index + m[0].length)}`;
}

/** The participle of a verb of choosing a holder ("chose" -> "chosen"); the others are their past. */
const CHOSEN: Readonly<Record<string, string>> = { chose: 'chosen', elected: 'elected', picked: 'picked', selected: 'selected', named: 'named', appointed: 'appointed', tapped: 'tapped', 'voted in': 'voted in' };

/**
 * A body choosing its own office holder, said in the active voice: "The League picked Rufus
 * Firefly as its first president" is "Rufus Firefly was picked as the first president of the
 * League" (round 41, misses41; the passive the lexicon's patterns read, with the verb kept, so the
 * same claim and its verdict the claim's). "its" must be the body: the subject is a name (or "the"
 * and a name), the holder a capitalised name, and nothing follows the office. Undefined without the shape.
 *
 * @example
 * ```ts
 * chosenAsIts('The League picked Rufus Firefly as its first president.'); // 'Rufus Firefly was picked as the first president of the League.'
 * ```
 */
export function chosenAsIts(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const m = /^(?<the>the\s+)?(?<org>(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)\s+(?<verb>elected|chose|picked|selected|named|appointed|tapped|voted\s+in)\s+(?<person>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s+(?:as|to\s+be)\s+its\s+(?:very\s+)?(?:(?<ord>first-ever|first|inaugural|founding|second|third)\s+)?(?<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*[.!]?$/i.exec(t);
  if (!m?.groups) return undefined;
  const g = m.groups as { the?: string; org: string; verb: string; person: string; ord?: string; role: string };
  // a lower-case word where a name goes ("The League picked its ..."): no holder named
  if (!/^[A-Z]/.test(g.org) || !/^[A-Z]/.test(g.person)) return undefined;
  const ord = g.ord ? `${/^(?:inaugural|founding|first-ever)$/i.test(g.ord) ? 'first' : g.ord.toLowerCase()} ` : '';
  return `${g.person} was ${CHOSEN[g.verb.toLowerCase().replace(/\s+/g, ' ')]} as the ${ord}${g.role} of ${g.the ? 'the ' : ''}${g.org}.`;
}

/** Auxiliaries after which a denial's "not" goes. */
const AUX_NOT = /\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b/i;

/** A figure of money, a share or a large count ("US$ 5 billion", "30 percent", "2 million"). */
const FIGURE = /(?:US\$|\$|\u00a5|\u20ac|\u00a3)\s*\d|\d[\d,.]*\s*(?:million|billion|trillion|bn\b|percent\b|per\s+cent\b|%)/i;

/**
 * A quantifier over a group said plainly: "None of the G V" is every member's denial ("the G ...
 * not V", which the reader reads member by member), "All of / Each of / Every one of the G V" is
 * "the G V" (the plural group already stands for each member). Undefined without one.
 *
 * @example
 * ```ts
 * quantifiedGroup('None of the League states is a member of the Pact.'); // 'the League states is not a member of the Pact.'
 * quantifiedGroup('Each of the League states joined the Pact.'); // 'the League states joined the Pact.'
 * ```
 */
export function quantifiedGroup(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const none = /^none\s+of\s+(the\s+.+)$/i.exec(t);
  // round 39 (precision39): "None of the deals was worth US$ 5 billion" denies each part's figure,
  // which "the deals were not worth US$ 5 billion" (their total) is not: no rewrite
  if (none && FIGURE.test(none[1]!)) return undefined;
  if (none) {
    const rest = none[1]!;
    const aux = AUX_NOT.exec(rest);
    // "not" after the first auxiliary, else before the words (the reader takes it as the claim's negation)
    return aux ? `${rest.slice(0, aux.index + aux[0].length)} not${rest.slice(aux.index + aux[0].length)}` : `not ${rest}`;
  }
  const all = /^(?:all|each|every\s+one|every\s+single\s+one)\s+of\s+(the\s+.+)$/i.exec(t);
  // round 39 (precision39): "Each of the deals was worth US$ 5 billion" is each part's figure, which
  // "the deals were worth US$ 5 billion" (their total) is not: no rewrite (src/check/part-total.ts
  // reads the claim as it stands)
  if (all && FIGURE.test(all[1]!)) return undefined;
  return all ? all[1]! : undefined;
}

/**
 * Round 22: "S only V N ..." as "S V only N ...": "only" before the verb restricts the count that
 * follows it, as it does after the verb ("Freedonia only visited two of the four states" is
 * "Freedonia visited only two of the four states"); the word is moved, not dropped. Undefined
 * without a count right after the verb.
 *
 * @example
 * ```ts
 * onlyBeforeCount('Rufus only visited two of the League states.'); // 'Rufus visited only two of the League states.'
 * ```
 */
export function onlyBeforeCount(text: string): string | undefined {
  const m = /^(.+?)\s+only\s+([a-z]+ed)\s+([\w-]+)\b(.*)$/i.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const count = m[3]!.toLowerCase();
  if (!/^\d+$/.test(count) && CARDINALS[count] === undefined) return undefined;
  return `${m[1]} ${m[2]} only ${m[3]}${m[4]}`;
}

/** Words that make an adjunct an occasion: a trip, a meeting, a ceremony. */
const OCCASION = /\b(?:tour|tours|trip|trips|visit|visits|journey|stay|talks|meeting|summit|ceremony|launch|opening)\b/i;

/**
 * The claim without an adjunct of occasion: "during <noun phrase>" closing the claim (or before a
 * comma), "on/for <possessive> <trip noun> [to <place>]" closing it, or a fronted "In/During/On <noun phrase naming a trip, meeting or ceremony>, ...". The
 * graph does not tie a fact to the occasion it happened on, so the claim without it says less.
 * Undefined under a denial (where dropping it says more) or in a claim without one.
 *
 * @example
 * ```ts
 * withoutOccasion('Freedonia signed deals with Sylvania during the minister\'s visit.');
 * // { claim: 'Freedonia signed deals with Sylvania.', adjunct: "during the minister's visit" }
 * ```
 */
export function withoutOccasion(text: string): { claim: string; adjunct: string } | undefined {
  const t = normalizeTypography(text).trim();
  if (DENIAL.test(t)) return undefined;
  // the adjunct has no verb of its own: a clause ("during which it signed") is not one
  const nounPhrase = (s: string): boolean => !/\b(?:which|who|that|when|while|is|are|was|were|had|has|did)\b/i.test(s) && s.split(/\s+/).length <= 10;
  const trailing = /^(.+?\S),?\s+(during\s+([^,]+?))(\s*,\s*.+?)?([.!?]?)$/i.exec(t);
  if (trailing && nounPhrase(trailing[3]!) && trailing[1]!.split(/\s+/).length >= 3) {
    return { claim: `${trailing[1]}${trailing[4] ?? ''}${trailing[5]}`, adjunct: trailing[2]! };
  }
  // "on/for one's <trip>" closing the claim: a possessive before a trip noun, which heads the phrase
  // ("on his week-long visit to Marsovia", "for Rufus's March tour"), so "on his own" or "for his
  // country" are not occasions
  const onTrip = /^(.+?\S),?\s+((?:on|for)\s+(?:his|her|their|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?'s)\s+((?:[\w-]+\s+){0,4}(?:tour|trip|visit|journey)(?:\s+(?:to|of|in)\s+[^,]+?)?))\s*([.!?]?)$/i.exec(t);
  if (onTrip && nounPhrase(onTrip[3]!) && onTrip[1]!.split(/\s+/).length >= 3) {
    return { claim: `${onTrip[1]}${onTrip[4]}`, adjunct: onTrip[2]! };
  }
  const fronted = /^((?:in|during|on)\s+(?:an?|the|his|her|its|their|[A-Z][\w-]*'s)\s+([^,]+?)),\s+(.+)$/i.exec(t);
  if (fronted && nounPhrase(fronted[2]!) && OCCASION.test(fronted[2]!)) {
    return { claim: fronted[3]!.replace(/^[a-z]/, (c) => c.toUpperCase()), adjunct: fronted[1]! };
  }
  return undefined;
}

/** Refutations that rest on the time a claim is said of (the latest source, another holder now, a former holder). */
const TIMED_REASONS = /latest-source|claim-time|other-holder|earlier-office-holder/;

/**
 * The result of a claim read without words that say more than the graph records: its refutation
 * refutes the claim (unless `untimed` and the refutation rests on a time the dropped words may
 * have set), its support decides nothing (NOT_ENOUGH_INFO, the reading shown).
 */
function saysLess(text: string, claim: string, said: string, what: string, untimed: boolean) {
  return (r: CheckResult): CheckResult => {
    const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read without ${said}, ${what}`] };
    if (r.verdict === 'REFUTED' && !(untimed && TIMED_REASONS.test(r.reason))) {
      return restate(r, text, { interpretation, explanation: `Read without ${said}: the claim says at least "${claim}", which is refuted. ${r.explanation}` });
    }
    return undecidedResult(restate(r, text, { interpretation }),
      `Read without ${said}: "${claim}" is ${r.verdict === 'SUPPORTED' ? 'supported' : r.verdict === 'REFUTED' ? 'refuted only for another time' : 'not decided'}, but the graph says nothing of ${said}. ${r.explanation}`);
  };
}

/**
 * The rewrites of a claim, in the order they are tried.
 *
 * @example
 * ```ts
 * rewritesOf(ctx, 'Freedonia has long been a member of the League.').map((r) => r.claim);
 * // ['Freedonia has been a member of the League.']
 * ```
 */
export function rewritesOf(ctx: CheckContext, text: string): Rewrite[] {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19)
  return rewritesOfMemo(ctx, text, () => rewritesOfUncached(ctx, text));
}

const rewritesOfMemo = textMemo<Rewrite[]>();

function rewritesOfUncached(ctx: CheckContext, text: string): Rewrite[] {
  const out: Rewrite[] = [];
  const tc = readTimeClause(ctx, text);
  if (tc) out.push({ claim: tc.rewritten, finish: (r) => withClauseTime(ctx, text, tc, r) });
  // "P before the bank opened": P as of that day, one answer of which carries over (round 26)
  const before = tc ? undefined : readBeforeClause(ctx, text);
  if (before) {
    out.push({ claim: before.clause.rewritten, finish: (r) => {
      const told = withClauseTime(ctx, text, before.clause, r);
      return r.verdict === before.keeps ? told : undecidedResult(told, `Read "${before.clause.clause}" as up to ${before.clause.day}: "${before.clause.rewritten}" is ${r.verdict === 'SUPPORTED' ? 'supported' : r.verdict === 'REFUTED' ? 'refuted' : 'not decided'}, which says nothing of the time before that day. ${r.explanation}`);
    } });
  }
  const mp = readMotionPurpose(text, ctx);
  if (mp) out.push({ claim: mp.claim, finish: (r) => withMotionPurpose(text, mp, r) });
  // "Has X approved a loan yet?": in the present perfect, "yet" closing it adds nothing to "up to now"
  const yet = /^(.+?\S)\s+(?:yet|so far|to date)\s*([.!?]?)$/i.exec(text.trim());
  if (yet && inPresentPerfect(text)) {
    out.push({ claim: `${yet[1]}${yet[2]}`, finish: (r) => restate(r, text) });
  }
  // "X is not a member of Y at all": the closing intensifier adds nothing to the denial (round 27)
  const flat = withoutDenialIntensifier(ctx, text);
  if (flat) out.push({ claim: flat.claim, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read without "${flat.word}" (it only intensifies the denial)`] } }) });
  // "X visited P after Y did": the pro-verb said in full (src/check/pro-verb.ts), the same claim
  const full = proVerbInFull(ctx, text);
  if (full) {
    out.push({ claim: full, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${full}" (the pro-verb said in full)`] } }) });
  }
  // "S sent a deputy instead of attending E": S did not attend E, which the claim says at least
  // (src/check/instead-of.ts); what S did instead the graph does not record: only a refutation decides
  const instead = insteadOfDenial(ctx, text);
  if (instead) out.push({ claim: instead.claim, finish: saysLess(text, instead.claim, `"${instead.instead}"`, 'what was done instead of the deed, which the graph does not record', false) });
  // "None of the G V", "Each of the G V": the claim about each member (the same claim, its verdict the claim's)
  const quantified = quantifiedGroup(text);
  if (quantified) {
    out.push({ claim: quantified, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${quantified}" (a quantifier over the group's members)`] } }) });
  }
  // "S only visited N of the G": "S visited only N of the G", the same claim
  const only = onlyBeforeCount(text);
  if (only) {
    out.push({ claim: only, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${only}" ("only" before the verb restricts the count)`] } }) });
  }
  // "X was picked to lead Y as its first N": "X was picked as the first N of Y" (the same claim)
  const led = ledAsIts(text);
  if (led) {
    out.push({ claim: led, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${led}" (the office of the body led)`] } }) });
  }
  // "The League picked X as its first N": "X was picked as the first N of the League" (round 41)
  const chosen = chosenAsIts(text);
  if (chosen) {
    out.push({ claim: chosen, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${chosen}" (the body's choice said in the passive)`] } }) });
  }
  const ordinal = possessiveOrdinal(text);
  if (ordinal) {
    out.push({
      claim: ordinal,
      finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), 'read "Y\'s first N" as "the first N of Y"'] } }),
    });
  }
  // "S might follow X into P": S following X's lead and S moving into P (src/check/follow-lead.ts)
  const lead = followedLead(text);
  if (lead) {
    out.push({ claim: lead, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), 'read "S follows X in doing Y / into P" as "S follows X and S does Y / moves into P"'] } }) });
  }
  const weaker = withoutStrengtheners(ctx, text);
  if (weaker) {
    const said = weaker.words.map((w) => `"${w}"`).join(', ');
    out.push({ claim: weaker.claim, finish: saysLess(text, weaker.claim, said, 'a word that only strengthens the claim', false) });
  }
  // "X carries oil": X is an oil pipeline, refutation only (src/check/kind-verbs.ts)
  const kind = kindByVerb(ctx, text);
  if (kind) out.push({ claim: kind.claim, finish: (r) => withKindByVerb(ctx, text, kind, r) });
  // "The leaders of A and B launched X": A and B launched it (src/check/acting-for.ts), the same claim
  const states = actingFor(text);
  if (states) {
    out.push({ claim: states, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${states}" (the leaders acting for their states)`] } }) });
  }
  // "Y was pledged $5 million by X", "X gave Y $5 million": the recipient after "to" (src/check/ditransitive.ts), the same claim
  const given = recipientLast(ctx, text);
  if (given) {
    out.push({ claim: given, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${given}" (a verb of giving with the recipient first)`] } }) });
  }
  // "X's tour took in Y": X visited Y during that tour (src/check/trip-frames.ts), the same claim
  const itinerary = tripItinerary(ctx, text);
  if (itinerary) {
    out.push({ claim: itinerary, finish: (r) => restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${itinerary}" (a trip and what it took in)`] } }) });
  }
  // "Y was left out of X's itinerary": the denial of "Y was on X's itinerary" (round 23), its verdict inverted
  const off = offItinerary(ctx, text);
  if (off) out.push({ claim: off, finish: (r) => deniedBy(text, off, r) });
  // "X stopped off in P on his way to Q", "X went to P by plane": the route or means of a trip,
  // which the graph does not record (src/check/route-adjunct.ts, round 20): read without it
  const route = withoutRoute(text);
  if (route) out.push({ claim: route.claim, finish: saysLess(text, route.claim, `"${route.adjunct}"`, 'a route or means of travel the graph does not record', true) });
  const occasion = withoutOccasion(text);
  if (occasion) {
    // a trip the supporting claims are tied to (cg:duringTripOf) supports it with its occasion (src/check/occasion.ts)
    const less = saysLess(text, occasion.claim, `"${occasion.adjunct}"`, 'an occasion the graph does not tie facts to', true);
    // "during his 2001 trip", where the source makes the traveller's visits of 2001 those of an
    // office's holder ("the last Prime Minister to visit ... was Firefly in 2001"): a deed on that
    // trip was done as the office's holder; the claim "as <office>" says less than the claim (its
    // refutation refutes it: src/check/as-office.ts), tried first (round 21)
    const year = /\b(?:tour|trip|visit|journey)s?\b/i.test(occasion.adjunct) ? /\b((?:19|20)\d\d)\b/.exec(occasion.adjunct)?.[1] : undefined;
    const office = year && !/\b\d{4}\b/.test(occasion.claim) ? tripOfficeOfYear(ctx, text, year) : undefined;
    if (office) {
      const asHolder = occasion.claim.replace(/\s*([.!?]?)$/, ` as ${office}$1`);
      out.push({ claim: asHolder, finish: saysLess(text, asHolder, `"${occasion.adjunct}"`, `a trip the source makes one of a ${office}'s visits`, false) });
    }
    out.push({ claim: occasion.claim, finish: (r) => withTripOccasion(ctx, text, occasion.adjunct, r) ?? less(r) });
  }
  // "X took D with him to P": the companion on X's trip to P (src/check/occasion.ts)
  const dest = tripDestination(ctx, text);
  if (dest) out.push({ claim: dest.claim, finish: (r) => withTripDestination(ctx, text, dest, r) });
  return out;
}

/**
 * The result of a claim that denies `positive`, from the result of `positive`: SUPPORTED and
 * REFUTED swap, the evidence's stance with them, and the reading is the denial.
 */
function deniedBy(text: string, positive: string, r: CheckResult): CheckResult {
  const verdict = r.verdict === 'SUPPORTED' ? 'REFUTED' as const : r.verdict === 'REFUTED' ? 'SUPPORTED' as const : r.verdict;
  const stance = (s: string) => (s === 'supports' ? 'refutes' as const : s === 'refutes' ? 'supports' as const : s);
  return {
    ...r, claim: text.trim(), verdict,
    interpretation: {
      ...r.interpretation, polarity: r.interpretation.polarity === 'negative' ? 'positive' : 'negative',
      notes: [...(r.interpretation.notes ?? []), `read as the denial of "${positive}" (a place left out of an itinerary)`],
    },
    evidence: r.evidence.map((e) => ({ ...e, stance: stance(e.stance) as typeof e.stance })),
    explanation: `Read as the denial of "${positive}", which is ${r.verdict === 'SUPPORTED' ? 'supported' : r.verdict === 'REFUTED' ? 'refuted' : 'not decided'}. ${r.explanation}`,
  };
}
