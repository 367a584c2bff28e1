/**
 * Noun-phrase constructions the fact checker's reader does not read as a slot value yet:
 * a name used as a compound modifier before the head ("the Freedonia-led Acme Bank", "the
 * Sylvania-based League") names the head. The modifier's own statement (Acme Bank ledBy
 * Freedonia) is the lexicon's to read ("{s} {o} - led").
 */
import { isPluralNoun, type Word } from './groups.js';

/**
 * Where the head of "X-participle Head" starts, when `words[start, end)` has that form and
 * both X and Head are names; undefined otherwise.
 *
 * @example
 * ```ts
 * headAfterModifier(words, 0, words.length, names); // 3 for "Freedonia - led Acme Bank"
 * ```
 */
export function headAfterModifier(words: readonly Word[], start: number, end: number, names: (span: readonly Word[]) => string[]): number | undefined {
  if (end - start < 4) return undefined;
  // the modifier's name may be several words: "Grand Fenwick-based"
  for (let dash = start + 1; dash < Math.min(end - 2, start + 6); dash++) {
    if (words[dash]!.kind !== 'dash') continue;
    const participle = words[dash + 1]!;
    if (participle.kind !== 'word' || participle.cap) return undefined;
    if (!names(words.slice(start, dash)).length) return undefined;
    return names(words.slice(dash + 2, end)).length ? dash + 2 : undefined;
  }
  return undefined;
}

/**
 * Drops an abbreviation written in parentheses right after a name ("the Acme Development Bank
 * (ADB) opened", "the Freedonia-Sylvania-Marsovia (FSM) gas pipeline"): it repeats the name in
 * short and would otherwise split it, or stand between the name and its verb. Only one word of capitals (and digits) alone in the parentheses.
 *
 * @example
 * ```ts
 * withoutAbbreviations('the X-Y (XY) gas pipeline', words).map((w) => w.raw); // ['X', '-', 'Y', 'gas', 'pipeline']
 * ```
 */
export function withoutAbbreviations<W extends Word>(text: string, words: readonly W[]): W[] {
  return words.filter((w, i) => !(i > 0 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w.raw)
    && /\(\s*$/.test(text.slice(words[i - 1]!.end, w.start)) && /^\s*\)/.test(text.slice(w.end, words[i + 1]?.start ?? text.length))));
}

/** Relative pronouns that open a clause about the name before them. */
const RELATIVES = new Set(['which', 'who']);

/**
 * Drops a relative pronoun after a comma ("Sylvania, which has the largest army, ...") so the
 * clause reads as a statement about the name before it ("Sylvania has the largest army"); and
 * "that" right after a name or a plural noun and before a form of "be" or "have" ("these
 * countries that are dependent on X": a relative clause; "that" before anything else may be a
 * conjunction, "said that Sylvania ...", and is kept).
 *
 * @example
 * ```ts
 * transparentRelatives('Sylvania, which is a member', words).map((w) => w.raw); // ['Sylvania', 'is', 'a', 'member']
 * ```
 */
export function transparentRelatives<W extends Word>(text: string, words: readonly W[]): W[] {
  return words.filter((_, i) => !isRelative(text, words, i) && !isRestrictiveThat(text, words, i));
}

function isRelative(text: string, words: readonly Word[], i: number): boolean {
  return i > 0 && RELATIVES.has(words[i]!.raw.toLowerCase()) && /,\s*$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
}

/** A restrictive "that" after a name or a plural noun, before a form of "be" or "have". */
function isRestrictiveThat(text: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || words[i]!.raw.toLowerCase() !== 'that' || !/^\s+$/.test(text.slice(before.end, words[i]!.start))) return false;
  return (before.cap || isPluralNoun(before)) && /^\s+(is|are|was|were|has|have|had)\b/i.test(text.slice(words[i]!.end));
}


/**
 * The sentence without its comma-enclosed relative clauses ("Sylvania, which is a member of
 * the League, did not join ..." -> "Sylvania did not join ..."), so the main clause reads with
 * its own subject; undefined when the sentence has none.
 *
 * @example
 * ```ts
 * withoutRelativeClauses('Sylvania, which is big, left.', words)?.map((w) => w.raw); // ['Sylvania', 'left']
 * ```
 */
export function withoutRelativeClauses<W extends Word>(text: string, words: readonly W[]): W[] | undefined {
  const drop = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!isRelative(text, words, i)) continue;
    // up to the comma that closes the clause; a clause that runs to the end is not enclosed
    let j = i + 1;
    while (j < words.length && !text.slice(words[j - 1]!.end, words[j]!.start).includes(',')) j++;
    if (j >= words.length) continue;
    for (let k = i; k < j; k++) drop.add(k);
  }
  return drop.size ? words.filter((_, i) => !drop.has(i)) : undefined;
}

/**
 * A relative clause with two verb phrases ("the Canal, which opened in 2009 and crosses
 * Sylvania"): the second shares the name before the clause as its subject, so the sentence is
 * also read with the clause up to that "and" left out ("the Canal crosses Sylvania"). The word
 * after "and" must be a verb of the lexicon's patterns (`verbs`: words a pattern has right after
 * its subject); one list per such "and".
 *
 * @example
 * ```ts
 * sharedSubjects('the Canal, which opened in 2009 and crosses Sylvania', words, new Set(['cross'])); // [['the', 'Canal', 'crosses', 'Sylvania']]
 * ```
 */
export function sharedSubjects<W extends Word>(text: string, words: readonly W[], verbs: ReadonlySet<string>): W[][] {
  const out: W[][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isRelative(text, words, i)) continue;
    for (let j = i + 2; j < words.length - 1; j++) {
      // the clause ends at its next comma
      if (text.slice(words[j - 1]!.end, words[j]!.start).includes(',')) break;
      if (words[j]!.raw.toLowerCase() === 'and' && verbs.has(words[j + 1]!.norm)) {
        out.push(words.filter((_, k) => k < i || k > j));
      }
    }
  }
  // "S V1 ... and V2 ...": the first verb of the clause up to that "and" left out, so V2 reads
  // with S ("the pipeline will run about 1,800 km and carry up to 33 bcm" -> "the pipeline will
  // carry up to 33 bcm"); no comma between them (", and" starts a clause of its own)
  for (let j = 2; j < words.length - 1; j++) {
    if (words[j]!.raw.toLowerCase() !== 'and' || !verbs.has(words[j + 1]!.norm)) continue;
    let start = j;
    while (start > 0 && !text.slice(words[start - 1]!.end, words[start]!.start).includes(',')) start--;
    if (start > 0 && isRelative(text, words, start)) continue;
    let k = words.findIndex((w, x) => x > start && x < j - 1 && verbs.has(w.norm));
    if (k <= start) continue;
    // an auxiliary ("will run") stays with the subject, for both verbs; a negation before them
    // may or may not reach the second verb: no such reading
    while (k + 1 < j - 1 && AUXILIARIES.has(words[k]!.raw.toLowerCase()) && verbs.has(words[k + 1]!.norm)) k++;
    if (words.slice(start, k + 1).some((w) => NEGATIONS.has(w.raw.toLowerCase()))) continue;
    out.push(words.filter((_, x) => x < k || x > j));
  }
  return out;
}

/** Auxiliaries that go with both verbs of "S will V1 ... and V2 ...". */
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must']);

/** Words that negate what follows them in a clause. */
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', "n't"]);

/** A title before a name: "the Freedonian President, Rufus Firefly" (token positions). */
export interface Apposition {
  office: [number, number];
  person: [number, number];
}

/**
 * Titles written before a name ("Freedonian President Rufus Firefly", "the Freedonian
 * President, Rufus Firefly"): an office's name, then (after nothing or a comma) a run of
 * capitalised words that is the whole name.
 *
 * @example
 * ```ts
 * findAppositions('Freedonian President Rufus Firefly spoke', words, isOffice); // [{ office: [0, 2], person: [2, 4] }]
 * ```
 */
export function findAppositions(text: string, words: readonly Word[], isOffice: (span: readonly Word[]) => boolean): Apposition[] {
  const out: Apposition[] = [];
  const glued = (i: number): boolean => i > 0 && i < words.length && words[i - 1]!.cap && words[i]!.cap && /^\s*$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      if (!isOffice(words.slice(i, j))) continue;
      const gap = words[j] ? text.slice(words[j - 1]!.end, words[j]!.start) : '';
      if (!words[j]?.cap || !/^\s*,?\s*$/.test(gap)) break;
      // the name: the run of capitalised words after the title
      let k = j + 1;
      while (k < words.length && glued(k)) k++;
      out.push({ office: [i, j], person: [j, k] });
      i = k - 1;
      break;
    }
  }
  return out;
}

/** A name used as a modifier before another: "the Freedonia-led Acme Bank" (token positions). */
export interface PrenominalModifier {
  modifier: [number, number];
  /** The participle after the dash ("led"). */
  participle: number;
  head: [number, number];
}

/**
 * Every "X-participle Y" in a sentence where X and Y are names (see {@link headAfterModifier}).
 *
 * @example
 * ```ts
 * findModifiers(words, names); // [{ modifier: [1, 2], participle: 3, head: [4, 7] }]
 * ```
 */
export function findModifiers(words: readonly Word[], names: (span: readonly Word[]) => string[]): PrenominalModifier[] {
  const out: PrenominalModifier[] = [];
  for (let dash = 1; dash < words.length - 2; dash++) {
    if (words[dash]!.kind !== 'dash') continue;
    const participle = words[dash + 1]!;
    if (participle.kind !== 'word' || participle.cap) continue;
    let modifier: [number, number] | undefined;
    for (let s = Math.max(0, dash - 4); s < dash; s++) if (!modifier && names(words.slice(s, dash)).length) modifier = [s, dash];
    let head: [number, number] | undefined;
    for (let e = Math.min(words.length, dash + 10); e > dash + 2; e--) if (!head && names(words.slice(dash + 2, e)).length) head = [dash + 2, e];
    if (modifier && head) out.push({ modifier, participle: dash + 1, head });
  }
  return out;
}
