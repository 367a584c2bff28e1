/**
 * Idioms and phrasal verbs said in the lexicon's words (round 12, branch `idioms`).
 *
 * Two sources, one rewrite: the claim says the relation with a phrase the patterns do not use, and
 * is read again with that phrase in the lexicon's words; the patterns, each property's domain and
 * range and the verdict rules then decide, so a phrase in another sense finds no reading.
 *
 * - **Idioms** (lexicon `cg:idiom "PHRASE => WORDS"`): phrases WordNet does not file with a
 *   pattern's words, written down as data ("sit out => stay out of", "come on board => join",
 *   "come into effect => enter into force"). The phrase means the words, so both verdicts decide.
 * - **WordNet phrasal synonyms of the lexicon's own phrases** (`ontology/lexicon.derived.json`
 *   `phrasalSynonyms`, by `scripts/derive-lexicon.mjs`): a two- or three-word WordNet verb that
 *   shares a synset with a phrasal verb the patterns use ("turn up" with "show up"), in one of the
 *   two most frequent senses of each. Both verdicts decide, as for the phrasal verbs of round 10.
 *
 * The phrase's first word is a verb: it is matched as any form of that verb and the words that
 * replace it take the same form ("sat out" -> "stayed out of", "has kept out of" -> "has stayed
 * out of"). The words read are in `interpretation.notes`.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { formOf, inflect, isDenial, isFormOf, isWordRewrite, readOtherWords, weakerWordsResult, wordRewriteContext, type Form, type OtherWords } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import type { CheckResult } from './types.js';
import { normalizeTypography, normWord } from './text.js';

/** One phrase and the lexicon's words for it. */
export interface Idiom {
  /** The phrase as written in the lexicon, lower case ("come on board"). */
  phrase: string[];
  /** The lexicon's words for it ("join"). */
  means: string[];
  /** Where it comes from, for the note. */
  source: string;
  /** The phrase says at least the words and also how ("drop in on" = visit, informally): only a refutation decides. */
  atLeast?: boolean;
}

const cache = new WeakMap<object, Map<string, Idiom[]>>();

/**
 * The idioms of the lexicon and the derived phrasal synonyms, by the norm of their first word.
 *
 * @example
 * ```ts
 * idiomsByFirst(ctx).get('sit'); // [{ phrase: ['sit', 'out'], means: ['stay', 'out', 'of'], ... }]
 * ```
 */
export function idiomsByFirst(ctx: CheckContext): Map<string, Idiom[]> {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const index = new Map<string, Idiom[]>();
  const add = (idiom: Idiom) => {
    const key = normWord(idiom.phrase[0]!, ctx.morph);
    index.set(key, [...(index.get(key) ?? []), idiom]);
  };
  for (const value of literals(ctx.lexicon, null, cg('idiom')).sort()) {
    const atLeast = value.includes('=>?');
    const [phrase, means] = value.split(/=>\??/).map((s) => s.trim().toLowerCase().split(/\s+/).filter(Boolean));
    if (!phrase?.length || !means?.length) continue;
    add({ phrase, means, source: atLeast ? 'lexicon cg:idiom, which it is a way of: only a refutation decides' : 'lexicon cg:idiom', atLeast });
  }
  for (const [phrase, targets] of [...ctx.derived.phrasalSynonyms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const t of targets) add({ phrase: phrase.split(' '), means: t.split(' '), source: `WordNet files "${phrase}" with "${t}", ontology/lexicon.derived.json` });
  }
  // longer phrases first: "keep out of" before "keep out"
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  cache.set(ctx.lexicon, index);
  return index;
}

/** Words after which a verb in its base form is a participle ("has come on board"). */
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve"]);
/** Words before which a capitalised first word is no verb. */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

interface Word { text: string; start: number; end: number }

/** The lexicon's stand-in for a possessive in an idiom ("make one's debut"). */
const ONES = "one's";
/** The possessives "one's" stands for. */
const POSSESSIVE = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * True when a word of the claim is the idiom's word ("one's": any possessive).
 *
 * @example
 * ```ts
 * matchesWord("one's", 'his'); // true
 * ```
 */
export function matchesWord(idiomWord: string, claimWord: string | undefined): boolean {
  if (!claimWord) return false;
  const w = claimWord.toLowerCase();
  return idiomWord === ONES ? POSSESSIVE.has(w) : w === idiomWord;
}

/**
 * The past tense of a verb, or its participle after "has"/"had": of two irregular forms the one in
 * -n or -ne is the participle ("went" / "gone"); a regular past when the only irregular form is the
 * participle ("showed" / "shown").
 */
function pastForm(ctx: CheckContext, verb: string, participle: boolean): string {
  const irregular = [...ctx.morph.lemmas].filter(([f, l]) => l === verb && f !== verb && !f.endsWith('ing') && !/[^s]s$/.test(f)).map(([f]) => f).sort();
  // of two forms in -n the past has the a of "began", "ran" and the participle the u of "begun"
  // "ran" is no participle: the participle of a verb whose only irregular form is in -an is its base ("has run")
  if (participle && irregular.length && irregular.every((f) => /an$/.test(f))) return verb;
  const pick = irregular.find((f) => /ne?$/.test(f) === participle && !(participle && /an$/.test(f)))
    ?? (participle ? irregular[0] : irregular.find((f) => /an$/.test(f)));
  if (pick) return pick;
  if (participle || !irregular.length) return inflect(ctx, verb, 'ed');
  return verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
}

/**
 * "be" in the form of the verb it stands for ("pulled out of" -> "was no longer a member of", "has
 * pulled out of" -> "has been ..."): the copula's forms are its own. The singular is written; the
 * parser reads a plural subject's claim with it the same.
 */
function beForm(form: Form, perfect: boolean): string {
  if (perfect) return 'been';
  return form === 'ed' ? 'was' : form === 's' ? 'is' : form === 'ing' ? 'being' : 'be';
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/**
 * The claim with each idiom (or WordNet phrasal synonym of a lexicon phrase) said in the lexicon's
 * words, its first word inflected as written. Empty when it has none.
 *
 * @example
 * ```ts
 * idiomRewrites(ctx, 'Sylvania sat out the League.').map((r) => r.claim);
 * // ['Sylvania stayed out of the League.']
 * ```
 */
export function idiomRewrites(ctx: CheckContext, input: string): Array<OtherWords & { atLeast?: boolean }> {
  const text = normalizeTypography(input).trim();
  const words = wordsOf(text);
  const index = idiomsByFirst(ctx);
  const out: Array<OtherWords & { atLeast?: boolean }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^[A-Z]/.test(w.text) && i > 0) continue;
    const before = words[i - 1]?.text.toLowerCase();
    if (before && DETERMINER.has(before)) continue;
    // a short verb's past ("used") is not stemmed onto its base ("use"): look both up
    const keys = [...new Set([normWord(w.text, ctx.morph), normWord(w.text.replace(/(?<=e)d$/i, ''), ctx.morph)])];
    for (const idiom of keys.flatMap((k) => index.get(k) ?? [])) {
      if (!isFormOf(ctx, w.text, idiom.phrase[0]!)) continue;
      if (!idiom.phrase.slice(1).every((p, k) => matchesWord(p, words[i + 1 + k]?.text))) continue;
      const last = words[i + idiom.phrase.length - 1]!;
      // the possessive the claim writes stands where the lexicon's words say "one's"
      const possessive = idiom.phrase.slice(1).map((p, k) => (p === ONES ? words[i + 1 + k]!.text : undefined)).find(Boolean);
      const perfect = !!before && PERFECT.has(before);
      let form: Form = formOf(ctx, w.text);
      if (form === 'base' && perfect) form = 'ed';
      const [verb, ...rest] = idiom.means.map((m) => (m === ONES ? possessive ?? 'its' : m));
      const said = [verb === 'be' ? beForm(form, perfect) : form === 'ed' ? pastForm(ctx, verb!, perfect) : inflect(ctx, verb!, form), ...rest].join(' ');
      const claim = `${text.slice(0, w.start)}${said}${text.slice(last.end)}`;
      if (seen.has(claim)) continue;
      seen.add(claim);
      out.push({ claim, note: `read '${text.slice(w.start, last.end)}' as '${said}' (${idiom.source})`, ...(idiom.atLeast ? { atLeast: true } : {}) });
    }
  }
  return out;
}

/**
 * The idiom reader (table entry `idiom`): each idiom said in the lexicon's words and checked in
 * order. Exact idioms decide both ways (the readings that decide must agree); "at least" idioms
 * decide only when every reading of them is refuted, and never in a denial: the phrase says more
 * than its words, so denying it does not deny them ("X does not share a border with Y" is no
 * "X is not Y's neighbour", and the neighbours the graph gives do not refute it).
 *
 * @example
 * ```ts
 * await readIdioms({ ctx, text: 'Sylvania came on board the League.', recheck });
 * // read as "Sylvania joined the League": that reading's verdict
 * ```
 */
export async function readIdioms(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  const { ctx, text, recheck } = input;
  if (isWordRewrite(ctx)) return undefined;
  const all = idiomRewrites(ctx, text);
  const exact = await readOtherWords(input, all.filter((r) => !r.atLeast));
  if (exact && 'decided' in exact) return exact;
  let held: CheckResult | undefined = exact?.held;
  const told: CheckResult[] = [];
  const atLeast = all.filter((r) => r.atLeast);
  // a denial of the phrase is no denial of its words: the words' refutation does not refute it
  const denied = atLeast.length > 0 && isDenial(ctx, text);
  for (const other of atLeast) {
    const r = await recheck(other.claim, wordRewriteContext(ctx));
    if (!r || (r.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), other.note] };
    told.push(weakerWordsResult(r, text.trim(), other, interpretation,
      denied ? 'a phrase that says more than these words, and denying it does not deny them' : undefined));
  }
  if (told.length && told.every((r) => r.verdict === 'REFUTED')) return { decided: told[0]! };
  held ??= told.find((r) => r.verdict === 'NOT_ENOUGH_INFO');
  return held ? { held } : undefined;
}
