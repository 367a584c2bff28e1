/**
 * "X heads Y" from "X is the president of Y" (issue 15): a person leads an organisation when they
 * hold its head office. Which roles head an organisation is lexicon data (`cg:headRole` on
 * `cg:leads`: "president", "chairman"...), and an organisation's office of that role is graph data
 * (`cg:officeOf`, `cg:roleType`). A reading of `cg:leads` (or `cg:ledBy`) with a person and an
 * organisation that the graph's leads claims leave undecided is decided as the person holding the
 * organisation's one head office: supported by a holder claim, refuted by another current holder
 * (src/check/refuters.ts, one holder at a time).
 */
import { NS, localName, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { inPresentTense, simplePresentAfter } from './claim-time.js';
import { nameKey } from './text.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

const roles = new WeakMap<object, string[]>();

/** Role keys (as `ctx.offices` keys them) of the offices that head an organisation (lexicon `cg:headRole`). */
function headRoles(ctx: CheckContext): string[] {
  let r = roles.get(ctx.lexicon);
  if (!r) {
    r = [...new Set(ctx.lexicon.getQuads(null, NS.cg + 'headRole', null, null).map((q) => nameKey(q.object.value.replace(/[-_]+/g, ' '), ctx.morph)))].sort();
    roles.set(ctx.lexicon, r);
  }
  return r;
}

/**
 * The office reading of a "leads" reading: "X heads Y" as "X holds Y's head office"; undefined
 * when the reading is not of a person leading an organisation with exactly one head office.
 *
 * @example
 * ```ts
 * headOfficeReading(ctx, leadsReading)?.predicate; // 'https://w3id.org/claimgraph/ontology#holdsOffice'
 * ```
 */
export function headOfficeReading(ctx: CheckContext, q: Interpretation): Interpretation | undefined {
  const holds = ctx.axioms.properties.get('holdsOffice');
  const forward = q.predicate === NS.cg + 'leads';
  if (!holds || (!forward && q.predicate !== NS.cg + 'ledBy')) return undefined;
  const [person, org] = forward ? [q.subject, q.object] : [q.object, q.subject];
  if (person.kind !== 'entity' || org.kind !== 'entity') return undefined;
  if (!isA(ctx, person.iri, NS.cg + 'Person') || !isA(ctx, org.iri, NS.cg + 'Organisation')) return undefined;
  const offices = [...new Set(headRoles(ctx).map((role) => ctx.offices.get(role)?.get(org.iri)).filter((o): o is string => !!o))];
  if (offices.length !== 1) return undefined;
  const office = offices[0]!;
  return {
    ...q, subject: person, predicate: holds, predicateName: localName(holds),
    object: { kind: 'entity', iri: office, label: ctx.entityLabel.get(office) ?? localName(office) },
    notes: [...(q.notes ?? []), `read "${person.label} leads ${org.label}" as holding its head office, ${ctx.entityLabel.get(office) ?? localName(office)} (lexicon cg:headRole)`],
  };
}

/**
 * Evaluates a "leads" reading through the organisation's head office when the leads claims leave
 * it undecided; undefined otherwise.
 *
 * @example
 * ```ts
 * evaluateViaHeadOffice(ctx, leadsReading)?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function evaluateViaHeadOffice(ctx: CheckContext, q: Interpretation, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const office = headOfficeReading(ctx, q);
  if (!office) return undefined;
  // "X heads Y" (a verb in the simple present right after the subject, no past or time word) is
  // said of now, as "X is the president of Y" is (src/check/claim-time.ts)
  const now = ctx.present || (simplePresentAfter(text, q.subject.kind === 'entity' || q.subject.kind === 'unknown-entity' ? q.subject.mention : undefined) && inPresentTense(`is ${text}`));
  const ev = evaluateClaim(now && !ctx.present ? { ...ctx, present: true } : ctx, office);
  if (ev.verdict === 'NOT_ENOUGH_INFO') return undefined;
  return { interpretation: office, evaluation: { ...ev, explanation: `Read as holding the head office of the organisation (${describe(ctx, office)}). ${ev.explanation}` } };
}


const describe = (ctx: CheckContext, q: Interpretation): string =>
  `${q.subject.kind === 'entity' ? q.subject.label : ''} holds ${q.object.kind === 'entity' ? q.object.label : ''}`;
