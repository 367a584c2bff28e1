/**
 * The determiner of the occasion a claim names (round 35, scope35; the round-34 known false
 * verdicts): "concluded A visit to Y on <day>" names any visit, "concluded HIS visit" and "THE
 * state visit" name one the reader knows, the source's. The parser reads the lexicon's patterns on
 * content words only (articles are dropped), so the reading kept no trace of the difference, and a
 * visit dated in another year by the claim was refuted by the source's one visit ("the end date is
 * single-valued"). The determiner is looked up in the claim's own words, before the noun of the
 * occasion: a word of the matched pattern's alternatives ("(visit|tour|trip)") or the object's
 * mention ("will host a League summit"), over at most three modifiers ("a week-long state visit").
 *
 * Only the kind of determiner is kept: the interpretation shows it, and src/check/repeat-time.ts
 * reads an indefinite occasion in another year as possibly another occasion (never a refutation).
 */
import type { Determiner, Interpretation } from './types.js';

/** The closed class of determiners, by kind (a grammatical word list, no domain words). */
const KINDS: ReadonlyArray<readonly [Determiner['kind'], ReadonlySet<string>]> = [
  ['indefinite', new Set(['a', 'an', 'another', 'one'])],
  ['definite', new Set(['the', 'this', 'that', 'these', 'those'])],
  ['possessive', new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their'])],
];

/** Words a modifier run between a determiner and its noun never contains (they end the phrase). */
const BREAKS = new Set([
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'and', 'or', 'but', 'as', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'did', 'does', 'do', 'not',
]);

const MAX_MODIFIERS = 3;

/** The claim's words, lower-cased, possessive "'s" kept on its word ("Rufus's"). */
function words(text: string): string[] {
  return (text.normalize('NFC').replace(/\u2019/g, '\'').match(/[\p{L}\p{N}][\p{L}\p{N}'-]*|[^\s\p{L}\p{N}]/gu) ?? []).map((w) => w.toLowerCase());
}

function kindOf(word: string): Determiner['kind'] | undefined {
  for (const [kind, set] of KINDS) if (set.has(word)) return kind;
  // a possessive noun ("Rufus's visit", "the League's summit")
  return /^[\p{L}\p{N}][\p{L}\p{N}-]*'s?$/u.test(word) && /'s?$/.test(word) && word.includes('\'') ? 'possessive' : undefined;
}

/**
 * The determiner before the noun starting at `at` (its words in `ws`), over at most three modifiers,
 * not before `from` (round 37, users30's F3: "A ceremony was held ..." gave the subject's "a" to the
 * pattern's "was", so the subject's indefinite event was read as the one the graph dates).
 */
function before(ws: readonly string[], at: number, from = 0): { word: string; kind: Determiner['kind'] } | undefined {
  for (let i = at - 1, skipped = 0; i >= from && skipped <= MAX_MODIFIERS; i--, skipped++) {
    const w = ws[i]!;
    const kind = kindOf(w);
    if (kind) return { word: w, kind };
    if (BREAKS.has(w) || !/^[\p{L}\p{N}]/u.test(w)) return undefined;
  }
  return undefined;
}

/** Where the words of `noun` (one or more words) start in `ws`; a noun word also matches its plural or inflection. */
function occurrences(ws: readonly string[], noun: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + noun.length <= ws.length; i++) {
    if (noun.every((n, k) => ws[i + k] === n || (k === noun.length - 1 && ws[i + k]!.startsWith(n) && ws[i + k]!.length - n.length <= 2))) out.push(i);
  }
  return out;
}

/** The words of the pattern's alternatives ("(visit|tour|trip)", "[state|official]"), lower-cased. */
function patternWords(pattern: string): { alternatives: string[]; all: Set<string> } {
  const alternatives = [...pattern.matchAll(/[([]([^)\]{}]+)[)\]]/g)].flatMap((m) => m[1]!.split('|')).map((w) => w.trim().toLowerCase()).filter((w) => /^[\p{L}-]+$/u.test(w));
  const all = new Set(pattern.toLowerCase().match(/[\p{L}-]+/gu) ?? []);
  return { alternatives, all };
}

type Found = Determiner & { at: number };

/**
 * "a" / "an" / "another" right before a name that heads its phrase ("an XYZ member": the article
 * is the member's, so a word after the name ends the phrase only as a break word or punctuation).
 */
function indefiniteName(ws: readonly string[], mention: string, of: Determiner['of'], take: (noun: string, of: Determiner['of'], from: number) => Found[]): Found | undefined {
  return take(mention, of, 0).find((d) => {
    const next = ws[d.at + words(mention).length];
    // a subject that opens the claim ("A Gala Parade took place ...") is followed by its verb
    const opens = of === 'subject' && d.at === 1;
    return d.kind === 'indefinite' && d.word !== 'one' && ws[d.at - 1] === d.word && (opens || next === undefined || BREAKS.has(next) || !/^[\p{L}\p{N}]/u.test(next));
  });
}

/**
 * The determiner of the occasion the claim names: of the object's mention (`of: 'object'`) or of
 * a noun among the matched pattern's alternatives (`of: 'pattern'`); undefined when the claim
 * says none there. A determiner the pattern itself spells ("(a|per|each) year") is the relation's
 * wording, not the claim's choice, and is not taken.
 *
 * @example
 * ```ts
 * occasionDeterminer('Rufus ended a trip to Sylvania on 3 May 2004.', interp); // { kind: 'indefinite', word: 'a', noun: 'trip', of: 'pattern' }
 * ```
 */
export function occasionDeterminer(text: string, interp: Pick<Interpretation, 'subject' | 'object' | 'pattern'>): Determiner | undefined {
  const ws = words(text);
  // the occasion's noun follows the subject ("The bank opened": "the" is the subject's)
  const subject = 'mention' in interp.subject && interp.subject.mention ? occurrences(ws, words(interp.subject.mention)).map((i) => i + words(interp.subject.mention!).length)[0] ?? 0 : 0;
  const pw = interp.pattern ? patternWords(interp.pattern) : { alternatives: [], all: new Set<string>() };
  // every noun the determiner may go with, each with the determiner before its occurrence
  const take = (noun: string, of: Determiner['of'], from: number): Array<Determiner & { at: number }> => {
    const parts = words(noun);
    const out: Array<Determiner & { at: number }> = [];
    for (const at of parts.length ? occurrences(ws, parts).filter((i) => i >= from) : []) {
      const d = before(ws, at, from);
      if (d && !pw.all.has(d.word)) out.push({ kind: d.kind, word: d.word, noun, of, at });
    }
    return out;
  };
  const strip = (d: (Determiner & { at: number }) | undefined): Determiner | undefined => (d ? { kind: d.kind, word: d.word, noun: d.noun, of: d.of } : undefined);
  // a mention with a common noun ("a League summit", "the bank"), not a name's own article ("the League")
  const common = (mention: string | undefined): mention is string => !!mention && /(?:^|\s)[a-z][a-z-]*(?:\s|$)/.test(mention);
  const object = interp.object.kind === 'entity' && common(interp.object.mention) ? take(interp.object.mention, 'object', 0)[0] : undefined;
  if (object) return strip(object);
  // round 36 (fix29a; users29's F3): a name after "a" / "an" / "another" ("attended a Gala Parade")
  // is said of one of a kind, not of the one the name is: a name's own article is "the"
  const named = interp.object.kind === 'entity' && interp.object.mention && !common(interp.object.mention) ? indefiniteName(ws, interp.object.mention, 'object', take) : undefined;
  if (named) return strip(named);
  // the head of the occasion's phrase is its last noun ("his state visit": visit, not state)
  const nouns = pw.alternatives.filter((n) => n.length >= 3 && !BREAKS.has(n)).flatMap((n) => take(n, 'pattern', subject)).sort((a, b) => b.at - a.at);
  if (nouns[0]) return strip(nouns[0]);
  // the occasion as the subject ("A League summit will take place in Z")
  if (interp.subject.kind === 'entity' && common(interp.subject.mention)) return strip(take(interp.subject.mention, 'subject', 0)[0]);
  // round 38 (fix30c; users30's F3): a name after "a" / "an" as the subject ("A Gala Parade was
  // held on ..."), one of a kind as the object's is (a name's own article is "the")
  if (interp.subject.kind === 'entity' && interp.subject.mention) return strip(indefiniteName(ws, interp.subject.mention, 'subject', take));
  return undefined;
}
