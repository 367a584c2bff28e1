/**
 * The build cache's keys (src/corpus/build.ts): what an article's compilation, its chunk and the
 * whole graph/claimgraph.ttl are built from, by content (the compiler's code, the ontology, the
 * entities, each article's text, meta and claims), and the cache files that keep them. Apart
 * from the build so that a reader asking whether the built graph is current
 * (src/corpus/current.ts) loads no more than this.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledClaim } from '../claims/index.js';
import type { CompiledArticle } from '../graph/index.js';
import { ENTITIES_FILE, ONTOLOGY_FILE } from '../graph/index.js';
import { readCompiledPart, writeCompiledPart } from './cache-file.js';

/** The cache folder, relative to the project. */
export const CACHE_DIR = '.claimgraph-cache';
const CACHE_FORMAT = 'claimgraph-cache-5';
const ARTICLES = join('graph', 'articles');

export function sha(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex');
}

let codeVersion: string | undefined;

/**
 * The compiled folders whose code decides what the compile and the assembly write: source
 * reading, claim compilation, graph and Turtle encoding, the corpus build, the index segments.
 * Every module in them is hashed, not a list of files kept by hand: a hand list missed modules
 * added later (source/dates.js, graph/n3-internals.js), and a change there would have left stale
 * chunks in the cache. A module hashed needlessly costs one rebuild after an upgrade, nothing more.
 */
export const COMPILER_DIRS = ['source', 'claims', 'graph', 'corpus', 'index-store'] as const;

/** Hash of the compiler's own code: a new claimgraph version must not reuse old chunks. */
function compilerVersion(): string {
  codeVersion ??= codeHash(new URL('../', import.meta.url));
  return codeVersion;
}

/**
 * Hash of every `.js` module in the {@link COMPILER_DIRS} under `base` (the compiled `dist/`).
 *
 * @example
 * ```ts
 * codeHash(new URL('../', import.meta.url)); // 'c0ffee...' (64 hex digits)
 * ```
 */
export function codeHash(base: URL): string {
  const h = createHash('sha256').update(CACHE_FORMAT);
  for (const dir of COMPILER_DIRS) {
    const url = new URL(`${dir}/`, base);
    let files: string[];
    try {
      files = readdirSync(url).filter((f) => f.endsWith('.js')).sort();
    } catch {
      h.update(`missing ${dir}`);
      continue;
    }
    for (const f of files) h.update(`${dir}/${f}\u0000`).update(readFileSync(new URL(f, url)));
  }
  return h.digest('hex');
}

function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/** What the build keeps in memory per article: small (no text, no sentences). */
export interface ArticleInfo {
  key: string;
  /** Author entity id (the speaker of its claims when lent to another article). */
  author: string;
  /** Groups its group claims expand (its chunk depends on their corpus-wide membership). */
  groups: string[];
  /** Its positive stated partOf claims (what group membership is made of). */
  partOf: CompiledClaim[];
  /**
   * Content keys of its claims, direct and group (`claimContentKey`, sorted, once each): a
   * claim several articles state is written in full by the first of them only ({@link corpusKeys}).
   */
  stated: string[];
}

/** The kinds of an article's cache files (anything else in the folder is left from another version). */
export const CACHE_KINDS = ['chunk'] as const;

/**
 * Cache file of an article: a flat `<id>.chunk` name (one folder; cheap to list and prune). One
 * file per article (src/corpus/cache-file.ts): the compile creates it with two JSON lines, the
 * article's {@link ArticleInfo} then `{ key, compiled }`; the assembly writes the chunk (Turtle
 * blocks and index segment, src/corpus/chunks.ts) after them in place. Creating files is a large
 * share of a cold build's system time: one per article, not two (or four before).
 */
export function cacheFile(cache: string, id: string, kind: (typeof CACHE_KINDS)[number]): string {
  return join(cache, 'articles', `${id}.${kind}`);
}

/**
 * Writes an article's compiled form and its info (which travel together; the key inside each
 * line says what inputs they were made from, so a half-written file is never taken as valid).
 * The file's chunk, if any, is gone: the article is assembled again.
 *
 * @example
 * ```ts
 * writeCachedArticle(cache, 'freedonia-votes', info, compiled);
 * ```
 */
export function writeCachedArticle(cache: string, id: string, info: ArticleInfo, compiled: CompiledArticle): void {
  writeCompiledPart(cacheFile(cache, id, 'chunk'), `${JSON.stringify(info)}\n${JSON.stringify({ key: info.key, compiled })}\n`);
}

/**
 * An article's cached info: the first line of its cache file's compiled part (only that line is
 * read); undefined when missing or unreadable.
 *
 * @example
 * ```ts
 * readCachedInfo(cache, 'freedonia-votes')?.key;
 * ```
 */
export function readCachedInfo(cache: string, id: string): ArticleInfo | undefined {
  const line = readCompiledPart(cacheFile(cache, id, 'chunk'), true);
  try {
    return line === undefined ? undefined : (JSON.parse(line) as ArticleInfo);
  } catch {
    return undefined;
  }
}

/**
 * An article's cached compiled form with the key of the inputs it was compiled from (the second
 * line of its cache file's compiled part); undefined when missing or unreadable.
 *
 * @example
 * ```ts
 * const stored = readCachedCompiled(cache, 'freedonia-votes');
 * ```
 */
export function readCachedCompiled(cache: string, id: string): { key: string; compiled: CompiledArticle } | undefined {
  try {
    const text = readCompiledPart(cacheFile(cache, id, 'chunk'));
    if (text === undefined) return undefined;
    return JSON.parse(text.slice(text.indexOf('\n') + 1)) as { key: string; compiled: CompiledArticle };
  } catch {
    return undefined;
  }
}

/** The build's record of what graph/claimgraph.ttl was built from ({@link BuildManifest}). */
export function manifestFile(cache: string): string {
  return join(cache, 'manifest.json');
}

/** A cache file's JSON, or undefined when it is missing or unreadable (a cache is never trusted). */
export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}


/**
 * The key of what every article's compilation shares: the compiler's code, the ontology and the
 * entities, by content.
 *
 * @example
 * ```ts
 * const key = globalKeyOf('.');
 * ```
 */
export function globalKeyOf(dir: string): string {
  return sha(compilerVersion(), readOrEmpty(join(dir, ONTOLOGY_FILE)), readOrEmpty(join(dir, ENTITIES_FILE)));
}

/** An article folder's three files as bytes; a file that cannot be read is absent. */
export interface ArticleBytes {
  text?: Buffer;
  meta?: Buffer;
  claims?: Buffer;
}

function readOrAbsent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads an article folder's text, meta and claims once: for its key ({@link articleKeyOfBytes})
 * and, when the article is compiled, for the compiler (`loadArticle`'s `files`).
 *
 * @example
 * ```ts
 * const bytes = readArticleBytes('.', 'freedonia-votes');
 * ```
 */
export function readArticleBytes(dir: string, id: string): ArticleBytes {
  const base = join(dir, ARTICLES, id);
  return { text: readOrAbsent(join(base, 'article.txt')), meta: readOrAbsent(join(base, 'meta.yaml')), claims: readOrAbsent(join(base, 'claims.yaml')) };
}

const NOTHING = new Uint8Array(0);

/**
 * An article's input key from its files' bytes (a missing file counts as empty).
 *
 * @example
 * ```ts
 * const key = articleKeyOfBytes(globalKeyOf('.'), 'freedonia-votes', readArticleBytes('.', 'freedonia-votes'));
 * ```
 */
export function articleKeyOfBytes(globalKey: string, id: string, b: ArticleBytes): string {
  return sha(globalKey, id, b.text ?? NOTHING, b.meta ?? NOTHING, b.claims ?? NOTHING);
}

/**
 * An article's input key: its text, meta and claims (by content) under the global key.
 *
 * @example
 * ```ts
 * const key = articleKeyOf('.', globalKeyOf('.'), 'freedonia-votes');
 * ```
 */
export function articleKeyOf(dir: string, globalKey: string, id: string): string {
  return articleKeyOfBytes(globalKey, id, readArticleBytes(dir, id));
}

/**
 * The articles a build compiles: the folders of graph/articles, sorted.
 *
 * @example
 * ```ts
 * builtArticleIds('.'); // ['freedonia-votes', 'league-vote']
 * ```
 */
export function builtArticleIds(dir: string): string[] {
  const articlesDir = join(dir, ARTICLES);
  return existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((n) => !n.startsWith('.') && statSync(join(articlesDir, n)).isDirectory()).sort()
    : [];
}

/** What graph/claimgraph.ttl was built from, kept by the build in the cache (`manifest.json`). */
export interface BuildManifest {
  /** {@link corpusKeys}' manifest key of the inputs. */
  key: string;
  /** The Turtle file as written: its hash, and its size and time when the hash was taken. */
  sha256: string;
  size: number;
  mtimeMs: number;
  triples: number;
  claims: number;
  groupClaims: number;
}

/**
 * The keys the build derives from the articles' infos (in `ids` order): the corpus-wide
 * membership per group, each article's chunk key (its input key, the membership of the groups
 * it expands, and which of its claims another article writes), and the manifest key of the
 * whole graph.
 *
 * A claim stated by several articles (the same content key) is written in full by the first of
 * them in `ids` order, its owner; the others write only their provenance of it (`elsewhere`,
 * per article: the content keys it leaves to their owners). Ownership is part of the chunk key:
 * when the owner is deleted or stops stating the claim, the next article's list shrinks, its
 * key changes and it is assembled again, now writing the claim in full; a chunk that relies on
 * an owner is never kept past that owner.
 *
 * @example
 * ```ts
 * const { manifestKey } = corpusKeys(globalKeyOf('.'), ids, infos);
 * ```
 */
export function corpusKeys(globalKey: string, ids: readonly string[], infos: ReadonlyMap<string, ArticleInfo>): {
  partOfByGroup: Map<string, CompiledClaim[]>; entityKey: string; chunkKeys: string[]; elsewhere: string[][]; manifestKey: string;
} {
  // The owner of each claim content: the first article stating it.
  const owners = new Map<string, string>();
  for (const id of ids) for (const k of infos.get(id)!.stated ?? []) if (!owners.has(k)) owners.set(k, id);
  const elsewhere = ids.map((id) => (infos.get(id)!.stated ?? []).filter((k) => owners.get(k) !== id));
  // Corpus-wide membership, per group (partOf object).
  const partOfByGroup = new Map<string, CompiledClaim[]>();
  for (const id of ids) {
    for (const c of infos.get(id)!.partOf) {
      const g = (c.object as { id: string }).id;
      const list = partOfByGroup.get(g) ?? [];
      list.push(c);
      partOfByGroup.set(g, list);
    }
  }
  // Per group once: a group's membership is shared by every article expanding it.
  const groupKeys = new Map<string, string>();
  const groupKey = (g: string): string => {
    let k = groupKeys.get(g);
    if (k === undefined) groupKeys.set(g, (k = sha(g, JSON.stringify(partOfByGroup.get(g) ?? []))));
    return k;
  };
  const membershipKey = (groups: string[]): string => (groups.length ? sha(...groups.map(groupKey)) : '');
  const entityKey = sha(globalKey, 'entities');
  const chunkKeys = ids.map((id, i) => {
    const info = infos.get(id)!;
    const left = elsewhere[i]!;
    return sha(info.key, membershipKey(info.groups), left.length ? sha(...left) : '');
  });
  return { partOfByGroup, entityKey, chunkKeys, elsewhere, manifestKey: sha(entityKey, ...ids, ...chunkKeys) };
}
