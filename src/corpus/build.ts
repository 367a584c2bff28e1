/**
 * The incremental, streaming corpus build.
 *
 * Memory stays bounded by the largest article, not the corpus: articles are compiled one at a
 * time, each one's quads are written as a chunk file of Turtle blocks (one per subject, sorted),
 * and the chunks are merged (k-way, duplicates dropped) straight into the Turtle file. The
 * output is byte-identical to the in-memory build (`buildToFile` of src/graph): same quad
 * order, same term encodings (N3.Writer's own), same prefixes.
 *
 * It is incremental: a content-hash cache (`.claimgraph-cache/` in the project, ignored by git
 * through its own .gitignore) keeps each article's compiled form and chunk; an article whose
 * inputs (text, meta, claims, entities, ontology, compiler code) are unchanged is not compiled
 * again. Group claims depend on other articles (members of a group are the `partOf` claims of
 * every article), so an article with group claims is re-assembled (not re-compiled) when the
 * corpus-wide membership changes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimgraphError } from '../errors.js';
import { replaceFileAsync } from '../graph/atomic-file.js';
import { checkEntities, claimContentKey, loadEntities, loadOntology } from '../claims/index.js';
import type { CompiledClaim } from '../claims/index.js';
import { assembleGraph, checkAuthor, compileArticle, loadArticle, GRAPH_FILE, ONTOLOGY_FILE, ENTITIES_FILE } from '../graph/index.js';
import type { CompiledArticle, Project } from '../graph/index.js';
import type { CorpusBuildOptions, CorpusBuildSummary, BuildProgress } from './types.js';
import { ensureIndex, startIndexJob, type IndexJob, type SegmentRef } from '../index-store/index.js';
import { chunkHeaderKey, FileSink, mergeChunks, writeChunk } from './chunks.js';
import { WORKER_SCRIPT, WorkerPool } from './build-pool.js';
import {
  articleKeyOf, articleKeyOfBytes, builtArticleIds, readArticleBytes, readCachedCompiled, readCachedInfo, writeCachedArticle,
  CACHE_DIR, CACHE_KINDS, cacheFile, corpusKeys, globalKeyOf, manifestFile, readJson,
  type ArticleInfo, type BuildManifest,
} from './keys.js';

export { CACHE_DIR, type ArticleInfo } from './keys.js';

/** Cache folders of a clean build's predecessors, being deleted. */
const TRASH_PREFIX = 'articles.old-';


function membershipClaims(claims: CompiledClaim[]): CompiledClaim[] {
  return claims.filter((c) => c.predicate === 'partOf' && c.polarity === 'positive' && c.modality === 'stated'
    && c.subject.type === 'entity' && c.object.type === 'entity');
}

/** Content keys of an article's claims, direct and group (`claimContentKey`), sorted, once each. */
function statedContent(claims: CompiledClaim[]): string[] {
  return [...new Set(claims.map(claimContentKey))].sort();
}

function groupsOf(claims: CompiledClaim[]): string[] {
  const gs = new Set<string>();
  for (const c of claims) {
    if (c.subject.type === 'group') gs.add(c.subject.spec.group);
    if (c.object.type === 'group') gs.add(c.object.spec.group);
  }
  return [...gs].sort();
}

/** Everything per-article work needs; built once per thread. */
export interface BuildContext {
  dir: string;
  cache: string;
  fresh: boolean;
  project: Project;
  globalKey: string;
}

/**
 * Loads what every article's compilation shares (ontology, entities) and the cache location.
 *
 * @example
 * ```ts
 * const ctx = buildContext('.', false);
 * ```
 */
export function buildContext(dir: string, fresh: boolean): BuildContext {
  if (!existsSync(join(dir, ONTOLOGY_FILE))) {
    throw new ClaimgraphError('SOURCE_NOT_FOUND', `no ${ONTOLOGY_FILE} in ${dir} (is --dir the project directory?)`, { file: ONTOLOGY_FILE });
  }
  const ontology = loadOntology(join(dir, ONTOLOGY_FILE), ONTOLOGY_FILE);
  const entities = loadEntities(join(dir, ENTITIES_FILE), ENTITIES_FILE);
  const entityFacts = checkEntities(entities, ontology);
  return {
    dir, cache: join(dir, CACHE_DIR), fresh,
    project: { dir, ontology, entities, entityFacts, articles: [] },
    globalKey: globalKeyOf(dir),
  };
}

/**
 * An article's input key, and its cached info when that is still valid.
 *
 * @example
 * ```ts
 * const { key, info } = cachedInfo(ctx, 'freedonia-votes');
 * ```
 */
export function cachedInfo(ctx: BuildContext, id: string): { key: string; info?: ArticleInfo } {
  const key = articleKeyOf(ctx.dir, ctx.globalKey, id);
  return { key, info: ctx.fresh ? undefined : validInfo(ctx, id, key) };
}

/** The cached info of an article when it was made from inputs of this key. */
function validInfo(ctx: BuildContext, id: string, key: string): ArticleInfo | undefined {
  const cached = readCachedInfo(ctx.cache, id);
  return cached && cached.key === key ? cached : undefined;
}

/**
 * Phase 1 for one article: its info from the cache when its inputs are unchanged, else compiled
 * (and cached). `compiled` tells which.
 *
 * @example
 * ```ts
 * const { info, compiled } = compileOne(ctx, 'freedonia-votes');
 * ```
 */
export function compileOne(ctx: BuildContext, id: string): { info: ArticleInfo; compiled: boolean } {
  // each input file is read once: hashed for the key, then compiled
  const bytes = readArticleBytes(ctx.dir, id);
  const key = articleKeyOfBytes(ctx.globalKey, id, bytes);
  const cached = ctx.fresh ? undefined : validInfo(ctx, id, key);
  if (cached) return { info: cached, compiled: false };
  const { text, meta, claims } = bytes;
  // a file that could not be read is read again by loadArticle, whose error names it
  const input = loadArticle(ctx.dir, id, text && meta ? { text, meta, claims } : undefined);
  checkAuthor(input.meta, ctx.project.entities);
  const compiled = compileArticle(ctx.project, input);
  const info: ArticleInfo = {
    key, author: compiled.meta.author, groups: groupsOf(compiled.claims), partOf: membershipClaims(compiled.claims), stated: statedContent(compiled.claims),
  };
  writeCachedArticle(ctx.cache, id, info, compiled);
  return { info, compiled: true };
}

/** What phase 2 of one article needs from the whole corpus. */
export interface AssembleInput {
  id: string;
  info: ArticleInfo;
  chunkKey: string;
  /** Membership claims of other articles for this article's groups. */
  lent: CompiledClaim[];
  /** Content keys of its claims that another article writes in full (corpusKeys' `elsewhere`). */
  elsewhere: string[];
}

/**
 * The membership claims of other articles that an article's group claims expand with.
 *
 * @example
 * ```ts
 * const lent = lentClaims(partOfByGroup, 'freedonia-votes', info.groups);
 * ```
 */
export function lentClaims(partOfByGroup: ReadonlyMap<string, CompiledClaim[]>, id: string, groups: string[]): CompiledClaim[] {
  return groups.flatMap((g) => (partOfByGroup.get(g) ?? []).filter((c) => c.article !== id));
}

/**
 * Phase 2 for one article: writes its sorted chunk (sentences, claims, expansions) unless the
 * cached chunk has the same key. Returns true when it assembled.
 *
 * @example
 * ```ts
 * assembleOne(ctx, { id, info, chunkKey, lent: [], elsewhere: [] });
 * ```
 */
export function assembleOne(ctx: BuildContext, a: AssembleInput): boolean {
  const chunk = cacheFile(ctx.cache, a.id, 'chunk');
  if (!ctx.fresh && chunkHeaderKey(chunk) === a.chunkKey) return false;
  const stored = readCachedCompiled(ctx.cache, a.id);
  let compiled: CompiledArticle;
  if (stored && stored.key === a.info.key) compiled = stored.compiled;
  else compiled = compileArticle(ctx.project, loadArticle(ctx.dir, a.id)); // cache entry lost meanwhile
  // Members of this article's groups may be stated elsewhere: those claims count for the
  // expansion (membership, citations) only; this article's own quads are all that is emitted.
  const built = assembleGraph(ctx.project, [compiled], { entities: false, only: new Set([a.id]), membership: a.lent, statedElsewhere: new Set(a.elsewhere) });
  writeChunk(chunk, built.blocks, a.chunkKey);
  return true;
}

// ------------------------------------------------------------------ the build

/** Whether a folder exists and holds anything. */
function hasEntries(path: string): boolean {
  try {
    return readdirSync(path).length > 0;
  } catch {
    return false;
  }
}

/**
 * Builds `graph/claimgraph.ttl` of a project incrementally and in bounded memory; the output is
 * byte-identical to the in-memory build. Returns a summary with how many articles were compiled
 * and how many were reused from the cache. With `jobs` > 1, articles are compiled and
 * assembled by this thread and `jobs` - 1 worker threads (the merge stays in order, so the
 * output is the same).
 *
 * @example
 * ```ts
 * const s = await buildCorpus('.', { onProgress: (p) => console.error(p.phase, p.done, p.total) });
 * console.log(`${s.triples} triples, ${s.compiled} compiled, ${s.reused} reused`);
 * ```
 */
export async function buildCorpus(dir: string, opts: CorpusBuildOptions = {}): Promise<CorpusBuildSummary> {
  const t0 = Date.now();
  // Without a cache (the first build, or after deleting it) there is nothing to look up either:
  // no article's inputs are read and hashed only to find nothing cached, no chunk looked for.
  const fresh = opts.clean === true || !hasEntries(join(dir, CACHE_DIR, 'articles'));
  const ids = builtArticleIds(dir);
  const progress = (phase: BuildProgress['phase'], done: number, total: number): void => opts.onProgress?.({ phase, done, total });
  // Worker threads only pay off with enough stale articles (starting one costs ~0.3 s).
  const maxJobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), 8));
  let pool: WorkerPool | undefined;
  const poolFor = (work: number): WorkerPool | undefined => {
    if (maxJobs < 2 || work < (opts.jobs ? 2 : 24) || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
    // this thread takes tasks too: one worker fewer to start (each loads the project anew)
    pool ??= new WorkerPool(Math.min(maxJobs, work) - 1, dir, fresh);
    return pool;
  };
  // A clean or uncached build compiles every article: its workers start up while this thread loads the project.
  if (fresh) poolFor(ids.length);
  let ctx: BuildContext;
  try {
    ctx = buildContext(dir, fresh);
  } catch (err) {
    await (pool as WorkerPool | undefined)?.close();
    throw err;
  }
  const { cache, project } = ctx;
  // A clean build starts from an empty folder and deletes the old entries in the background:
  // overwriting a file the disk already holds waits for its blocks to be freed (measured: 2.7k
  // cache files took 1.6 s to overwrite, 0.4 s to write anew), which the workers would wait for.
  if (opts.clean === true && existsSync(join(cache, 'articles'))) renameSync(join(cache, 'articles'), join(cache, `${TRASH_PREFIX}${process.pid}-${Date.now()}`));
  mkdirSync(join(cache, 'articles'), { recursive: true });
  // The deletion waits for the merge: until then the compiling threads keep both cores busy,
  // and freeing a clean build's 150 MB of old entries (kernel time in libuv's threads) took CPU
  // from them; the merge runs on one thread and leaves a core to it.
  let trash: Promise<unknown> | undefined;
  const trashPaths = (): string[] => (existsSync(cache) ? readdirSync(cache).filter((n) => n.startsWith(TRASH_PREFIX)).map((n) => join(cache, n)) : []);
  const removeTrash = (): Promise<unknown> => Promise.all(trashPaths().map((p) => rm(p, { recursive: true, force: true }).catch(() => undefined)));
  const emptyTrash = (): Promise<unknown> => (trash ??= removeTrash());
  // The cache ignores itself: nothing to add to the project's .gitignore.
  if (!existsSync(join(cache, '.gitignore'))) writeFileSync(join(cache, '.gitignore'), '*\n');

  // the graph's index in progress (src/index-store), from the assembly on
  let indexJob: IndexJob | undefined;
  try {
    // Phase 1: compile changed articles; collect every article's membership claims.
    const infos = new Map<string, ArticleInfo>();
    const compiledIds: string[] = [];
    let done = 0;
    const onCompiled = (id: string, r: { info: ArticleInfo; compiled: boolean }): void => {
      infos.set(id, r.info);
      if (r.compiled) compiledIds.push(id);
      progress('compile', ++done, ids.length);
    };
    // A clean or uncached build has nothing to look up: the workers start at once.
    const stale: string[] = ctx.fresh ? [...ids] : [];
    if (!ctx.fresh) {
      for (const id of ids) {
        const { info } = cachedInfo(ctx, id);
        if (info) onCompiled(id, { info, compiled: false });
        else stale.push(id);
      }
    }
    const compilePool = poolFor(stale.length);
    if (compilePool) {
      await compilePool.run(stale.map((id) => ({ type: 'compile' as const, id })), (id, r) => onCompiled(id, r as { info: ArticleInfo; compiled: boolean }),
        (t) => compileOne(ctx, t.id));
    } else {
      for (const id of stale) onCompiled(id, compileOne(ctx, id));
    }
    compiledIds.sort();
    const tCompiled = Date.now();
    // Drop cache entries of deleted articles, and files of another cache version.
    for (const name of readdirSync(join(cache, 'articles'))) {
      const dot = name.indexOf('.');
      if (!infos.has(name.slice(0, dot)) || !(CACHE_KINDS as readonly string[]).includes(name.slice(dot + 1))) rmSync(join(cache, 'articles', name), { recursive: true, force: true });
    }

    // Corpus-wide membership and the keys of each chunk and of the whole graph.
    const { partOfByGroup, entityKey, chunkKeys, elsewhere, manifestKey } = corpusKeys(ctx.globalKey, ids, infos);

    // Phase 2: assemble each article's chunk (its sentences, claims, expansions) unless cached.
    const entityChunk = join(cache, 'entities.chunk');
    const inputs: Array<Omit<AssembleInput, 'lent'>> = ids.map((id, i) => ({ id, info: infos.get(id)!, chunkKey: chunkKeys[i]!, elsewhere: elsewhere[i]! }));
    // Phase 3 merges the chunks into the Turtle file, unless nothing changed at all; then the
    // graph's index is laid out from the chunks' segments, each read as soon as it is written.
    const out = join(dir, GRAPH_FILE);
    const manifest = readJson<BuildManifest>(manifestFile(cache));
    const unchanged = !ctx.fresh && manifest !== undefined && manifest.key === manifestKey && existsSync(out)
      && statSync(out).size === manifest.size && statSync(out).mtimeMs === manifest.mtimeMs;
    const segment = (path: string, key: string): SegmentRef => ({ path, key }); // the chunk holds its segment
    const segments = [segment(entityChunk, entityKey), ...inputs.map((a) => segment(cacheFile(cache, a.id, 'chunk'), a.chunkKey))];
    indexJob = unchanged ? undefined : startIndexJob(dir);
    if (ctx.fresh || chunkHeaderKey(entityChunk) !== entityKey) writeChunk(entityChunk, assembleGraph(project, []).blocks, entityKey);
    indexJob?.add([segments[0]!]);
    const assembledIds: string[] = [];
    done = 0;
    const onAssembled = (id: string, assembled: boolean): void => {
      if (assembled) assembledIds.push(id);
      progress('assemble', ++done, ids.length);
    };
    const toAssemble: Array<Omit<AssembleInput, 'lent'>> = [];
    const cached: SegmentRef[] = [];
    const segmentOf = new Map(inputs.map((a, i) => [a.id, segments[i + 1]!]));
    for (const a of inputs) {
      if (!ctx.fresh && chunkHeaderKey(cacheFile(cache, a.id, 'chunk')) === a.chunkKey) {
        onAssembled(a.id, false);
        cached.push(segmentOf.get(a.id)!);
      } else toAssemble.push(a);
    }
    indexJob?.add(cached);
    const assembledOne = (id: string, assembled: boolean): void => {
      onAssembled(id, assembled);
      indexJob?.add([segmentOf.get(id)!]);
    };
    const assemblePool = poolFor(toAssemble.length);
    if (assemblePool) {
      // Each worker takes the membership once: the lent claims of every article would be
      // cloned per task (43 MB for the 1M-triple corpus).
      await assemblePool.broadcast({ type: 'membership', groups: [...partOfByGroup] });
      // every worker gets every task: without the membership claims, which it holds already
      const tasks = toAssemble.map((a) => ({ type: 'assemble' as const, id: a.id, input: { ...a, info: { ...a.info, partOf: [], stated: [] } } }));
      await assemblePool.run(tasks, (id, r) => assembledOne(id, r as boolean),
        // this thread has the membership claims (the tasks' infos are stripped of them)
        (t) => t.type === 'assemble' && assembleOne(ctx, { ...t.input, info: infos.get(t.id)!, lent: lentClaims(partOfByGroup, t.id, t.input.info.groups) }));
    } else {
      for (const a of toAssemble) assembledOne(a.id, assembleOne(ctx, { ...a, lent: lentClaims(partOfByGroup, a.id, a.info.groups) }));
    }
    // every segment is in: the index is sorted and laid out while this thread merges
    indexJob?.seal(manifest?.size);
    const tAssembled = Date.now();
    let triples = 0;
    let claims = 0;
    let groupClaims = 0;
    let changed = true;
    let merged = false;
    let sha256: string | undefined;
    if (unchanged) {
      ({ triples, claims, groupClaims, sha256 } = manifest!);
      changed = false;
    } else {
      merged = true;
      // An idle worker deletes them when there is one: the walk through the folders is
      // JavaScript, which would take turns with the merge on this thread.
      const paths = trashPaths();
      if (pool && paths.length) trash ??= pool.ask({ type: 'remove', paths }).catch(() => undefined).then(removeTrash);
      else void emptyTrash();
      let digest = '';
      try {
        // a temporary file renamed over the graph (a build killed mid-write leaves only that)
        changed = await replaceFileAsync(out, async (tmp) => {
          const sink = new FileSink(tmp);
          try {
            const chunkFiles = [entityChunk, ...ids.map((id) => cacheFile(cache, id, 'chunk'))];
            ({ triples, claims, groupClaims } = await mergeChunks(chunkFiles, sink, (n) => progress('merge', n, NaN)));
            await sink.end();
          } catch (err) {
            await sink.abort();
            throw err;
          }
          digest = sink.hash.digest('hex');
          // The manifest knows the current file's hash while its size and mtime are the ones it saw.
          const outStat = existsSync(out) ? statSync(out) : undefined;
          const before = !outStat ? ''
            : manifest?.sha256 && outStat.size === manifest.size && outStat.mtimeMs === manifest.mtimeMs ? manifest.sha256
              : createHash('sha256').update(readFileSync(out)).digest('hex');
          return before !== digest;
        });
      } catch (err) {
        throw err instanceof ClaimgraphError ? err : new ClaimgraphError('IO', `cannot write ${GRAPH_FILE}: ${(err as Error).message}`, { file: GRAPH_FILE }, { cause: err });
      }
      const st = statSync(out);
      writeFileSync(manifestFile(cache), JSON.stringify({ key: manifestKey, sha256: digest, size: st.size, mtimeMs: st.mtimeMs, triples, claims, groupClaims } satisfies BuildManifest));
      sha256 = digest;
    }
    // The graph's index (src/index-store) from the chunks' segments, or kept when current.
    const index = indexJob ? await indexJob.finish(sha256) : await ensureIndex(dir, { sha256, segments });
    indexJob = undefined;
    return {
      file: GRAPH_FILE, triples, articles: ids.length, claims, groupClaims, changed,
      compiled: compiledIds.length, reused: ids.length - compiledIds.length, assembled: assembledIds.length,
      compiledArticles: compiledIds, merged, index, ms: Date.now() - t0,
      phases: { compileMs: tCompiled - t0, assembleMs: tAssembled - tCompiled, mergeMs: Date.now() - tAssembled },
    };
  } catch (err) {
    await indexJob?.cancel();
    throw err;
  } finally {
    await emptyTrash();
    await (pool as WorkerPool | undefined)?.close();
  }
}
