/**
 * A closed group: when the graph gives a group of countries its number of members
 * (`cg:memberCount`, a background fact: "the two Ruritanian states") and names that many
 * members (stated `cg:partOf` claims), no other entity is one of them. "Marsovia is one of the
 * Ruritanian states" is refuted, citing the members' claims, and its denial supported. Only for
 * the group named as a kind in the plural ("the Ruritanian states", "Ruritanian countries"), not
 * by the region's own name ("Ruritania"), whose extent a claim may draw otherwise.
 */
import { NS, type CheckContext } from './context.js';
import { isA, type ClaimsByPredicate } from './claim-index.js';
import { entityName, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';

/**
 * Finds the member claims of a closed group that the claimed membership is not among.
 *
 * @example
 * ```ts
 * closedGroupConflicts(ctx, reading, scopedIndex(ctx), push); // pushes each member's partOf claim
 * ```
 */
export function closedGroupConflicts(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  const partOf = ctx.axioms.properties.get('partOf');
  if (!partOf || q.predicate !== partOf || q.modality !== 'stated' || q.subject.kind !== 'entity' || q.object.kind !== 'entity') return;
  // the kind in the plural ("the Ruritanian states"), or one of its kind in the singular ("a
  // Ruritanian state": the mention closes with a class noun); not the region by its own name
  // (a pattern that closes with the class noun after the group's adjective: "{o} (country|state)")
  const mention = q.object.mention?.trim() ?? '';
  const kindAfter = /\{o\}\s+\(?[a-z]+(?:\|[a-z]+)*\)?$/.test(q.pattern ?? '') && mention.toLowerCase() !== q.object.label.toLowerCase();
  if (!/s$/i.test(mention) && !kindAfter) return;
  const group = q.object.iri;
  const count = Number(ctx.store.getObjects(group, NS.cg + 'memberCount', null)[0]?.value);
  if (!(count > 0)) return;
  const claims = (index.get(partOf) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === group);
  const members = new Set(claims.map((c) => c.subject));
  if (members.size !== count || members.has(q.subject.iri)) return;
  // only a thing of the members' kind can be a member left out: a person "in" the Ruritanian
  // states is somewhere in them, no member claimed (round 38: "Rufus was in each of the two
  // Ruritanian states in May" was refuted as "Rufus is not one of them"); a person or city said
  // to be "one of" the states is refuted by the disjoint classes (src/check/kinds.ts)
  const subject = q.subject.iri;
  if (![...members].some((m) => [...(ctx.entityTypes.get(m) ?? [])].some((t) => isA(ctx, subject, t)))) return;
  const names = [...members].map((m) => entityName(ctx, m)).sort().join(', ');
  for (const c of claims) {
    const note = `${entityName(ctx, group)} has ${count} members (cg:memberCount) and the graph names all of them (${names}; claim ${shortIri(c.iri)}), so ${q.subject.label} is not one`;
    push({ claim: c, stance: q.polarity === 'positive' ? 'refutes' : 'supports', reason: 'closed-group', note: q.polarity === 'positive' ? note : `${note}, as the denial says` });
  }
}
