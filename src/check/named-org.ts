/**
 * Another organisation of the same kind, named by a claim and unknown to the graph (round 17,
 * branch attrib17): "Gloria Teasdale works for the Institute of Marsovian Studies", when the byline
 * gives her one affiliation, "Institute of Freedonian Studies". A property annotated
 * `cg:oneNamedAtATime` (cg:affiliatedWith) is given one value per subject by its source, so a
 * name of the same kind (the same head noun before "of"/"for": "Institute", "Centre") that the
 * source does not give refutes the claim, as `cg:oneGradeAtATime` does for a title's grade.
 *
 * Only for a positive, stated claim in the present tense without qualifiers, whose object alone is
 * unknown, against a subject with exactly one stated, positive value: a name of another kind
 * ("a think tank in Gala City", "the League") says nothing, and neither does a subject the
 * source gives two values.
 */
import { localName, type CheckContext } from './context.js';
import type { ClaimsByPredicate } from './claim-index.js';
import { entityName, labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/** The head noun of an organisation's name: the word before its first "of"/"for"/"on"; undefined without one. */
function headOf(name: string): { head: string; rest: string } | undefined {
  const m = /^(?:the\s+)?([A-Za-z][\w-]*)\s+(?:of|for|on)\s+(.+)$/i.exec(name.trim());
  return m ? { head: m[1]!.toLowerCase().replace(/^center$/, 'centre'), rest: m[2]!.toLowerCase().replace(/\s+/g, ' ') } : undefined;
}

/**
 * The refuting bearing of a claim naming another organisation of the same kind; undefined when
 * there is none.
 *
 * @example
 * ```ts
 * // graph: Gloria Teasdale affiliatedWith "Institute of Freedonian Studies"
 * otherNamedOrg(ctx, teasdaleAtInstituteOfMarsovianStudies, index); // { stance: 'refutes', reason: 'other-affiliation', ... }
 * ```
 */
export function otherNamedOrg(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate): Bearing | undefined {
  if (!ctx.axioms.oneNamedAtATime.has(q.predicate) || !ctx.present || ctx.asOf || q.modality !== 'stated' || q.polarity !== 'positive' || Object.keys(q.qualifiers).length) return undefined;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'unknown-entity') return undefined;
  const said = headOf(q.object.mention);
  if (!said) return undefined;
  const who = q.subject.iri;
  const given = (index.get(q.predicate) ?? []).filter((c) => c.subject === who && c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'NamedNode');
  if (given.length !== 1) return undefined;
  const c = given[0]!;
  const label = ctx.entityLabel.get(c.object.value) ?? '';
  const have = headOf(label);
  if (!have || have.head !== said.head || have.rest === said.rest) return undefined;
  return {
    claim: c, stance: 'refutes', reason: 'other-affiliation',
    note: `${labelOf(ctx, localName(q.predicate))} has one value per subject in its source (cg:oneNamedAtATime), and the source gives ${entityName(ctx, c.subject)} the ${label}, another ${said.head} than the ${q.object.mention} (claim ${shortIri(c.iri)})`,
  };
}
