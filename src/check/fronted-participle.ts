/**
 * A fronted passive participle (round 34, branch shapes34): "Hosted by Rufus, the gala was
 * attended by Chicolini and Pinky", "Founded in 1920, the League counts twelve members", "Built
 * by the Acme Bank, the canal opened in 2015". The participle phrase is a second statement of the
 * main clause's subject ("the gala was hosted by Rufus"), so the claim is read as the compound
 * "<subject> was <participle> <phrase>, and <main clause>": refuted when either statement is,
 * supported only when both are (the compound reader's rule, src/check/compound.ts).
 *
 * The subject is the main clause's words up to its first auxiliary or finite verb ("the gala"
 * before "was attended"); a main clause with no auxiliary and no "-ed" verb is not read. The
 * participle is a regular "-ed" form or one of the common irregular ones; the phrase after it
 * must start with a preposition ("by", "in", "at", "near", "on", "with", "for", "from"). Nothing
 * here knows an entity.
 *
 * (round 39, users31) The active "-ing" participle and a fronted "with" are statements of the
 * subject too: "Running 1,800 km from Zenda, the canal is priced at $5 billion" is "the canal runs
 * 1,800 km from Zenda, and the canal is priced at ..." (the participle in the main clause's tense or
 * modal: "will run" beside "will cost"), "With a capacity of 30 bcm, the canal will cost ..." is
 * "the canal has a capacity of 30 bcm, and ...". An "-ing" word that opens a phrase as a
 * preposition does ("Excluding X,", "According to Y,", lexicon `cg:prepositionalParticiple` and
 * `cg:functionWord`) is never read so: its phrase says nothing of the subject.
 */
import type { CheckContext } from './context.js';
import { inflect } from './light-verbs.js';
import { lexiconWords } from './lexicon-words.js';
import { baseOf } from './purpose-gerund.js';
import { rewrittenHeld, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** Irregular past participles a fronted passive uses. */
const IRREGULAR = 'held|built|led|run|made|given|known|set|begun|seen|won|sent|taken|chosen|paid|lent|sold|laid|signed|kept|brought|struck|written|founded|named|elected|hosted|backed';
/** The fronted phrase: a participle and its prepositional phrase, up to the first comma. */
const FRONTED = cachedRegExp(`^((?:[a-z]+ed|${IRREGULAR}))\\s+((?:by|in|at|near|on|with|for|from)\\s+[^,]+),\\s+(.+?)[.!]?$`, 'i');
/** The main clause's first auxiliary or finite verb, after its subject. */
const FINITE = /^(.+?)\s+(?=(?:is|was|are|were|has|have|had|will|would|did|does|do|can|could|may|might|shall|should|must|[a-z]+ed)\b)/;

/** The gate: a claim that opens with a participle and a preposition. */
export const FRONTED_PARTICIPLE_NEEDS = /^\s*[a-z]+\s+(?:by|in|at|near|on|with|for|from)\s+[^,]+,/i;

/**
 * The claim as the compound of its participle's statement and its main clause; undefined when it
 * has no fronted participle or no subject can be found.
 *
 * @example
 * ```ts
 * frontedParticipleRewrite('Hosted by Rufus, the gala was attended by Chicolini.');
 * // 'The gala was hosted by Rufus, and the gala was attended by Chicolini.'
 * ```
 */
export function frontedParticipleRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const m = FRONTED.exec(t);
  if (!m) return undefined;
  const [, participle, phrase, main] = m;
  // "Having ..." and "-ing" forms are other readers' (join-rewrites.ts); "need" is no participle
  if (/^(?:need|indeed|embed|shed|bed|red|feed|seed|speed|breed|proceed|exceed|succeed)$/i.test(participle!)) return undefined;
  const s = FINITE.exec(main!);
  if (!s) return undefined;
  const subject = s[1]!;
  // a subject of at most six words, not itself a clause ("it", a pronoun, is the subject too)
  if (subject.split(/\s+/).length > 6 || /,/.test(subject)) return undefined;
  const upper = `${subject[0]!.toUpperCase()}${subject.slice(1)}`;
  const lower = /^(?:The|A|An|Its|Their|His|Her)\b/.test(subject) ? `${subject[0]!.toLowerCase()}${subject.slice(1)}` : subject;
  return `${upper} was ${participle!.toLowerCase()} ${phrase}, and ${lower}${main!.slice(subject.length)}.`;
}

/** The reader (table entry `fronted-participle`): the compound's verdict is the claim's. */
export const readFrontedParticiple = rewrittenHeld((_ctx, text) => frontedParticipleRewrite(text), 'a fronted participle as a second statement of the main clause\'s subject');

/** The fronted phrase of an active participle or of "with", up to the first comma not inside a number. */
const FRONTED_ACTIVE = /^(?:(with)|([a-z]+ing))\s+((?:[^,]|(?<=\d),(?=\d))+),\s+(.+?)[.!]?$/i;
/** The main clause's first auxiliary or finite verb, after its subject (a few irregular pasts too). */
const FINITE_ACTIVE = /^(.+?)\s+(is|was|are|were|has|have|had|will|would|did|does|do|can|could|may|might|shall|should|must|began|became|got|gave|met|took|won|led|held|built|made|sent|kept|brought|[a-z]+ed)\b/;

/** The gate: a claim that opens with "with" or an "-ing" word and a phrase before a comma. */
export const FRONTED_ACTIVE_NEEDS = /^\s*(?:with|[a-z]+ing)\s+[^,]+,/i;

/**
 * The claim as the compound of its fronted "-ing" participle's or "with" phrase's statement about
 * the main clause's subject and the main clause; undefined when it has neither, the "-ing" word is
 * no verb of WordNet or opens a phrase as a preposition, or no subject can be found.
 *
 * @example
 * ```ts
 * frontedActiveRewrite(ctx, 'Running 1,800 km from Zenda, the canal will cost $5 billion.');
 * // 'The canal will run 1,800 km from Zenda, and the canal will cost $5 billion.'
 * frontedActiveRewrite(ctx, 'With a capacity of 30 bcm, the canal opened in 2015.', true);
 * // 'The canal opened in 2015, and the canal had a capacity of 30 bcm.'
 * ```
 */
export function frontedActiveRewrite(ctx: CheckContext, text: string, mainFirst = false): string | undefined {
  const m = FRONTED_ACTIVE.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const [, withWord, participle, phrase, main] = m;
  const s = FINITE_ACTIVE.exec(main!);
  if (!s) return undefined;
  const [subject, finite] = [s[1]!, s[2]!.toLowerCase()];
  // a subject of at most six words, not itself a clause nor opening with a verb form
  if (subject.split(/\s+/).length > 6 || /,/.test(subject) || /^(?:there|it|this|that)$/i.test(subject)) return undefined;
  const plural = /\band\b/i.test(subject);
  const modal = /^(?:will|would|can|could|may|might|shall|should|must)$/.test(finite);
  const past = /^(?:was|were|had|did)$/.test(finite) || (!modal && !/^(?:is|are|has|have|does|do)$/.test(finite));
  let said: string;
  if (withWord) {
    said = `${past ? 'had' : plural ? 'have' : 'has'} ${phrase}`;
  } else {
    const word = participle!.toLowerCase();
    if (lexiconWords(ctx, 'prepositionalParticiple').has(word) || lexiconWords(ctx, 'functionWord').has(word)) return undefined;
    // "Having V-en O, S W" also says which came first: join-rewrites.ts reads it (refutation only);
    // "Being ..." is a passive or a state, no deed of the subject's
    if (/^(?:having|being)$/.test(word)) return undefined;
    const base = baseOf(ctx, word);
    if (!base) return undefined;
    said = `${modal ? `${finite} ${base}` : past ? inflect(ctx, base, 'ed') : plural ? base : inflect(ctx, base, 's')} ${phrase}`;
  }
  const upper = `${subject[0]!.toUpperCase()}${subject.slice(1)}`;
  const lower = /^(?:The|A|An|Its|Their|His|Her)\b/.test(subject) ? `${subject[0]!.toLowerCase()}${subject.slice(1)}` : subject;
  // the main clause first (tried second): a phrase without its object ("Holding 26% of the votes, X
  // is the Bank's largest shareholder") takes the thing the main clause names (src/check/compound.ts)
  return mainFirst ? `${upper}${main!.slice(subject.length)}, and ${lower} ${said}.` : `${upper} ${said}, and ${lower}${main!.slice(subject.length)}.`;
}

/** The reader (table entry `fronted-active`): the compound's verdict is the claim's. */
const WHY = 'a fronted "-ing" or "with" phrase as a second statement of the main clause\'s subject';
const phraseFirst = rewrittenHeld((ctx, text) => frontedActiveRewrite(ctx, text), WHY);
const mainFirst = rewrittenHeld((ctx, text) => frontedActiveRewrite(ctx, text, true), WHY);
export const readFrontedActive = async (input: ReaderInput): Promise<ReaderOutcome | undefined> => {
  // the phrase's statement first, then the main clause first; the first decided wins, else the first held
  const first = await phraseFirst(input);
  if (first && 'decided' in first) return first;
  const second = await mainFirst(input);
  return second && 'decided' in second ? second : first ?? second;
};
