/**
 * Other words for a relation's verb, said with a noun (round 10): a light verb and the noun of
 * the act ("gave a speech at E" = spoke at E, "provided aid to Y" = aided Y, "conducted a tour
 * of Y" = toured Y), a light verb of role and the noun of the doer ("played host to Y" = hosted
 * Y, "acted as host of E"), and a possessed noun of the act with a verb of reach ("X's aid went
 * to Y" = X aided Y, "X's tour took him to Y" = X toured Y), and a phrasal verb WordNet files
 * with a pattern verb ("cut across" = cross, "open up" = open).
 *
 * The light verbs are data (lexicon `cg:lightVerb`, `cg:agentLightVerb`, `cg:nominalMotionVerb`,
 * `cg:nominalCarryVerb`);
 * which noun names which verb is WordNet's (ontology/lexicon.derived.json `nominals`: derivations
 * between the noun's and the verb's most frequent senses, so "paid attention to" is not
 * "attended"). Each rewrite is checked as a claim: the lexicon's patterns, the slot types of each
 * property's rdfs:domain and rdfs:range, and the verdict rules decide, so a noun of the wrong
 * sense finds no reading rather than a wrong one. Only a noun right after the light verb (and a
 * determiner) is read: "gave no help" keeps its denial unread, and an adjective ("gave financial
 * help") is carried as an adverb, never dropped (the claim without it would say less).
 */
import { isPartContext, partContext } from './compound-readers.js';
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
import type { CheckResult } from './types.js';
import { cg, literals } from './context-vocab.js';
import { applyMarkers } from './parser.js';
import { normalizeTypography, normWord, tokenize } from './text.js';
import { DENIAL } from './denials.js';
import { MONTH_NAMES_LOWER } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

/** One claim in other words and what was read as what. */
export interface OtherWords {
  claim: string;
  /** "read 'played host to' as 'hosted' (light verb + WordNet noun of the doer)". */
  note: string;
  /**
   * A verb of staying out (lexicon `cg:stayingOutVerb`) read as "did not join": it says no more
   * than that denial, so its support decides too.
   */
  plain?: boolean;
}

interface VerbLists {
  act: string[][];
  /** Verbs of refusing (lexicon `cg:refusalVerb`), as norms. */
  refusal: string[][];
  /** The refusal verbs that say no more than "did not join" (lexicon `cg:stayingOutVerb`), joined norms. */
  stayingOut: Set<string>;
  agent: string[][];
  /** "X's aid went to Y" (no object). */
  reach: Set<string>;
  /** "X's tour took him to Y" (the possessor as object). */
  carry: Set<string>;
}

const cache = new WeakMap<object, VerbLists>();

function verbLists(ctx: CheckContext): VerbLists {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  // (round 32) longer phrases first: "shy away from joining" before "shy away from", which
  // startsWith would otherwise match first and leave "joining" unread
  const words = (p: string): string[][] => literals(ctx.lexicon, null, cg(p)).sort().map((v) => v.toLowerCase().split(/\s+/).map((w) => normWord(w, ctx.morph)))
    .sort((a, b) => b.length - a.length);
  const lists: VerbLists = { refusal: words('refusalVerb'), stayingOut: new Set(words('stayingOutVerb').map((w) => w.join(' '))), act: words('lightVerb'), agent: words('agentLightVerb'), reach: new Set(words('nominalMotionVerb').map((w) => w.join(' '))), carry: new Set(words('nominalCarryVerb').map((w) => w.join(' '))) };
  cache.set(ctx.lexicon, lists);
  return lists;
}

/** Determiners and possessive pronouns between a light verb and its noun. */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Prepositions after the noun: kept ("spoke at E") or dropped ("hosted Y"), whichever reads. */
const PREPOSITION = new Set(['to', 'at', 'for', 'of', 'on', 'in', 'with', 'into']);
/** Words after which a verb stands in its base form. */
const BEFORE_BASE_VERB = new Set(['to', 'will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', 'did', 'does', 'do', 'not', 'never']);
/** Object pronouns of "X's N took him to Y". */
const PRONOUN = new Set(['him', 'her', 'them', 'it', 'us']);

export type Form = 'base' | 's' | 'ing' | 'ed';

/**
 * The form a verb token is in: an irregular form by its lemma (lexicon and derived forms), else by its ending.
 *
 * @example
 * ```ts
 * formOf(ctx, 'kept'); // 'ed'
 * ```
 */
export function formOf(ctx: CheckContext, raw: string): Form {
  const w = raw.toLowerCase();
  // "has" is the one irregular present form the lemma table holds (not "haves"): not a past
  if (w === 'has') return 's';
  const lemma = ctx.morph.lemmas.get(w);
  if (lemma) return w.endsWith('ing') ? 'ing' : w === `${lemma}s` || w === `${lemma}es` ? 's' : 'ed';
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (/[^s]s$/.test(w)) return 's';
  return 'base';
}

/**
 * A verb in a form: an irregular past from the lexicon when it has one, else the regular form.
 *
 * @example
 * ```ts
 * inflect(ctx, 'lead', 's'); // 'leads'
 * ```
 */
export function inflect(ctx: CheckContext, verb: string, form: Form): string {
  if (form === 'base') return verb;
  if (form === 's' && verb === 'have') return 'has';
  if (form === 's') return /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  if (form === 'ing') return `${verb.replace(/([^e])e$/, '$1')}ing`;
  const irregular = [...ctx.morph.lemmas].filter(([f, l]) => l === verb && !f.endsWith('ing') && !f.endsWith('s')).map(([f]) => f).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (irregular) return irregular;
  return verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
}

/**
 * Whether a claim word is a form of a verb, not only a word the light stemmer folds onto it
 * ("not" is no form of "note", "spurned" is one of "spurn"): the verb itself, its inflection in
 * the word's form, or an irregular form the lexicon maps to it.
 */
export function isFormOf(ctx: CheckContext, word: string, verb: string): boolean {
  const w = word.toLowerCase();
  if (w === verb || ctx.morph.lemmas.get(w) === verb) return true;
  const form = formOf(ctx, w);
  const regular = form === 'ed' ? [`${verb}ed`, `${verb}d`, `${verb.slice(0, -1)}ied`, `${verb}${verb.slice(-1)}ed`] : form === 'ing' ? [`${verb}ing`, `${verb.replace(/e$/, '')}ing`, `${verb}${verb.slice(-1)}ing`] : form === 's' ? [`${verb}s`, `${verb}es`, `${verb.slice(0, -1)}ies`] : [];
  return regular.includes(w);
}

/** WordNet nouns are singular: "grants" -> "grant", "talks" -> "talk". */
function nounEntries(ctx: CheckContext, word: string) {
  const w = word.toLowerCase();
  for (const c of [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    const e = ctx.derived.nominals.get(c);
    if (e) return { noun: c, entries: e };
  }
  return undefined;
}

interface Word { text: string; start: number; end: number }

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z-]*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** Whether words[i..] begin with one of the lists' verbs (compared by norm); the words it took. */
function startsWith(ctx: CheckContext, words: Word[], i: number, lists: string[][]): number {
  for (const v of lists) {
    if (v.every((w, k) => words[i + k] && normWord(words[i + k]!.text, ctx.morph) === w)) return v.length;
  }
  return 0;
}

/**
 * The claim with each light-verb construction read as the verb of its noun, with and without
 * the preposition after the noun. Empty when it has none.
 *
 * @example
 * ```ts
 * lightVerbRewrites(ctx, 'Rufus played host to the envoy.').map((r) => r.claim);
 * // ['Rufus hosted the envoy.', 'Rufus hosted to the envoy.']
 * ```
 */
export function lightVerbRewrites(ctx: CheckContext, input: string): OtherWords[] {
  const text = normalizeTypography(input).trim();
  const lists = verbLists(ctx);
  const words = wordsOf(text);
  const out: OtherWords[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const kind of ['act', 'agent'] as const) {
      const n = startsWith(ctx, words, i, lists[kind]);
      if (!n) continue;
      let j = i + n;
      if (words[j] && DETERMINER.has(words[j]!.text.toLowerCase())) j++;
      const nounWord = words[j];
      if (!nounWord || /^[A-Z]/.test(nounWord.text)) continue;
      const found = nounEntries(ctx, nounWord.text);
      if (!found) continue;
      const form = formOf(ctx, words[i]!.text);
      const next = words[j + 1];
      const prep = next && PREPOSITION.has(next.text.toLowerCase()) && /^\s+$/.test(text.slice(nounWord.end, next.start)) ? next : undefined;
      const said = text.slice(words[i]!.start, (prep ?? nounWord).end);
      const variants = prep ? [{ rest: text.slice(prep.end), kept: '' }, { rest: text.slice(prep.start - 1), kept: ` ${prep.text}` }] : [{ rest: text.slice(nounWord.end), kept: '' }];
      for (const e of found.entries.filter((x) => x.kind === kind)) {
        const verb = inflect(ctx, e.verb, form);
        for (const v of variants) {
          out.push({
            claim: `${text.slice(0, words[i]!.start)}${verb}${v.rest}`,
            note: `read '${said}' as '${verb}${v.kept}' (${kind === 'agent' ? 'a verb of role and a noun of the doer' : 'a light verb and a noun of the act'}: WordNet ${found.noun} (n) -> ${e.verb} (v), ontology/lexicon.derived.json)`,
          });
        }
      }
      // tried last: light verbs of the act only lend their tense: "lent support to" is "gave support to",
      // which the lexicon may name (as a property of its own) where the noun's verb names another
      const give = kind === 'act' ? inflect(ctx, 'give', form) : undefined;
      if (give && normWord(words[i]!.text, ctx.morph) !== normWord('give', ctx.morph) && n === 1) {
        out.push({
          claim: `${text.slice(0, words[i]!.start)}${give}${text.slice(words[i]!.end)}`,
          note: `read '${words[i]!.text}' as '${give}' (a light verb: lexicon cg:lightVerb)`,
        });
      }
    }
  }
  return dedupe(out);
}

function dedupe(list: OtherWords[]): OtherWords[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.claim) && seen.add(r.claim));
}

// "X's [Month] Year noun ...": the date before the possessed noun (a month name, capitalised or not)
const DATED_NOUN = cachedRegExp(`^(.+?'s)\\s+((?:(?:${MONTH_NAMES_LOWER.map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})\\s+)?(?:19|20)\\d\\d)\\s+([a-z].*?)([.!?]*)$`);

/**
 * "X's N went to Y", "X's N took him to Y": the possessor did the act the noun names, to Y
 * (tried with and without "to"). Undefined-free: empty when the claim is not of that shape.
 *
 * @example
 * ```ts
 * possessedActRewrites(ctx, "Freedonia's aid went to Sylvania.").map((r) => r.claim);
 * // ['Freedonia aided Sylvania.', 'Freedonia aided to Sylvania.']
 * ```
 */
export function possessedActRewrites(ctx: CheckContext, input: string): OtherWords[] {
  // a year before the noun is the act's time: "X's 2006 trip took him to Y" as "X's trip took him
  // to Y in 2006" (round 15); a month before the year goes with it ("X's October 2015 trip", round 31)
  const said = normalizeTypography(input).trim();
  const dated = DATED_NOUN.exec(said);
  const text = dated ? `${dated[1]} ${dated[3]} in ${dated[2]}${dated[4]}` : said;
  const yearNote = dated ? `; the ${/\s/.test(dated[2]!) ? 'month and year' : 'year'} before the noun read as its time: "${text}"` : '';
  const lists = verbLists(ctx);
  // the noun right after the possessive, or after one modifier ("X's financial aid")
  const shapes = [
    /^(.+?)'s\s+()([a-z]+)\s+([a-z]+)\s+(?:(him|her|them|it|us)\s+)?(to|into)\s+(.+)$/,
    /^(.+?)'s\s+([a-z]+)\s+([a-z]+)\s+([a-z]+)\s+(?:(him|her|them|it|us)\s+)?(to|into)\s+(.+)$/,
  ];
  return dedupe(shapes.flatMap((re) => {
    const m = re.exec(text);
    return m ? possessedAct(ctx, lists, m as unknown as string[]).map((r) => ({ ...r, note: r.note + yearNote })) : [];
  }));
}

function possessedAct(ctx: CheckContext, lists: VerbLists, m: string[]): OtherWords[] {
  const [, owner, adjective, noun, reachVerb, pronoun, prep, rest] = m;
  const reachLemma = normWord(reachVerb!, ctx.morph);
  // "took him to": the verb carries the possessor; "went to": it takes no object
  if (!(pronoun ? lists.carry : lists.reach).has(reachLemma)) return [];
  const found = nounEntries(ctx, noun!);
  if (!found) return [];
  const form = formOf(ctx, reachVerb!);
  const out: OtherWords[] = [];
  for (const e of found.entries.filter((x) => x.kind === 'act')) {
    const verb = inflect(ctx, e.verb, form);
    const adverb = adjective ? `${adjective.replace(/ic$/, 'ical').replace(/le$/, 'l').replace(/y$/, 'i')}ly ` : '';
    for (const tail of [rest, `${prep} ${rest}`]) {
      out.push({
        claim: `${owner} ${adverb}${verb} ${tail}`,
        note: `read "${owner}'s ${adjective ? `${adjective} ` : ''}${noun} ${reachVerb}${pronoun ? ` ${pronoun}` : ''} ${prep}" as "${owner} ${adverb}${verb}${tail === rest ? '' : ` ${prep}`}" (the possessor did the act: WordNet ${found.noun} (n) -> ${e.verb} (v), ontology/lexicon.derived.json)`,
      });
    }
  }
  // "X's trip took him to Y": X made a trip to Y (the lexicon may name "make a N to" itself, where
  // the noun's own verb is no pattern verb: "trip"), round 15
  if (pronoun && found.entries.some((x) => x.kind === 'act')) {
    const make = inflect(ctx, 'make', form);
    out.push({
      claim: `${owner} ${make} ${adjective ? `${/^[aeiou]/.test(adjective) ? 'an' : 'a'} ${adjective}` : `${/^[aeiou]/.test(noun!) ? 'an' : 'a'}`} ${noun} ${prep} ${rest}`,
      note: `read "${owner}'s ${adjective ? `${adjective} ` : ''}${noun} ${reachVerb} ${pronoun} ${prep}" as "${owner} ${make} a ${adjective ? `${adjective} ` : ''}${noun} ${prep}" (the possessor made the ${noun})`,
    });
  }
  // "X's support went to Y": X gave its support to Y (the lexicon may name "give N to" itself)
  if (!pronoun && prep === 'to') {
    const give = inflect(ctx, 'give', form);
    out.push({
      claim: `${owner} ${give} ${adjective ? `${adjective} ` : ''}${noun} to ${rest}`,
      note: `read "${owner}'s ${adjective ? `${adjective} ` : ''}${noun} ${reachVerb} to" as "${owner} ${give} ${adjective ? `${adjective} ` : ''}${noun} to" (the possessor gave what went)`,
    });
  }
  return out;
}

const phrasalIndex = new WeakMap<object, Map<string, Array<{ rest: string[]; verbs: string[]; phrase: string }>>>();

/** Phrasal verbs by the norm of their first word. */
function phrasalsByFirst(ctx: CheckContext) {
  const hit = phrasalIndex.get(ctx.derived);
  if (hit) return hit;
  const index = new Map<string, Array<{ rest: string[]; verbs: string[]; phrase: string }>>();
  for (const [phrase, verbs] of ctx.derived.phrasals) {
    const [first = '', ...rest] = phrase.split(' ');
    const key = normWord(first, ctx.morph);
    index.set(key, [...(index.get(key) ?? []), { rest, verbs, phrase }]);
  }
  phrasalIndex.set(ctx.derived, index);
  return index;
}

/**
 * The claim with a phrasal verb read as the pattern verb WordNet files it with (the verb's first
 * word inflected as written, its particles exact). Empty when it has none.
 *
 * @example
 * ```ts
 * phrasalRewrites(ctx, 'The canal cuts across Sylvania.').map((r) => r.claim);
 * // ['The canal crosses Sylvania.', 'The canal traverses Sylvania.']
 * ```
 */
export function phrasalRewrites(ctx: CheckContext, input: string): OtherWords[] {
  const text = normalizeTypography(input).trim();
  const words = wordsOf(text);
  const index = phrasalsByFirst(ctx);
  const out: OtherWords[] = [];
  for (let i = 0; i < words.length; i++) {
    if (/^[A-Z]/.test(words[i]!.text) && i > 0) continue;
    const before = words[i - 1]?.text.toLowerCase();
    if (before && (DETERMINER.has(before) || PREPOSITION.has(before))) continue;
    for (const p of index.get(normWord(words[i]!.text, ctx.morph)) ?? []) {
      if (!isFormOf(ctx, words[i]!.text, p.phrase.split(' ')[0]!)) continue;
      if (!p.rest.every((w, k) => words[i + 1 + k]?.text.toLowerCase() === w)) continue;
      if (passiveBeforeObject(words, i, i + p.rest.length)) continue;
      const last = words[i + p.rest.length]!;
      const form = formOf(ctx, words[i]!.text);
      for (const v of p.verbs) {
        const verb = inflect(ctx, v, form);
        out.push({
          claim: `${text.slice(0, words[i]!.start)}${verb}${text.slice(last.end)}`,
          note: `read '${text.slice(words[i]!.start, last.end)}' as '${verb}' (a phrasal verb WordNet files with ${v}: "${p.phrase}", ontology/lexicon.derived.json)`,
        });
      }
    }
  }
  return dedupe(out);
}

/** Forms of "be" that make a participle after them passive. */
const BE_FORM = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether the phrasal verb from word `first` to word `last` is a passive participle ("was held
 * in") followed by a noun phrase. A passive phrasal verb's object is the clause's subject, so
 * nothing of it follows the particle: a name or determiner there makes the particle a preposition
 * of the plain verb ("the gala was held in Zenda" is a gala taking place in Zenda, never WordNet's
 * "hold in" = control, which made "Rufus was held in the League" Rufus leading the League).
 *
 * @example
 * ```ts
 * passiveBeforeObject(wordsOf('The gala was held in Zenda.'), 3, 4); // true
 * passiveBeforeObject(wordsOf('Rufus held in his anger.'), 1, 2); // false
 * ```
 */
function passiveBeforeObject(words: ReadonlyArray<{ text: string }>, first: number, last: number): boolean {
  let k = first - 1;
  // an adverb may stand between the auxiliary and the participle ("was formally held in")
  if (/ly$/i.test(words[k]?.text ?? '')) k--;
  if (!BE_FORM.has(words[k]?.text.toLowerCase() ?? '')) return false;
  const next = words[last + 1]?.text;
  return next !== undefined && (/^[A-Z0-9]/.test(next) || OBJECT_START.has(next.toLowerCase()));
}

/** Words that open a verb's object: determiners, possessive and object pronouns, quantifiers. */
const OBJECT_START = new Set([...DETERMINER, 'him', 'them', 'it', 'us', 'me', 'this', 'that', 'these', 'those', 'some', 'all', 'each', 'every', 'both', 'no']);
/** Subject pronouns a present "-s" verb follows. */
const SUBJECT_PRONOUN = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'this']);
/** Words that open a new clause: a finite verb before them belongs to another clause. */
const CLAUSE_START = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'while', 'because', 'as', 'if', 'when', 'where']);
/** Finite verbs of being and having: an "-s" word after one in the same clause is no verb. */
const FINITE_AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * Whether an "-s" word that WordNet has as a noun too ("ties", "reserves") stands where a present
 * verb stands: right after a name or a subject pronoun, or after a common noun and before an
 * object; never after a possessive, nor after "is"/"has" in its own clause. Without this
 * "Sylvania's economic ties" read as "Sylvania's economic fixes" and "has the largest gas reserves" as
 * "withholds" (users16 README: a rewrite must keep the word's part of speech).
 *
 * @example
 * ```ts
 * verbPosition("Sylvania's trade ties with Freedonia", wordsOf(...), 3); // false: a noun after a possessive's adjective
 * verbPosition('Sylvania ties its currency to gold', wordsOf(...), 1); // true: after a name
 * ```
 */
function verbPosition(text: string, words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  if (!prev) return false;
  // a possessive before it ("Sylvania's ties", "the states' ties"): a noun
  if (/['\u2019]/.test(text.slice(prev.end, words[k]!.start)) || (prev.text === 's' && /['\u2019]$/.test(text.slice(0, prev.start)))) return false;
  for (let j = k - 1; j >= 0; j--) {
    const lw = words[j]!.text.toLowerCase();
    if (CLAUSE_START.has(lw) || /[,;:]/.test(text.slice(words[j]!.end, words[j + 1]!.start))) break;
    if (FINITE_AUXILIARY.has(lw)) return false;
  }
  if (/^[A-Z]/.test(prev.text) || SUBJECT_PRONOUN.has(prev.text.toLowerCase()) || /ly$/.test(prev.text)) return true;
  const next = words[k + 1];
  return !!next && /^\s+$/.test(text.slice(words[k]!.end, next.start)) && (/^[A-Z]/.test(next.text) || OBJECT_START.has(next.text.toLowerCase()));
}

const troponymIndex = new WeakMap<object, Map<string, Array<{ verb: string; general: string[] }>>>();

/**
 * The claim with a verb WordNet files under a pattern verb read as that verb ("Freedonia spurned
 * the League" as "Freedonia refused the League"). The claim says more than the reading (a way of
 * refusing), so only a refutation of the reading decides: the caller keeps a support undecided.
 *
 * @example
 * ```ts
 * troponymRewrites(ctx, 'Freedonia spurned the League.').map((r) => r.claim);
 * // ['Freedonia declined the League.', 'Freedonia refused the League.']
 * ```
 */
export function troponymRewrites(ctx: CheckContext, input: string): OtherWords[] {
  let index = troponymIndex.get(ctx.derived);
  if (!index) {
    index = new Map();
    for (const [verb, general] of ctx.derived.troponyms) {
      const key = normWord(verb, ctx.morph);
      index.set(key, [...(index.get(key) ?? []), { verb, general }]);
    }
    troponymIndex.set(ctx.derived, index);
  }
  const text = normalizeTypography(input).trim();
  const out: OtherWords[] = [];
  const words = wordsOf(text);
  for (const [k, w] of words.entries()) {
    if (/^[A-Z]/.test(w.text) || ctx.nameWords.has(w.text.toLowerCase())) continue;
    // a word after a determiner or a preposition is a noun ("rebuilt its canals": canal is also a verb)
    const before = words[k - 1]?.text.toLowerCase();
    if (before && (DETERMINER.has(before) || PREPOSITION.has(before))) continue;
    // a base form is a verb only after a modal or "to" ("will bankroll"); elsewhere it is a noun
    // ("the Freedonia piece works at a research centre": neither "piece" nor "centre" is a deed)
    // (a British spelling the lexicon maps to the American one, "centre" -> center, is a base form too)
    const lw = w.text.toLowerCase();
    const spelling = /re$/.test(lw) && ctx.morph.lemmas.get(lw) === lw.replace(/re$/, 'er');
    if ((spelling || formOf(ctx, w.text) === 'base') && !(before && BEFORE_BASE_VERB.has(before))) continue;
    for (const t of index.get(normWord(w.text, ctx.morph)) ?? []) {
      if (!isFormOf(ctx, w.text, t.verb)) continue;
      // "ties", "reserves": a WordNet noun as well; read as the verb only where one stands (round 24)
      if (ctx.derived.troponymNouns.has(t.verb) && formOf(ctx, w.text) === 's' && !verbPosition(text, words, k)) continue;
      for (const g of t.general) {
        // round 36 (fix29a; users29's F7): "reopen" under "open" is the deed done again, another
        // occasion: the first one's time or place says nothing of it ("reopened in 2017" was refuted
        // by the opening day); the prefix "re-" of repetition is English word formation
        if (t.verb.toLowerCase() === `re${g.toLowerCase()}` || t.verb.toLowerCase() === `re-${g.toLowerCase()}`) continue;
        const verb = inflect(ctx, g, formOf(ctx, w.text));
        out.push({
          claim: `${text.slice(0, w.start)}${verb}${text.slice(w.end)}`,
          note: `read '${w.text}' as '${verb}', which it is a way of (WordNet files ${t.verb} under ${g}, ontology/lexicon.derived.json): only a refutation decides`,
        });
      }
    }
  }
  return dedupe(out);
}

/**
 * "X rejected Y" (lexicon `cg:refusalVerb`) as "X did not join Y": the claim says at least that
 * denial, so the caller lets only its refutation decide. Past and present forms only; a claim
 * with a denial of its own ("did not reject") is not read.
 *
 * @example
 * ```ts
 * refusalRewrites(ctx, 'Freedonia rejected the League.').map((r) => r.claim);
 * // ['Freedonia did not join the League.']
 * ```
 */
export function refusalRewrites(ctx: CheckContext, input: string): OtherWords[] {
  const text = normalizeTypography(input).trim().replace(/[.!]$/, '');
  if (DENIAL.test(text)) return [];
  const words = wordsOf(text);
  for (let i = 1; i < words.length - 1; i++) {
    const n = startsWith(ctx, words, i, verbLists(ctx).refusal);
    if (!n) continue;
    const form = formOf(ctx, words[i]!.text);
    if (form !== 'ed' && form !== 's') return [];
    const before = text.slice(0, words[i]!.start).trim();
    const object = text.slice(words[i + n - 1]!.end).trim();
    // A perfect ("X has stayed away from Y") keeps its auxiliary: "X has not joined Y".
    const perfect = /^(.*\S)\s+(has|have|had)$/i.exec(before);
    const subject = perfect ? perfect[1]! : before;
    const claim = perfect && form === 'ed'
      ? `${subject} ${perfect[2]!.toLowerCase()} not joined ${object}.`
      : `${before} ${form === 'ed' ? 'did' : /\b(?:and)\b/.test(before) ? 'do' : 'does'} not join ${object}.`;
    const phrase = text.slice(words[i]!.start, words[i + n - 1]!.end);
    const lists = verbLists(ctx);
    const matched = lists.refusal.find((v) => v.length === n && v.every((w, k) => normWord(words[i + k]!.text, ctx.morph) === w));
    if (matched && lists.stayingOut.has(matched.join(' '))) {
      return [{ claim, plain: true, note: `read '${phrase}' as 'did not join', which is all it says (lexicon cg:stayingOutVerb): both verdicts decide` }];
    }
    return [{ claim, note: `read '${phrase}' as 'did not join', which it says at least (lexicon cg:refusalVerb): only a refutation decides` }];
  }
  return [];
}

// A claim rewritten by the light-verb or troponym reader is rechecked without those two readers:
// their rewrites of a rewrite ("spurned" -> "refused" -> "declined" ...) ran every reader again for
// each word, and the users' batch fell from 59 to 37 claims/s; a rewrite of a rewrite read nothing
// the first did not (check outputs identical on every case set). A part stays a part.
const wordRewriteContexts = new WeakSet<CheckContext>();
const wordRewriteOf = new WeakMap<CheckContext, CheckContext>();
/** The context a word reader's rewrite is rechecked in (made once per context). */
export function wordRewriteContext(ctx: CheckContext): CheckContext {
  let c = wordRewriteOf.get(ctx);
  if (!c) {
    c = isPartContext(ctx) ? partContext({ ...ctx }) : { ...ctx };
    wordRewriteOf.set(ctx, c);
    wordRewriteContexts.add(c);
  }
  return c;
}

/** True for a context {@link wordRewriteContext} made: the word readers do not read in it again. */
export const isWordRewrite = (ctx: CheckContext): boolean => wordRewriteContexts.has(ctx);

const claimOf = (text: string): string => text.trim();

/**
 * The light-verb reader (table entry `light-verb`): a light verb and a noun of the act, a possessed
 * noun of the act, or a phrasal verb, read as the pattern verb; the readings that decide must
 * agree, an undecided one is held.
 *
 * @example
 * ```ts
 * await readLightVerbs({ ctx, text: 'Rufus Firefly played host to Gloria Teasdale.', recheck });
 * // read as "Rufus Firefly hosted Gloria Teasdale": that reading's verdict
 * ```
 */
export async function readLightVerbs({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (isWordRewrite(ctx)) return undefined;
  return readOtherWords({ ctx, text, recheck }, [...lightVerbRewrites(ctx, text), ...possessedActRewrites(ctx, text), ...phrasalRewrites(ctx, text)]);
}

/**
 * The claim read in each of the other words given, each reading checked in order (not by its
 * words); the readings that decide must agree, else an undecided one is held. Shared by the
 * light-verb reader and the idiom reader (src/check/idioms.ts).
 *
 * @example
 * ```ts
 * await readOtherWords({ ctx, text, recheck }, [{ claim: 'Sylvania stayed out of the League.', note: "read 'sat out' as 'stayed out of'" }]);
 * ```
 */
export async function readOtherWords({ ctx, text, recheck }: ReaderInput, others: OtherWords[]): Promise<ReaderOutcome | undefined> {
  const told: CheckResult[] = [];
  for (const other of others) {
    const r = await recheck(other.claim, wordRewriteContext(ctx));
    // the other words must read in order: reading them by their words ("helped to Y" as
    // "wants to help Y") would stack a second loosening on the first
    if (!r || (r.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    told.push({
      ...r, claim: claimOf(text),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), other.note] },
      explanation: `Read as "${other.claim}" (${other.note}). ${r.explanation}`,
    });
  }
  const decidedOnes = told.filter((r) => r.verdict !== 'NOT_ENOUGH_INFO');
  if (decidedOnes.length && decidedOnes.every((r) => r.verdict === decidedOnes[0]!.verdict)) return { decided: decidedOnes[0]! };
  // readings that disagree decide nothing; an undecided one is shown
  const undecided = told.find((r) => r.verdict === 'NOT_ENOUGH_INFO');
  return undecided ? { held: undecided } : undefined;
}

/**
 * True when the claim is a denial (its markers read negative): "X did not rush to Y".
 *
 * @example
 * ```ts
 * isDenial(ctx, 'Freedonia did not rush to Sylvania.'); // true
 * ```
 */
export function isDenial(ctx: CheckContext, text: string): boolean {
  return applyMarkers(ctx, tokenize(text, ctx.morph)).polarity === 'negative';
}

/**
 * The result of a claim read in weaker words ("at least" idioms, troponyms): only a refutation
 * decides, and not even that when the claim denies words that say more (`deniesMore` says what it
 * denies: then the refutation is held, undecided); a support is held, since the claim says how.
 * Shared by the troponym reader and the idiom reader (src/check/idioms.ts).
 *
 * @example
 * ```ts
 * weakerWordsResult(r, 'Freedonia rushed to Sylvania.', other, interpretation); // r refuted: refuted
 * ```
 */
export function weakerWordsResult(r: CheckResult, claim: string, other: OtherWords, interpretation: CheckResult['interpretation'], deniesMore?: string): CheckResult {
  const read = `Read as "${other.claim}" (${other.note})`;
  if (r.verdict === 'REFUTED' && deniesMore) {
    return undecidedResult({ ...r, claim, interpretation }, `${read}: that is refuted, but the claim denies ${deniesMore}. ${r.explanation}`);
  }
  if (r.verdict === 'REFUTED') return { ...r, claim, interpretation, explanation: `${read}, which is refuted. ${r.explanation}` };
  return undecidedResult({ ...r, claim, interpretation },
    `${read}: that is ${r.verdict === 'SUPPORTED' ? 'supported, but the claim says how, which the graph does not' : 'not decided'}. ${r.explanation}`);
}

/**
 * The troponym reader (table entry `troponym`): a verb WordNet files under a pattern verb, or a
 * refusal verb read as "did not join"; the claim says more than the reading, so only a refutation
 * decides and a support is held.
 *
 * @example
 * ```ts
 * await readTroponyms({ ctx, text: 'Sylvania spurned the League.', recheck });
 * // read as "Sylvania refused the League" / "Sylvania did not join the League": decided only when refuted
 * ```
 */
export async function readTroponyms({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (isWordRewrite(ctx)) return undefined;
  const told: CheckResult[] = [];
  const supported = new Set<CheckResult>();
  const plainSupported: CheckResult[] = [];
  // a troponym that is a refusal verb ("spurned" -> "refused") goes on to "did not join" here,
  // as its recheck runs without this reader
  const tropes = troponymRewrites(ctx, text);
  const fromTropes = tropes.flatMap((t) => refusalRewrites(ctx, t.claim).map((r) => ({ ...r, plain: false, note: `${t.note}; ${r.note}` })));
  const refusals = [...refusalRewrites(ctx, text), ...fromTropes];
  // a denial of the troponym is no denial of the verb it is a way of ("did not rush to Y" is no
  // "did not go to Y"): there the verb's refutation does not refute the claim
  const saysMore = new Set<OtherWords>([...tropes, ...fromTropes]);
  const denied = saysMore.size > 0 && isDenial(ctx, text);
  for (const other of [...tropes, ...refusals]) {
    const r = await recheck(other.claim, wordRewriteContext(ctx));
    if (!r || (r.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), other.note] };
    // a verb of staying out says no more than "did not join": its support decides as well
    if (other.plain && r.verdict === 'SUPPORTED') {
      const t: CheckResult = restate(r, text, { interpretation, explanation: `Read as "${other.claim}" (${other.note}), which is supported. ${r.explanation}` });
      plainSupported.push(t);
      told.push(t);
      continue;
    }
    const t = weakerWordsResult(r, claimOf(text), other, interpretation,
      denied && saysMore.has(other) ? 'a verb that says more than this one, and denying it does not deny this one' : undefined);
    if (r.verdict === 'SUPPORTED') supported.add(t);
    told.push(t);
  }
  const refuted = told.filter((r) => r.verdict === 'REFUTED');
  if (refuted.length && refuted.length === told.length) return { decided: refuted[0]! };
  // the plain denial supported, and no other reading refuted: it decides
  if (plainSupported.length && !refuted.length) return { decided: plainSupported[0]! };
  // shown: a reading the graph supports (the general claim), else the first undecided one
  const undecided = told.find((r) => supported.has(r)) ?? told.find((r) => r.verdict === 'NOT_ENOUGH_INFO');
  return undecided ? { held: undecided } : undefined;
}
