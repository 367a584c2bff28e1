/**
 * Constructing n3 Stores that load fast (no project knowledge: a leaf module every stage may import).
 */
import N3 from 'n3';

/**
 * Sets up a new n3 Store to fill quickly when its graph is small (`sourceLength`: characters of
 * the Turtle it will hold; 0 when unknown but small).
 *
 * n3's Store keys its indexes by consecutive small integers, which V8 keeps as array elements
 * and regrows over and over: loading the 2,874-triple seed graph took ~300 ms, two thirds of it
 * garbage collection, and 40 MB of heap. Ids above the array-index range (2^32) are stored as
 * plain properties instead: the seed loads in ~50 ms instead of ~300 ms, with 65 MB less RSS;
 * 313 -> 191 ms at 10k triples,
 * but slower from ~100k triples on (1.3 s -> 2.0 s), hence the size bound. Reaches into a
 * private field, so it does nothing unless that field looks as expected.
 *
 * @example
 * ```ts
 * const store = new N3.Store();
 * sparseIds(store, turtle.length);
 * ```
 */
export function sparseIds(store: N3.Store, sourceLength: number): void {
  const index = (store as unknown as { _entityIndex?: { _id?: unknown } })._entityIndex;
  if (sourceLength < 4_000_000 && index && index._id === 1) index._id = 2 ** 32;
}

/**
 * An empty n3 Store for a small graph (ontology, lexicon, a short article's graph), set up to
 * fill quickly (see `sparseIds`: below ~50k triples).
 *
 * @example
 * ```ts
 * const onto = smallStore();
 * onto.addQuads(quads);
 * ```
 */
export function smallStore(): N3.Store {
  const store = new N3.Store();
  sparseIds(store, 0);
  return store;
}

