/**
 * Typos in ordinary words ("recieved", "goverment", "memebr", "pipleine"): src/check/fuzzy.ts
 * corrects misspelt names within a bounded edit distance; this does the same for the words the
 * checker reads, so a claim with one slip of the keyboard is read as the claim meant, and the
 * reading says so ("read 'recieved' as 'received'"). Bounds, so a real word is never "corrected"
 * into another:
 * - only a lower-case word (or the claim's first word) of letters only, 5 letters or more, that
 *   is no English word: neither WordNet (ontology/lexicon.words.txt) nor the lexicon knows it, in
 *   any of its inflected forms ("receded" is the past of "recede", so it stays as written);
 * - it is corrected only into a word the checker reads: a literal word of the lexicon's patterns
 *   (or a word WordNet derived for one), or a word of a graph label (lower-case words only; the
 *   claim's first word, capitalised as any first word is, only into a pattern word), compared in
 *   the normalised form the matcher uses ("recieved" -> "reciev" against "receiv");
 * - at most the edits src/check/fuzzy.ts allows a name (1 for 5-8 letters, 2 for 9 or more, two
 *   neighbouring letters swapped counting as one), the same first letter, and the best distance
 *   must single out one word: "goverment" is one edit from "government" only;
 * - a denial never appears or disappears: a word that differs from its correction by a negative
 *   prefix ("un", "in", "im", "il", "ir", "dis", "non", "mis") is not corrected.
 */
import type { CheckContext } from './context.js';
import { maxEdits, typoDistance, wordListAt } from './fuzzy.js';
import { lexiconWords } from './lexicon-words.js';
import { literalNodes, type CompiledPattern } from './pattern.js';
import { normWord, tokenize } from './text.js';

/** A claim with its misspelt words corrected. */
export interface WordCorrection {
  /** The claim with each correction applied. */
  claim: string;
  /** Each correction: the word as written and as read. */
  words: Array<{ from: string; to: string }>;
}

/** The words the checker reads, by normalised form: pattern words, and label words. */
interface Vocabulary {
  pattern: Set<string>;
  label: Set<string>;
  /** Both, for a word that is not the claim's first (built once with the rest). */
  both: Set<string>;
  /** The name words the label words were taken from, and their count then: a vocabulary is rebuilt
   *  when either differs (the count alone was compared with `label.size`, which holds only the
   *  lower-case words, so the memo never held and every claim rebuilt it). */
  names: Set<string>;
  namesSize: number;
}

const vocabularies = new WeakMap<object, Vocabulary>();

function vocabulary(ctx: CheckContext): Vocabulary {
  let v = vocabularies.get(ctx.lexicon);
  if (v && v.names === ctx.nameWords && v.namesSize === ctx.nameWords.size) return v;
  const pattern = new Set<string>();
  const add = (p: CompiledPattern): void => {
    for (const n of literalNodes(p.nodes)) {
      if (/^[a-z]+$/.test(n.norm)) pattern.add(n.norm);
      for (const a of n.alts ?? []) if (/^[a-z]+$/.test(a)) pattern.add(a);
    }
  };
  for (const r of ctx.relations) add(r.pattern);
  for (const m of ctx.markers) add(m.pattern);
  for (const p of ctx.adjuncts) add(p);
  for (const p of ctx.articleAdjuncts) add(p);
  for (const p of ctx.officePatterns) add(p);
  for (const p of ctx.attribution.patterns) add(p);
  for (const p of ctx.metadataPatterns) add(p.pattern);
  for (const w of [...ctx.attribution.verbs, ...ctx.attribution.bodyNouns, ...ctx.attribution.readerNouns]) pattern.add(normWord(w, ctx.morph));
  const label = new Set<string>();
  for (const w of ctx.nameWords) if (/^[a-z]+$/.test(w)) label.add(w);
  v = { pattern, label, both: new Set([...pattern, ...label]), names: ctx.nameWords, namesSize: ctx.nameWords.size };
  vocabularies.set(ctx.lexicon, v);
  return v;
}

/** The forms a word may be an inflection of (WordNet's morphology, in short): "receded" -> recede. */
function baseForms(w: string): string[] {
  const out = [w];
  const strip = (suffix: string, ...ends: string[]): void => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) for (const e of ends) out.push(w.slice(0, -suffix.length) + e);
  };
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es', '', 'e');
  strip('s', '');
  strip('ed', '', 'e');
  strip('d', '');
  strip('ing', '', 'e');
  strip('er', '', 'e');
  strip('est', '', 'e');
  strip('ly', '');
  // "planned", "stopping": the doubled consonant of the stem
  for (const f of [...out]) if (/([bdgklmnprt])\1$/.test(f)) out.push(f.slice(0, -1));
  return out;
}

/** Whether the lexicon's own tables know the word (lower case), without WordNet's list. */
function knownWithoutList(ctx: CheckContext, w: string): boolean {
  return ctx.morph.ignorable.has(w) || ctx.morph.lemmas.has(w) || ctx.derived.forms.has(w) || lexiconWords(ctx, 'functionWord').has(w);
}

/** Whether WordNet or the lexicon knows the word (lower case) in some form. */
export function knownWord(ctx: CheckContext, w: string): boolean {
  if (knownWithoutList(ctx, w)) return true;
  const list = wordListAt(ctx.wordsFile);
  // without WordNet's list no word can be told from a typo: nothing is corrected
  if (!list) return true;
  return baseForms(w).some((f) => list.get(f) !== undefined);
}

const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non|mis)/;

/** Whether one word is the other with a negative prefix ("unsigned", "signed"). */
function negativePair(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  const m = NEGATIVE_PREFIX.exec(long);
  return !!m && typoDistance(long.slice(m[0].length), short) <= 1;
}

/** The one word of `words` nearest to `norm` within the bounds, or undefined. */
function nearest(norm: string, words: Iterable<string>, allowed: number): string | undefined {
  let best: string[] = [];
  let bestD = allowed + 1;
  for (const w of words) {
    if (w[0] !== norm[0] || Math.abs(w.length - norm.length) > allowed || w === norm) continue;
    const d = typoDistance(norm, w);
    if (d > bestD) continue;
    if (d < bestD) {
      best = [];
      bestD = d;
    }
    if (!best.includes(w)) best.push(w);
  }
  return best.length === 1 ? best[0] : undefined;
}

/**
 * The claim with each misspelt ordinary word read as the one word of the lexicon or the graph's
 * labels it is a slip for; undefined when no word is corrected.
 *
 * @example
 * ```ts
 * correctWordTypos(ctx, 'Freedonia recieved the delegation');
 * // { claim: 'Freedonia received the delegation', words: [{ from: 'recieved', to: 'received' }] }
 * correctWordTypos(ctx, 'The tide receded'); // undefined: "receded" is an English word
 * ```
 */
export function correctWordTypos(ctx: CheckContext, text: string): WordCorrection | undefined {
  const tokens = tokenize(text, ctx.morph);
  let vocab: Vocabulary | undefined;
  const words: WordCorrection['words'] = [];
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.raw.length < 5 || !/^[A-Za-z]+$/.test(t.raw)) continue;
    // a capital inside the claim is a name's (src/check/fuzzy.ts reads those)
    if (t.cap && i > 0) continue;
    if (/[A-Z]/.test(t.raw.slice(1))) continue;
    // a word with a full stop inside the sentence is an abbreviation ("approx.", "esp."), no typo
    if (text[t.end] === '.' && i < tokens.length - 1) continue;
    const lower = t.raw.toLowerCase();
    // the cheap tests first: the vocabulary is built (every pattern of the lexicon walked, ~30 ms
    // of a one-claim process) only for a word none of them clears; all of them only skip the word
    if (ctx.nameWords.has(t.norm) || knownWithoutList(ctx, lower)) continue;
    vocab ??= vocabulary(ctx);
    if (vocab.pattern.has(t.norm) || vocab.label.has(t.norm)) continue;
    if (knownWord(ctx, lower)) continue;
    const allowed = maxEdits(lower.length);
    if (!allowed) continue;
    const pool = t.cap ? vocab.pattern : vocab.both;
    const to = nearest(t.norm, pool, allowed);
    if (!to || negativePair(t.norm, to)) continue;
    // the word written again with the corrected stem and its own ending ("reciev|ed" -> "receiv|ed")
    const surface = lower.startsWith(t.norm) ? to + lower.slice(t.norm.length) : to;
    const fixed = normWord(surface, ctx.morph) === to ? surface : normWord(`${surface}e`, ctx.morph) === to ? `${surface}e` : undefined;
    if (!fixed || knownWord(ctx, lower)) continue;
    const written = t.cap ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
    out += text.slice(at, t.start) + written;
    at = t.end;
    words.push({ from: t.raw, to: written });
  }
  if (!words.length) return undefined;
  return { claim: out + text.slice(at), words };
}
