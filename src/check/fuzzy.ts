/**
 * Typo-tolerant entity linking: a span no label names exactly is read as the one entity whose
 * label is within a bounded edit distance ("Freedona" -> Freedonia, "Rufus T. Firefli" -> Rufus T.
 * Firefly), reported in the interpretation. Bounds, so a real name is never "corrected" into another:
 * - only words no graph label uses are corrected, token by token, against labels with as many words;
 * - each corrected word keeps its first letter and is at most 1 edit away (5-8 letters) or 2
 *   (9 letters or more); shorter words are never corrected ("Iran" is not "Iraq");
 * - a corrected word that is an English word or name in WordNet (ontology/lexicon.words.txt) is
 *   corrected only into a name WordNet files in the same synset ("Rumania" -> Romania, but
 *   "Prussia" stays Prussia, not Russia);
 * - the best distance must single out one entity.
 * WordNet's word list (1.5 MB) is read on the first correction attempt only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import type { Token } from './text.js';

const LABEL_PROPERTIES = [`${NS.rdfs}label`, `${NS.skos}altLabel`];

/** A corrected mention. */
export interface FuzzyHit {
  iri: string;
  /** The label key the span was read as. */
  key: string;
  /** Total character edits. */
  edits: number;
}

/** Edits allowed in one word of `length` letters. */
export function maxEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

const wordLists = new Map<string, Map<string, string[]> | null>();

/** WordNet's single-word lemmas -> noun synset offsets (empty list: not a noun), read once per file. */
function englishWords(file: string): Map<string, string[]> | null {
  if (wordLists.has(file)) return wordLists.get(file)!;
  let m: Map<string, string[]> | null = null;
  if (existsSync(file)) {
    m = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const sp = line.indexOf(' ');
      m.set(sp < 0 ? line : line.slice(0, sp), sp < 0 ? [] : line.slice(sp + 1).split(' '));
    }
  }
  wordLists.set(file, m);
  return m;
}

const keysByLength = new WeakMap<CheckContext, Map<number, string[]>>();

function labelKeys(ctx: CheckContext): Map<number, string[]> {
  let m = keysByLength.get(ctx);
  if (m) return m;
  m = new Map();
  for (const key of [...ctx.labelIndex.keys()].sort()) {
    const n = key.split(' ').length;
    const list = m.get(n) ?? [];
    list.push(key);
    m.set(n, list);
  }
  keysByLength.set(ctx, m);
  return m;
}

/**
 * The entity a misspelt span names, or undefined (no candidate within the bounds, or several).
 *
 * @example
 * ```ts
 * fuzzyEntity(ctx, tokenize('Sylvannia', ctx.morph)); // { iri: '…/sylvania', key: 'sylvania', edits: 1 }
 * ```
 */
export function fuzzyEntity(ctx: CheckContext, tokens: readonly Token[]): FuzzyHit | undefined {
  if (!tokens.length || tokens.length > 5 || tokens.some((t) => t.kind !== 'word')) return undefined;
  const norms = tokens.map((t) => t.norm);
  const unknown = norms.map((n) => !ctx.nameWords.has(n));
  if (!unknown.some(Boolean) || unknown.some((u, i) => u && maxEdits(norms[i]!.length) === 0)) return undefined;
  let best: FuzzyHit[] = [];
  for (const key of labelKeys(ctx).get(tokens.length) ?? []) {
    const words = key.split(' ');
    let edits = 0;
    let ok = true;
    for (let i = 0; i < words.length && ok; i++) {
      const a = norms[i]!;
      const b = words[i]!;
      if (a === b) continue;
      if (!unknown[i] || a[0] !== b[0] || Math.abs(a.length - b.length) > maxEdits(a.length)) {
        ok = false;
        break;
      }
      const d = distance(a, b);
      if (d > maxEdits(Math.min(a.length, b.length))) ok = false;
      edits += d;
    }
    if (!ok || edits === 0) continue;
    if (!best.length || edits < best[0]!.edits) best = [];
    if (!best.length || edits === best[0]!.edits) {
      for (const iri of ctx.labelIndex.get(key) ?? []) best.push({ iri, key, edits });
    }
  }
  const iris = new Set(best.map((b) => b.iri));
  if (iris.size !== 1) return undefined;
  const hit = best[0]!;
  // a real word is not a typo, unless WordNet files it with the label it becomes
  const words = englishWords(ctx.wordsFile);
  if (words) {
    const labelWords = new Set<string>();
    for (const p of LABEL_PROPERTIES) {
      for (const l of ctx.store.getObjects(hit.iri, p, null)) for (const w of l.value.toLowerCase().split(/[^a-z'-]+/)) if (w) labelWords.add(w);
    }
    const into = [...labelWords].flatMap((w) => words.get(w) ?? []);
    for (let i = 0; i < tokens.length; i++) {
      if (!unknown[i]) continue;
      const synsets = words.get(tokens[i]!.raw.toLowerCase());
      if (synsets && !synsets.some((s) => into.includes(s))) return undefined;
    }
  }
  return hit;
}
