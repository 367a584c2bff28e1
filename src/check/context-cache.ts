/**
 * The compiled lexicon and ontology of a check context (patterns with their derived words,
 * markers, adjuncts, axioms, morphology, the lexicon's word lists), kept in the cache directory
 * beside the graph's load cache (src/cache-dir.ts, kind `contexts`).
 *
 * Why: a one-claim `claimgraph check` spent about a third of its process building these (the
 * ontology's and lexicon's Turtle parsed and indexed in n3 Stores, ~900 patterns compiled and
 * widened with WordNet's words), the same for every run until one of its inputs changes.
 *
 * The entry is keyed by a hash of every input the parts are computed from: the ontology folder's
 * path and the texts of claimgraph.ttl, lexicon.ttl and lexicon.derived.json, the graph's own
 * axiom triples (they are merged into the ontology), the package's version, and the code that
 * computes them (name, size and time of every module file beside this one: a rebuilt bundle or
 * dist/ is a miss), and V8's version. A changed input is a different key: the parts are built
 * again and written. An entry that cannot be read, whose stored key differs or whose encoding is
 * damaged is refused and rebuilt. Parts that are not plain data are not cached
 * (src/check/plain-codec.ts checks them). The entry is Node's structured serialization (round 31:
 * read back in about two thirds of the time of the JSON encoding and its decoding pass, which
 * were ~40% of a one-claim process's context).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as RDF from '@rdfjs/types';
import N3 from 'n3';
import n3Package from 'n3/package.json' with { type: 'json' };
import { cacheDir, readCacheSerialized, writeCacheSerialized } from '../cache-dir.js';
import type { CheckContext } from './context-types.js';
import { CachedLexicon, lexiconAnswers, type LexiconAnswers, type LexiconTriples } from './lexicon-view.js';
import type { PatternFiling } from './pattern-index.js';
import { encodePlain, NotPlainData } from './plain-codec.js';

/** Bumped when the entry's layout or the parts' meaning changes (2: the relation patterns' filing; 3: Node's structured serialization). */
const FORMAT = 3;

/** What a check context derives from the ontology and the lexicon alone (and the graph's axioms). */
export type LexiconParts = Pick<CheckContext, 'morph' | 'axioms' | 'relations' | 'adjuncts' | 'articleAdjuncts' | 'markers' | 'officePatterns'
  | 'slotTypes' | 'slotCurrency' | 'derived' | 'skippable' | 'meaningWords' | 'emptyAdverbs' | 'attitudeWords' | 'strengtheningWords' | 'attribution' | 'metadataPatterns'> & {
  /** `cg:roleAlias` pairs [alias, role] as name keys, applied once the graph's offices are indexed. */
  roleAliases: Array<[string, string]>;
  /** Where each relation pattern is filed by word (src/check/pattern-index.ts), adopted as the patterns' index. */
  patternFiling: PatternFiling;
};

/** The inputs of the parts, as the context builder read them. */
export interface LexiconInputs {
  /** The ontology folder. */
  dir: string;
  /** Texts of claimgraph.ttl, lexicon.ttl and lexicon.derived.json (undefined when missing). */
  texts: Array<string | undefined>;
  /** The graph's own axiom quads, in the order they are merged into the ontology. */
  graphAxioms: RDF.Quad[];
}

interface Entry {
  format: number;
  key: string;
  parts: LexiconParts;
  lexicon: LexiconAnswers;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
let codeId: string | undefined;

/** The code that computes the parts: every module file beside this one (dist/check/, or the bundle's chunks), by name, size and time. */
function codeIdentity(): string {
  if (codeId !== undefined) return codeId;
  const out: string[] = [];
  try {
    for (const name of readdirSync(HERE).sort()) {
      if (!/\.(?:m?js|ts)$/.test(name)) continue;
      const st = statSync(join(HERE, name));
      out.push(`${name}:${st.size}:${st.mtimeMs}`);
    }
  } catch {
    out.push('?');
  }
  let version = '?';
  try {
    version = (JSON.parse(readFileSync(join(HERE, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    // no package.json above: the code's own files still identify it
  }
  return (codeId = `${version}\n${out.join('\n')}`);
}

/**
 * The cache key of a context's parts (a hash of every input), or undefined when caching is off.
 *
 * @example
 * ```ts
 * lexiconCacheKey({ dir, texts: [onto, lex, derived], graphAxioms: [] })?.hash;
 * ```
 */
export function lexiconCacheKey(inputs: LexiconInputs): { file: string; hash: string } | undefined {
  const dir = cacheDir('contexts');
  if (!dir) return undefined;
  const h = createHash('sha256');
  h.update(`claimgraph check context ${FORMAT}\0${n3Package.version}\0${process.versions.v8}\0${codeIdentity()}\0${inputs.dir}\0`);
  for (const t of inputs.texts) h.update(t === undefined ? '\u0001missing\0' : `${t.length}\0${t}\0`);
  const id = (t: RDF.Term): string => N3.termToId(t as N3.Term);
  for (const q of inputs.graphAxioms) h.update(`${id(q.subject)} ${id(q.predicate)} ${id(q.object)} ${id(q.graph)}\0`);
  const hash = h.digest('hex');
  return { file: join(dir, `${hash.slice(0, 40)}.v8`), hash };
}

/** How the last {@link cachedLexiconParts} call got its parts (for tests and profiles). */
export let lastLexiconSource: 'cache' | 'built' | 'built-uncached' = 'built-uncached';

/**
 * The parts for these inputs: from the cache when an entry for them is there and sound, else
 * built by `build` (and written for the next process).
 *
 * @example
 * ```ts
 * const { parts, lexicon } = cachedLexiconParts(inputs, () => compileParts(inputs));
 * ```
 */
export function cachedLexiconParts(inputs: LexiconInputs, build: () => { parts: LexiconParts; lexicon: N3.Store }, rebuildLexicon: () => N3.Store): { parts: LexiconParts; lexicon: LexiconTriples } {
  const key = lexiconCacheKey(inputs);
  if (key) {
    const hit = readEntry(key);
    if (hit) {
      lastLexiconSource = 'cache';
      return { parts: hit.parts, lexicon: new CachedLexicon(hit.lexicon, rebuildLexicon) };
    }
  }
  const built = build();
  lastLexiconSource = key ? 'built' : 'built-uncached';
  if (key) writeEntry(key, built);
  return built;
}

function readEntry(key: { file: string; hash: string }): { parts: LexiconParts; lexicon: LexiconAnswers } | undefined {
  // a damaged file reads as undefined (src/cache-dir.ts): built again and written over
  const entry = readCacheSerialized(key.file) as Entry | undefined;
  if (!entry || typeof entry !== 'object' || entry.format !== FORMAT || entry.key !== key.hash) return undefined;
  if (!entry.lexicon || typeof entry.lexicon !== 'object') return undefined;
  const parts = entry.parts;
  if (!parts || typeof parts !== 'object' || !Array.isArray(parts.relations) || !(parts.axioms?.range instanceof Map) || !(parts.morph?.lemmas instanceof Map)
    || !(parts.patternFiling?.byWord instanceof Map) || !Array.isArray(parts.patternFiling.always)) return undefined;
  return { parts, lexicon: entry.lexicon };
}

function writeEntry(key: { file: string; hash: string }, built: { parts: LexiconParts; lexicon: N3.Store }): void {
  const lexicon = lexiconAnswers(built.lexicon);
  if (!lexicon) return;
  // only plain data is kept (a class instance or a function would not come back as it was), and
  // no object without a prototype: the serialization gives it back with Object's
  try {
    encodePlain(built.parts, { nullPrototype: false });
  } catch (err) {
    if (err instanceof NotPlainData) return;
    throw err;
  }
  writeCacheSerialized(key.file, { format: FORMAT, key: key.hash, parts: built.parts, lexicon } satisfies Entry);
}
