/**
 * Typo-tolerant entity linking: a span no label names exactly is read as the one entity whose
 * label is within a bounded edit distance ("Freedona" -> Freedonia, "Rufus T. Firefli" -> Rufus T.
 * Firefly), reported in the interpretation. Bounds, so a real name is never "corrected" into another:
 * - only words no graph label uses are corrected, token by token, against labels with as many words;
 * - each corrected word keeps its first letter and is at most 1 edit away (5-8 letters) or 2
 *   (9 letters or more); shorter words are never corrected ("Iran" is not "Iraq"); two
 *   neighbouring letters swapped ("Firefyl" for Firefly) are one slip of the keyboard, so one edit
 *   ({@link typoDistance}), not Levenshtein's two;
 * - a corrected word that is an English word or name in WordNet (ontology/lexicon.words.txt) is
 *   corrected only into a name WordNet files in the same synset ("Rumania" -> Romania, but
 *   "Yalta" stays Yalta, not Malta);
 * - the best distance must single out one entity.
 * WordNet's word list (1.5 MB) is read on the first correction attempt only, and searched in place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { tokenize, type Token } from './text.js';
import { knownWord } from './word-typos.js';
import { partitionPoint } from '../partition-point.js';

const LABEL_PROPERTIES = [`${NS.rdfs}label`, `${NS.skos}altLabel`];

/** A corrected mention. */
export interface FuzzyHit {
  iri: string;
  /** The label key the span was read as. */
  key: string;
  /** Total character edits. */
  edits: number;
}

/**
 * Round 38 (fix31b, users31's F18): whether a word is written as an acronym (two capitals or more,
 * no two lower-case letters running: "TAPS", "AfDB", "ADBI"). An acronym is a name of its own, one
 * letter off another's ("the Sylvanian SLB" is not the SLC): never corrected.
 *
 * @example
 * ```ts
 * isAcronym('AfDB'); // true
 * isAcronym('McKay'); // false
 * ```
 */
export function isAcronym(raw: string): boolean {
  return /^[A-Za-z]{2,8}$/.test(raw) && (raw.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]{2}/.test(raw);
}

/** Edits allowed in one word of `length` letters. */
export function maxEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Levenshtein's distance, except that two neighbouring letters swapped and nothing else changed
 * count as one edit (the common typing slip; the restricted Damerau distance of that one case).
 *
 * @example
 * ```ts
 * typoDistance('firelfy', 'firefly'); // 1 (Levenshtein: 2)
 * typoDistance('iran', 'iraq');   // 1
 * ```
 */
export function typoDistance(a: string, b: string): number {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
  }
  return distance(a, b);
}

/** WordNet's word list: a word's noun synset offsets (empty: not a noun), undefined when it is no word. */
export interface WordList {
  get(word: string): string[] | undefined;
}

const wordLists = new Map<string, WordList | null>();

/**
 * A sorted word list read once per file (WordNet's single-word lemmas -> noun synset offsets in
 * ontology/lexicon.words.txt, the city list in lexicon.places.txt), null when the file is missing;
 * every reader of such a list shares the one copy. The file is sorted by word
 * (scripts/derive-lexicon.mjs; tests/check/fuzzy-words.test.ts fails if it is not), so a word is
 * found by binary search over its line starts: splitting its 80,000 lines into a map cost each
 * first correction a quarter of a second, for the handful of words ever looked up.
 *
 * @example
 * ```ts
 * wordListAt(ctx.wordsFile)?.get('canal'); // the noun synset offsets of "canal"
 * ```
 */
export function wordListAt(file: string): WordList | null {
  if (wordLists.has(file)) return wordLists.get(file)!;
  const m = existsSync(file) ? sortedWordList(readFileSync(file, 'utf8')) : null;
  wordLists.set(file, m);
  return m;
}

/**
 * A lookup over the text of a word list sorted by word ("word offset offset..." lines, "#" comments).
 *
 * @example
 * ```ts
 * sortedWordList('# c\napple 1 2\npear\n').get('apple'); // ['1', '2']
 * ```
 */
export function sortedWordList(text: string): WordList {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    if (text[i] !== '#' && text[i] !== '\n') starts.push(i);
  }
  const keyAt = (k: number): string => {
    const end = text.indexOf('\n', starts[k]!);
    const line = text.slice(starts[k]!, end < 0 ? text.length : end);
    const sp = line.indexOf(' ');
    return sp < 0 ? line : line.slice(0, sp);
  };
  return {
    get(word: string): string[] | undefined {
      const lo = partitionPoint(starts.length, (k) => keyAt(k) < word);
      if (lo >= starts.length || keyAt(lo) !== word) return undefined;
      const end = text.indexOf('\n', starts[lo]!);
      const rest = text.slice(starts[lo]! + word.length, end < 0 ? text.length : end).trim();
      return rest ? rest.split(' ') : [];
    },
  };
}

/**
 * The tokens with each word-hyphen-word run written without spaces joined into one word
 * ("Co-operation" -> "Cooperation"); undefined when there is none.
 */
function joinHyphens(ctx: CheckContext, tokens: readonly Token[]): Token[] | undefined {
  const out: Token[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const [a, dash, b] = [out[out.length - 1], tokens[i]!, tokens[i + 1]];
    if (a && b && dash.raw === '-' && a.kind === 'word' && b.kind === 'word' && a.end === dash.start && dash.end === b.start) {
      const word = tokenize(`${a.raw}${b.raw}`, ctx.morph)[0];
      if (!word) return undefined;
      out[out.length - 1] = { ...word, start: a.start, end: b.end };
      i++;
      changed = true;
    } else out.push(dash);
  }
  return changed ? out : undefined;
}

/** A label key and its words, split once per context. */
interface LabelKey {
  key: string;
  words: string[];
}

const keysByShape = new WeakMap<CheckContext, Map<string, LabelKey[]>>();

/**
 * The label keys of `n` words whose first letter is `first`, in sorted order. A candidate's every
 * word either is the word said or begins with its letter, so a key opening with another letter is
 * never a candidate: the scan (once per span that names nothing) looks only at its bucket (round 19).
 */
function labelKeys(ctx: CheckContext, n: number, first: string): readonly LabelKey[] {
  let m = keysByShape.get(ctx);
  if (!m) {
    m = new Map();
    for (const key of [...ctx.labelIndex.keys()].sort()) {
      const words = key.split(' ');
      const shape = `${words.length} ${key.charAt(0)}`;
      const list = m.get(shape);
      if (list) list.push({ key, words });
      else m.set(shape, [{ key, words }]);
    }
    keysByShape.set(ctx, m);
  }
  return m.get(`${n} ${first}`) ?? [];
}

/**
 * Whether `fuzzyEntity` or `spellingEntity` (src/check/spelling-variants.ts) may read the span as
 * a misspelt name at all: a hyphen (a word written with one, "Co-operation"), or at most five
 * words one of which no graph label or alias uses. Both readers refuse every other span by these
 * same first tests; the resolver asks this first, as most spans it reads name nothing and are
 * all known words or hold a comma or a number (round 26; tests/check/fuzzy-gate.test.ts checks
 * that no span the gate refuses is read by either).
 *
 * @example
 * ```ts
 * mayBeMisspelt(ctx, tokenize('Sylvannia', ctx.morph)); // true: no label uses "sylvannia"
 * mayBeMisspelt(ctx, tokenize('Freedonia', ctx.morph)); // false: every word is a label's
 * ```
 */
export function mayBeMisspelt(ctx: CheckContext, tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.raw === '-')) return true;
  if (!tokens.length || tokens.length > 5) return false;
  let unknown = false;
  for (const t of tokens) {
    if (t.kind !== 'word') return false;
    if (!ctx.nameWords.has(t.norm)) unknown = true;
  }
  return unknown;
}

/**
 * The entity a misspelt span names, or undefined (no candidate within the bounds, or several).
 *
 * @example
 * ```ts
 * fuzzyEntity(ctx, tokenize('Sylvannia', ctx.morph)); // { iri: '…/sylvania', key: 'sylvania', edits: 1 }
 * ```
 */
export function fuzzyEntity(ctx: CheckContext, said: readonly Token[]): FuzzyHit | undefined {
  // "Co-operation" for "Cooperation": a hyphen inside a word is one edit
  const joined = joinHyphens(ctx, said);
  if (joined) {
    const key = joined.map((t) => t.norm).join(' ');
    const iris = [...(ctx.labelIndex.get(key) ?? [])];
    if (iris.length === 1) return { iri: iris[0]!, key, edits: (said.length - joined.length) / 2 };
  }
  const tokens = joined ?? said;
  if (!tokens.length || tokens.length > 5 || tokens.some((t) => t.kind !== 'word')) return undefined;
  const norms = tokens.map((t) => t.norm);
  const unknown = norms.map((n) => !ctx.nameWords.has(n));
  // one misspelt word in a name whose other words are all the label's ("Rufus Firefli", "Ida
  // Oldam"): the words said exactly anchor it, so a short word (3-4 letters) may take one edit
  // too, and a word WordNet knows is read as the name's ("Ida Dole" for Ida Dale: a "dole" is a payment)
  // round 38 (fix31b, F18): the anchor is a name's word said with its capital ("Rufus"), or one of three
  // letters or more that no English word spells ("rufus" typed in lower case: the lead's merge, users13's lower-case names),
  // not a common noun of the label ("the city of Mari" is not Mary, "the Ufo summit" not Ufa's); and
  // an acronym is never corrected
  if (tokens.some((t, i) => unknown[i] && isAcronym(t.raw))) return undefined;
  const anchor = (t: Token): boolean => /^[A-Z]/.test(t.raw) || (t.norm.length >= 3 && !knownWord(ctx, t.norm));
  const anchored = tokens.length >= 2 && unknown.filter(Boolean).length === 1 && tokens.some((t, i) => !unknown[i] && anchor(t));
  const allowed = (length: number): number => (anchored && length >= 3 ? Math.max(1, maxEdits(length)) : maxEdits(length));
  if (!unknown.some(Boolean) || unknown.some((u, i) => u && allowed(norms[i]!.length) === 0)) return undefined;
  let best: FuzzyHit[] = [];
  for (const { key, words } of labelKeys(ctx, tokens.length, norms[0]!.charAt(0))) {
    let edits = 0;
    let ok = true;
    for (let i = 0; i < words.length && ok; i++) {
      const a = norms[i]!;
      const b = words[i]!;
      if (a === b) continue;
      if (!unknown[i] || a[0] !== b[0] || Math.abs(a.length - b.length) > allowed(a.length)) {
        ok = false;
        break;
      }
      const d = typoDistance(a, b);
      if (d > allowed(Math.min(a.length, b.length))) ok = false;
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
  if (!anchored && wordNetRefuses(ctx, hit.iri, tokens, unknown)) return undefined;
  return hit;
}

/**
 * Whether WordNet files one of the corrected words (`unknown[i]`) as an English word or name
 * and none of its noun synsets holds a word of the entity's labels: "Yalta" is no typo of Malta,
 * "Rumania" is one of Romania. True refuses the correction.
 *
 * @example
 * ```ts
 * wordNetRefuses(ctx, maltaIri, tokenize('Yalta', ctx.morph), [true]); // true
 * ```
 */
export function wordNetRefuses(ctx: CheckContext, iri: string, tokens: readonly Token[], unknown: readonly boolean[]): boolean {
  const words = wordListAt(ctx.wordsFile);
  if (!words) return false;
  const labelWords = new Set<string>();
  for (const p of LABEL_PROPERTIES) {
    for (const l of ctx.store.getObjects(iri, p, null)) for (const w of l.value.toLowerCase().split(/[^a-z'-]+/)) if (w) labelWords.add(w);
  }
  const into = [...labelWords].flatMap((w) => words.get(w) ?? []);
  for (let i = 0; i < tokens.length; i++) {
    if (!unknown[i]) continue;
    const synsets = words.get(tokens[i]!.raw.toLowerCase());
    if (synsets && !synsets.some((s) => into.includes(s))) return true;
  }
  return false;
}
