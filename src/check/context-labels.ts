/**
 * The graph's names as the checker looks entities up: name key -> entities, each entity's
 * preferred label and types, the words of every name, and offices by role and holder.
 */
import type { CheckContext } from './context-types.js';
import type { CheckGraph } from './types.js';
import { cg, NS, rdf, rdfs } from './context-vocab.js';
import { nameKey } from './text.js';

/** Fills the context's label index, entity labels and types, name words and offices from its store. */
export function indexLabels(ctx: CheckContext): void {
  const { store, morph } = ctx;
  const skip = (iri: string): boolean => iri.startsWith(NS.cga) || iri.startsWith(NS.cgc) || iri.startsWith(NS.cg);
  const addKey = (key: string, iri: string): void => {
    if (!key) return;
    let set = ctx.labelIndex.get(key);
    if (!set) ctx.labelIndex.set(key, (set = new Set()));
    set.add(iri);
  };
  // acronym name key -> its one entity (null when several share it)
  const acronyms = new Map<string, string | null>();
  const withAcronym: Array<[string, string]> = [];
  for (const pred of [rdfs('label'), NS.skos + 'altLabel', NS.skos + 'prefLabel']) {
    for (const q of store.getQuads(null, pred, null, null)) {
      const iri = q.subject.value;
      if (q.subject.termType !== 'NamedNode' || skip(iri)) continue;
      if (pred === rdfs('label') && !ctx.entityLabel.has(iri)) ctx.entityLabel.set(iri, q.object.value);
      const key = nameKey(q.object.value, morph);
      addKey(key, iri);
      for (const w of key.split(' ')) ctx.nameWords.add(w);
      if (ACRONYM.test(q.object.value)) acronyms.set(key, acronyms.has(key) ? null : iri);
      // a longer name with an acronym in it, not a generic one said with "the" ("the League summit")
      else if (HAS_ACRONYM.test(q.object.value) && !/^the\s/i.test(q.object.value) && key.includes(' ')) withAcronym.push([key, iri]);
    }
  }
  expandAcronyms(ctx, acronyms, withAcronym, addKey);
  if (ctx.entityTypes instanceof EntityTypes) ctx.entityTypes.from(store, ctx.entityLabel);
  else for (const iri of ctx.entityLabel.keys()) ctx.entityTypes.set(iri, typesOf(store, iri));
  // offices: entity with cg:officeOf X and cg:roleType R, reachable as "{role} of X" and the like
  for (const q of store.getQuads(null, cg('roleType'), null, null)) {
    const office = q.subject.value;
    const roleKey = nameKey(q.object.value.replace(/[-_]+/g, ' '), morph);
    for (const holder of store.getObjects(office, cg('officeOf'), null)) {
      let m = ctx.offices.get(roleKey);
      if (!m) ctx.offices.set(roleKey, (m = new Map()));
      m.set(holder.value, office);
    }
  }
}

/** A name written as an acronym ("LNS", "LNS-X" is none). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
const HAS_ACRONYM = /\b[A-Z][A-Z0-9]{1,7}\b/;

/**
 * Names that contain another entity's acronym, also under that entity's full name (round 23):
 * "opening gala of the LNS" is also "opening gala of the League of Nations States", as users type
 * it. Only an acronym one entity holds, whose label has two words or more;
 * never within that entity's own names, nor in a generic name said with "the" ("the League
 * summit", which src/check/definite-choice.ts chooses among the summits).
 */
function expandAcronyms(ctx: CheckContext, acronyms: Map<string, string | null>, names: ReadonlyArray<[string, string]>, addKey: (key: string, iri: string) => void): void {
  const full = new Map<string, string>();
  for (const [acronym, owner] of acronyms) {
    const label = owner ? ctx.entityLabel.get(owner) : undefined;
    const key = label ? nameKey(label, ctx.morph) : '';
    if (owner && key.includes(' ')) full.set(acronym, key);
  }
  if (!full.size) return;
  for (const [key, iri] of names) {
    const words = key.split(' ');
    if (!words.some((w) => full.has(w)) || words.some((w) => acronyms.get(w) === iri)) continue;
    addKey(words.map((w) => full.get(w) ?? w).join(' '), iri);
  }
}

function typesOf(store: CheckGraph, iri: string): Set<string> {
  return new Set(store.getObjects(iri, rdf('type'), null).map((t) => t.value));
}

/**
 * Entity IRI -> its rdf:type IRIs, for every labelled entity, each read when first asked for
 * (`get`, `has`): a check asks for a few entities' types, and reading every labelled entity's
 * types up front was a look-up each in the graph's index file at 1M triples. Only `get` and
 * `has` are lazy: iterating it sees the entities asked for so far (the checker never iterates it).
 *
 * @example
 * ```ts
 * const types = new EntityTypes();
 * types.from(store, entityLabel);
 * types.get(iri); // Set { 'https://w3id.org/claimgraph/ontology#State' }
 * ```
 */
export class EntityTypes extends Map<string, Set<string>> {
  #store: CheckGraph | undefined;
  #labelled: Map<string, string> | undefined;

  /** Reads the types of the entities `labelled` names from `store`, on demand. */
  from(store: CheckGraph, labelled: Map<string, string>): void {
    this.#store = store;
    this.#labelled = labelled;
  }

  override get(iri: string): Set<string> | undefined {
    let types = super.get(iri);
    if (types === undefined && this.#store && this.#labelled?.has(iri)) super.set(iri, (types = typesOf(this.#store, iri)));
    return types;
  }

  override has(iri: string): boolean {
    return this.get(iri) !== undefined;
  }
}
