/**
 * The incremental, streaming corpus build.
 *
 * Memory stays bounded by the largest article, not the corpus: articles are compiled one at a
 * time, each one's quads are written as a sorted chunk file, and the chunks are merged (k-way,
 * duplicates dropped) straight into the Turtle writer. The output is byte-identical to the
 * in-memory build (`buildToFile` of src/graph): same quad order, same writer, same prefixes.
 *
 * It is incremental: a content-hash cache (`.claimgraph-cache/` in the project, ignored by git
 * through its own .gitignore) keeps each article's compiled form and chunk; an article whose
 * inputs (text, meta, claims, entities, ontology, compiler code) are unchanged is not compiled
 * again. Group claims depend on other articles (members of a group are the `partOf` claims of
 * every article), so an article with group claims is re-assembled (not re-compiled) when the
 * corpus-wide membership changes.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { checkEntities, loadEntities, loadOntology } from '../claims/index.js';
import type { CompiledClaim } from '../claims/index.js';
import { assembleGraph, compileArticle, loadArticle, PREFIXES, GRAPH_FILE, ONTOLOGY_FILE, ENTITIES_FILE } from '../graph/index.js';
import { quadSortKey } from '../graph/export.js';
import type { CompiledArticle, Project } from '../graph/index.js';
import type { CorpusBuildOptions, CorpusBuildSummary, BuildProgress } from './types.js';

// Taken when a build starts workers, not when the CLI loads this module: every command pays for
// what is imported at start (`query` never builds).
function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}

/** The cache folder, relative to the project. */
export const CACHE_DIR = '.claimgraph-cache';
const CACHE_FORMAT = 'claimgraph-cache-1';
const ARTICLES = join('graph', 'articles');
const CG_CLAIM_ENC = 'cg:Claim';
const CG_GROUP_CLAIM_ENC = 'cg:GroupClaim';


// ------------------------------------------------------------------ keys

function sha(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : Buffer.from(p));
    h.update('\u0000');
  }
  return h.digest('hex');
}

let codeVersion: string | undefined;
/** Hash of the compiler's own code: a new claimgraph version must not reuse old chunks. */
function compilerVersion(): string {
  if (codeVersion) return codeVersion;
  const h = createHash('sha256').update(CACHE_FORMAT);
  for (const rel of ['../source/index.js', '../claims/index.js', '../claims/ontology.js', '../claims/yaml.js', '../graph/index.js', '../graph/export.js', '../graph/vocab.js', '../corpus/build.js']) {
    try {
      h.update(readFileSync(new URL(rel, import.meta.url)));
    } catch {
      h.update(`missing ${rel}`);
    }
  }
  codeVersion = h.digest('hex');
  return codeVersion;
}

function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

// ------------------------------------------------------------------ quad order (as src/graph sorts)

/** Sort key of a quad: the in-memory build's own (subject, predicate with rdf:type first, object). */
const quadKey = quadSortKey;

/**
 * Order-preserving escape of a sort key: characters U+0000..U+000A become U+0001 followed by
 * U+0030+c, so keys hold no tab or newline (chunk field and line separators) and still compare
 * exactly as the raw keys do.
 */
function escapeKey(k: string): string {
  return /[\u0000-\u000a]/.test(k) ? k.replace(/[\u0000-\u000a]/g, (c) => `\u0001${String.fromCharCode(0x30 + c.charCodeAt(0))}`) : k;
}

/**
 * Turtle encoding of terms exactly as N3.Writer (the in-memory build's writer) encodes them,
 * done per article (in worker threads when there are several) so the merge only concatenates.
 * It calls the writer's own encoders, so prefixes, escapes and literal shorthands cannot drift.
 */
interface TermEncoder {
  _encodeSubject(t: Term): string;
  _encodePredicate(t: Term): string;
  _encodeObject(t: Term): string;
}

let encoder: TermEncoder | undefined;
function termEncoder(): TermEncoder {
  encoder ??= new N3.Writer({ prefixes: { ...PREFIXES } }) as unknown as TermEncoder;
  return encoder;
}

/** The Turtle header the writer emits before the first statement (prefix lines, blank line). */
function turtleHeader(): string {
  let header = '';
  new N3.Writer({ prefixes: { ...PREFIXES } }).end((_err, result: string) => { header = result; });
  return header;
}

/** IRIs repeat (a subject per block, a few dozen predicates): their encodings are memoized. */
const encodedIris = new Map<string, string>();
const encodedPredicates = new Map<string, string>();

function encodeIri(t: Term, cache: Map<string, string>, encode: (t: Term) => string): string {
  let e = cache.get(t.value);
  if (e === undefined) {
    e = encode(t);
    if (cache.size > 100_000) cache.clear();
    cache.set(t.value, e);
  }
  return e;
}

/** One chunk line: escaped sort key, then the encoded subject, predicate and object. */
function chunkLine(q: Quad, key: string): string {
  const e = termEncoder();
  const s = encodeIri(q.subject, encodedIris, (t) => e._encodeSubject(t));
  const p = encodeIri(q.predicate, encodedPredicates, (t) => e._encodePredicate(t));
  const o = q.object.termType === 'NamedNode' ? encodeIri(q.object, encodedIris, (t) => e._encodeObject(t)) : e._encodeObject(q.object);
  return `${escapeKey(key)}\t${s}\t${p}\t${o}`;
}

/**
 * Writes a chunk: a header line with its key, then one line per quad. `quads` must be sorted
 * by {@link quadKey} and duplicate-free, as a built graph's quads are.
 */
function writeChunk(path: string, quads: Quad[], key: string): void {
  let out = `${JSON.stringify({ key })}\n`;
  for (const q of quads) out += `${chunkLine(q, quadKey(q))}\n`;
  writeFileSync(path, out);
}

/** Sequential reader of a chunk file (bounded buffer; lines never split a UTF-8 sequence). */
class ChunkReader {
  private readonly fd: number;
  private buf = Buffer.alloc(0);
  private eof = false;
  private readonly block: Buffer;
  /** The current line (null at the end) and its escaped key. */
  line: string | null = null;
  key = '';

  constructor(path: string, blockSize = 32 * 1024) {
    this.fd = openSync(path, 'r');
    this.block = Buffer.alloc(blockSize);
    this.advance();
  }

  /** Moves to the next record; false (and closes the file) at the end. */
  advance(): boolean {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl !== -1) {
        const line = this.buf.toString('utf8', 0, nl);
        this.buf = this.buf.subarray(nl + 1);
        if (!line || line.charCodeAt(0) === 123 /* '{': the header */) continue;
        this.line = line;
        this.key = line.slice(0, line.indexOf('\t'));
        return true;
      }
      if (this.eof) {
        this.line = null;
        closeSync(this.fd);
        return false;
      }
      const n = readSync(this.fd, this.block, 0, this.block.length, null);
      if (n === 0) this.eof = true;
      else this.buf = this.buf.length ? Buffer.concat([this.buf, this.block.subarray(0, n)]) : Buffer.from(this.block.subarray(0, n));
    }
  }
}

/** Min-heap of readers by current key. */
class ReaderHeap {
  private readonly h: ChunkReader[] = [];
  get size(): number {
    return this.h.length;
  }
  push(r: ChunkReader): void {
    const h = this.h;
    h.push(r);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p].key <= h[i].key) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  top(): ChunkReader {
    return this.h[0];
  }
  /** Re-establishes order after the top reader advanced (or removes it when exhausted). */
  fixTop(exhausted: boolean): void {
    const h = this.h;
    if (exhausted) {
      const last = h.pop()!;
      if (!h.length) return;
      h[0] = last;
    }
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l].key < h[m].key) m = l;
      if (r < h.length && h[r].key < h[m].key) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
}

/** A synchronous output sink for N3.Writer: buffered writes to a file descriptor, hashed. */
class FileSink {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  readonly hash = createHash('sha256');
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(chunk: string, _encoding?: string, done?: () => void): boolean {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size > 1 << 20) this.flush();
    done?.();
    return true;
  }
  flush(): void {
    if (!this.parts.length) return;
    const b = Buffer.from(this.parts.join(''), 'utf8');
    this.hash.update(b);
    this.bytes += b.length;
    writeSync(this.fd, b);
    this.parts = [];
    this.size = 0;
  }
  end(done?: () => void): void {
    this.flush();
    closeSync(this.fd);
    done?.();
  }
  // N3.Writer checks for these on stream-like outputs.
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
}

// ------------------------------------------------------------------ the cache

/** What the build keeps in memory per article: small (no text, no sentences). */
export interface ArticleInfo {
  key: string;
  /** Author entity id (the speaker of its claims when lent to another article). */
  author: string;
  /** Groups its group claims expand (its chunk depends on their corpus-wide membership). */
  groups: string[];
  /** Its positive stated partOf claims (what group membership is made of). */
  partOf: CompiledClaim[];
}

/** Cache files of an article: flat `<id>.<kind>` names (one folder; cheap to list and prune). */
function cacheFile(cache: string, id: string, kind: 'info.json' | 'compiled.json' | 'chunk'): string {
  return join(cache, 'articles', `${id}.${kind}`);
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The key in a chunk's header line (chunks validate themselves: no separate marker file). */
function chunkHeaderKey(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl === -1) return undefined;
    return (JSON.parse(buf.toString('utf8', 0, nl)) as { key?: string }).key;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function membershipClaims(claims: CompiledClaim[]): CompiledClaim[] {
  return claims.filter((c) => c.predicate === 'partOf' && c.polarity === 'positive' && c.modality === 'stated'
    && c.subject.type === 'entity' && c.object.type === 'entity');
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
    globalKey: sha(compilerVersion(), readOrEmpty(join(dir, ONTOLOGY_FILE)), readOrEmpty(join(dir, ENTITIES_FILE))),
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
  const base = join(ctx.dir, ARTICLES, id);
  const key = sha(ctx.globalKey, id, readOrEmpty(join(base, 'article.txt')), readOrEmpty(join(base, 'meta.yaml')), readOrEmpty(join(base, 'claims.yaml')));
  const cached = ctx.fresh ? undefined : readJson<ArticleInfo>(cacheFile(ctx.cache, id, 'info.json'));
  if (cached && cached.key === key && existsSync(cacheFile(ctx.cache, id, 'compiled.json'))) return { key, info: cached };
  return { key };
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
  const { key, info: cached } = cachedInfo(ctx, id);
  if (cached) return { info: cached, compiled: false };
  const input = loadArticle(ctx.dir, id);
  if (!ctx.project.entities.has(input.meta.author)) {
    throw new ClaimgraphError('UNKNOWN_ENTITY', `unknown author entity ${JSON.stringify(input.meta.author)}`, { file: input.meta.file });
  }
  const compiled = compileArticle(ctx.project, input);
  // The key travels inside each file, so a half-written entry is never taken for a valid one.
  writeFileSync(cacheFile(ctx.cache, id, 'compiled.json'), JSON.stringify({ key, compiled }));
  const info: ArticleInfo = { key, author: compiled.meta.author, groups: groupsOf(compiled.claims), partOf: membershipClaims(compiled.claims) };
  writeFileSync(cacheFile(ctx.cache, id, 'info.json'), JSON.stringify(info));
  return { info, compiled: true };
}

/** What phase 2 of one article needs from the whole corpus. */
export interface AssembleInput {
  id: string;
  info: ArticleInfo;
  chunkKey: string;
  /** Membership claims of other articles for this article's groups. */
  lent: CompiledClaim[];
}

/**
 * Phase 2 for one article: writes its sorted chunk (sentences, claims, expansions) unless the
 * cached chunk has the same key. Returns true when it assembled.
 *
 * @example
 * ```ts
 * assembleOne(ctx, { id, info, chunkKey, lent: [] });
 * ```
 */
export function assembleOne(ctx: BuildContext, a: AssembleInput): boolean {
  const chunk = cacheFile(ctx.cache, a.id, 'chunk');
  if (!ctx.fresh && chunkHeaderKey(chunk) === a.chunkKey) return false;
  const stored = readJson<{ key: string; compiled: CompiledArticle }>(cacheFile(ctx.cache, a.id, 'compiled.json'));
  let compiled: CompiledArticle;
  if (stored && stored.key === a.info.key) compiled = stored.compiled;
  else compiled = compileArticle(ctx.project, loadArticle(ctx.dir, a.id)); // cache entry lost meanwhile
  // Members of this article's groups may be stated elsewhere: those claims join the expansion
  // (membership, citations) but only this article's own quads are emitted.
  const built = assembleGraph(ctx.project, [{ ...compiled, claims: [...compiled.claims, ...a.lent] }], { entities: false, only: new Set([a.id]) });
  writeChunk(chunk, built.quads, a.chunkKey);
  return true;
}

// ------------------------------------------------------------------ the build

/**
 * Builds `graph/claimgraph.ttl` of a project incrementally and in bounded memory; the output is
 * byte-identical to the in-memory build. Returns a summary with how many articles were compiled
 * and how many were reused from the cache. With `jobs` > 1, articles are compiled and
 * assembled by worker threads (the merge stays in order, so the output is the same).
 *
 * @example
 * ```ts
 * const s = await buildCorpus('.', { onProgress: (p) => console.error(p.phase, p.done, p.total) });
 * console.log(`${s.triples} triples, ${s.compiled} compiled, ${s.reused} reused`);
 * ```
 */
export async function buildCorpus(dir: string, opts: CorpusBuildOptions = {}): Promise<CorpusBuildSummary> {
  const t0 = Date.now();
  // A clean build ignores what is cached (and overwrites it): deleting thousands of files first
  // would cost more than the build saves.
  const ctx = buildContext(dir, opts.clean === true);
  const { cache, project } = ctx;
  mkdirSync(join(cache, 'articles'), { recursive: true });
  // The cache ignores itself: nothing to add to the project's .gitignore.
  if (!existsSync(join(cache, '.gitignore'))) writeFileSync(join(cache, '.gitignore'), '*\n');

  const articlesDir = join(dir, ARTICLES);
  const ids = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((n) => !n.startsWith('.') && statSync(join(articlesDir, n)).isDirectory()).sort()
    : [];
  const progress = (phase: BuildProgress['phase'], done: number, total: number): void => opts.onProgress?.({ phase, done, total });
  // Worker threads only pay off with enough stale articles (starting one costs ~0.3 s).
  const maxJobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), 8));
  let pool: WorkerPool | undefined;
  const poolFor = (work: number): WorkerPool | undefined => {
    if (maxJobs < 2 || work < (opts.jobs ? 2 : 24) || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
    pool ??= new WorkerPool(Math.min(maxJobs, work), dir, ctx.fresh);
    return pool;
  };

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
    const stale: string[] = [];
    for (const id of ids) {
      const { info } = cachedInfo(ctx, id);
      if (info) onCompiled(id, { info, compiled: false });
      else stale.push(id);
    }
    const compilePool = poolFor(stale.length);
    if (compilePool) {
      await compilePool.run(stale.map((id) => ({ type: 'compile' as const, id })), (id, r) => onCompiled(id, r as { info: ArticleInfo; compiled: boolean }));
    } else {
      for (const id of stale) onCompiled(id, compileOne(ctx, id));
    }
    compiledIds.sort();
    const tCompiled = Date.now();
    // Drop cache entries of deleted articles.
    for (const name of readdirSync(join(cache, 'articles'))) {
      const id = name.slice(0, name.indexOf('.'));
      if (!infos.has(id)) rmSync(join(cache, 'articles', name), { recursive: true, force: true });
    }

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
    const membershipKey = (groups: string[]): string =>
      groups.length ? sha(...groups.map((g) => `${g}:${JSON.stringify(partOfByGroup.get(g) ?? [])}`)) : '';

    // Phase 2: assemble each article's chunk (its sentences, claims, expansions) unless cached.
    const entityChunk = join(cache, 'entities.chunk');
    const entityKey = sha(ctx.globalKey, 'entities');
    if (ctx.fresh || chunkHeaderKey(entityChunk) !== entityKey) writeChunk(entityChunk, assembleGraph(project, []).quads, entityKey);
    const inputs: AssembleInput[] = ids.map((id) => {
      const info = infos.get(id)!;
      const lent = info.groups.flatMap((g) => (partOfByGroup.get(g) ?? []).filter((c) => c.article !== id));
      return { id, info, chunkKey: sha(info.key, membershipKey(info.groups)), lent };
    });
    const assembledIds: string[] = [];
    done = 0;
    const onAssembled = (id: string, assembled: boolean): void => {
      if (assembled) assembledIds.push(id);
      progress('assemble', ++done, ids.length);
    };
    const toAssemble: AssembleInput[] = [];
    for (const a of inputs) {
      if (!ctx.fresh && chunkHeaderKey(cacheFile(cache, a.id, 'chunk')) === a.chunkKey) onAssembled(a.id, false);
      else toAssemble.push(a);
    }
    const assemblePool = poolFor(toAssemble.length);
    if (assemblePool) {
      await assemblePool.run(toAssemble.map((a) => ({ type: 'assemble' as const, id: a.id, input: a })), (id, r) => onAssembled(id, r as boolean));
    } else {
      for (const a of toAssemble) onAssembled(a.id, assembleOne(ctx, a));
    }
    const chunkKeys = inputs.map((a) => a.chunkKey);
    const tAssembled = Date.now();
    // Phase 3: merge the chunks into the Turtle file (skipped when nothing changed at all).
    const out = join(dir, GRAPH_FILE);
    const manifestKey = sha(entityKey, ...ids, ...chunkKeys);
    const manifest = readJson<{ key: string; sha256: string; size: number; mtimeMs: number; triples: number; claims: number; groupClaims: number }>(join(cache, 'manifest.json'));
    let triples = 0;
    let claims = 0;
    let groupClaims = 0;
    let changed = true;
    let merged = false;
    if (!ctx.fresh && manifest && manifest.key === manifestKey && existsSync(out) && statSync(out).size === manifest.size && statSync(out).mtimeMs === manifest.mtimeMs) {
      ({ triples, claims, groupClaims } = manifest);
      changed = false;
    } else {
      merged = true;
      const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
      const sink = new FileSink(tmp);
      try {
        // The writer's layout, from pre-encoded terms: `s p o` opens a subject, `;` a new
        // predicate of the same subject, `,` another object of the same predicate.
        sink.write(turtleHeader());
        const heap = new ReaderHeap();
        const chunkFiles = [entityChunk, ...ids.map((id) => cacheFile(cache, id, 'chunk'))];
        for (const f of chunkFiles) {
          const r = new ChunkReader(f);
          if (r.line !== null) heap.push(r);
        }
        let last = '';
        let lastS: string | null = null;
        let lastP = '';
        while (heap.size) {
          const r = heap.top();
          if (r.key !== last) {
            last = r.key;
            const line = r.line!;
            const t1 = line.indexOf('\t');
            const t2 = line.indexOf('\t', t1 + 1);
            const t3 = line.indexOf('\t', t2 + 1);
            const sEnc = line.slice(t1 + 1, t2);
            const pEnc = line.slice(t2 + 1, t3);
            const oEnc = line.slice(t3 + 1);
            if (sEnc === lastS) {
              sink.write(pEnc === lastP ? `, ${oEnc}` : `;\n    ${pEnc} ${oEnc}`);
            } else {
              sink.write(`${lastS === null ? '' : '.\n'}${sEnc} ${pEnc} ${oEnc}`);
              lastS = sEnc;
            }
            lastP = pEnc;
            triples++;
            if (pEnc === 'a') {
              if (oEnc === CG_CLAIM_ENC) claims++;
              else if (oEnc === CG_GROUP_CLAIM_ENC) groupClaims++;
            }
            if ((triples & 0xffff) === 0) progress('merge', triples, NaN);
          }
          heap.fixTop(!r.advance());
        }
        if (lastS !== null) sink.write('.\n');
        sink.end();
      } catch (err) {
        try { unlinkSync(tmp); } catch { /* gone */ }
        throw err instanceof ClaimgraphError ? err : new ClaimgraphError('IO', `cannot write ${GRAPH_FILE}: ${(err as Error).message}`, { file: GRAPH_FILE }, { cause: err });
      }
      const digest = sink.hash.digest('hex');
      const before = existsSync(out) ? createHash('sha256').update(readFileSync(out)).digest('hex') : '';
      if (before === digest) {
        unlinkSync(tmp);
        changed = false;
      } else {
        renameSync(tmp, out);
      }
      const st = statSync(out);
      writeFileSync(join(cache, 'manifest.json'), JSON.stringify({ key: manifestKey, sha256: digest, size: st.size, mtimeMs: st.mtimeMs, triples, claims, groupClaims }));
    }
    return {
      file: GRAPH_FILE, triples, articles: ids.length, claims, groupClaims, changed,
      compiled: compiledIds.length, reused: ids.length - compiledIds.length, assembled: assembledIds.length,
      compiledArticles: compiledIds, merged, ms: Date.now() - t0,
      phases: { compileMs: tCompiled - t0, assembleMs: tAssembled - tCompiled, mergeMs: Date.now() - tAssembled },
    };
  } finally {
    await (pool as WorkerPool | undefined)?.close();
  }
}

// ------------------------------------------------------------------ worker threads

/** A task for a build worker (see build-worker.ts). */
export type BuildTask = { type: 'compile'; id: string } | { type: 'assemble'; id: string; input: AssembleInput };

/** A build worker's answer: a result, or an error to rethrow as it was. */
export type BuildAnswer =
  | { ok: true; id: string; result: unknown }
  | { ok: false; id: string; error: { code?: string; message: string; location?: Record<string, unknown>; stack?: string } };

/** The worker's compiled module (absent when running from TypeScript sources: then no threads). */
// ../corpus/ rather than ./ so the path also holds from the one-file bundle in dist/cli/
const WORKER_SCRIPT = new URL('../corpus/build-worker.js', import.meta.url);

/** Fixed-size pool of build workers, fed one article at a time (the slow ones do not stall the rest). */
class WorkerPool {
  private readonly workers: Worker[];

  constructor(size: number, dir: string, fresh: boolean) {
    this.workers = Array.from({ length: size }, () => new (workerThreads().Worker)(WORKER_SCRIPT, { workerData: { dir, fresh } }));
  }

  /** Runs every task; `onResult` sees results as they come. Rejects on the first error. */
  run(tasks: BuildTask[], onResult: (id: string, result: unknown) => void): Promise<void> {
    let next = 0;
    let pending = 0;
    return new Promise<void>((resolve, reject) => {
      let failed = false;
      const feed = (w: Worker): void => {
        if (failed) return;
        if (next < tasks.length) {
          pending++;
          w.postMessage(tasks[next++]);
        } else if (pending === 0) {
          for (const x of this.workers) x.removeAllListeners('message').removeAllListeners('error');
          resolve();
        }
      };
      for (const w of this.workers) {
        w.on('message', (m: BuildAnswer) => {
          pending--;
          if (!m.ok) {
            failed = true;
            reject(reviveError(m.error));
            return;
          }
          onResult(m.id, m.result);
          feed(w);
        });
        w.on('error', (err) => {
          failed = true;
          reject(err);
        });
        feed(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function reviveError(e: { code?: string; message: string; location?: Record<string, unknown>; stack?: string }): Error {
  if (e.code) {
    const err = new ClaimgraphError(e.code as never, '', e.location ?? {});
    // The message already carries its location: keep it as the worker formatted it.
    err.message = e.message;
    return err;
  }
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
