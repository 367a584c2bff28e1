/**
 * What `claimgraph suggest ARTICLE` reads: the built graph when it is up to date with its inputs
 * (its parse is cached; nothing else is compiled), else the whole project built in memory. The
 * article itself is always read from its files, so an article just added needs no build first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { checkEntities, loadEntities, loadOntology } from '../claims/index.js';
import { ENTITIES_FILE, GRAPH_FILE, ONTOLOGY_FILE, loadArticle, loadProject, type Project } from '../graph/index.js';
import { graphCacheKey, loadCachedGraph, saveCachedGraph } from '../graph/load-cache.js';
import { sparseIds } from '../graph/store.js';
import { prepareSuggest, setupOver, type SuggestSetup } from './suggest.js';

/**
 * The setup for proposing claims for `article` in the project in `dir`.
 *
 * @example
 * ```ts
 * const report = suggestForArticle(setupFor('.', 'freedonia-votes'), 'freedonia-votes');
 * ```
 */
export function setupFor(dir: string, article: string): SuggestSetup {
  if (!builtGraphFresh(dir, article)) return prepareSuggest(loadProject(dir));
  const ontology = loadOntology(join(dir, ONTOLOGY_FILE), ONTOLOGY_FILE);
  const entities = loadEntities(join(dir, ENTITIES_FILE), ENTITIES_FILE);
  const project: Project = { dir, ontology, entities, entityFacts: checkEntities(entities, ontology), articles: [loadArticle(dir, article)] };
  return setupOver(project, readGraph(join(dir, GRAPH_FILE)), new Map());
}

/**
 * Whether graph/claimgraph.ttl is as new as every input of the graph the reader uses (ontology,
 * entities, the other articles' files); the article being proposed for does not count (it is
 * read anew). A stale answer only costs time: the project is then built in memory.
 */
function builtGraphFresh(dir: string, article: string): boolean {
  const built = mtime(join(dir, GRAPH_FILE));
  if (built === undefined) return false;
  // what the graph holds for the reader: entities, the vocabulary, the other articles' claims (the
  // lexicon and the shapes are read from their files, not from the graph)
  const inputs = [ENTITIES_FILE, ONTOLOGY_FILE];
  for (const a of list(join(dir, 'graph', 'articles'))) {
    if (a === article || a.startsWith('.')) continue;
    for (const f of ['article.txt', 'meta.yaml', 'claims.yaml']) inputs.push(join('graph', 'articles', a, f));
  }
  return inputs.every((f) => (mtime(join(dir, f)) ?? 0) <= built);
}

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function list(path: string): string[] {
  return existsSync(path) ? readdirSync(path) : [];
}

/** The built graph as a store, through the parse cache of src/graph/load-cache.ts. */
function readGraph(path: string): N3.Store {
  const src = readFileSync(path, 'utf8');
  const store = new N3.Store();
  // a small graph fills a store several times faster with sparse ids (src/graph/store.ts)
  sparseIds(store, src.length);
  const key = graphCacheKey(src);
  if (loadCachedGraph(key, store)) return store;
  store.addQuads(new N3.Parser().parse(src));
  saveCachedGraph(key, store);
  return store;
}
