/**
 * Loading the built graph for querying, into the store that suits its size.
 *
 * Small graphs (the seed article, a few dozen articles) go into an n3 Store: it loads in tens of
 * milliseconds (with the parse cache of src/graph/load-cache.ts) and Comunica joins over it
 * quickly enough. From a few MB of Turtle on, Comunica's joins over an RDF/JS source grow to
 * seconds (bench, 100k and 1M triples), n3's indexing takes 14.5 s and 2.4 GB at 1M triples,
 * and Oxigraph (2x faster to load, 4x less memory, 10-100x faster joins) holds the graph instead;
 * Comunica then passes each whole query to it (src/query/pushdown.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { ClaimgraphError } from '../errors.js';
import { GRAPH_FILE, loadGraphStore, ONTOLOGY_FILE } from '../graph/index.js';
import { OxigraphGraph } from './oxigraph.js';

/** Which store holds the graph for querying: chosen by size (`auto`) or forced. */
export type StoreKind = 'auto' | 'n3' | 'oxigraph';

/** The store kinds, for option validation and help texts. */
export const STORE_KINDS: readonly StoreKind[] = ['auto', 'n3', 'oxigraph'];

/**
 * From this size of the built Turtle (bytes) on, `auto` loads the graph into Oxigraph. The
 * bench's 100k-triple corpus is 6.9 MB, its 10k one 0.7 MB; n3's small-graph tuning
 * (src/graph/store.ts) stops paying at the same size.
 */
export const OXIGRAPH_FROM_BYTES = 4_000_000;

/**
 * Reads a store kind from an option value or `CLAIMGRAPH_STORE` (option first), `auto` when
 * neither is set. An unknown value is a usage error naming where it came from.
 *
 * @example
 * ```ts
 * storeKind('oxigraph'); // 'oxigraph'
 * storeKind(undefined, { CLAIMGRAPH_STORE: 'n3' }); // 'n3'
 * ```
 */
export function storeKind(option?: string, env: Record<string, string | undefined> = process.env): StoreKind {
  const [value, from] = option !== undefined ? [option, '--store'] : [env.CLAIMGRAPH_STORE, 'CLAIMGRAPH_STORE'];
  if (value === undefined || value === '') return 'auto';
  if (!(STORE_KINDS as string[]).includes(value)) {
    throw new ClaimgraphError('USAGE', `${from}=${value}: expected one of ${STORE_KINDS.join(', ')}`);
  }
  return value as StoreKind;
}

/** Options of {@link loadQueryGraph}. */
export interface QueryGraphOptions {
  store?: StoreKind;
  /**
   * Whether ontology/claimgraph.ttl (classes, properties and their hierarchy) is queried with the
   * data, in the same default graph (default true): `?x a/rdfs:subClassOf* cg:Organisation`
   * then finds every organisation, whatever its subclass.
   */
  ontology?: boolean;
}

/**
 * Loads graph/claimgraph.ttl of a project for querying, with the ontology beside it (see
 * {@link QueryGraphOptions.ontology}): an n3 Store below {@link OXIGRAPH_FROM_BYTES} of Turtle,
 * an {@link OxigraphGraph} from there on (or as forced). Both are query sources for
 * `runQuery`/`runParsedQuery` and graphs for `citeRows`, with the same answers
 * (tests/query/oxigraph.test.ts runs every named query on both).
 *
 * @example
 * ```ts
 * const graph = await loadQueryGraph('.');
 * const res = await runQuery(graph, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
 * ```
 */
export async function loadQueryGraph(dir: string, opts: QueryGraphOptions = {}): Promise<N3.Store | OxigraphGraph> {
  const kind = opts.store ?? 'auto';
  const path = join(dir, GRAPH_FILE);
  const ontology = opts.ontology === false ? undefined : readOntology(dir);
  const withOntology = (store: N3.Store) => {
    if (ontology) store.addQuads(ontology.quads());
    return store;
  };
  if (kind === 'n3') return withOntology(await loadGraphStore(dir));
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    // loadGraphStore says what is missing and what to run
    return withOntology(await loadGraphStore(dir));
  }
  if (kind === 'auto' && size < OXIGRAPH_FROM_BYTES) return withOntology(await loadGraphStore(dir));
  const text = readFileSync(path, 'utf8');
  let graph: OxigraphGraph;
  try {
    graph = await OxigraphGraph.fromTurtle(text);
  } catch (err) {
    if (err instanceof ClaimgraphError) throw err;
    throw new ClaimgraphError('IO', `cannot parse ${GRAPH_FILE}: ${(err as Error).message}`, { file: GRAPH_FILE }, { cause: err });
  }
  if (ontology) graph.addQuads(ontology.quads());
  return graph;
}

/** The project's ontology, parsed (once per file content), or undefined when it has none. */
function readOntology(dir: string): { quads: () => N3.Quad[] } | undefined {
  const quads = ontologyQuads(dir);
  return quads && { quads: () => quads };
}

/**
 * The quads of a project's ontology/claimgraph.ttl, or undefined when it has none: parsed once
 * per file content in a process (the dataset and --cite's axioms share them). Not through the
 * parse cache of the built graph (src/graph/load-cache.ts): reading its 1,159 quads back from
 * there cost more CPU than parsing the 53 kB (measured 2026-12-02). Its blank nodes are renamed
 * apart (`ontology.`), so they cannot meet the data's in one store (the data may come from a
 * cache written by another process, whose blank node counter started alike).
 *
 * @example
 * ```ts
 * const store = new N3.Store(ontologyQuads('.') ?? []);
 * ```
 */
export function ontologyQuads(dir: string): N3.Quad[] | undefined {
  const file = join(dir, ONTOLOGY_FILE);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  let quads = ontologies.get(text);
  if (!quads) {
    let parsed: N3.Quad[];
    try {
      parsed = new N3.Parser().parse(text);
    } catch (err) {
      throw new ClaimgraphError('ONTOLOGY_INVALID', `cannot parse ${ONTOLOGY_FILE}: ${(err as Error).message}`, { file: ONTOLOGY_FILE }, { cause: err });
    }
    const apart = <T extends N3.Term>(t: T): T => (t.termType === 'BlankNode' ? N3.DataFactory.blankNode(`ontology.${t.value}`) as unknown as T : t);
    quads = parsed.map((q) => (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode' ? N3.DataFactory.quad(apart(q.subject), q.predicate, apart(q.object)) : q));
    ontologies.clear();
    ontologies.set(text, quads);
  }
  return quads;
}

const ontologies = new Map<string, N3.Quad[]>();
