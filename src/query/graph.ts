/**
 * Opening the built graph for querying: its persistent index when it is current (a fresh
 * process answers without parsing the Turtle: src/index-store), else the Turtle loaded into the
 * store that suits its size.
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
import { IndexGraph, INDEX_FILE, openIndex, passedOver, turtleBytes, worthANotice } from '../index-store/index.js';

/**
 * Which store holds the graph for querying: chosen (`auto`) or forced. `index` is the graph's
 * persistent index (src/index-store), opened rather than loaded.
 */
export type StoreKind = 'auto' | 'n3' | 'oxigraph' | 'index';

/** The store kinds, for option validation and help texts. */
export const STORE_KINDS: readonly StoreKind[] = ['auto', 'n3', 'oxigraph', 'index'];

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
export interface LoadQueryGraphOptions {
  /** Which store (default `auto`). */
  store?: StoreKind;
  /**
   * `many` (default): a long-running process (a server, the bench's warm worker), which loads
   * large graphs into Oxigraph: its joins are faster than Comunica's over the index once
   * loaded. `once`: a process that answers and exits (`claimgraph query`), which opens a large
   * graph's index when it is current instead of parsing the Turtle.
   */
  use?: 'once' | 'many';
  /** Told why a stale or damaged index (or a large graph's missing one) was passed over: the Turtle is read instead. */
  notice?: (message: string) => void;
  /** From this size of Turtle on, `auto` opens the index (default {@link OXIGRAPH_FROM_BYTES}). */
  indexFromBytes?: number;
  /**
   * Whether ontology/claimgraph.ttl (classes, properties and their hierarchy) is queried with the
   * data, in the same default graph (default true): `?x a/rdfs:subClassOf* cg:Organisation`
   * then finds every organisation, whatever its subclass. The persistent index holds the data;
   * the ontology is then held in memory beside it (`IndexGraph.addQuads`), the same dataset.
   */
  ontology?: boolean;
}

/** The options' former name. */
export type QueryGraphOptions = LoadQueryGraphOptions;

/**
 * Opens graph/claimgraph.ttl of a project for querying. With `auto`, a process answering
 * `once` opens a large graph's index (from {@link OXIGRAPH_FROM_BYTES}) when it is current;
 * otherwise (and by default) the Turtle is loaded into an n3 Store below
 * {@link OXIGRAPH_FROM_BYTES}, into an {@link OxigraphGraph} from there on. All are query
 * sources for `runQuery`/`runParsedQuery` and graphs for `citeRows`, with the same answers
 * (tests/query/oxigraph.test.ts and tests/index-store/index.test.ts run every named query on
 * each).
 *
 * An index that is stale or damaged (or a large graph's missing one) is passed over with a
 * `notice` saying why and what to run; `index` forced fails instead.
 *
 * @example
 * ```ts
 * const graph = await loadQueryGraph('.', { use: 'once', notice: (m) => console.error(m) });
 * const res = await runQuery(graph, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
 * ```
 */
export async function loadQueryGraph(dir: string, opts: LoadQueryGraphOptions = {}): Promise<QuerySourceGraph> {
  const kind = opts.store ?? 'auto';
  const path = join(dir, GRAPH_FILE);
  const ontology = opts.ontology === false ? undefined : readOntology(dir);
  const withOntology = (store: N3.Store) => {
    if (ontology) store.addQuads(ontology.quads());
    return store;
  };
  if (kind === 'n3') return withOntology(await loadGraphStore(dir));
  // a small graph keeps n3 (its cached parse loads in tens of milliseconds, the seed query's
  // fresh-process path is tuned for it); from a few MB of Turtle on, the index, which holds the
  // data, with the ontology held beside it
  if (kind === 'index' || (kind === 'auto' && opts.use === 'once' && turtleBytes(dir) >= (opts.indexFromBytes ?? OXIGRAPH_FROM_BYTES))) {
    const opened = openGraphIndex(dir, kind === 'index', opts.notice);
    if (opened) {
      // the index holds the data; the ontology's few hundred triples are held beside it
      if (ontology) opened.addQuads(ontology.quads());
      return opened;
    }
  }
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

/**
 * The graph's index when current. Forced (`--store index`), anything else is an error; in
 * `auto`, an unusable index is reported through `notice` (a missing one only for a large graph)
 * and passed over.
 */
function openGraphIndex(dir: string, forced: boolean, notice?: (message: string) => void): IndexGraph | undefined {
  const r = openIndex(dir);
  if ('graph' in r) return r.graph;
  if (forced) throw new ClaimgraphError('IO', `--store index: ${r.reason}; run \`claimgraph build\` to write it`, { file: INDEX_FILE });
  if (notice && worthANotice(dir, r.state)) notice(passedOver(r));
  return undefined;
}

/** A graph `loadQueryGraph` opens. */
export type QuerySourceGraph = N3.Store | OxigraphGraph | IndexGraph;
