/**
 * A relation said of an agent that the graph states of someone acting for it: "Freedonia was not
 * represented at the gala" against "Freedonian Vice President Ida Oldham" attending it. The
 * ontology marks the relations for which a statement about an agent's actor is the agent's
 * (`cg:extendsToAgent true`: attending an event); the actors are the agent's offices
 * (`cg:officeOf`, background facts) and the people the graph's stated claims say hold them
 * (`cg:holdsOffice`, neither former nor negative), the chain `cg:actsFor` declares. Only support
 * passes: an actor's positive statement supports the agent's and refutes its denial; an actor's
 * denial ("Freedonia was not represented by its Prime Minister") says nothing of the agent, which may
 * act through another.
 */
import { localName, NS, type CheckContext } from './context.js';
import { claimsByPredicate } from './claim-index.js';
import { entityName, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

const cg = (l: string): string => NS.cg + l;

/** Who acts for an agent: its offices, and the holders the graph's stated claims name, with the claims. */
export function actorsOf(ctx: CheckContext, agent: string): Array<{ actor: string; office: string; holderClaim?: Bearing['claim'] }> {
  const offices = ctx.store.getSubjects(cg('officeOf'), agent, null).map((o) => o.value).sort();
  const out: Array<{ actor: string; office: string; holderClaim?: Bearing['claim'] }> = offices.map((office) => ({ actor: office, office }));
  const holds = ctx.axioms.properties.get('holdsOffice');
  for (const c of (holds && claimsByPredicate(ctx).get(holds)) || []) {
    if (c.polarity !== 'positive' || c.modality !== 'stated' || c.qualifiers.get('former')?.includes('true')) continue;
    if (c.object.termType === 'NamedNode' && offices.includes(c.object.value)) out.push({ actor: c.subject, office: c.object.value, holderClaim: c });
  }
  return out;
}

/**
 * The claim read through the people and offices acting for its subject: undefined unless an
 * actor's positive reading is SUPPORTED (then the claim is SUPPORTED, its denial REFUTED).
 *
 * @example
 * ```ts
 * // "Freedonia attended the gala" with "Freedonia's Prime Minister Rufus attended the gala":
 * throughActors(ctx, interpretation, evaluate)?.verdict; // 'SUPPORTED'
 * ```
 */
export function throughActors(ctx: CheckContext, q: Interpretation, evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation): Evaluation | undefined {
  if (!ctx.axioms.extendsToAgent.has(q.predicate) || q.subject.kind !== 'entity') return undefined;
  const agent = q.subject;
  for (const { actor, office, holderClaim } of actorsOf(ctx, agent.iri)) {
    const ev = evaluate(ctx, { ...q, polarity: 'positive', subject: { kind: 'entity', iri: actor, label: ctx.entityLabel.get(actor) ?? localName(actor) } });
    if (ev.verdict !== 'SUPPORTED') continue;
    const who = holderClaim
      ? `${entityName(ctx, actor)}, who acts for ${agent.label} as ${entityName(ctx, office)} (claim ${shortIri(holderClaim.iri)})`
      : `${entityName(ctx, actor)}, an office of ${agent.label}`;
    const how = `Read through ${who}: what an agent's office or its holder does in this relation, the agent does (cg:extendsToAgent, the chain cg:actsFor).`;
    const stance = q.polarity === 'positive' ? 'supports' as const : 'refutes' as const;
    const bearings: Bearing[] = [...ev.bearings.filter((b) => b.stance === 'supports').map((b) => ({ ...b, stance })),
      ...(holderClaim ? [{ claim: holderClaim, stance, reason: 'direct' as const, note: `claim ${shortIri(holderClaim.iri)} states that ${entityName(ctx, actor)} holds ${entityName(ctx, office)}` }] : [])];
    if (q.polarity === 'positive') return { ...ev, bearings, explanation: `${how} ${ev.explanation}` };
    return { ...ev, verdict: 'REFUTED', reason: 'explicit-negation', bearings, explanation: `${how} The claim denies what the graph states through it: ${ev.explanation}` };
  }
  return undefined;
}
