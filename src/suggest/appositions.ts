/**
 * Appositions after a name, which state something about it without a verb: "Y, a former
 * Freedonian minister of finance, was elected ..." (Y is a former minister of finance) and
 * "the Acme Bank (AB), whose president is Rufus Firefly" (Rufus Firefly is the president of the
 * Acme Bank). Each is found here as token positions; the reader reads it as the clause it stands
 * for ("Y is a former ...", "Rufus Firefly is the president of the Acme Bank") and reads the
 * sentence without it too, so the main clause keeps its subject. Only grammar words are named
 * here (determiners, "whose", "is"); the relation words come from the lexicon.
 */
import type { Word } from './groups.js';

/** Determiners that open a noun phrase in apposition ("Y, a former minister, ..."). */
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Forms of "be" between "whose <noun>" and the name it says ("whose president is Y"). */
const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** Longest noun phrase, in words, read as an apposition (a relative clause in it included). */
const MAX_PHRASE = 16;

/** "Y, a former minister of finance," (token positions; `closed` when a comma ends the phrase). */
export interface NameApposition {
  name: [number, number];
  /** Where the quote starts: the name, or the name an abbreviation in parentheses stands for. */
  from: number;
  phrase: [number, number];
  closed: boolean;
}

/** "X, whose <noun> is Y": the name before, the noun, and the name after the copula. */
export interface WhoseClause {
  owner: [number, number];
  noun: [number, number];
  value: [number, number];
  /** The clause's words, "whose" to the end of the value (for leaving it out). */
  clause: [number, number];
}

const gap = (text: string, words: readonly Word[], i: number): string => text.slice(words[i - 1]!.end, words[i]!.start);

/** Whether words[i - 1] and words[i] are capitalised words of one name (nothing but spaces or a dash between). */
function glued(text: string, words: readonly Word[], i: number): boolean {
  return i > 0 && words[i - 1]!.cap && words[i]!.cap && /^\s*-?\s*$/.test(gap(text, words, i));
}

/** Longest name, in words, looked up before a comma ("League of Nations States"). */
const MAX_NAME = 8;

/**
 * The start of the name that ends at `end` (exclusive): the longest span the graph knows as a
 * name (`known`; it may have lower-case words: "League of Nations States"), else the run of
 * capitalised words.
 */
function nameStart(text: string, words: readonly Word[], end: number, known: (span: readonly Word[]) => boolean): number {
  for (let s = Math.max(0, end - MAX_NAME); s < end - 1; s++) if (words[s]!.cap && known(words.slice(s, end))) return s;
  let s = end - 1;
  while (s > 0 && glued(text, words, s)) s--;
  return s;
}

/** The end of the capitalised run that starts at `start`. */
function nameEnd(text: string, words: readonly Word[], start: number): number {
  let e = start + 1;
  while (e < words.length && glued(text, words, e)) e++;
  return e;
}

/**
 * Every "Name, a|an|the <words>," in a sentence: a run of capitalised words, a comma, a noun
 * phrase opened by a determiner up to the next comma (or the sentence's end), at most ten words.
 * A name that opens a list ("A, B and C") has no determiner after its comma and is no apposition.
 *
 * @example
 * ```ts
 * appositionsAfterNames('Rufus Firefly, a former minister, left.', words); // [{ name: [0, 2], phrase: [2, 5], closed: true }]
 * ```
 */
export function appositionsAfterNames(text: string, words: readonly Word[], known: (span: readonly Word[]) => boolean = () => false): NameApposition[] {
  const out: NameApposition[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    // the determiner is an ignorable word: it lies in the text between the tokens
    // (after a name, or its abbreviation in parentheses: "the Acme Bank (AB), another ...")
    const opened = /^\s*\)?\s*,\s*(\p{L}+)\s+$/u.exec(gap(text, words, i));
    // "another" is a word of its own: the phrase starts after it
    const another = /^\s*\)?\s*,\s*$/.test(gap(text, words, i)) && words[i]!.raw.toLowerCase() === 'another' && i + 1 < words.length;
    if (!words[i - 1]!.cap || (!another && (!opened || !DETERMINERS.has(opened[1]!.toLowerCase())))) continue;
    const start = another ? i + 1 : i;
    let j = start + 1;
    while (j < words.length && !gap(text, words, j).includes(',') && !/[;:()]/.test(gap(text, words, j))) j++;
    if (j - start > MAX_PHRASE) continue;
    const name: [number, number] = [nameStart(text, words, i, known), i];
    // an abbreviation in parentheses: the quote starts with the name it abbreviates
    const from = name[0] > 0 && /\(\s*$/.test(gap(text, words, name[0])) && words[name[0] - 1]!.cap ? nameStart(text, words, name[0], known) : name[0];
    out.push({ name, phrase: [start, j], closed: j < words.length, from });
  }
  return out;
}

/**
 * Every "Name [(ABBR)], whose <noun words> is|was Name2" in a sentence.
 *
 * @example
 * ```ts
 * whoseClauses('the Acme Bank, whose president is Rufus Firefly', words); // [{ owner: [1, 3], noun: [4, 5], value: [6, 8], clause: [3, 8] }]
 * ```
 */
export function whoseClauses(text: string, words: readonly Word[], known: (span: readonly Word[]) => boolean = () => false): WhoseClause[] {
  const out: WhoseClause[] = [];
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i]!.raw.toLowerCase() !== 'whose' || !/,\s*$/.test(gap(text, words, i))) continue;
    // the owner: the name before the comma, over an abbreviation in parentheses ("the Acme Bank (AB), whose")
    let end = i;
    if (/^\s*\)\s*,\s*$/.test(gap(text, words, i)) && end >= 2 && /\(\s*$/.test(gap(text, words, end - 1))) end--;
    if (!words[end - 1]!.cap) continue;
    const owner: [number, number] = [nameStart(text, words, end, known), end];
    let k = i + 1;
    // "is" is an ignorable word too: the value starts after the gap that holds it
    const copula = (x: number): boolean => COPULAS.has(gap(text, words, x).trim().toLowerCase());
    while (k < words.length && !copula(k) && !/[,;:]/.test(gap(text, words, k))) k++;
    if (k >= words.length || k === i + 1 || !copula(k) || !words[k]!.cap) continue;
    if (words.slice(i + 1, k).some((w) => w.cap)) continue;
    const valueEnd = nameEnd(text, words, k);
    out.push({ owner, noun: [i + 1, k], value: [k, valueEnd], clause: [i, valueEnd] });
  }
  return out;
}

/**
 * The sentence without its closed appositions and "whose" clauses ("Y, a former minister, was
 * elected" -> "Y was elected"), so the main clause reads with its own subject; undefined when it
 * has none.
 *
 * @example
 * ```ts
 * withoutAppositions('Rufus Firefly, a former minister, left.', words)?.map((w) => w.raw); // ['Rufus', 'Firefly', 'left']
 * ```
 */
export function withoutAppositions<W extends Word>(text: string, words: readonly W[]): W[] | undefined {
  const drop = new Set<number>();
  for (const a of appositionsAfterNames(text, words)) if (a.closed) for (let k = a.phrase[0]; k < a.phrase[1]; k++) drop.add(k);
  return drop.size ? words.filter((_, i) => !drop.has(i)) : undefined;
}
