/**
 * What the ontology says a statement implies about who is who, applied to an article's
 * proposals (all of it data of ontology/claimgraph.ttl, none of it knowledge of an entity):
 *
 * - `cg:subjectRelation` on a qualifier: "Y was the last Prime Minister of X to visit Z" also
 *   states that Y holds that office (`cg:lastInOffice cg:subjectRelation cg:holdsOffice`);
 * - `cg:actedThrough` on a property, with `cg:actsFor` (an office acts for the agent whose
 *   office it is, `cg:officeOf`; its holder too, the chain `cg:holdsOffice` then `cg:officeOf`):
 *   a statement of the property about a person who holds an office of an agent, or about the
 *   office, is the agent's, with the person in the qualifier ("the Prime Minister pledged a
 *   grant to Y": the state's grant to Y, the Prime Minister its acting person), as curators
 *   write it. How sure the move is: how sure the office is (1 from the graph).
 *
 * The offices a person holds come from the graph and from the article's own proposals (a title
 * before the name, "Prime Minister X", read in the same article).
 */
import { NS, type CheckContext } from '../check/context.js';
import type { DraftClaim } from './propose.js';
import type { ArticleReading } from './types.js';

/** How much less sure the implied statement is than the one it comes from. */
const IMPLIED_WEIGHT = 0.9;

/**
 * The statements a reading's qualifiers imply about its subject (`cg:subjectRelation`): one
 * reading per qualifier so marked, positive and stated, over the same words.
 *
 * @example
 * ```ts
 * impliedBySubjectQualifiers(ctx, readings); // Y holdsOffice X's Prime Minister, from "the last Prime Minister of X to visit Z was Y"
 * ```
 */
export function impliedBySubjectQualifiers(ctx: CheckContext, readings: readonly ArticleReading[]): ArticleReading[] {
  const relations = ctx.axioms.subjectRelation;
  if (!relations.size) return [];
  const out: ArticleReading[] = [];
  for (const r of readings) {
    // "X was not the first to ..." says nothing sure of X's office
    if (r.polarity !== 'positive') continue;
    for (const [q, value] of Object.entries(r.qualifiers)) {
      const relation = relations.get(NS.cg + q);
      if (!relation?.startsWith(NS.cg) || (value.kind !== 'entity' && value.kind !== 'entities')) continue;
      const predicate = relation.slice(NS.cg.length);
      out.push({
        subject: r.subject, predicate, object: value, polarity: 'positive', modality: 'stated', qualifiers: {},
        begin: r.begin, end: r.end, confidence: r.confidence * IMPLIED_WEIGHT,
        why: `${r.why}; its ${q} qualifier says the subject ${predicate} it (cg:${q} cg:subjectRelation cg:${predicate})`,
      });
    }
  }
  return out;
}

/**
 * Proposals about a person, of a property marked `cg:actedThrough`, moved to the one agent the
 * person acts for (the property chain of `cg:actsFor`, over the graph and the article's own
 * proposals), with the person in the qualifier; a proposal whose person acts for no agent, or
 * for several, is kept as it is.
 *
 * @example
 * ```ts
 * actingFor(ctx, drafts); // freedonia grantTo sylvania { actingPerson: rufus-firefly } from "Firefly pledged to grant ..."
 * ```
 */
export function actingFor(ctx: CheckContext, drafts: DraftClaim[]): DraftClaim[] {
  const actsFor = NS.cg + 'actsFor';
  // the ways one thing acts for another: a property below cg:actsFor (an office, cg:officeOf),
  // or a chain that entails it (a person, cg:holdsOffice then cg:officeOf)
  const routes = [...[...(ctx.axioms.subProperties.get(actsFor) ?? [])].map((p) => [p]), ...(ctx.axioms.propertyChains.has(actsFor) ? [ctx.axioms.propertyChains.get(actsFor)!] : [])];
  if (!routes.length || !ctx.axioms.actedThrough.size) return drafts;
  const isPerson = (id: string): boolean => [...(ctx.entityTypes.get(NS.cgr + id) ?? [])].some((t) => t === NS.cg + 'Person' || ctx.axioms.superClasses.get(t)?.has(NS.cg + 'Person'));
  // the article's own positive stated proposals, as facts beside the graph's
  const proposed = drafts.filter((d) => typeof d.subject === 'string' && typeof d.object === 'string' && d.polarity === 'positive' && d.modality === 'stated' && !d.needs?.length);
  const step = (from: string, property: string): Fact[] => [
    ...ctx.store.getObjects(NS.cgr + from, property, null).filter((o) => o.termType === 'NamedNode' && o.value.startsWith(NS.cgr)).map((o) => ({ id: o.value.slice(NS.cgr.length), confidence: 1 })),
    ...proposed.filter((d) => d.subject === from && NS.cg + d.predicate === property).map((d) => ({ id: d.object as string, confidence: d.confidence })),
  ];
  const back = (to: string, property: string): Fact[] => [
    ...ctx.store.getSubjects(property, NS.cgr + to, null).filter((x) => x.termType === 'NamedNode' && x.value.startsWith(NS.cgr)).map((x) => ({ id: x.value.slice(NS.cgr.length), confidence: 1 })),
    ...proposed.filter((d) => d.object === to && NS.cg + d.predicate === property).map((d) => ({ id: d.subject as string, confidence: d.confidence })),
  ];
  const agentsOf = (id: string): Map<string, { confidence: number; via: string[] }> => {
    const out = new Map<string, { confidence: number; via: string[] }>();
    for (const route of routes) {
      let at = new Map([[id, { confidence: 1, via: [id] }]]);
      for (const p of route) {
        const next = new Map<string, { confidence: number; via: string[] }>();
        for (const [x, how] of at) {
          for (const y of step(x, p)) {
            const c = how.confidence * y.confidence;
            if ((next.get(y.id)?.confidence ?? -1) < c) next.set(y.id, { confidence: c, via: [...how.via, y.id] });
          }
        }
        at = next;
      }
      for (const [y, how] of at) if ((out.get(y)?.confidence ?? -1) < how.confidence) out.set(y, how);
    }
    return out;
  };
  // the person acting: the subject itself, or the one person known to act through it (an office's holder)
  const personOf = (id: string): string | undefined => {
    if (isPerson(id)) return id;
    const chain = ctx.axioms.propertyChains.get(actsFor);
    const holders = chain?.length ? [...new Set(back(id, chain[0]!).map((f) => f.id))].filter(isPerson) : [];
    return holders.length === 1 ? holders[0] : undefined;
  };
  return drafts.map((d) => {
    const qualifier = ctx.axioms.actedThrough.get(NS.cg + d.predicate);
    if (!qualifier?.startsWith(NS.cg) || typeof d.subject !== 'string') return d;
    const q = qualifier.slice(NS.cg.length);
    if (d.qualifiers[q] !== undefined) return d;
    const agents = agentsOf(d.subject);
    if (agents.size !== 1) return d;
    const [[agent, how]] = [...agents];
    if (agent === d.object) return d;
    const person = personOf(d.subject);
    return {
      ...d, subject: agent, qualifiers: { ...d.qualifiers, ...(person ? { [q]: person } : {}) },
      confidence: Math.round(d.confidence * how.confidence * 100) / 100,
      why: `${d.why}; ${d.subject} acts for ${agent} (cg:actsFor: ${how.via.join(' -> ')}), so the statement is ${agent}'s${person ? ` with ${person} as ${q}` : ''} (cg:${d.predicate} cg:actedThrough cg:${q})`,
    };
  });
}

/** One step of who acts for whom, and how sure it is (1: the graph; a proposal's confidence). */
interface Fact {
  id: string;
  confidence: number;
}
