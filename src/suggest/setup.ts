/**
 * What `claimgraph suggest ARTICLE` reads: the built graph when it is up to date with its inputs
 * as `claimgraph build` decides it (by content, src/corpus/current.ts; its parse is cached;
 * nothing else is compiled), else the whole project built in memory. The article itself is
 * always read from its files, so an article just added needs no build first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { checkEntities, loadEntities, loadOntology } from '../claims/index.js';
import { builtGraphCurrent } from '../corpus/current.js';
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
  // the article itself does not count: it is read anew from its files. A graph that is not
  // current (or a project never built) costs time, not correctness: the project is built in memory.
  if (!builtGraphCurrent(dir, { except: article })) return prepareSuggest(loadProject(dir));
  const ontology = loadOntology(join(dir, ONTOLOGY_FILE), ONTOLOGY_FILE);
  const entities = loadEntities(join(dir, ENTITIES_FILE), ENTITIES_FILE);
  const project: Project = { dir, ontology, entities, entityFacts: checkEntities(entities, ontology), articles: [loadArticle(dir, article)] };
  return setupOver(project, readGraph(join(dir, GRAPH_FILE)), new Map());
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
