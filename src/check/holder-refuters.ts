/**
 * Two refuters about who holds what, for a claim in the present tense (the same time rule as
 * `other-holder` in src/check/refuters.ts: the graph's sources are the latest word):
 *
 * - `absent-holder`: "X is the Prime Minister of Y" against "Y was not represented by its Prime
 *   Minister" at an event X attended (a relation annotated `cg:extendsToAgent`, where an office
 *   stands for its holder). The office's holder at that event did not take part in it
 *   and X did, so X did not hold the office then. Only for an event (one occasion, one time),
 *   only for stated, positive attendance of X and a stated denial of the office's, and never when
 *   the graph itself speaks of X in the office.
 * - `other-grade`: "X's job title is Senior Fellow" against the title the source gives X, "Associate
 *   Fellow": a property annotated `cg:oneGradeAtATime` (cg:jobTitle) holds one grade of a title
 *   at a time, so a value with the same head noun ("Fellow") and other modifiers refutes it. A
 *   title with another head noun ("analyst", "professor") is another post and says nothing.
 */
import { NS, localName, type CheckContext } from './context.js';
import { isA, type ClaimsByPredicate } from './claim-index.js';
import { entityName, labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';
import { statedWithin } from './stated-within.js';

const cg = (l: string): string => NS.cg + l;

/** A stated, positive or negative claim with nothing that times or narrows it. */
const plain = (c: { modality: string; qualifiers: Map<string, string[]> }): boolean => c.modality === 'stated' && c.qualifiers.size === 0;

/**
 * "X holds office O" (present tense) against O's denied part in an event X took part in.
 *
 * @example
 * ```ts
 * // graph: "Sylvania was not represented by its President" at a gala Rufus attended
 * absentHolderConflicts(ctx, rufusIsPresidentOfSylvania, index, push); // pushes 'refutes' bearings
 * ```
 */
export function absentHolderConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  if (q.predicate !== cg('holdsOffice') || !ctx.present || ctx.asOf || q.modality !== 'stated' || Object.keys(q.qualifiers).length) return;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  const person = q.subject.iri;
  const office = q.object.iri;
  // the graph speaks of this person in this office: the ordinary rules decide
  const inOffice = [...(index.get(cg('holdsOffice')) ?? [])].some((c) => c.subject === person && c.object.value === office)
    || [...(index.get(cg('officeHolder')) ?? [])].some((c) => c.subject === office && c.object.value === person);
  if (inOffice) return;
  // the relations where an office stands for its holder (cg:extendsToAgent: attending an event)
  for (const p of ctx.axioms.extendsToAgent) {
    const claims = index.get(p) ?? [];
    for (const denied of claims) {
      if (denied.subject !== office || denied.polarity !== 'negative' || !plain(denied) || denied.object.termType !== 'NamedNode') continue;
      const event = denied.object.value;
      if (!isA(ctx, event, cg('Event'))) continue;
      for (const did of claims) {
        if (did.subject !== person || did.polarity !== 'positive' || !plain(did) || did.object.value !== event) continue;
        const rel = labelOf(ctx, localName(p));
        const note = `the source states ${entityName(ctx, person)} ${rel} ${entityName(ctx, event)} (claim ${shortIri(did.iri)}) and the ${entityName(ctx, office)} did not (claim ${shortIri(denied.iri)}), so ${entityName(ctx, person)} did not hold that office then`;
        const stance = q.polarity === 'positive' ? 'refutes' as const : 'supports' as const;
        push({ claim: denied, stance, reason: 'absent-holder', note });
        push({ claim: did, stance, reason: 'absent-holder', note });
      }
    }
  }
}

const words = (s: string): string[] => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

/**
 * "X's job title is Senior Fellow" (present tense) against another grade of the same title.
 *
 * @example
 * ```ts
 * // graph: Gloria Teasdale jobTitle "Associate Fellow"
 * otherGradeConflicts(ctx, teasdaleIsSeniorFellow, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function otherGradeConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  if (!ctx.axioms.oneGradeAtATime.has(q.predicate) || !ctx.present || ctx.asOf || q.modality !== 'stated' || Object.keys(q.qualifiers).length) return;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'string') return;
  const want = words(q.object.value);
  if (want.length < 2) return;
  const head = want.at(-1)!;
  for (const c of index.get(q.predicate) ?? []) {
    if (c.subject !== q.subject.iri || c.polarity !== 'positive' || !plain(c) || c.object.termType !== 'Literal') continue;
    const have = words(c.object.value);
    if (have.length < 2 || have.at(-1) !== head || have.join(' ') === want.join(' ')) continue;
    const note = `${labelOf(ctx, localName(q.predicate))} holds one grade of a title at a time (cg:oneGradeAtATime), and the source states ${entityName(ctx, c.subject)} is ${c.object.value}, not ${q.object.value} (claim ${shortIri(c.iri)})`;
    if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'other-grade', note });
    else push({ claim: c, stance: 'supports', reason: 'other-grade', note: `${note}, so the denied statement is indeed not the case` });
  }
}

/**
 * "Y was chosen as the first president of O" against the holder the source numbers first: an
 * office with one holder at a time (`cg:oneHolderAtATime`) has one n-th holder, so another person
 * the graph states in that place (`cg:officeOrdinal` n, positive and stated) refutes it, and
 * supports its denial. Reason `other-holder`.
 *
 * @example
 * ```ts
 * // graph: Rufus Firefly holds President of Sylvania, officeOrdinal 1
 * ordinalHolderConflicts(ctx, teasdaleFirstPresidentOfSylvania, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function ordinalHolderConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const ord = q.qualifiers.officeOrdinal;
  if (!ctx.axioms.oneHolderAtATime.has(q.predicate) || q.modality !== 'stated' || (ord?.kind !== 'number' && ord?.kind !== 'string') || (ord.kind === 'number' && ord.bound) || !/^\d+$/.test(ord.value)) return;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  const [who, office] = [q.subject.iri, q.object.iri];
  // a subject that is itself an office stands for its holders ("Freedonia's finance minister
  // became the bank's first president"): one of them in the place is no other holder (round 24)
  const standsFor = new Set((index.get(q.predicate) ?? []).filter((h) => h.object.value === who && h.polarity === 'positive').map((h) => h.subject));
  for (const c of index.get(q.predicate) ?? []) {
    if (c.object.value !== office || c.subject === who || standsFor.has(c.subject) || c.polarity !== 'positive' || c.modality !== 'stated') continue;
    if (!c.qualifiers.get('officeOrdinal')?.some((n) => Number(n) === Number(ord.value))) continue;
    const note = `${entityName(ctx, office)} has one holder at a time (cg:oneHolderAtATime on ${labelOf(ctx, localName(q.predicate))}), so one holder in place ${ord.value}, and the source states it is ${entityName(ctx, c.subject)} (claim ${shortIri(c.iri)})`;
    if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'other-holder', note });
    else push({ claim: c, stance: 'supports', reason: 'other-holder', note: `${note}, so the denied statement is indeed not the case` });
  }
}

/** The country an office is an office of (`cg:officeOf`), when it is one. */
function stateOf(ctx: CheckContext, office: string): string | undefined {
  const s = ctx.store.getObjects(office, cg('officeOf'), null)[0]?.value;
  return s && isA(ctx, s, cg('Country')) ? s : undefined;
}

/**
 * "X is the president of Y" (present tense) against an office X holds that cannot be held with it:
 * an office of another state (`cg:oneStateAtATime` on cg:holdsOffice: "Rufus Firefly is the
 * president of Sylvania" against "Freedonian President Rufus Firefly"), or an office declared
 * `cg:heldApartFrom` the claimed one ("Groucho is Freedonia's prime minister" against
 * "Freedonian President Groucho"). Only the person's stated, positive, current office counts (no
 * date, no "former"), only when no one else is stated in that office (X may have left it), and
 * never when the graph itself speaks of X in the claimed office.
 *
 * @example
 * ```ts
 * // graph: Rufus Firefly holds the office of President of Freedonia
 * otherStateOfficeConflicts(ctx, rufusIsPresidentOfSylvania, index, push); // pushes a 'refutes' bearing
 * ```
 */
export function otherStateOfficeConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  // the present (the latest source), or a claim's time ("as of December 2015": round 19), when
  // only sources of that time are taken
  if (q.predicate !== cg('holdsOffice') || (!ctx.present && !ctx.asOf) || q.modality !== 'stated' || Object.keys(q.qualifiers).length) return;
  const period = ctx.asOf?.period;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  const person = q.subject.iri;
  const office = q.object.iri;
  const held = [...(index.get(cg('holdsOffice')) ?? [])].filter((c) => c.polarity === 'positive' && plain(c) && c.object.termType === 'NamedNode')
    .map((c) => ({ c, who: c.subject, office: c.object.value }))
    .concat([...(index.get(cg('officeHolder')) ?? [])].filter((c) => c.polarity === 'positive' && plain(c) && c.object.termType === 'NamedNode')
      .map((c) => ({ c, who: c.object.value, office: c.subject })))
    .filter((h) => !period || statedWithin(ctx, h.c, period));
  if (held.some((h) => h.who === person && h.office === office)) return;
  const state = stateOf(ctx, office);
  const apart = new Set([...ctx.store.getObjects(office, cg('heldApartFrom'), null), ...ctx.store.getSubjects(cg('heldApartFrom'), office, null)].map((t) => t.value));
  for (const h of held) {
    if (h.who !== person || h.office === office) continue;
    // someone else stated in that office: the person may have left it
    if (held.some((o) => o.office === h.office && o.who !== person)) continue;
    const other = stateOf(ctx, h.office);
    let why = '';
    if (ctx.axioms.oneStateAtATime.has(cg('holdsOffice')) && state && other && other !== state) {
      why = `a person holds the offices of one state at a time (cg:oneStateAtATime), and the source states ${entityName(ctx, person)} holds the ${entityName(ctx, h.office)}, an office of ${entityName(ctx, other)} (claim ${shortIri(h.c.iri)})`;
    } else if (apart.has(h.office)) {
      why = `the ${entityName(ctx, office)} and the ${entityName(ctx, h.office)} are never held by one person at once (cg:heldApartFrom), and the source states ${entityName(ctx, person)} holds the latter (claim ${shortIri(h.c.iri)})`;
    }
    if (!why) continue;
    if (q.polarity === 'positive') push({ claim: h.c, stance: 'refutes', reason: 'other-state-office', note: why });
    else push({ claim: h.c, stance: 'supports', reason: 'other-state-office', note: `${why}, so the denied statement is indeed not the case` });
  }
}
