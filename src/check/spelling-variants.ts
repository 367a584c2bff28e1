/**
 * Names spelt by another transliteration or a local spelling ("Freedonya" written "Phreedoniya",
 * "Kharkov" written "Harkow"): a span no label names, exactly or within the edit bounds of
 * src/check/fuzzy.ts, is compared with the labels after both are brought to one spelling
 * skeleton by the lexicon's rules (`cg:spellingRule` in ontology/lexicon.ttl: q/k, kh/k, y/i,
 * -ow/-ov, doubled letters, ...). The rules are data: which letters a transliteration trades is
 * English orthography, not knowledge of an entity. Bounds, as the edit-distance reader's:
 * - only words no graph label uses are rewritten, and each must keep 4 letters or more;
 * - the skeletons must agree but for the edits maxEdits allows for the skeleton's length, with
 *   the same first letter;
 * - a rewritten word WordNet knows as an English word or name is taken only into a name WordNet
 *   files in the same synset (the guard of src/check/fuzzy.ts);
 * - the best skeleton distance must single out one entity.
 * The reading is reported: "read 'Phreedoniya' as Freedonia (spelling: ph/f, y/i)".
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { isAcronym, maxEdits, typoDistance, wordNetRefuses, type FuzzyHit } from './fuzzy.js';
import type { Token } from './text.js';

/** One rewrite of the lexicon: a pattern over a lower-case word and its replacement. */
export interface SpellingRule {
  pattern: RegExp;
  replacement: string;
  /** The rule as the lexicon writes it ("q => k"), for the reading's note. */
  text: string;
}

const rulesOf = new WeakMap<object, SpellingRule[]>();

/**
 * The lexicon's spelling rules in their order ("PATTERN => REPLACEMENT", the pattern a regular
 * expression over a lower-case word without diacritics).
 *
 * @example
 * ```ts
 * spellingRules(ctx)[0]; // { pattern: /dzh/g, replacement: 'j', text: 'dzh => j' }
 * ```
 */
export function spellingRules(ctx: CheckContext): SpellingRule[] {
  let rules = rulesOf.get(ctx.lexicon);
  if (rules) return rules;
  rules = [];
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}spellingRule`, null, null)) {
    const [from, to] = q.object.value.split(' => ');
    if (from === undefined || to === undefined) continue;
    rules.push({ pattern: new RegExp(from, 'g'), replacement: to, text: q.object.value });
  }
  // an RDF store keeps no order: every rule is written so that it needs no other to have run,
  // but the doubled-letter rule (the one that opens with a group, "(.)"), which runs last so that
  // it also merges the doubles the others leave ("kazzakh" -> "kazzak" -> "kazak")
  rules.sort((a, b) => Number(a.text.startsWith('(')) - Number(b.text.startsWith('(')));
  rulesOf.set(ctx.lexicon, rules);
  return rules;
}

/**
 * A word's spelling skeleton: lower case, without diacritics or apostrophes, every rule applied;
 * the rules that changed it are added to `fired`.
 *
 * @example
 * ```ts
 * spellingSkeleton('Phreedoniya', rules); // 'freedonia' (ph => f, y => i)
 * ```
 */
export function spellingSkeleton(word: string, rules: readonly SpellingRule[], fired?: Set<string>): string {
  // a function of the word and the rule list: the same words (a claim's, the labels') are brought
  // to their skeleton again for each span they are in (round 26: memoised per rule list)
  let memo = skeletonMemo.get(rules);
  if (!memo) skeletonMemo.set(rules, (memo = new Map()));
  let hit = memo.get(word);
  if (!hit) {
    if (memo.size >= SKELETON_MEMO_MAX) memo.clear();
    memo.set(word, (hit = skeletonUncached(word, rules)));
  }
  if (fired) for (const name of hit.fired) fired.add(name);
  return hit.skeleton;
}

const skeletonMemo = new WeakMap<readonly SpellingRule[], Map<string, { skeleton: string; fired: readonly string[] }>>();
const SKELETON_MEMO_MAX = 50_000;

function skeletonUncached(word: string, rules: readonly SpellingRule[]): { skeleton: string; fired: string[] } {
  const w = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const fired: string[] = [];
  // a rule written with an apostrophe ("o' => u") reads the word before its apostrophes are dropped
  const skeleton = applyRules(applyRules(w, rules, true, fired).replace(/'/g, ''), rules, false, fired);
  return { skeleton, fired };
}

/** The word with each rule that does (or does not) hold an apostrophe applied in turn (the rules fired in order). */
function applyRules(word: string, rules: readonly SpellingRule[], apostrophe: boolean, fired: string[]): string {
  let w = word;
  for (const r of rules) {
    if (r.text.includes("'") !== apostrophe) continue;
    const next = w.replace(r.pattern, r.replacement);
    if (next !== w) {
      fired.push(ruleName(r.text));
      w = next;
    }
  }
  return w;
}

/** A rule as the note names it: "q/k", "ow|off/ov", "doubled letters". */
function ruleName(text: string): string {
  return text.startsWith('(.)') ? 'doubled letters' : text.replace(/[()$^\\]/g, '').replace(' => ', '/');
}

/** Label keys by their number of words and the first letter of their skeleton, with their words' skeletons. */
interface SkeletonKey {
  key: string;
  words: string[];
  skeletons: string[];
}

const skeletonKeys = new WeakMap<object, Map<string, SkeletonKey[]>>();

function keysOf(ctx: CheckContext, rules: readonly SpellingRule[], n: number, first: string): readonly SkeletonKey[] {
  let m = skeletonKeys.get(ctx.labelIndex);
  if (!m) {
    m = new Map();
    for (const key of [...ctx.labelIndex.keys()].sort()) {
      const words = key.split(' ');
      const skeletons = words.map((w) => spellingSkeleton(w, rules));
      const shape = `${words.length} ${skeletons[0]!.charAt(0)}`;
      const list = m.get(shape);
      if (list) list.push({ key, words, skeletons });
      else m.set(shape, [{ key, words, skeletons }]);
    }
    skeletonKeys.set(ctx.labelIndex, m);
  }
  return m.get(`${n} ${first}`) ?? [];
}

/** A name read through the spelling rules: the entity, the label key, the residual edits, the rules used. */
export interface SpellingHit extends FuzzyHit {
  rules: string[];
}

/**
 * The one entity a span names once both are spelt by the lexicon's rules, or undefined.
 *
 * @example
 * ```ts
 * spellingEntity(ctx, tokenize('Phreedoniya', ctx.morph)); // { iri: '…/freedonia', key: 'freedonia', edits: 0, rules: ['ph/f', 'y/i'] }
 * ```
 */
export function spellingEntity(ctx: CheckContext, said: readonly Token[]): SpellingHit | undefined {
  if (!said.length || said.length > 5 || said.some((t) => t.kind !== 'word')) return undefined;
  const unknown = said.map((t) => !ctx.nameWords.has(t.norm));
  // a short unknown word is too easily another name ("Iran", "Iraq")
  if (!unknown.some(Boolean) || said.some((t, i) => unknown[i] && t.norm.length < 4)) return undefined;
  // round 38 (fix31b, F18): an acronym is a name of its own ("AAIB" is no doubled-letter spelling of another)
  if (said.some((t, i) => unknown[i] && isAcronym(t.raw))) return undefined;
  const rules = spellingRules(ctx);
  if (!rules.length) return undefined;
  const fired = said.map(() => new Set<string>());
  const skeletons = said.map((t, i) => (unknown[i] ? spellingSkeleton(t.norm, rules, fired[i]) : t.norm));
  let best: SpellingHit[] = [];
  for (const { key, words, skeletons: ks } of keysOf(ctx, rules, said.length, unknown[0] ? skeletons[0]!.charAt(0) : spellingSkeleton(said[0]!.norm, rules).charAt(0))) {
    let edits = 0;
    let ok = true;
    for (let i = 0; i < words.length && ok; i++) {
      if (said[i]!.norm === words[i]) continue;
      if (!unknown[i]) { ok = false; break; }
      const a = skeletons[i]!;
      const b = ks[i]!;
      if (a.charAt(0) !== b.charAt(0) || Math.abs(a.length - b.length) > maxEdits(Math.min(a.length, b.length))) { ok = false; break; }
      const d = a === b ? 0 : typoDistance(a, b);
      if (d > maxEdits(Math.min(a.length, b.length))) ok = false;
      edits += d;
    }
    if (!ok) continue;
    if (!best.length || edits < best[0]!.edits) best = [];
    if (!best.length || edits === best[0]!.edits) {
      for (const iri of ctx.labelIndex.get(key) ?? []) best.push({ iri, key, edits, rules: [...new Set(fired.flatMap((f) => [...f]))] });
    }
  }
  if (new Set(best.map((b) => b.iri)).size !== 1) return undefined;
  const hit = best[0]!;
  // no rule fired: the plain edit-distance reader has already said no
  if (!hit.rules.length) return undefined;
  const anchored = said.length >= 2 && unknown.filter(Boolean).length === 1;
  if (!anchored && wordNetRefuses(ctx, hit.iri, said, unknown)) return undefined;
  return hit;
}

/**
 * How a corrected mention was read, for the interpretation's note.
 *
 * @example
 * ```ts
 * correctionNote({ edits: 2 });                            // '2 edits'
 * correctionNote({ edits: 0, rules: ['ph/f', 'y/i'] });    // 'spelling ph/f, y/i'
 * correctionNote({ edits: 1, rules: ['q/k'] });            // 'spelling q/k, 1 edit'
 * ```
 */
export function correctionNote(c: { edits: number; rules?: readonly string[] }): string {
  const edits = `${c.edits} edit${c.edits > 1 ? 's' : ''}`;
  if (!c.rules?.length) return edits;
  return `spelling ${c.rules.join(', ')}${c.edits ? `, ${edits}` : ''}`;
}
