/**
 * The derived lexicon (ontology/lexicon.derived.json, written by scripts/derive-lexicon.mjs from
 * ontology/lexicon.ttl, WordNet and compromise): other words for the words of a lexical pattern,
 * inflections the light stemmer cannot undo, and adverbs a claim may carry without changing its
 * relation. ontology/lexicon.ttl stays the place where a property says how English names it; the
 * derived entries only widen what each of its patterns matches.
 *
 * Loading is one JSON parse of ~100 KB (no WordNet at run time). A derived file written for
 * another version of lexicon.ttl is ignored: the patterns then match their own words only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A WordNet relation kept in the derived file. */
export type WordRelation = 'syn' | 'der' | 'hyper';

/** One derived alternative of a pattern word. */
export interface DerivedWord {
  word: string;
  /** WordNet part of speech: n, v, a (adjective), r (adverb). */
  pos: string;
  relation: WordRelation;
  /** Rank of the WordNet sense of the pattern word it comes from (1 = most frequent). */
  sense: number;
}

/** The derived lexicon as the checker uses it. */
export interface DerivedLexicon {
  /** Pattern word -> derived alternatives. */
  relations: Map<string, DerivedWord[]>;
  /** Inflected form -> base form (irregular for the stemmer). */
  forms: Map<string, string>;
  /**
   * Noun -> the verbs it names the act or the doer of (WordNet derivations between the noun's and
   * the verb's three most frequent senses; only verbs the patterns read): "speech" -> speak (act),
   * "host" -> host (agent). Read by src/check/light-verbs.ts.
   */
  nominals: Map<string, Array<{ verb: string; kind: 'act' | 'agent' }>>;
  /** Phrasal verb -> pattern verbs WordNet files it with, in their frequent senses ("cut across" -> cross). */
  phrasals: Map<string, string[]>;
  /**
   * Phrasal verb -> phrasal verbs of the patterns WordNet files it with ("turn up" -> "show up"),
   * in one of the two most frequent senses of each. Read by src/check/idioms.ts (round 12).
   */
  phrasalSynonyms: Map<string, string[]>;
  /** Verb -> pattern verbs WordNet files it under (hypernyms: "spurn" -> refuse): a more specific verb. */
  troponyms: Map<string, string[]>;
  /**
   * The troponyms that are WordNet nouns as well ("tie", "reserve"): a claim word in their "-s"
   * form is read as the verb only where the words around it make it one (round 24).
   */
  troponymNouns: Set<string>;
  /**
   * WordNet's verb-particle verbs ("wrap up", "sit out"): which verb and particle make one verb,
   * so a particle after the object may be moved back (src/check/phrasal-split.ts, round 14).
   */
  particleVerbs: Set<string>;
  /** WordNet adverbs that are no other part of speech. */
  adverbs: Set<string>;
  /** Why the file was not used, when it was not. */
  ignored?: string;
}

/**
 * Which derived words widen a pattern word: synonyms of the two most frequent senses and
 * derivations of the most frequent one. Measured on the 1,071 claims of the case sets (own,
 * users, dev, fresh, hard, paraphrases; seed graph only), correct labels: no widening 790;
 * this policy 793; adding hypernyms of the first sense 793 (one more claim read, none more
 * right); synonyms and derivations of three senses 793. The narrowest policy that reads as much
 * is kept: every loose reading is one more way to read a held-back claim wrongly.
 */
export const WIDENING: { relations: WordRelation[]; maxSense: Record<WordRelation, number> } = {
  relations: ['syn', 'der'],
  maxSense: { syn: 2, der: 1, hyper: 0 },
};

const EMPTY: DerivedLexicon = { relations: new Map(), forms: new Map(), adverbs: new Set(), nominals: new Map(), phrasals: new Map(), phrasalSynonyms: new Map(), troponyms: new Map(), troponymNouns: new Set(), particleVerbs: new Set() };

/**
 * Reads the derived lexicon beside a lexicon file; an empty one (with `ignored` set) when it is
 * missing or was derived from another version of the lexicon.
 *
 * @example
 * ```ts
 * const d = loadDerivedLexicon('/project/ontology', lexiconText);
 * d.relations.get('receive')?.some((w) => w.word === 'obtain'); // true
 * ```
 */
export function loadDerivedLexicon(ontologyDir: string, lexiconText: string): DerivedLexicon {
  const file = join(ontologyDir, 'lexicon.derived.json');
  if (!existsSync(file)) return { ...EMPTY, ignored: `${file} not found` };
  let raw: { lexiconSha256?: string; relations?: Record<string, string[]>; forms?: Record<string, string>; adverbs?: string[]; nominals?: Record<string, string[]>; phrasals?: Record<string, string[]>; phrasalSynonyms?: Record<string, string[]>; troponyms?: Record<string, string[]>; troponymNouns?: string[]; particleVerbs?: string[] };
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { ...EMPTY, ignored: `${file}: ${(err as Error).message}` };
  }
  const sha = createHash('sha256').update(lexiconText).digest('hex');
  if (raw.lexiconSha256 !== sha) return { ...EMPTY, ignored: `${file} was derived from another version of lexicon.ttl (run node scripts/derive-lexicon.mjs)` };
  const relations = new Map<string, DerivedWord[]>();
  for (const [w, list] of Object.entries(raw.relations ?? {})) {
    relations.set(w, list.map((e) => {
      const [word = '', pos = '', relation = 'syn', sense = '1'] = e.split('|');
      return { word, pos, relation: relation as WordRelation, sense: Number(sense) };
    }));
  }
  const nominals = new Map<string, Array<{ verb: string; kind: 'act' | 'agent' }>>();
  for (const [n, list] of Object.entries(raw.nominals ?? {})) {
    nominals.set(n, list.map((e) => {
      const [verb = '', kind = 'act'] = e.split('|');
      return { verb, kind: kind === 'agent' ? 'agent' as const : 'act' as const };
    }));
  }
  return { relations, forms: new Map(Object.entries(raw.forms ?? {})), adverbs: new Set(raw.adverbs ?? []), nominals, phrasals: new Map(Object.entries(raw.phrasals ?? {})), phrasalSynonyms: new Map(Object.entries(raw.phrasalSynonyms ?? {})), troponyms: new Map(Object.entries(raw.troponyms ?? {})), troponymNouns: new Set(raw.troponymNouns ?? []), particleVerbs: new Set(raw.particleVerbs ?? []) };
}

/**
 * The words a pattern word is widened with under a policy (default {@link WIDENING}).
 *
 * @example
 * ```ts
 * widen(d, 'receive'); // ['find', 'get', 'have', 'incur', 'obtain', 'reception', 'recipient']
 * ```
 */
export function widen(d: DerivedLexicon, word: string, policy = WIDENING): string[] {
  const out = new Set<string>();
  for (const e of d.relations.get(word) ?? []) {
    if (policy.relations.includes(e.relation) && e.sense <= policy.maxSense[e.relation]) out.add(e.word);
  }
  return [...out].sort();
}
