/**
 * Split phrasal verbs rejoined (round 14, branch `idioms2`).
 *
 * English moves a particle after the verb's object: "Rufus Firefly wrapped his visit up", "the
 * League sat the summit out", "Acme Bank handed the loan over to Sylvania", "Freedonia brought
 * the talks to a close". The patterns, the idioms and the WordNet readers know the phrase joined
 * ("wrapped up his visit"); this reader moves the particle back next to its verb and reads the
 * claim again, so the meaning is decided by the same data as the joined phrase, never here.
 *
 * Which words may be moved is data:
 * - WordNet's verb-particle verbs (`ontology/lexicon.derived.json` `particleVerbs`, by
 *   `scripts/derive-lexicon.mjs`): "wrap up", "sit out", "hand over" (particles that are also
 *   prepositions of place, "in", "on", "through", are left out: "got Sylvania in" is no "got in
 *   Sylvania");
 * - the lexicon's separable phrases (`cg:separablePhrase`: "bring to a close", "get under way").
 *
 * Guards, each against reading another claim: the words moved over form one noun phrase (no
 * comma, no clause word, no preposition but "of", and "to" inside a longer phrase: "the visit to
 * Freedonia ... to a close"); what follows the particle ends the claim or starts an adjunct ("on
 * May 3", "in 2015", "as its president"); a verb after a determiner ("the set") is no verb. The
 * rejoined claim is read with every reader, and it must decide: an undecided reading is held.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { matchesWord } from './idioms.js';
import { isFormOf } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { normalizeTypography, normWord } from './text.js';

/** One separable phrase: its verb and the words that may follow the object. */
interface Separable { verb: string; rest: string[]; source: string }

/** A rejoined claim and the note that says what was moved. */
export interface Rejoined { claim: string; note: string }

interface Word { text: string; lower: string; start: number; end: number }

/** Words that start no noun phrase and stand in none. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if', 'not', 'never', 'no', 'but', 'or', 'than', 'as', 'so']);
/** Prepositions: none inside the moved phrase but "of" (and "to" before a longer rest). */
const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'onto', 'during', 'near', 'after', 'before', 'since', 'until', 'across', 'through', 'over', 'under', 'about', 'against', 'between', 'among', 'within', 'without', 'towards', 'toward', 'via', 'per']);
/** Words that may follow the particle: an adjunct, a conjunction. */
const FOLLOWERS = new Set([...PREPOSITIONS, 'as', 'and', 'when', 'while', 'last', 'this', 'early', 'late', 'later', 'earlier', 'then', 'together', 'again', 'formally', 'officially']);
/** Words before which a verb form is a noun ("the set", "a round"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** At most this many words between the verb and its particle. */
const MAX_OBJECT = 7;

const cache = new WeakMap<object, Map<string, Separable[]>>();

/**
 * The separable phrases by the norm of their verb: WordNet's verb-particle verbs and the
 * lexicon's `cg:separablePhrase`, longer rests first.
 *
 * @example
 * ```ts
 * separablesByVerb(ctx).get('wrap'); // [{ verb: 'wrap', rest: ['up'], source: 'WordNet verb "wrap up"...' }]
 * ```
 */
export function separablesByVerb(ctx: CheckContext): Map<string, Separable[]> {
  const hit = cache.get(ctx.derived);
  if (hit) return hit;
  const index = new Map<string, Separable[]>();
  const add = (words: string[], source: string) => {
    const [verb, ...rest] = words;
    if (!verb || !rest.length) return;
    const key = normWord(verb, ctx.morph);
    index.set(key, [...(index.get(key) ?? []), { verb, rest, source }]);
  };
  for (const phrase of [...ctx.derived.particleVerbs].sort()) add(phrase.split(' '), `WordNet verb "${phrase}", ontology/lexicon.derived.json`);
  for (const value of literals(ctx.lexicon, null, cg('separablePhrase')).sort()) {
    add(value.trim().toLowerCase().split(/\s+/), 'lexicon cg:separablePhrase');
  }
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  cache.set(ctx.derived, index);
  return index;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/** True when only spaces, figures and currency signs stand between each two of the words (no comma or bracket). */
function plainGaps(text: string, words: Word[]): boolean {
  return words.slice(1).every((w, k) => {
    const gap = text.slice(words[k]!.end, w.start);
    return /^[\s\d.,$\u00a5\u20ac\u00a3%]*$/.test(gap) && !/[,.]\s/.test(gap) && !/[,.]$/.test(gap.trimEnd());
  });
}

/** True when the words between the verb and the rest form one noun phrase. */
function nounPhrase(object: Word[], longRest: boolean): boolean {
  if (!object.length || object.length > MAX_OBJECT) return false;
  if (PREPOSITIONS.has(object[0]!.lower) || CLAUSE_WORDS.has(object[0]!.lower)) return false;
  return object.every((w) => !CLAUSE_WORDS.has(w.lower) && (!PREPOSITIONS.has(w.lower) || w.lower === 'of' || (longRest && w.lower === 'to')));
}

/**
 * The claim with each phrasal verb split round its object joined again, the particle (or the
 * separable phrase's rest) moved next to its verb. Empty when it has none.
 *
 * @example
 * ```ts
 * splitRejoins(ctx, 'Rufus Firefly wrapped his visit up on May 3, 2011.').map((r) => r.claim);
 * // ['Rufus Firefly wrapped up his visit on May 3, 2011.']
 * ```
 */
export function splitRejoins(ctx: CheckContext, input: string): Rejoined[] {
  const text = normalizeTypography(input).trim();
  const words = wordsOf(text);
  const index = separablesByVerb(ctx);
  const out: Rejoined[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && /^[A-Z]/.test(w.text)) continue;
    if (i > 0 && DETERMINERS.has(words[i - 1]!.lower)) continue;
    for (const sep of index.get(normWord(w.text, ctx.morph)) ?? []) {
      if (!isFormOf(ctx, w.text, sep.verb)) continue;
      // (round 32) "one's" in a separable phrase is any possessive ("had X as his guest")
      const at = (j: number) => sep.rest.every((r, k) => matchesWord(r, words[j + k]?.text));
      if (at(i + 1)) continue; // written joined
      for (let j = i + 2; j <= i + 1 + MAX_OBJECT && j < words.length; j++) {
        if (!at(j)) continue;
        const object = words.slice(i + 1, j);
        const last = words[j + sep.rest.length - 1]!;
        if (!nounPhrase(object, sep.rest.length > 1) || !plainGaps(text, words.slice(i, j + sep.rest.length))) break;
        const next = words[j + sep.rest.length];
        const tail = text.slice(last.end, next?.start ?? text.length);
        const ends = !next ? /^[\s.!?]*$/.test(tail) : /^\s+$/.test(tail) && FOLLOWERS.has(next.lower);
        if (!ends) break;
        const moved = text.slice(words[j]!.start, last.end);
        const said = text.slice(w.start, last.end);
        const claim = `${text.slice(0, w.end)} ${moved} ${text.slice(object[0]!.start, object[object.length - 1]!.end)}${text.slice(last.end)}`;
        if (!seen.has(claim)) {
          seen.add(claim);
          out.push({ claim, note: `read '${said}' as '${w.text} ${moved} ${text.slice(object[0]!.start, object[object.length - 1]!.end)}' (a particle after the verb's object moved back to its verb: ${sep.source})` });
        }
        break;
      }
    }
  }
  return out;
}

/**
 * The split-phrasal reader (table entry `phrasal-split`): each rejoined claim read with every
 * reader; the readings that decide must agree, an undecided one is held.
 *
 * @example
 * ```ts
 * await readPhrasalSplit({ ctx, text: 'Sylvania sat the summit out.', recheck });
 * // read as "Sylvania sat out the summit": that reading's verdict
 * ```
 */
export async function readPhrasalSplit({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const told = [];
  for (const r of splitRejoins(ctx, text)) {
    const res = await recheck(r.claim, ctx);
    if (!res) continue;
    told.push({
      ...res, claim: text.trim(),
      interpretation: { ...res.interpretation, notes: [...(res.interpretation.notes ?? []), r.note] },
      explanation: `Read as "${r.claim}" (${r.note}). ${res.explanation}`,
    });
  }
  const decidedOnes = told.filter((r) => r.verdict !== 'NOT_ENOUGH_INFO');
  if (decidedOnes.length && decidedOnes.every((r) => r.verdict === decidedOnes[0]!.verdict)) return { decided: decidedOnes[0]! };
  const undecided = told.find((r) => r.verdict === 'NOT_ENOUGH_INFO');
  return undecided ? { held: undecided } : undefined;
}
