/**
 * A relation said of an organisation that the graph states of one of its bodies: "recognised by
 * the League" from "recognised by the League Assembly". The ontology says which
 * relations pass from a body to the organisation with a property chain that ends in the body
 * relation (`cg:recognisedBy owl:propertyChainAxiom ( cg:recognisedBy cg:organOf )`: P o organOf
 * -> P), and the graph says which body belongs to which organisation (`cg:organOf`, a background
 * fact of graph/entities.yaml). Only what the chain entails is used: a body's positive statement
 * supports the claim about the organisation and refutes its denial; a body's denial says nothing
 * of the organisation's other bodies. A body's statement at another time refutes the claim only
 * when the relation is marked `cg:oncePerOrganisation` (the organisation does it once, through
 * whichever body: its time is one) and no body supports the claim.
 */
import { localName, type CheckContext } from './context.js';
import { entityName } from './prose.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/** P -> R for each chain `( P R )` on P itself: P holds of whatever its object is an R of. */
export function bodyRelations(ctx: CheckContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, chain] of ctx.axioms.propertyChains) {
    if (chain.length === 2 && chain[0] === p) out.set(p, chain[1]!);
  }
  return out;
}

const cache = new WeakMap<CheckContext, Map<string, string>>();

/**
 * The claim read through the bodies of the organisation it names as object: undefined unless a
 * body's reading decides it (SUPPORTED for a positive claim, REFUTED for a denial).
 *
 * @example
 * ```ts
 * // "Freedonia's neutrality was recognised by the League" with "... by the League Assembly" in
 * // the graph and `cgr:league-assembly cg:organOf cgr:league`:
 * throughBodies(ctx, interpretation, evaluateClaim)?.verdict; // 'SUPPORTED'
 * ```
 */
export function throughBodies(ctx: CheckContext, q: Interpretation, evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation): Evaluation | undefined {
  let relations = cache.get(ctx);
  if (!relations) cache.set(ctx, (relations = bodyRelations(ctx)));
  const via = relations.get(q.predicate);
  if (!via || q.object.kind !== 'entity') return undefined;
  const organisation = q.object;
  const once = ctx.axioms.oncePerOrganisation.has(q.predicate) && q.polarity === 'positive';
  let otherTime: Evaluation | undefined;
  for (const body of ctx.store.getSubjects(via, organisation.iri, null)) {
    if (body.termType !== 'NamedNode') continue;
    const read: Interpretation = { ...q, polarity: 'positive', object: { kind: 'entity', iri: body.value, label: ctx.entityLabel.get(body.value) ?? localName(body.value) } };
    const ev = evaluate(ctx, read);
    const how = `Read through ${entityName(ctx, body.value)}, a body of ${entityName(ctx, organisation.iri)} (${localName(via)}): what the body does as such, the organisation does through it (the ontology's chain ${localName(q.predicate)} o ${localName(via)} -> ${localName(q.predicate)}).`;
    // the body's act at another time is the organisation's one act (cg:oncePerOrganisation)
    if (once && !otherTime && ev.verdict === 'REFUTED' && ev.reason === 'qualifier-conflict') {
      otherTime = { ...ev, explanation: `${how} The organisation does this once, through whichever body (cg:oncePerOrganisation), so its time is the body's: ${ev.explanation}` };
    }
    if (ev.verdict !== 'SUPPORTED') continue;
    if (q.polarity === 'positive') return { ...ev, explanation: `${how} ${ev.explanation}` };
    return {
      ...ev, verdict: 'REFUTED', reason: 'explicit-negation', bearings: ev.bearings.map((b) => ({ ...b, stance: 'refutes' as const })),
      explanation: `${how} The claim denies what the graph states through the body: ${ev.explanation}`,
    };
  }
  return otherTime;
}
