/**
 * The graph's names as the checker looks entities up: name key -> entities, each entity's
 * preferred label and types, the words of every name, and offices by role and holder.
 */
import type { CheckContext } from './context-types.js';
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
  for (const pred of [rdfs('label'), NS.skos + 'altLabel', NS.skos + 'prefLabel']) {
    for (const q of store.getQuads(null, pred, null, null)) {
      const iri = q.subject.value;
      if (q.subject.termType !== 'NamedNode' || skip(iri)) continue;
      if (pred === rdfs('label') && !ctx.entityLabel.has(iri)) ctx.entityLabel.set(iri, q.object.value);
      const key = nameKey(q.object.value, morph);
      addKey(key, iri);
      for (const w of key.split(' ')) ctx.nameWords.add(w);
    }
  }
  for (const iri of ctx.entityLabel.keys()) {
    const types = new Set(store.getObjects(iri, rdf('type'), null).map((t) => t.value));
    ctx.entityTypes.set(iri, types);
  }
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
