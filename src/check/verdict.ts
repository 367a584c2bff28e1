/**
 * Verdicts from the graph's claim nodes only: support through the same, sub-, inverse or
 * symmetric property (group expansions are claim nodes already), refutation by an explicit
 * negative claim or by one of the refuters (src/check/refuters.ts: a conflicting value of a
 * single-valued property or qualifier, a rank held by someone else, an earlier holder of the
 * office a "first" claim names). Absence is never refutation. Qualifiers are compared in
 * src/check/qualifiers.ts, claims read in src/check/claim-index.ts, prose worded in
 * src/check/prose.ts, evidence gathered in src/check/evidence.ts.
 */
import { otherNamedOrg } from './named-org.js';
import { NS, localName, type CheckContext } from './context.js';
import { claimsByPredicate, groupMembers, isA, officeHolders, scopedIndex, someGroupClaims, STATE_TIME_QUALIFIERS, TIME_QUALIFIERS, type ClaimInfo } from './claim-index.js';
import { approximateClaim, compareQualifier, covers, eventDates, objectMatches, sameSide } from './qualifiers.js';
import { floorUnderCeiling } from './flow-ceiling.js';
import { partOfTotal } from './part-total.js';
import { deniedWhole } from './whole-denial.js';
import { describeInterpretation, describeValue, derivationNote, entityName, labelOf, modalityNote, MODALITY_WORDS, shortIri } from './prose.js';
import { flaggedProperties, someMemberObjects } from './lexicon-words.js';
import { outsideStanding } from './standing-outside.js';
import { descriptiveQualifiers } from './descriptive-qualifiers.js';
import { throughActors } from './actors.js';
import { throughBodies } from './organs.js';
import { REFUTERS } from './refuters.js';
import { decideByTime, inDateOrder, periodEnd, periodStart, sourcePredates, sourceTimes, type Dated } from './timeline.js';
import { deniedOnlyLater, pastExpectationSource } from './expectation-tense.js';
import { noLongerAt } from './claim-time.js';
import { listAmountVerdict } from './list-amounts.js';
import { collectiveRank } from './collective-rank.js';
import { deedDenial, deniedOnlyFrom, deniedOnlyUntil } from './denial-time.js';
import { indefiniteEvent, indefiniteOccasion, otherOccasion, recurringEventOf, recurringOccasion } from './repeat-time.js';
import { roleOffices } from './role-counts.js';
import { otherTimeThanSource } from './value-time.js';
import type { CheckResult, CheckValue, ComparedAmounts, GroupReason, Interpretation, ModalityName, Reason, SupportKind, Verdict } from './types.js';

export { claimsByPredicate, groupMembers, officeHolders, scopedIndex, type ClaimInfo } from './claim-index.js';
export { describeInterpretation, describeValue } from './prose.js';
export { collectEvidence } from './evidence.js';

const cg = (l: string): string => NS.cg + l;

/** How one claim node bears on the checked claim. */
export interface Bearing {
  claim: ClaimInfo;
  stance: 'supports' | 'refutes' | 'related';
  reason: Reason;
  note: string;
}

/** Outcome of evaluating one interpretation. */
export interface Evaluation {
  verdict: Verdict;
  /** Evidence in the sources' date order (time decided the verdict, src/check/timeline.ts). */
  byDate?: boolean;
  reason: Reason;
  explanation: string;
  conflict: boolean;
  bearings: Bearing[];
  /** The two amounts a comparison of amounts was decided on ({@link CheckResult.amounts}). */
  amounts?: ComparedAmounts;
}

interface Route {
  predicate: string;
  swap: boolean;
  via: string;
}

/** Claim predicates that bear on a query predicate, with orientation. */
function routes(ctx: CheckContext, p: string): Route[] {
  const out: Route[] = [];
  const seen = new Set<string>();
  const add = (predicate: string, swap: boolean, via: string): void => {
    const k = `${predicate}|${swap}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ predicate, swap, via });
  };
  const subs = (x: string): string[] => [...(ctx.axioms.subProperties.get(x) ?? [])].sort();
  add(p, false, '');
  for (const s of subs(p)) add(s, false, `sub-property ${localName(s)}`);
  for (const inv of [...(ctx.axioms.inverse.get(p) ?? [])].sort()) {
    add(inv, true, `inverse property ${localName(inv)}`);
    for (const s of subs(inv)) add(s, true, `inverse property ${localName(s)}`);
  }
  if (ctx.axioms.symmetric.has(p)) {
    add(p, true, 'symmetry');
    for (const s of subs(p)) add(s, true, `sub-property ${localName(s)} (symmetric)`);
  }
  return out;
}

/**
 * Evaluates one interpretation against the graph's claim nodes.
 *
 * @example
 * ```ts
 * const ev = evaluate(ctx, interpretation);
 * ev.verdict; // 'SUPPORTED'
 * ```
 */
export function evaluate(ctx: CheckContext, q: Interpretation): Evaluation {
  const index = scopedIndex(ctx);
  const bearings: Bearing[] = [];
  const seen = new Set<string>();
  const push = (b: Bearing): void => {
    const k = `${b.claim.iri}|${b.stance}`;
    if (seen.has(k)) return;
    seen.add(k);
    bearings.push(b);
  };
  const unknowns = [q.subject, q.object, ...Object.values(q.qualifiers)].filter((v) => v.kind === 'unknown-entity');

  if (!unknowns.length) {
    for (const route of routes(ctx, q.predicate)) {
      const sv = route.swap ? q.object : q.subject;
      const ov = route.swap ? q.subject : q.object;
      for (const c of index.get(route.predicate) ?? []) {
        let actingFor = '';
        let subjOk = sameSide(sv, c.subject);
        if (!subjOk && !route.swap && sv.kind === 'entity' && c.qualifiers.get('actingPerson')?.includes(sv.iri)) {
          subjOk = true;
          actingFor = entityName(ctx, c.subject);
        }
        if (!subjOk || !objectMatches(ctx, ov, c.object, c.predicate, approximateClaim(c))) continue;
        // round 37: "will carry at least 30" of a ceiling "up to 33": allowed, not stated (src/check/flow-ceiling.ts)
        const floor = route.swap ? undefined : floorUnderCeiling(ctx, q, c);
        if (floor) { push({ claim: c, stance: 'related', reason: 'partial-match', note: `${floor} (claim ${shortIri(c.iri)})` }); continue; }
        judge(ctx, q, c, route, actingFor, push);
      }
    }
    for (const refuter of REFUTERS) refuter.find(ctx, q, index, (b) => push(!ctx.scope && b.stance !== 'related' && readerConjecture(ctx, b.claim)
      ? { ...b, stance: 'related', reason: 'modality', note: `${b.note}, but only as a reader's ${MODALITY_WORDS[b.claim.modality]}, which decides nothing unless the claim attributes it to the reader` }
      : !ctx.scope && b.stance !== 'related' && writersOpinion(b.claim)
        ? { ...b, stance: 'related', reason: 'modality', note: `${b.note}, but only as its writer's opinion, which decides nothing unless the claim attributes it to the writer` }
        : b));
  }

  const supports = bearings.filter((b) => b.stance === 'supports');
  const refutes = bearings.filter((b) => b.stance === 'refutes');
  const related = bearings.filter((b) => b.stance === 'related');
  const what = describeInterpretation(ctx, q);
  const timed = (supports.length && refutes.length) || (ctx.asOf && (supports.length || refutes.length)) || (q.expectationPast && refutes.length) ? byTime(ctx, q, supports, refutes, related) : undefined;
  if (timed) return timed;
  if (supports.length && refutes.length) {
    return {
      verdict: 'NOT_ENOUGH_INFO', reason: 'conflicting-sources', conflict: true, bearings,
      explanation: `Sources disagree on ${what}: ${supports.length} claim(s) support it (${supports[0]!.note}) and ${refutes.length} refute it (${refutes[0]!.note}). Both sides are cited.`,
    };
  }
  if (supports.length) {
    const b = supports[0]!;
    return { verdict: 'SUPPORTED', reason: b.reason, conflict: false, bearings: supports, explanation: `The graph supports ${what}: ${b.note}.${modalityNote(b.claim.modality)}` };
  }
  if (refutes.length) {
    const b = refutes[0]!;
    return { verdict: 'REFUTED', reason: b.reason, conflict: false, bearings: refutes, explanation: `Refuted (${b.reason}): ${b.note}.` };
  }
  const combined = combineQualifiers(ctx, q, related);
  if (combined) {
    return {
      verdict: 'SUPPORTED', reason: 'combined-claims', conflict: false, bearings: combined,
      explanation: `The graph supports ${what} by combining ${combined.length} claims of the same relation, each stating part of the qualifiers: ${combined.map((b) => `claim ${shortIri(b.claim.iri)}`).join(', ')}.${modalityNote(q.modality)}`,
    };
  }
  // an organisation the graph does not know, of the same kind as the one value its source gives (src/check/named-org.ts)
  const otherOrg = unknowns.length === 1 && unknowns[0] === q.object ? otherNamedOrg(ctx, q, index) : undefined;
  if (otherOrg) return { verdict: 'REFUTED', reason: otherOrg.reason, conflict: false, bearings: [otherOrg], explanation: `Refuted (${otherOrg.reason}): ${otherOrg.note}.` };
  let explanation: string;
  if (unknowns.length) {
    explanation = `${unknowns.map((u) => JSON.stringify(describeValue(u))).join(' and ')} ${unknowns.length > 1 ? 'are' : 'is'} not an entity of the graph, so the graph says nothing about ${what}.`;
  } else if (related.length) {
    explanation = `Not enough information: ${related.map((r) => r.note).slice(0, 3).join('; ')}. The graph neither supports nor refutes ${what}.`;
  } else {
    explanation = `The graph has no claim ${what}, nor one that contradicts it (absence is not refutation).`;
  }
  // related claims decide nothing, but a fact-checker wants to see the sentence that came close
  return { verdict: 'NOT_ENOUGH_INFO', reason: unknowns.length ? 'unknown-entity' : related.length ? 'partial-match' : 'no-claim', conflict: false, bearings: unknowns.length ? [] : related, explanation };
}

/**
 * Sources of different dates that disagree, or a claim stated for a time ("as of 2016"): the
 * claim's time decides, else the latest source (src/check/timeline.ts). The explanation lists the
 * sources in date order. Undefined when time changes nothing (a claim time no source is later
 * than, with no disagreement), so the ordinary rules apply.
 */
function byTime(ctx: CheckContext, q: Interpretation, supports: Bearing[], refutes: Bearing[], related: Bearing[]): Evaluation | undefined {
  const at = ctx.asOf;
  const dated: Array<Dated<Bearing>> = [...supports, ...refutes].flatMap((b) => sourceTimes(ctx, b.claim).map((time) => ({ b, stance: b.stance as 'supports' | 'refutes', time })));
  const conflict = supports.length > 0 && refutes.length > 0;
  // round 36: a past expectation ("were set to ... by 2016") is what a source of its time said
  const then = q.expectationPast && !at && conflict ? pastExpectationSource(dated, (b) => b.claim.polarity === 'positive') : undefined;
  if (then) {
    // a past denial ("were not set to") is so at the denying source's time and not at the other's:
    // which past it reports is not known, so neither side decides it
    const supported = then.stance === 'supports';
    return {
      verdict: supported ? 'SUPPORTED' : 'NOT_ENOUGH_INFO', reason: supported ? 'latest-source' : 'conflicting-sources', conflict, bearings: [...new Set(inDateOrder(dated).map((x) => x.b))], byDate: true,
      explanation: supported
        ? `The claim says what was expected then (a past tense): the source of ${then.time!.label} states the expectation, and no source of that time denies it; a source of another time says what was expected at its own time.${modalityNote(sourceModality([then.b], q.modality))}`
        : `The claim denies in the past tense what the source of ${then.time!.label} expected, and a source of another time denies it too: which time the claim reports is not known. Both sides are cited.`,
    };
  }
  // a past expectation that only a denial of an expectation bears on: the denial is of its own time
  if (q.expectationPast && !at && !supports.length && q.polarity === 'positive' && deniedOnlyLater(refutes, (b) => b.claim.modality === 'expected' && b.claim.polarity === 'negative')) {
    return {
      verdict: 'NOT_ENOUGH_INFO', reason: 'conflicting-sources', conflict: false, bearings: refutes.map((b) => ({ ...b, stance: 'related' as const })), byDate: true,
      explanation: `The claim says what was expected then (a past tense); the sources only deny the expectation at their own time (${refutes.map((b) => b.note).slice(0, 2).join('; ')}), which says nothing of what was expected earlier.`,
    };
  }
  // round 37: a deed denied up to its source's day (cg:deedDenial) speaks of every time before that
  // day, so "as of T" before it is decided by the denial as by a source of T (src/check/denial-time.ts)
  if (at && !conflict && dated.length && dated.every((x) => deedDenial(x.b.claim) && x.time && periodEnd(at.period) < x.time.lo)) return undefined;
  const d = decideByTime(dated, at);
  if (!conflict && !d.later.length && d.stance) return undefined;
  // sources of one date, or undated ones, that disagree: an ordinary conflict
  if (conflict && !d.stance && !at) return undefined;
  const what = describeInterpretation(ctx, q);
  const line = (x: Dated<Bearing>): string => `${x.time?.label ?? 'undated'}: ${x.stance === 'supports' ? 'supports' : 'refutes'} (${x.b.note})${d.later.includes(x) ? ' [later than the claim\'s time]' : ''}`;
  const listed = `In date order: ${d.ordered.map(line).join('; ')}.`;
  const opening = !conflict ? `The sources that bear on ${what} are dated.` : d.stance ? `Sources of different dates bear on ${what}.` : `Sources disagree on ${what}.`;
  if (!d.stance) {
    return {
      verdict: 'NOT_ENOUGH_INFO', reason: conflict ? 'conflicting-sources' : 'no-claim', conflict, bearings: [...new Set(d.ordered.map((x) => x.b))], byDate: true,
      explanation: `${opening} ${listed} Time does not decide it: ${d.why}.${conflict ? ' Both sides are cited.' : ''}`,
    };
  }
  const verdict: Verdict = d.stance === 'supports' ? 'SUPPORTED' : 'REFUTED';
  const deciding = d.ordered.filter((x) => x.stance === d.stance && !d.later.includes(x)).at(-1)!;
  const mod = d.stance === 'supports' ? modalityNote(sourceModality([deciding.b], q.modality)) : '';
  void related;
  return {
    verdict, reason: at ? 'claim-time' : 'latest-source', conflict, bearings: [...new Set(d.ordered.map((x) => x.b))], byDate: true,
    explanation: `${opening} ${listed} ${d.why.charAt(0).toUpperCase()}${d.why.slice(1)}: the source of ${deciding.time!.label} ${d.stance === 'supports' ? 'supports' : 'refutes'} it.${mod}`,
  };
}

/**
 * FEVER-style multi-sentence evidence: "In 2015, X became the first P to visit Y" when one claim
 * gives the visit's dates and another says X was the first P to visit Y. Each qualifier of the
 * claim must be matched by some positive claim of the same relation and modality, and none of
 * those claims may contradict any qualifier.
 */
function combineQualifiers(ctx: CheckContext, q: Interpretation, related: Bearing[]): Bearing[] | undefined {
  const names = Object.keys(q.qualifiers);
  if (q.polarity !== 'positive' || names.length < 2) return undefined;
  const partial = related.filter((b) => b.reason === 'qualifier' && b.claim.polarity === 'positive' && b.claim.modality === q.modality
    && names.every((n) => compareQualifier(ctx, n, q.qualifiers[n]!, b.claim).r !== 'conflict'));
  if (partial.length < 2) return undefined;
  const used = new Set<Bearing>();
  for (const n of names) {
    const by = partial.find((b) => compareQualifier(ctx, n, q.qualifiers[n]!, b.claim).r === 'match');
    if (!by) return undefined;
    used.add(by);
  }
  if (used.size < 2) return undefined;
  return [...used].map((b) => ({ ...b, stance: 'supports' as const, reason: 'combined-claims' }));
}

/**
 * "Freedonia's Prime Minister visited X": an office as the doer stands for the people the graph says
 * held it. Supported when the claim holds for one of them (the qualifiers, a year say, pick which);
 * refuted only when it is refuted for every holder. Offices themselves as subjects (an office of
 * a state) are left to the direct reading.
 */
function officeHolderReading(ctx: CheckContext, q: Interpretation): Evaluation | undefined {
  const office = ctx.axioms.properties.get('holdsOffice');
  const officeClass = `${NS.cg}Office`;
  if (!office || q.predicate === office || q.subject.kind !== 'entity' || !isA(ctx, q.subject.iri, officeClass)) return undefined;
  const holders = officeHolders(ctx, q.subject.iri);
  if (!holders.length) return undefined;
  const evs = holders.map((h) => ({ h, ev: evaluate(ctx, { ...q, subject: { kind: 'entity', iri: h, label: ctx.entityLabel.get(h) ?? localName(h) } }) }));
  const sup = evs.find((e) => e.ev.verdict === 'SUPPORTED');
  const who = (h: string): string => entityName(ctx, h);
  const officeName = q.subject.label;
  if (sup) return { ...sup.ev, explanation: `Read ${officeName} as its holder ${who(sup.h)} (the graph says ${who(sup.h)} held it). ${sup.ev.explanation}` };
  if (evs.every((e) => e.ev.verdict === 'REFUTED')) {
    return {
      verdict: 'REFUTED', reason: 'office-holders-refuted', conflict: false, bearings: evs.flatMap((e) => e.ev.bearings),
      explanation: `Read ${officeName} as the people the graph says held it (${holders.map(who).join(', ')}): refuted for each. ${evs.map((e) => e.ev.explanation).join(' ')}`,
    };
  }
  return undefined;
}

/** The modality the supporting source claims share (a stronger one may support a weaker claim). */
function sourceModality(bearings: Bearing[], fallback: ModalityName): ModalityName {
  const mods = new Set(bearings.filter((b) => b.stance === 'supports').map((b) => b.claim.modality));
  return mods.size === 1 ? [...mods][0]! : fallback;
}

/** True when only reader comments state the claim, and not as a fact (a forecast, a possibility). */
function readerConjecture(ctx: CheckContext, c: ClaimInfo): boolean {
  return c.modality !== 'stated' && c.statedIn.length > 0
    && c.statedIn.every((d) => ctx.store.countQuads(d, `${NS.rdf}type`, `${NS.schema}Comment`, null) > 0);
}

/** A claim its source gives as its writer's judgement (cg:opinion), not as a fact it reports. */
function writersOpinion(c: ClaimInfo): boolean {
  return (c.qualifiers.get('opinion') ?? []).includes('true');
}

function judge(ctx: CheckContext, q: Interpretation, c: ClaimInfo, route: Route, actingFor: string, push: (b: Bearing) => void): void {
  const path = [route.via ? `via ${route.via}` : '', actingFor ? `acting for ${actingFor}` : '', derivationNote(c)].filter(Boolean).join(', ');
  const cite = `claim ${shortIri(c.iri)}${path ? ` (${path})` : ''}`;
  // OWL: a denial of a narrower property ("not a founding member") says nothing about the broader
  // one ("member"): it neither refutes the positive claim nor supports the negative one
  if (c.polarity === 'negative' && c.predicate !== q.predicate && ctx.axioms.subProperties.get(q.predicate)?.has(c.predicate)) {
    push({ claim: c, stance: 'related', reason: 'negation-scope', note: `the source denies only the narrower ${labelOf(ctx, localName(c.predicate))} (${cite}), which says nothing about ${labelOf(ctx, q.predicateName)}` });
    return;
  }
  // a reader's forecast or guess is evidence of what that reader expects, not of what will happen:
  // it decides only a claim that names the reader as its source (a scoped context)
  if (!ctx.scope && readerConjecture(ctx, c)) {
    push({ claim: c, stance: 'related', reason: 'modality', note: `only a reader's comment states this, as ${MODALITY_WORDS[c.modality]} (${cite}): a reader's forecast decides a claim only when the claim attributes it to the reader` });
    return;
  }
  // a writer's judgement ("will not be a cakewalk") is what the writer thinks: it decides only a
  // claim that attributes it ("the author argues that ..."), never the plain claim
  if (!ctx.scope && writersOpinion(c)) {
    push({ claim: c, stance: 'related', reason: 'modality', note: `the source gives this only as its writer's opinion (${cite}): it decides a claim only when the claim attributes it to the writer` });
    return;
  }
  // round 26: "In 2018 X was still the bank's president" against sources of 2016 at the latest: a
  // state may have changed after every source's day (users19 found it supported); a deed done stays done
  const predates = sourcePredates(ctx, c);
  if (predates) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `the claim's time (${ctx.asOf!.mention}) begins after every source (the latest of ${predates}): ${cite} says nothing of that time` });
    return;
  }
  // "X is the vice-minister" against "X, a former vice-minister": a claim in the present tense of
  // what the source says was so and is no longer (cg:former); in the past tense it still holds
  // (or of a stated time that begins after the source's day: src/check/claim-time.ts `noLongerAt`)
  if ((ctx.present || noLongerAt(ctx, c)) && c.polarity === 'positive' && !q.qualifiers.former && (c.qualifiers.get('former') ?? []).includes('true')
    && Object.entries(q.qualifiers).every(([name, v]) => compareQualifier(ctx, name, v, c).r === 'match')) {
    const note = `${cite} says it as former (no longer so at the source's time), and the claim says it of ${ctx.present ? 'now' : ctx.asOf!.mention}`;
    push({ claim: c, stance: q.polarity === 'positive' ? 'refutes' : 'supports', reason: 'qualifier-conflict', note });
    return;
  }
  // a former holder says when it no longer held, not when it did: nothing of a stated time before that
  if (ctx.asOf && c.polarity === 'positive' && !q.qualifiers.former && (c.qualifiers.get('former') ?? []).includes('true')) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} says it as former (held at some time before the source's day), which does not say it held ${ctx.asOf.mention}` });
    return;
  }
  // round 35 (fix28b): "X was the prime minister in 2015" (read as "as of 2015") against "X, prime
  // minister in 2006": a lasting state the source dates at another time says nothing of the claim's
  // (the claim's time is no qualifier here, so compareQualifier's pointInTime rule never ran)
  const heldIn = c.qualifiers.get('pointInTime')?.[0];
  if (ctx.asOf && heldIn !== undefined && c.polarity === 'positive' && ctx.axioms.lastingState.has(c.predicate)
    && (periodEnd(heldIn) < periodStart(ctx.asOf.period) || periodStart(heldIn) > periodEnd(ctx.asOf.period))) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} says it held in ${heldIn}, which says nothing of ${ctx.asOf.period}` });
    return;
  }
  const results = Object.entries(q.qualifiers).map(([name, v]) => ({ name, ...compareQualifier(ctx, name, v, c) }));
  const conflict = results.find((r) => r.r === 'conflict' && r.functional);
  // round 30: "X visited Y in 2017" against a source of 2015 that dates its visit 2015: a year
  // after every source of a repeatable relation is a time none of them speaks of (another visit
  // may fall in it), so the other year neither refutes the claim nor supports its denial
  const later = conflict?.name === 'year' || conflict?.name === 'date' ? laterRepeat(ctx, q, c, conflict.name) : undefined;
  if (later) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} dates it otherwise, but the claim's time (${later.year}) begins after its source (${later.source}), and the relation may hold again: the source says nothing of that time` });
    return;
  }
  // round 33: "X visited Y in 2006" against a visit the source dates 2015: another year may be
  // another occasion of a repeatable relation (src/check/repeat-time.ts)
  const other = conflict?.name === 'year' || conflict?.name === 'date' ? otherOccasion(ctx, q, c, conflict.name) : undefined;
  if (other) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} dates its occasion ${other.source}, and the relation may hold again at another time: the source says nothing of ${other.time}` });
    return;
  }
  // round 35: "concluded a visit ... in 2016", "will host an <event> in 2017": an indefinite
  // occasion at another time may be another occasion (src/check/repeat-time.ts, src/check/determiners.ts)
  const another = conflict ? indefiniteOccasion(ctx, q, c, conflict.name) : undefined;
  if (another) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} dates its occasion ${another.source}, and the claim names ${q.determiner!.word} ${q.determiner!.noun}, which may be another one: the source says nothing of ${another.time}` });
    return;
  }
  // round 36 (fix29a; users29's F3): "X attended the Gala in 2019" against the Gala the graph dates
  // 2016, of a kind the ontology says recurs (cg:RecurringEvent): another year, another Gala
  const recurring = conflict?.name === 'year' || conflict?.name === 'date' ? recurringOccasion(ctx, q, c, conflict.name) : undefined;
  if (recurring) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} is of ${entityName(ctx, recurring.event)} of ${recurring.source}, an event of a kind held again (cg:RecurringEvent): ${recurring.time} may be another one, of which the source says nothing` });
    return;
  }
  // round 35: a window or a stay inside the event (Interpretation.window) that overlaps the
  // source's span is not its exact span: undecided, not refuted (a window wholly outside still refutes)
  const overlap = q.window && (conflict?.name === 'startDate' || conflict?.name === 'endDate') ? windowOverlap(q, c) : undefined;
  if (overlap) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} gives the span ${overlap}, which the claim's days overlap; they bound the event (or a stay inside it), not its exact span, and the source says no more of them` });
    return;
  }
  // round 37: one deal of several, one purpose of two, against the whole's amount (src/check/part-total.ts)
  const part = q.polarity === 'positive' ? partOfTotal(ctx, q, c, results.some((r) => r.name === 'amount' && r.r === 'match')) : undefined;
  if (part) return void push({ claim: c, stance: 'related', reason: 'qualifier', note: `${part} (${cite})` });
  const allMatch = results.every((r) => r.r === 'match');
  // round 36: a single-valued qualifier the source states as of its own day, against a claim of another time (src/check/value-time.ts)
  // (not a conflict of the time itself: "in 2014" of an event the source dates 2015 is another time, compared)
  const otherTime = conflict && !allMatch && !(TIME_QUALIFIERS as readonly string[]).includes(conflict.name) ? otherTimeThanSource(ctx, q, c) : undefined;
  // a source of a stronger modality supports the weaker claim (ontology: cg:entailsModality);
  // the reverse, and a denial, need the claim's own modality
  // (round 40: not a fact to a present prospect, "is set to join", which says the deed is still to come)
  // (round 41: nor a pledge made to "will pledge", the pledge itself said as still to come)
  // (a commitment's delivery, cg:commitment, is no prospect: the parser leaves q.prospect unset, expectation-tense.ts deliveredLater)
  const overtaken = !!q.prospect && c.polarity === 'positive' && (c.modality === 'stated' || (c.modality === 'pledged' && q.modality === 'pledged'));
  const entailed = c.modality !== q.modality && c.polarity === 'positive' && q.polarity === 'positive' && !overtaken
    && !!ctx.axioms.entailedModalities.get(c.modality)?.has(q.modality);
  if ((c.modality !== q.modality && !entailed) || overtaken) {
    push({ claim: c, stance: 'related', reason: 'modality', note: overtaken ? `the source states it as ${c.modality === 'stated' ? 'a fact' : `${MODALITY_WORDS[c.modality]} made`} (${cite}), and the claim says it is still to come (${MODALITY_WORDS[q.modality]}): the ${c.modality === 'stated' ? 'fact' : 'deed done'} does not support a prospect it has overtaken` : `the source states ${c.polarity === 'negative' ? 'the denial' : 'this'} only as ${MODALITY_WORDS[c.modality]} (${cite}), not as ${MODALITY_WORDS[q.modality]}` });
    return;
  }
  // a claim in the present tense of a lasting state that the source dates in the past
  const past = pastOnly(ctx, q, c);
  if (past) {
    push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} says it held in ${past}, which says nothing of now (the claim is in the present tense)` });
    return;
  }
  if (c.polarity === 'positive' && q.polarity === 'positive') {
    // the arithmetic behind a matched duration or comparison is part of the explanation
    const shown = results.filter((r) => r.r === 'match' && r.detail).map((r) => r.detail);
    const arithmetic = shown.length ? ` (${shown.join('; ')})` : '';
    if (allMatch) push({ claim: c, stance: 'supports', reason: route.via ? (route.via.split(' ')[0]! as SupportKind) : 'direct', note: entailed ? `${cite} states it as ${MODALITY_WORDS[c.modality]}, which entails it as ${MODALITY_WORDS[q.modality]}${arithmetic}` : `${cite} states it${arithmetic}` });
    else if (conflict && otherTime) push({ claim: c, stance: 'related', reason: 'qualifier', note: `${conflict.detail}; but ${otherTime} (${cite})` });
    else if (conflict) push({ claim: c, stance: 'refutes', reason: 'qualifier-conflict', note: `${conflict.detail} (${cite}; ${labelOf(ctx, conflict.name)} is single-valued)` });
    else push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} states the relation, but ${results.filter((r) => r.r !== 'match').map((r) => r.detail).join(' and ')}` });
    return;
  }
  // round 36 (fix29a; users29's F2, F3): a denial holds at its own time only. Said as of its source's
  // day, it says nothing of a time that ends before its sources (src/check/denial-time.ts); said of
  // an event of a recurring kind ("did not attend the Gala", cg:RecurringEvent), nothing of another
  // year (another Gala); and one occasion denied says nothing of "an" occasion of its kind ("attended
  // a Gala"). A one-off event denied at another time is still refuted (it happened at its own time)
  if (c.polarity === 'negative') {
    const before = deniedOnlyFrom(ctx, q, c);
    if (before) {
      push({ claim: c, stance: 'related', reason: 'negation-scope', note: before.never ? `${cite} denies a state as of ${before.day}, and the claim says "never": the denial says nothing of the times before that day` : `${cite} denies it as of ${before.day}, and the claim's time (${before.time}) ends before that day` });
      return;
    }
    if (q.never && !conflict && !Object.keys(q.qualifiers).some((k) => (TIME_QUALIFIERS as readonly string[]).includes(k)) && recurringEventOf(ctx, c)) {
      push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies it of one instance of an event that recurs; "never" says it of every one` });
      return;
    }
    const event = q.determiner?.kind === 'indefinite' ? indefiniteEvent(ctx, q, c) : undefined;
    if (conflict && (conflict.name === 'year' || conflict.name === 'date') && (recurringEventOf(ctx, c) || event)) {
      push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies it at its own time, and ${conflict.detail}: the denial says nothing of that time` });
      return;
    }
    if (event) {
      push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies it of ${entityName(ctx, event)}, and the claim names ${q.determiner!.word} ${q.determiner!.noun}, which may be another one` });
      return;
    }
  }
  // round 14: a denial the source dates only by its own day ("X did not join", 16 January 2016)
  // says nothing of a time after that day ("In 2017, X joined Y" was refuted by it)
  const outrun = q.polarity === c.polarity ? undefined : deniedOnlyUntil(ctx, q, c);
  if (outrun && c.polarity === 'negative') {
    push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies it as of ${outrun.day}, and the claim's time (${outrun.time}) runs past that day` });
    return;
  }
  // round 34: a possibility and the possibility of its denial are compatible ("X may not do Y"
  // beside "X may do Y"; users27's writer: "may not", "might not", "perhaps ... won't" were refuted by
  // a source's "may"): under cg:Possible neither polarity excludes the other
  // round 35: unless the claim denies the possibility itself ("could not", "cannot": src/check/modal-scope.ts)
  // of what the same speaker said (lead at the merge: precision35's p35-129, p35-144): said flatly,
  // "could not" may be a past inability and "cannot" another speaker's view, which a reported
  // possibility does not exclude
  const deniedPossibility = q.polarity === 'negative' && q.modalScope === 'denied-possibility' && !!ctx.scope;
  if (q.polarity !== c.polarity && q.modality === 'possible' && c.modality === 'possible' && !deniedPossibility) {
    push({ claim: c, stance: 'related', reason: 'modality', note: `${cite} states ${c.polarity === 'negative' ? 'the denial' : 'it'} as a possibility, and a possibility does not exclude the possibility of the contrary` });
    return;
  }
  if (c.polarity === 'positive' && deniedPossibility && c.modality === 'possible') {
    if (allMatch) push({ claim: c, stance: 'refutes', reason: 'explicit-negation', note: `the source states it as a possibility (${cite}), and the claim denies the possibility itself ("could not", "cannot")` });
    else push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} states the possibility, but ${results.filter((r) => r.r !== 'match').map((r) => r.detail).join(' and ')}` });
    return;
  }
  // round 36 (users29 probes): a level the lexicon says stands outside the relation ("an XYZ
  // observer": an observer is no member) is not denied by the source's denial of the relation
  const outside = c.polarity === 'negative' ? outsideStanding(ctx, q, c) : undefined;
  if (outside) {
    push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies the relation, and the claim's ${outside} is a standing outside it (lexicon cg:standingOutsideRelation), which the denial does not exclude` });
    return;
  }
  if (c.polarity === 'negative' && q.polarity === 'positive') {
    if (covers(ctx, q, c)) push({ claim: c, stance: 'refutes', reason: 'explicit-negation', note: `the source explicitly denies it: ${cite} has negative polarity` });
    else push({ claim: c, stance: 'related', reason: 'negation-scope', note: `the source denies it only with qualifiers the claim does not state (${cite})` });
    return;
  }
  if (c.polarity === 'positive' && q.polarity === 'negative') {
    if (allMatch) push({ claim: c, stance: 'refutes', reason: 'explicit-negation', note: `the source affirms what the claim denies: ${cite}` });
    else if (conflict && otherTime) push({ claim: c, stance: 'related', reason: 'qualifier', note: `${conflict.detail}; but ${otherTime} (${cite})` });
    else if (conflict) push({ claim: c, stance: 'supports', reason: 'qualifier-conflict', note: `${conflict.detail} (${cite}; ${labelOf(ctx, conflict.name)} is single-valued), so the denied statement is indeed not the case` });
    else push({ claim: c, stance: 'related', reason: 'qualifier', note: `${cite} affirms the relation, but ${results.filter((r) => r.r !== 'match').map((r) => r.detail).join(' and ')}` });
    return;
  }
  // both negative
  const denialOutrun = deniedOnlyUntil(ctx, q, c);
  if (denialOutrun) {
    push({ claim: c, stance: 'related', reason: 'negation-scope', note: `${cite} denies it as of ${denialOutrun.day}, and the claim's time (${denialOutrun.time}) runs past that day` });
    return;
  }
  if (covers(ctx, q, c)) push({ claim: c, stance: 'supports', reason: 'explicit-negation', note: `${cite} states the denial (negative polarity)` });
  else push({ claim: c, stance: 'related', reason: 'negation-scope', note: `the source denies it only with other qualifiers (${cite})` });
}


/**
 * The claim's year or date (`name`) and its source's latest day, when the relation is repeatable
 * (lexicon `cg:repeatableProperty`) and the claim's time begins after every source of the source
 * claim (a document without a date: never); a bounded year ("before 2017") is none.
 */
function laterRepeat(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: 'year' | 'date'): { year: string; source: string } | undefined {
  if (!flaggedProperties(ctx, 'repeatableProperty').has(c.predicate)) return undefined;
  const v = q.qualifiers[name];
  if (!v || !(v.kind === 'date' || v.kind === 'month' || (v.kind === 'year' && !v.bound)) || !/^\d{4}(?:-\d\d){0,2}$/.test(v.value)) return undefined;
  const times = sourceTimes(ctx, c);
  if (times.some((t) => !t)) return undefined;
  const source = times.map((t) => t!.hi).sort().pop()!;
  return periodStart(v.value) > source ? { year: v.value, source } : undefined;
}

/**
 * The time a positive source claim gives a lasting state (`cg:lastingState`: "Prime Minister in
 * 2006"), for a claim in the present tense without a time of its own: a time at which it held,
 * which says nothing of now. Undefined otherwise (a former source is refuting, above).
 */
function pastOnly(ctx: CheckContext, q: Interpretation, c: ClaimInfo): string | undefined {
  if (!ctx.present || ctx.asOf || c.polarity !== 'positive' || TIME_QUALIFIERS.some((n) => n in q.qualifiers)) return undefined;
  if (!ctx.axioms.lastingState.has(c.predicate)) return undefined;
  return STATE_TIME_QUALIFIERS.map((n) => c.qualifiers.get(n)?.[0]).find((x) => x !== undefined);
}

/**
 * Evaluates a claim; when the graph has nothing on a group as such ("the Ruritanian
 * countries depend on X"), reads it as a statement about every member of the group: supported
 * when every member's claim is, refuted when some member's claim is refuted.
 *
 * @example
 * ```ts
 * evaluateClaim(ctx, interpretation).verdict; // 'REFUTED' when one member is an explicit exception
 * ```
 */
export function evaluateClaim(ctx: CheckContext, q: Interpretation): Evaluation {
  for (const side of ['subject', 'object'] as const) {
    const v = q[side];
    if (v.kind === 'count') {
      // "did not meet a Ruritanian president": the denial may be of every holder (none met), which
      // a count of some holder does not read (round 38, src/check/role-counts.ts)
      if (v.indefinite && side === 'object' && q.polarity === 'negative') {
        return { verdict: 'NOT_ENOUGH_INFO', reason: 'partial', conflict: false, bearings: [], explanation: `Not enough information: "${v.mention ?? v.group.label}" after a denial may mean none of its holders or one of them; the claim is not read either way.` };
      }
      return countReading(ctx, q, side, v);
    }
    if (v.kind === 'entities') {
      const scope = `each of ${v.items.map((e) => e.label).join(', ')}${v.excepted?.length ? ` (all but ${v.excepted.map((e) => e.label).join(', ')})` : ''}`;
      // an amount said of the list may be each member's or their total (src/check/list-amounts.ts)
      // "A and B are the largest N": the first places together, not each the first (collective-rank.ts)
      const spread = collectiveRank(ctx, q, side, v.items, evaluateClaim) ?? listAmountVerdict(ctx, q, side, v.items,
        distribute(ctx, q, v.items.map((e) => ({ member: e.iri, ev: evaluateClaim(ctx, { ...q, [side]: e }) })), scope), evaluateClaim);
      // "all except X" also says X is the exception: the graph stating the claim for X refutes it
      if (spread.verdict === 'SUPPORTED' && v.excepted?.length) {
        for (const x of v.excepted) {
          const ev = evaluateClaim(ctx, { ...q, [side]: x });
          if (ev.verdict === 'SUPPORTED') {
            return {
              verdict: 'REFUTED', reason: 'exception-refuted', conflict: false, bearings: ev.bearings.map((b) => (b.stance === 'supports' ? { ...b, stance: 'refutes' } : b)),
              explanation: `Refuted: the claim makes ${x.label} an exception, but ${ev.explanation.replace(/^The graph supports/, 'the graph supports')}`,
            };
          }
        }
      }
      return spread;
    }
  }
  // an office stands for its holders: one holder's claim supports it before another holder's
  // claim (another year, say) is read as contradicting it
  const held = officeHolderReading(ctx, q);
  if (held?.verdict === 'SUPPORTED') return held;
  // "spent a day in each of the five states": a length said of each member is none of the whole
  // trip's (whose dates its members' claims share): undecided (round 37, users30's F4 was REFUTED)
  // (only "each" / "every": "took 7 days to get round all five states" is the whole trip's length)
  const each = [q.subject, q.object].find((v) => v.kind === 'entity' && v.each && groupMembers(ctx, v.iri).length > 1);
  if (each && q.qualifiers.duration) return { verdict: 'NOT_ENOUGH_INFO', reason: 'qualifier', conflict: false, bearings: [], explanation: `Not enough information: the length is said of each member of ${each.kind === 'entity' ? each.label : ''}, and the graph gives none but the whole's.` };
  const direct = evaluate(ctx, q);
  if (direct.verdict !== 'NOT_ENOUGH_INFO' || direct.conflict) return direct;
  const descriptive = descriptiveQualifiers(ctx, q);
  if (descriptive.length) {
    const qualifiers = Object.fromEntries(Object.entries(q.qualifiers).filter(([k]) => !descriptive.some((d) => d.name === k)));
    const ev = evaluateClaim(ctx, { ...q, qualifiers });
    // a rival participant set aside leaves a claim that says less: its refutation refutes the
    // positive claim (and its support supports a denial), never the other way round
    const entailed: Verdict = q.polarity === 'negative' ? 'SUPPORTED' : 'REFUTED';
    if (ev.verdict !== 'NOT_ENOUGH_INFO' && (ev.verdict === entailed || !descriptive.some((d) => d.rival))) {
      const read = descriptive.map((d) => (d.rival
        ? `set aside "${d.value}" (the claim's ${labelOf(ctx, d.name)}; the graph relates it to ${d.describes} by the claim's kind of relation): the claim without it is ${ev.verdict === 'REFUTED' ? 'refuted' : 'supported'}, so the claim is too`
        : `read "${d.value}" as describing ${d.describes} (the graph relates them), not as the claim's ${labelOf(ctx, d.name)}`)).join('; ');
      return { ...ev, explanation: `${read.charAt(0).toUpperCase()}${read.slice(1)}. ${ev.explanation}` };
    }
  }
  if (held) return held;
  // "recognised by the League" from what one of its bodies did (src/check/organs.ts)
  const viaBody = throughBodies(ctx, q, evaluateClaim);
  if (viaBody) return viaBody;
  // "Freedonia was represented at E" from its Vice President attending it (src/check/actors.ts)
  const viaActor = throughActors(ctx, q, evaluate);
  if (viaActor) return viaActor;
  const partOf = ctx.axioms.properties.get('partOf');
  const hasPart = ctx.axioms.properties.get('hasPart');
  if (q.predicate === partOf || q.predicate === hasPart) return direct;
  for (const side of ['subject', 'object'] as const) {
    const v = q[side];
    if (v.kind !== 'entity') continue;
    const members = groupMembers(ctx, v.iri);
    if (members.length < 2) continue;
    // "X visited <a region>": some member, never every member (lexicon cg:objectGroupQuantifier)
    // (not with a rank among the office's holders: the first to visit a member is not the first to visit the region)
    if (side === 'object' && q.polarity === 'positive' && readsSomeMember(ctx, q.predicate) && namesItself(ctx, v) && !RANKED.some((n) => q.qualifiers[n])) {
      const some = someMemberReading(ctx, q, v, members);
      if (some) return some;
      continue;
    }
    // "X did not visit the five / every Ruritanian state": not all, or none; "X was not the first
    // to visit Ruritania": a rank over the whole, not over each member (src/check/whole-denial.ts)
    if (side === 'object' && q.polarity === 'negative' && (!namesItself(ctx, v) || RANKED.some((n) => q.qualifiers[n]))) return deniedWhole(ctx, q, v, members, evaluate);
    const evs = members.map((m) => ({
      member: m,
      ev: evaluate(ctx, { ...q, [side]: { kind: 'entity', iri: m, label: ctx.entityLabel.get(m) ?? localName(m) } }),
    }));
    const spread = distribute(ctx, q, evs, `every member of ${v.label} (${members.map((m) => entityName(ctx, m)).join(', ')})`, 'group-');
    if (spread.verdict !== 'NOT_ENOUGH_INFO') return spread;
  }
  return direct;
}

/** True when the property (or one it is a sub-property of) reads a group object as some member of it. */
function readsSomeMember(ctx: CheckContext, predicate: string): boolean {
  for (const p of someMemberObjects(ctx)) if (p === predicate || ctx.axioms.subProperties.get(p)?.has(predicate)) return true;
  return false;
}

/** Qualifiers that rank the act among others' (the first, the last holder of an office to do it). */
const RANKED = ['firstInOffice', 'lastInOffice'];
const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';

/**
 * True when a group is named by its own name in the singular ("Ruritania", "the Ruritanian
 * region"), not as its members ("the Ruritanian states", "every Ruritanian state", "all of Ruritania").
 */
function namesItself(ctx: CheckContext, v: { iri: string; label: string; mention?: string; whole?: boolean }): boolean {
  if (v.whole) return false;
  const plain = (s: string): string => s.toLowerCase().replace(/[\u2019']/g, "'").replace(/^the\s+/, '').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
  const mention = plain(v.mention ?? v.label);
  const names = [v.label, ...ctx.store.getObjects(v.iri, SKOS_ALT, null).map((o) => o.value)].map(plain).filter((n) => !/s$/.test(n));
  return names.includes(mention);
}

/**
 * "X visited <group>" read as X visited at least one member: supported when the claim holds for a
 * member (read in full: an office by its holders, descriptive qualifiers); otherwise undefined,
 * never refuted through a member (the members the graph names need not be all the group's parts
 * the claim may mean, and one member's refutation says nothing of another).
 */
function someMemberReading(ctx: CheckContext, q: Interpretation, v: { label: string }, members: string[]): Evaluation | undefined {
  const evs = members.map((m) => {
    const member = { kind: 'entity' as const, iri: m, label: ctx.entityLabel.get(m) ?? localName(m) };
    // a member that is a group itself is read directly (no reading of groups within groups)
    const read = groupMembers(ctx, m).length < 2 ? evaluateClaim : evaluate;
    return { member: m, ev: read(ctx, { ...q, object: member }) };
  });
  const yes = evs.filter((e) => e.ev.verdict === 'SUPPORTED');
  if (!yes.length) return undefined;
  const what = describeInterpretation(ctx, q);
  return {
    verdict: 'SUPPORTED', reason: 'group-some-member', conflict: false,
    bearings: yes.flatMap((e) => e.ev.bearings),
    explanation: `Read ${what} as being about at least one member of ${v.label} (${members.map((m) => entityName(ctx, m)).join(', ')}), not every one: it holds for ${yes.map((e) => entityName(ctx, e.member)).join(', ')}. ${yes[0]!.ev.explanation}`,
  };
}

/**
 * The one earlier holder of the office who did the ranked deed for every member (round 41): each
 * member's evaluation refuted as done earlier by another holder, and one of those holders common
 * to all; undefined otherwise (earlier holders who each did it for one member did not do it for
 * the whole, so the collective "first" stands open).
 */
function earlierForAll(evs: Array<{ member: string; ev: Evaluation }>): string | undefined {
  if (evs.length < 2 || !evs.every((e) => e.ev.verdict === 'REFUTED' && e.ev.reason === 'earlier-office-holder')) return undefined;
  const doers = evs.map((e) => new Set(e.ev.bearings.filter((b) => b.stance === 'refutes' && b.reason === 'earlier-office-holder').map((b) => b.claim.subject)));
  return [...doers[0]!].find((d) => doers.every((set) => set.has(d)));
}

/** Combines per-member evaluations: all supported -> supported; any refuted -> refuted. */
function distribute(ctx: CheckContext, q: Interpretation, evs: Array<{ member: string; ev: Evaluation }>, scope: string, prefix: '' | 'group-' = ''): Evaluation {
  const why = (r: GroupReason): Reason => (prefix ? `group-${r}` : r);
  const what = describeInterpretation(ctx, q);
  // round 35 (users28 F10): "the first N to visit all five Ruritanian states" is one collective
  // deed, the first whose visits cover the whole group: an earlier holder who visited one member
  // did not do it (nor does a later one undo "the last N to ..."), so that member's refutation is
  // none. Only for a group read as every member, or a list said as a whole ("both A and B",
  // Interpretation.collective): a bare list may stand for "either" of its names ("the first to
  // visit either", src/check/part-rewrites.ts), which one earlier visit refutes
  const ranked = (prefix === 'group-' ? q.collective !== false : !!q.collective) && RANKED.some((n) => q.qualifiers[n]);
  const refuted = evs.filter((e) => e.ev.verdict === 'REFUTED' && !(ranked && e.ev.reason === 'earlier-office-holder'));
  // round 41 (users33's "X visited A and B, and he was the first N to visit both"): one earlier
  // holder who did it for every member did the collective deed before the claim's subject did
  const earlier = ranked && !refuted.length ? earlierForAll(evs) : undefined;
  if (earlier) {
    return {
      verdict: 'REFUTED', reason: why('member-refuted'), conflict: false,
      bearings: evs.flatMap((e) => e.ev.bearings.filter((b) => b.stance === 'refutes' && b.claim.subject === earlier)),
      explanation: `Refuted (${prefix}member-refuted): read as one deed over ${scope}, ${entityName(ctx, earlier)} did it earlier for every one of them: ${evs.map((e) => e.ev.explanation).join(' ')}`,
    };
  }
  if (refuted.length) {
    return {
      verdict: 'REFUTED', reason: why('member-refuted'), conflict: false,
      bearings: refuted.flatMap((e) => e.ev.bearings),
      explanation: `Refuted (${prefix}member-refuted): read as a statement about ${scope}, it fails for ${refuted.map((e) => entityName(ctx, e.member)).join(', ')}: ${refuted[0]!.ev.explanation}`,
    };
  }
  if (evs.length && evs.every((e) => e.ev.verdict === 'SUPPORTED')) {
    return {
      verdict: 'SUPPORTED', reason: why('all-members'), conflict: false,
      bearings: evs.flatMap((e) => e.ev.bearings),
      explanation: `The graph supports ${what} for ${scope}.${modalityNote(sourceModality(evs.flatMap((e) => e.ev.bearings), q.modality))}`,
    };
  }
  const missing = evs.filter((e) => e.ev.verdict !== 'SUPPORTED').map((e) => entityName(ctx, e.member));
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: why('partial'), conflict: evs.some((e) => e.ev.conflict), bearings: [],
    explanation: `Read as a statement about ${scope}: not enough information for ${missing.join(', ')}. ${evs.find((e) => e.ev.verdict !== 'SUPPORTED')?.ev.explanation ?? ''}`.trim(),
  };
}

/**
 * "N members of G [do]": the claim evaluated for each member of the group, then counted. With
 * "only", exactly N (every member decided); otherwise at least N. Refuted when too few can hold
 * (or, with "only", when more do); undecided when members the graph says nothing about could
 * tip it.
 */
function countReading(ctx: CheckContext, q: Interpretation, side: 'subject' | 'object', v: Extract<Interpretation['subject'], { kind: 'count' }>): Evaluation {
  // "four Ruritanian presidents": each member's office of that role (src/check/role-counts.ts)
  const members = (v.role && roleOffices(ctx, v.group.iri, v.role)) || groupMembers(ctx, v.group.iri);
  const evs = members.map((m) => ({ m, ev: evaluateClaim(ctx, { ...q, [side]: { kind: 'entity', iri: m, label: entityName(ctx, m) } }) }));
  const yes = evs.filter((e) => e.ev.verdict === 'SUPPORTED');
  const no = evs.filter((e) => e.ev.verdict === 'REFUTED');
  const open = evs.length - yes.length - no.length;
  const closed = Number(ctx.store.getObjects(v.group.iri, NS.cg + 'memberCount', null)[0]?.value) === members.length;
  const names = (xs: typeof evs): string => xs.map((e) => entityName(ctx, e.m)).join(', ') || 'none';
  // a statement of some members, unnamed ("countries from Ruritania accepted X"): at least one
  const some = !ctx.scope && side === 'subject' && !v.only && v.n === 1 && yes.length < 1 && q.polarity === 'positive'
    ? someGroupClaims(ctx, q.predicate, v.group.iri).filter((c) => c.polarity === 'positive' && ctx.axioms.entailedModalities.get(c.modality)?.has(q.modality) && objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)) && !Object.keys(q.qualifiers).length)
    : [];
  if (some.length) {
    return {
      verdict: 'SUPPORTED', reason: 'direct', conflict: false,
      bearings: some.map((c) => ({ claim: c, stance: 'supports' as const, reason: 'direct' as const, note: `claim ${shortIri(c.iri)} states it of some members of ${v.group.label}` })),
      explanation: `Read as a count over ${v.group.label} for ${describeInterpretation(ctx, { ...q, [side]: v.group })}: the claim says at least one member; claim ${shortIri(some[0]!.iri)} states it of some members of ${v.group.label}, without naming them.`,
    };
  }
  const tally = `of the ${members.length} members of ${v.group.label}, it holds for ${yes.length} (${names(yes)}), fails for ${no.length} (${names(no)})${open ? ` and is undecided for ${open}` : ''}; the claim says ${v.only ? 'exactly' : v.atMost ? 'at most' : v.bare && yes.length > v.n && !open && closed ? 'exactly' : 'at least'} ${v.n}${v.bare && yes.length > v.n ? (open || !closed ? ` (said without "only" or "at least": exactly ${v.n} is refuted, at least ${v.n} supported, so it is not decided)` : ` (a count said without "at least" is exact; the group has ${members.length} members (cg:memberCount), all named: it holds for ${yes.length}, and ${yes.length} is not ${v.n})`) : ''}`;
  const what = describeInterpretation(ctx, { ...q, [side]: v.group });
  let verdict: Verdict;
  // "fewer than half of": at most n (src/check/bounded-counts.ts)
  if (v.atMost) verdict = yes.length > v.n ? 'REFUTED' : yes.length + open <= v.n ? 'SUPPORTED' : 'NOT_ENOUGH_INFO';
  else if (yes.length > v.n && v.only) verdict = 'REFUTED';
  // a bare "three of the G" when more hold: a count said without "at least" is exact (round 15;
  // round 12 held it undecided), refuted when the set is closed: the graph gives the group's
  // number of members (cg:memberCount) and names them all, and says for each whether it holds
  else if (yes.length > v.n && v.bare) verdict = open === 0 && closed ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  else if (yes.length + open < v.n) verdict = 'REFUTED';
  else if (yes.length >= v.n && (!v.only || open === 0)) verdict = 'SUPPORTED';
  else verdict = 'NOT_ENOUGH_INFO';
  // a bare plural subject ("Ruritanian presidents attended the gala", round 39, misses30c) says at
  // least two (the plural), and read as a generic says most of them: two holders out of five
  // support the first and refute the second, so it is supported only where both readings are
  // (more than half hold); fewer than two refutes both
  const generic = v.generic && side === 'subject' && verdict === 'SUPPORTED' && yes.length * 2 <= members.length;
  if (generic) verdict = 'NOT_ENOUGH_INFO';
  const against = v.atMost ? yes : [...no, ...(v.only ? yes : [])];
  const bearings: Bearing[] = verdict === 'SUPPORTED' ? (v.atMost ? no : yes).flatMap((e) => e.ev.bearings.map((b) => ({ ...b, stance: 'supports' as const }))) : verdict === 'REFUTED' ? against.flatMap((e) => e.ev.bearings.map((b) => ({ ...b, stance: 'refutes' as const }))) : [];
  // refuted by the group's size: the claims that say who its members are
  if (verdict === 'REFUTED' && !bearings.length) {
    const partOf = ctx.axioms.properties.get('partOf');
    for (const c of (partOf && claimsByPredicate(ctx).get(partOf)) || []) {
      if (c.object.value === v.group.iri && c.polarity === 'positive' && members.includes(c.subject)) bearings.push({ claim: c, stance: 'refutes', reason: 'member-refuted', note: `${entityName(ctx, c.subject)} is one of the ${members.length} members` });
    }
  }
  const reason: Reason = verdict === 'SUPPORTED' ? 'all-members' : verdict === 'REFUTED' ? 'member-refuted' : 'partial';
  const twoReadings = generic ? ` A bare plural says at least two (so it holds) or, read as a generic, most of the ${members.length} (so it does not): not decided.` : '';
  return { verdict, reason, conflict: false, bearings, explanation: `Read as a count over ${v.group.label} for ${what}: ${tally}.${twoReadings}` };
}

/** The source's span "S to E" when the claim's window of days overlaps it; undefined when disjoint. */
function windowOverlap(q: Interpretation, c: ClaimInfo): string | undefined {
  const day = (v: CheckValue | undefined): string | undefined => (v && v.kind === 'date' ? v.value : undefined);
  const [qs, qe] = [day(q.qualifiers.startDate), day(q.qualifiers.endDate)];
  const [cs, ce] = [c.qualifiers.get('startDate')?.[0], c.qualifiers.get('endDate')?.[0]];
  // a side the source leaves open is no bound ("ended on E": any start before it)
  if (!qs || !qe || (!cs && !ce) || (cs && qe < cs) || (ce && qs > ce)) return undefined;
  // a stay ("was in X from D1 to D2") says it was there on every one of those days: inside the
  // source's span it is undecided, past either end it misstates the span (lead, at the merge: the
  // stay reader's test, tests/check/reader.test.ts); a window ("between D1 and D2") only overlaps
  if (q.window === 'stay' && ((cs && qs < cs) || (ce && qe > ce))) return undefined;
  return `${cs ?? '(no start given)'} to ${ce ?? '(no end given)'}`;
}
