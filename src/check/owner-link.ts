/**
 * Whether "X's Y" may name Y: the graph must tie Y to its owner X (round 33). The resolver read
 * "X's Y" as Y whenever both were names, and the owner was then dropped from the claim: "Sylvania's
 * Rufus T. Firefly attended the gala" was supported for a Freedonian Firefly (users26's writer:
 * "Sylvania's <Freedonia's vice president> attended", "<another country>'s <a bank's president>").
 * The tie is read from the graph's own claims, never from a list: a claim between the two (either
 * way round), an office Y holds that is X's office, or a place Y lies in.
 */
import { enclosingPlaces, isA, officeStateOf } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { flaggedProperties } from './lexicon-words.js';

const neighbours = new WeakMap<object, Map<string, Set<string>>>();

/** The entities the graph's claims relate `iri` to (subjects and objects of the claims about it), cached per store. */
function related(ctx: CheckContext, iri: string): Set<string> {
  let byEntity = neighbours.get(ctx.store);
  if (!byEntity) neighbours.set(ctx.store, (byEntity = new Map()));
  let out = byEntity.get(iri);
  if (out) return out;
  out = new Set();
  // every claim that names it, as its subject, its object or a qualifier's value (Sylvania's
  // roads are the purpose of a grant to Sylvania): the claim's other side
  // (not a relation that may happen again, lexicon cg:repeatableProperty: a visit to a country makes
  // the visitor no one of the country's)
  const repeatable = flaggedProperties(ctx, 'repeatableProperty');
  // (round 34: a person named in a qualifier, "the grant to Sylvania that Firefly pledged" as
  // Freedonia's acting person, acts for the claim's subject: he is tied to it, not to the
  // recipient; "Sylvania's Rufus Firefly" was read as Firefly through the grant he made it)
  const person = isA(ctx, iri, `${NS.cg}Person`);
  for (const q of ctx.store.getQuads(null, null, iri, null)) {
    if (ctx.store.getObjects(q.subject, NS.rdf + 'predicate', null).some((p) => repeatable.has(p.value))) continue;
    const qualifier = q.predicate.value !== NS.rdf + 'subject' && q.predicate.value !== NS.rdf + 'object';
    const sides = person && qualifier ? ['subject'] : ['subject', 'object'];
    for (const side of sides) for (const t of ctx.store.getObjects(q.subject, NS.rdf + side, null)) if (t.value !== iri) out.add(t.value);
  }
  byEntity.set(iri, out);
  return out;
}

/**
 * True when the graph ties `head` to one of `owners`: a claim between them, an office `head` is
 * related to that is an owner's office, or an owner among the places `head` lies in; always for a
 * head that is neither a person nor a place.
 *
 * @example
 * ```ts
 * ownerTied(ctx, cgr + 'rufus-firefly', new Set([cgr + 'freedonia'])); // true when he holds Freedonia's presidency
 * ownerTied(ctx, cgr + 'rufus-firefly', new Set([cgr + 'sylvania'])); // false
 * ```
 */
export function ownerTied(ctx: CheckContext, head: string, owners: ReadonlySet<string>): boolean {
  if (owners.has(head)) return true;
  // only a person or a place says whose it is by where it belongs; "the canal's gas", "the bank's
  // charter" name the thing whatever ties the graph states
  if (!isA(ctx, head, `${NS.cg}Person`) && !isA(ctx, head, `${NS.cg}Place`)) return true;
  // either way round: "Freedonia's Rufus Firefly" (he holds its office), "Rufus Firefly's Freedonia"
  return tiedOneWay(ctx, head, owners) || [...owners].some((o) => tiedOneWay(ctx, o, new Set([head])));
}

function tiedOneWay(ctx: CheckContext, head: string, owners: ReadonlySet<string>): boolean {
  if (enclosingPlaces(ctx, head).some((p) => owners.has(p))) return true;
  for (const n of related(ctx, head)) {
    if (owners.has(n)) return true;
    const of = officeStateOf(ctx, n);
    if (of && owners.has(of)) return true;
  }
  return false;
}
