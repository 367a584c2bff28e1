/**
 * Refuters: the ways the graph contradicts a positive claim without denying it in so many
 * words, each a record `{ reason, find }` in the manner of rdf-validate-shacl's validators. A
 * refuter only finds bearings (claim, stance, reason, note); the verdict is decided in
 * src/check/verdict.ts. To add one, write its `find` and list it in {@link REFUTERS}.
 */
import { indefiniteEventTime } from './repeat-time.js';
import { NS, localName, type CheckContext } from './context.js';
import { HOLDING_END_QUALIFIERS, isA, START_DAY_QUALIFIERS, type ClaimInfo, type ClaimsByPredicate } from './claim-index.js';
import { approximateClaim, closeObjectNote, comparableObject, objectMatches, roughlyCompatibleObject, sameSide } from './qualifiers.js';
import { describeValue, entityName, labelOf, shortIri, termText } from './prose.js';
import type { Interpretation, RefutationKind } from './types.js';
import { canonicalDecimal } from './values.js';
import { periodEnd, sourceTimes, type SourceTime } from './timeline.js';
import type { Bearing } from './verdict.js';
import { broaderDenials } from './broader-denial.js';
import { closedGroupConflicts } from './closed-group.js';
import { absentHolderConflicts, ordinalHolderConflicts, otherGradeConflicts, otherStateOfficeConflicts } from './holder-refuters.js';
import { purposeElsewhereConflicts } from './purpose-elsewhere.js';
import { amountElsewhereConflicts } from './amount-elsewhere.js';
import { disjointPropertyConflicts } from './disjoint-properties.js';
import { groupDenialConflicts } from './group-denial.js';
import { eventHolderConflicts } from './event-holder.js';
import { laterStateYear } from './state-since.js';
import { withinCeiling } from './flow-ceiling.js';
import { otherTimeThanSource } from './value-time.js';

const cg = (l: string): string => NS.cg + l;

/** One way of finding what contradicts a claim. */
export interface Refuter {
  reason: RefutationKind;
  /** What the refuter looks for, for documentation and reports. */
  describes: string;
  find(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void;
}

/** Single-valued properties: another object (functional) or another subject (inverse functional). */
function functionalConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const p = q.predicate;
  const inv = [...(ctx.axioms.inverse.get(p) ?? [])];
  const functional = ctx.axioms.functional.has(p) || inv.some((i) => ctx.axioms.inverseFunctional.has(i));
  // a value held by one subject (cg:oneSubjectPerValue: the world's fourth largest reserves are one
  // country's), said exactly ("among the five largest" is a bound several can meet) and without a
  // time or scope that could make it another ranking
  const byValue = ctx.axioms.oneSubjectPerValue.has(p) && !Object.keys(q.qualifiers).length && q.object.kind === 'number' && !q.object.bound;
  const inverseFunctional = ctx.axioms.inverseFunctional.has(p) || inv.some((i) => ctx.axioms.functional.has(i)) || byValue;
  // a class-level restriction ("an airport is in at most one country") makes p single-valued
  // for this subject, counting only values of the restricted class
  const subjectIri = q.subject.kind === 'entity' ? q.subject.iri : undefined;
  const objectIri = q.object.kind === 'entity' ? q.object.iri : undefined;
  const qualified = !functional && subjectIri && objectIri
    ? (ctx.axioms.maxOne.get(p) ?? []).filter((r) => isA(ctx, subjectIri, r.subjectClass) && (!r.onClass || isA(ctx, objectIri, r.onClass)))
    : [];
  if (!functional && !inverseFunctional && !qualified.length) {
    // "A leads the X" is read through the restriction on the inverse ("X led by A")
    if (subjectIri && objectIri) {
      for (const i of inv) if (ctx.axioms.maxOne.has(i)) functionalConflicts(ctx, { ...q, subject: q.object, object: q.subject, predicate: i }, index, push);
    }
    return;
  }
  const props = [p, ...(ctx.axioms.subProperties.get(p) ?? [])];
  for (const prop of props) {
    for (const c of index.get(prop) ?? []) {
      if (c.polarity !== 'positive' || c.modality !== q.modality) continue;
      let conflict = '';
      const sameSlot = functional && sameSide(q.subject, c.subject) && !objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)) && comparableObject(q.object, c.object, ctx, c.predicate);
      if (sameSlot && roughlyCompatibleObject(ctx, c, q.object)) {
        // round 31: a figure in the closeness rule's undecided band shows its arithmetic
        const note = closeObjectNote(ctx, c, q.object);
        if (note) push({ claim: c, stance: 'related', reason: 'partial-match', note: `${note} (claim ${shortIri(c.iri)})` });
        continue;
      }
      // round 36: "will carry 25 bcm a year" of a pipeline that carries up to 33 (src/check/flow-ceiling.ts)
      const flow = sameSlot ? withinCeiling(ctx, q, c) : undefined;
      if (flow) {
        push({ claim: c, stance: 'related', reason: 'partial-match', note: `${flow} (claim ${shortIri(c.iri)})` });
        continue;
      }
      const another = sameSlot ? indefiniteEventTime(ctx, q, c) : undefined;
      if (another) {
        // round 35: "an <event> ... in 2017": any event of its kind, not only the one dated otherwise (src/check/repeat-time.ts)
        push({ claim: c, stance: 'related', reason: 'partial-match', note: `${termText(ctx, c.object)} is the date of one ${q.determiner!.noun} (claim ${shortIri(c.iri)}); the claim names ${q.determiner!.word} ${q.determiner!.noun}, which may be another one` });
        continue;
      }
      if (sameSlot && laterStateYear(ctx, q, c)) {
        // round 34: "was operational in 2015" of a thing operational since 2009 (src/check/state-since.ts)
        push({ claim: c, stance: 'related', reason: 'partial-match', note: `a state said at a time after its onset, ${termText(ctx, c.object)} (claim ${shortIri(c.iri)}): the state goes on, so the time is not another onset` });
        continue;
      }
      if (sameSlot) {
        const close = closeObjectNote(ctx, c, q.object);
        conflict = `${labelOf(ctx, localName(p))} is single-valued and the source states ${entityName(ctx, c.subject)} ${labelOf(ctx, localName(prop))} ${termText(ctx, c.object)}, not ${describeValue(q.object)}${close ? ` (${close})` : ''}`;
      } else if (qualified.length && sameSide(q.subject, c.subject) && !objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)) && c.object.termType === 'NamedNode') {
        const r = qualified.find((x) => !x.onClass || isA(ctx, c.object.value, x.onClass));
        if (r) conflict = `the ontology allows ${entityName(ctx, c.subject)} one ${labelOf(ctx, localName(p))} value${r.onClass ? ` that is a ${localName(r.onClass)}` : ''}, and the source states ${termText(ctx, c.object)}, not ${describeValue(q.object)}`;
      } else if (inverseFunctional && objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)) && q.subject.kind === 'entity' && c.subject !== q.subject.iri
        // a rank is one subject's among its peers: a gas field is not ranked with the countries
        && (!byValue || sameKind(ctx, q.subject.iri, c.subject))) {
        conflict = `only one subject can be ${labelOf(ctx, localName(p))} ${describeValue(q.object)}, and the source states it is ${entityName(ctx, c.subject)}`;
      }
      if (!conflict) continue;
      const cite = `claim ${shortIri(c.iri)}`;
      // round 36: a value the source states as of its own day, against a claim of another time (src/check/value-time.ts)
      const otherTime = otherTimeThanSource(ctx, q, c);
      if (otherTime) {
        push({ claim: c, stance: 'related', reason: 'qualifier', note: `${conflict}; but ${otherTime} (${cite})` });
        continue;
      }
      if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'functional-conflict', note: `${conflict} (${cite})` });
      else push({ claim: c, stance: 'supports', reason: 'functional-conflict', note: `${conflict} (${cite}), so the denied statement is indeed not the case` });
    }
  }
}

/** True when the two entities share an asserted type (a country and a country). */
function sameKind(ctx: CheckContext, a: string, b: string): boolean {
  const ta = ctx.entityTypes.get(a);
  const tb = ctx.entityTypes.get(b);
  return !!ta && !!tb && [...ta].some((t) => tb.has(t) || isA(ctx, b, t));
}

/** A rank is held by one subject per (relation, object): another holder refutes. */
function rankConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const r = q.qualifiers.rank;
  // a rank a pattern fills itself ("most X exports go to Y {rank=1}") is a string of digits
  const rank = r?.kind === 'number' || (r?.kind === 'string' && /^\d+$/.test(r.value)) ? r.value : undefined;
  if (rank === undefined || q.polarity !== 'positive' || q.subject.kind !== 'entity') return;
  for (const c of index.get(q.predicate) ?? []) {
    if (c.polarity !== 'positive' || c.modality !== q.modality || c.subject === q.subject.iri) continue;
    if (!objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c))) continue;
    const cr = c.qualifiers.get('rank')?.[0];
    if (cr === undefined || canonicalDecimal(cr) !== rank) continue;
    const otherTime = otherTimeThanSource(ctx, q, c);
    if (otherTime) {
      push({ claim: c, stance: 'related', reason: 'qualifier', note: `rank ${rank} is held by ${entityName(ctx, c.subject)}; but ${otherTime} (claim ${shortIri(c.iri)})` });
      continue;
    }
    push({ claim: c, stance: 'refutes', reason: 'rank-conflict', note: `rank ${rank} is held by ${entityName(ctx, c.subject)} (claim ${shortIri(c.iri)})` });
  }
}

function dateKeyOf(c: ClaimInfo): string | undefined {
  const ds = ['date', 'startDate', 'endDate', 'earliestDate'].flatMap((n) => c.qualifiers.get(n) ?? []).sort();
  if (ds.length) return ds[0];
  const y = c.qualifiers.get('year')?.[0];
  return y;
}

function before(a: string, b: string): boolean {
  // a year alone compares by year only
  if (a.length === 4 || b.length === 4) return a.slice(0, 4) < b.slice(0, 4);
  return a < b;
}

/** "X was the first <office> to P Y" against an earlier or another first holder of that office. */
function firstInOfficeConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const office = q.qualifiers.firstInOffice;
  if (!office || office.kind !== 'entity' || q.polarity !== 'positive' || q.subject.kind !== 'entity') return;
  const x = q.subject.iri;
  const claims = (index.get(q.predicate) ?? []).filter((c) => c.polarity === 'positive' && objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)));
  const holds = (person: string): boolean =>
    ctx.store.countQuads(person, cg('holdsOffice'), office.iri, null) > 0 || ctx.store.countQuads(office.iri, cg('officeHolder'), person, null) > 0;
  const own = claims.filter((c) => c.subject === x).map(dateKeyOf).filter((d): d is string => !!d).sort();
  for (const c of claims) {
    if (c.subject === x) continue;
    const cite = `claim ${shortIri(c.iri)}`;
    if (c.qualifiers.get('firstInOffice')?.includes(office.iri)) {
      push({ claim: c, stance: 'refutes', reason: 'earlier-office-holder', note: `the source names ${entityName(ctx, c.subject)} as the first ${office.label} to do it (${cite})` });
      continue;
    }
    if (!holds(c.subject)) continue;
    const theirs = dateKeyOf(c);
    if (!theirs) continue;
    if (own.length && before(theirs, own[0]!)) {
      push({ claim: c, stance: 'refutes', reason: 'earlier-office-holder', note: `${entityName(ctx, c.subject)}, also ${office.label}, did it earlier (${theirs}, ${cite})` });
    }
  }
}

/** The earliest day the first holder's act can have: any date the graph gives it. */
function firstHolderStart(claims: ClaimInfo[], first: ClaimInfo): string | undefined {
  return claims.filter((c) => c.subject === first.subject && c.object.value === first.object.value)
    .flatMap((c) => START_DAY_QUALIFIERS.flatMap((n) => c.qualifiers.get(n) ?? []).concat((c.qualifiers.get('year') ?? []).map((y) => `${y}-01-01`)))
    .sort()[0];
}

/**
 * "S was the last Prime Minister of X to visit Y" (no time said) against "Z was the first Prime
 * Minister of X to visit Y": the claim makes S's visit one of the office's holder, so it falls in
 * S's tenure, and every holding of the office the graph gives S is dated (pointInTime, year, date
 * or endDate) before the first holder's act (as src/check/as-office.ts reads "S visited Y as
 * Prime Minister": in the years the graph dates the holding). A holding the graph does not date
 * decides nothing (round 21).
 */
function lastBeforeFirstHolder(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const office = q.qualifiers.lastInOffice;
  if (!office || office.kind !== 'entity' || q.polarity !== 'positive' || q.modality !== 'stated' || q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  if (q.qualifiers.year || q.qualifiers.date) return;
  const person = q.subject.iri;
  const objectIri = q.object.iri;
  if (!isA(ctx, person, cg('Person'))) return;
  const holdings = (index.get(cg('holdsOffice')) ?? []).filter((c) => c.subject === person && c.object.value === office.iri && c.polarity === 'positive' && c.modality === 'stated');
  const ends = holdings.map((c) => HOLDING_END_QUALIFIERS.flatMap((n) => c.qualifiers.get(n) ?? [])[0]);
  if (!holdings.length || ends.some((e) => !e)) return;
  const last = ends.map((e) => periodEnd(e!)).sort().at(-1)!;
  const claims = (index.get(q.predicate) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === objectIri);
  for (const first of claims.filter((c) => c.subject !== person && c.qualifiers.get('firstInOffice')?.includes(office.iri))) {
    const lo = firstHolderStart(claims, first);
    if (!lo || last >= lo) continue;
    push({ claim: first, stance: 'refutes', reason: 'earlier-office-holder', note: `the source names ${entityName(ctx, first.subject)} the first ${office.label} to do it, no earlier than ${lo} (claim ${shortIri(first.iri)}), and dates ${entityName(ctx, person)}'s holding of the office no later than ${last}, so ${entityName(ctx, person)} did not do it as ${office.label}` });
    for (const h of holdings) push({ claim: h, stance: 'refutes', reason: 'earlier-office-holder', note: `${entityName(ctx, person)} held ${office.label} (claim ${shortIri(h.iri)})` });
  }
}

/**
 * "The Prime Minister of X visited Y in 2006" against "Z was the first Prime Minister of X to visit
 * Y" when Z's visit is dated after 2006: a holder of the office doing it earlier would have come
 * first. Only for the office itself as the doer (a person who later held it may have done it
 * before taking office), and only with a lower bound on the first holder's act (its date, or the
 * start of the span the graph gives it).
 */
function beforeFirstHolder(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const t = q.qualifiers.year ?? q.qualifiers.date;
  // a year, day or month; or "before YEAR" (bound lt), wholly before YEAR's first day
  if (q.polarity !== 'positive' || q.modality !== 'stated' || q.subject.kind !== 'entity' || !t || (t.kind !== 'year' && t.kind !== 'date' && t.kind !== 'month') || (t.kind === 'year' && t.bound && t.bound !== 'lt')) return;
  if (!isA(ctx, q.subject.iri, cg('Office'))) return;
  const office = q.subject.iri;
  // the same object, not a member of it: the first to visit a member is not the first to visit the group
  if (q.object.kind !== 'entity') return;
  const objectIri = q.object.iri;
  const claims = (index.get(q.predicate) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === objectIri);
  for (const first of claims.filter((c) => c.qualifiers.get('firstInOffice')?.includes(office))) {
    const lo = firstHolderStart(claims, first);
    const before = t.kind === 'year' && t.bound === 'lt';
    const end = before ? `${String(Number(t.value) - 1).padStart(4, '0')}-12-31` : periodEnd(t.value);
    if (!lo || end >= lo) continue;
    push({ claim: first, stance: 'refutes', reason: 'earlier-office-holder', note: `the source names ${entityName(ctx, first.subject)} the first ${entityName(ctx, office)} to do it, no earlier than ${lo} (claim ${shortIri(first.iri)}), so no holder of the office did it ${before ? 'before ' : 'in '}${t.value}` });
  }
}

const TIME_RANGE = /XMLSchema#(?:date|dateTime|gYear|gYearMonth)$/;

/** A holder claim that dates nothing: not former, no time and no object-valued qualifier (an event, a place). */
function timeless(ctx: CheckContext, c: ClaimInfo): boolean {
  for (const name of c.qualifiers.keys()) {
    const range = ctx.axioms.range.get(cg(name)) ?? '';
    if (name === 'former' || TIME_RANGE.test(range) || !range.includes('XMLSchema#')) return false;
  }
  return true;
}

/**
 * "X is the president of Y" against another holder of the office (a property annotated
 * `cg:oneHolderAtATime`), only when that holder is current at the claim's time: with a time in the
 * claim ("as of January 2016"), a holder stated by a source of that period; with none, a claim in
 * the present tense, and the one holder no later source replaces. A former or dated holder, an
 * undated source beside another holder, or a past-tense claim without a time decide nothing.
 */
export function otherHolderConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const one = ctx.axioms.oneHolderAtATime;
  const inv = [...(ctx.axioms.inverse.get(q.predicate) ?? [])].find((i) => one.has(i));
  const p = one.has(q.predicate) ? q.predicate : inv;
  if (!p || q.modality !== 'stated' || Object.keys(q.qualifiers).length) return;
  const [holder, thing] = p === q.predicate ? [q.subject, q.object] : [q.object, q.subject];
  if (holder.kind !== 'entity' || thing.kind !== 'entity') return;
  if (!ctx.asOf && !ctx.present) return;
  // every claim of p (or of its inverse, turned round) as (holder, thing)
  const pairs: Array<{ c: ClaimInfo; holder: string; thing: string }> = [];
  for (const c of index.get(p) ?? []) pairs.push({ c, holder: c.subject, thing: c.object.value });
  for (const i of ctx.axioms.inverse.get(p) ?? []) for (const c of index.get(i) ?? []) pairs.push({ c, holder: c.object.value, thing: c.subject });
  const mine = pairs.filter((x) => x.thing === thing.iri);
  // the graph speaks of this holder in this office: the ordinary rules decide
  if (mine.some((x) => x.holder === holder.iri)) return;
  let held = mine.filter((x) => x.c.polarity === 'positive' && x.c.modality === 'stated' && timeless(ctx, x.c))
    .map((x) => ({ ...x, times: sourceTimes(ctx, x.c) }));
  let when: string;
  if (ctx.asOf) {
    const period = ctx.asOf.period;
    const start = `${period}${'-01-01'.slice(period.length - 4)}`;
    const end = periodEnd(period);
    held = held.filter((x) => x.times.every((t) => t && t.lo >= start && t.hi <= end));
    when = `in ${period}, the claim's time,`;
  } else {
    // the holder no later source replaces; undated sources beside another holder cannot be ordered
    const holders = new Set(held.map((x) => x.holder));
    if (holders.size > 1 && held.some((x) => x.times.some((t) => !t))) return;
    const latest = (h: string): string => held.filter((x) => x.holder === h).flatMap((x) => x.times as SourceTime[]).map((t) => t.hi).sort().at(-1) ?? '';
    const current = [...holders].filter((h) => !held.some((x) => x.holder !== h && x.times.every((t) => t!.lo > latest(h))));
    held = held.filter((x) => current.includes(x.holder));
    when = 'in the latest source that names a holder (the claim is in the present tense)';
  }
  if (new Set(held.map((x) => x.holder)).size !== 1) return;
  for (const { c, holder: other } of held) {
    const note = `${entityName(ctx, thing.iri)} has one holder at a time (cg:oneHolderAtATime on ${labelOf(ctx, localName(p))}), and ${when} the source states ${entityName(ctx, other)} holds it (claim ${shortIri(c.iri)})`;
    if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'other-holder', note });
    else push({ claim: c, stance: 'supports', reason: 'other-holder', note: `${note}, so the denied statement is indeed not the case` });
  }
}

/**
 * Every refuter, run in this order on each claim the graph does not decide directly.
 *
 * @example
 * ```ts
 * for (const r of REFUTERS) r.find(ctx, q, index, push);
 * ```
 */
export const REFUTERS: readonly Refuter[] = [
  { reason: 'functional-conflict', describes: 'another value of a single-valued property (owl:FunctionalProperty, inverse-functional, or a class-level max cardinality 1)', find: functionalConflicts },
  { reason: 'rank-conflict', describes: 'the same rank held by another subject for the same relation and object', find: rankConflicts },
  { reason: 'other-holder', describes: 'another holder, current at the claim\'s time, of a thing with one holder at a time (cg:oneHolderAtATime: an office)', find: otherHolderConflicts },
  { reason: 'other-holder', describes: 'another holder the source numbers in the same place of the office (cg:officeOrdinal; one holder at a time: src/check/holder-refuters.ts)', find: ordinalHolderConflicts },
  { reason: 'absent-holder', describes: 'the office denied a part in an event the person took part in: the person did not hold it then (src/check/holder-refuters.ts)', find: absentHolderConflicts },
  { reason: 'other-state-office', describes: 'an office the person holds that cannot be held with the one claimed: another state\'s (cg:oneStateAtATime), or one declared cg:heldApartFrom it (src/check/holder-refuters.ts)', find: otherStateOfficeConflicts },
  { reason: 'other-holder', describes: 'a holder claim at an event ("X\'s president at E was Y"): another holder, or an office of another state, stated by a source of the event\'s day (src/check/event-holder.ts)', find: eventHolderConflicts },
  { reason: 'other-grade', describes: 'another grade of the same title (cg:oneGradeAtATime: "Associate Fellow", not "Senior Fellow"; src/check/holder-refuters.ts)', find: otherGradeConflicts },
  { reason: 'earlier-office-holder', describes: 'the office as the doer, at a time before the one the source calls its first holder did it', find: beforeFirstHolder },
  { reason: 'earlier-office-holder', describes: 'another or an earlier holder of the office a "first" claim names', find: firstInOfficeConflicts },
  { reason: 'earlier-office-holder', describes: 'a "last" holder of the office to do it whose tenure the source dates before the first holder did it (round 21)', find: lastBeforeFirstHolder },
  { reason: 'closed-group', describes: 'the members of a group of a stated size (cg:memberCount), all named: another entity is no member (src/check/closed-group.ts)', find: closedGroupConflicts },
  { reason: 'qualifier-conflict', describes: 'a particular purpose the source gives the donor\'s package to another recipient, where the package to this one states its purposes without it (src/check/purpose-elsewhere.ts)', find: purposeElsewhereConflicts },
  { reason: 'qualifier-conflict', describes: 'the subject\'s deal of the claimed amount the source records with another party, where it records no such relation with the claim\'s party (src/check/amount-elsewhere.ts)', find: amountElsewhereConflicts },
  { reason: 'disjoint-property', describes: 'the same pair related by a property the ontology declares disjoint (owl:propertyDisjointWith: a guest of an event is not its host; src/check/disjoint-properties.ts)', find: disjointPropertyConflicts },
  { reason: 'group-denial', describes: 'a denial about a group, on a relation read as "some member" (cg:objectGroupQuantifier cg:Some): no loan to the region is no loan to any of its members (src/check/group-denial.ts)', find: groupDenialConflicts },
  { reason: 'broader-denial', describes: 'a denial of a broader property (rdfs:subPropertyOf): not a member is not a founding member (src/check/broader-denial.ts)', find: broaderDenials },
];
