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
 */
import { rewrittenHeld } from './reader-kit.js';
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
