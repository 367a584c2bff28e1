/**
 * Whether graph/claimgraph.ttl is what `claimgraph build` would write now, by the build's own
 * test: the content keys of every input (ontology, entities, each article's text, meta and
 * claims, the compiler's code) against the manifest the last build left in its cache, and the
 * Turtle file against the hash that manifest recorded. File times only spare the hashing of an
 * untouched Turtle file: a source saved without a change, or a graph rewritten with the same
 * bytes (a checkout), is still current; a graph put back from elsewhere is not, however new.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_FILE } from '../graph/index.js';
import {
  articleKeyOf, builtArticleIds, CACHE_DIR, corpusKeys, globalKeyOf, manifestFile, readCachedInfo, readJson,
  type ArticleInfo, type BuildManifest,
} from './keys.js';

/**
 * True when graph/claimgraph.ttl of the project in `dir` is current with its inputs, as `build`
 * decides it (it would say "up to date"). Nothing is compiled: an article whose inputs changed
 * since the build (or a project never built with the cache) makes the answer false. `except`
 * names an article whose own files do not count (a reader that reads it anew from its files):
 * the graph may hold it as last built, or not at all.
 *
 * @example
 * ```ts
 * if (!builtGraphCurrent('.', { except: 'freedonia-votes' })) buildGraph(loadProject('.'));
 * ```
 */
export function builtGraphCurrent(dir: string, opts: { except?: string } = {}): boolean {
  const cache = join(dir, CACHE_DIR);
  const manifest = readJson<BuildManifest>(manifestFile(cache));
  if (!manifest) return false;
  const globalKey = globalKeyOf(dir);
  const infos = new Map<string, ArticleInfo>();
  for (const id of builtArticleIds(dir)) {
    const info = readCachedInfo(cache, id);
    if (id === opts.except) {
      // as the graph has it (a build that had it cached), or absent from the graph
      if (info) infos.set(id, info);
      continue;
    }
    if (!info || info.key !== articleKeyOf(dir, globalKey, id)) return false;
    infos.set(id, info);
  }
  const ids = [...infos.keys()];
  if (corpusKeys(globalKey, ids, infos).manifestKey !== manifest.key) return false;
  return turtleAsBuilt(join(dir, GRAPH_FILE), manifest);
}

/** The Turtle file is the one the manifest recorded: same size and time, else same hash. */
function turtleAsBuilt(path: string, manifest: BuildManifest): boolean {
  let st;
  try {
    st = statSync(path);
  } catch {
    return false;
  }
  if (st.size !== manifest.size) return false;
  if (st.mtimeMs === manifest.mtimeMs) return true;
  return createHash('sha256').update(readFileSync(path)).digest('hex') === manifest.sha256;
}
