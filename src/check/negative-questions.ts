/**
 * Negative questions and tag questions: the statement they ask, without the "not" that only asks.
 *
 * A question is checked as the statement it asks, SUPPORTED meaning yes (src/check/questions.ts).
 * Two kinds of question carry a "not" that belongs to the asking, not to the statement, and were
 * read as a denial (a confident wrong verdict: "Isn't Freedonia a member of the League?" refuted,
 * "Sylvania is a member of the League, isn't it?" supported):
 *
 * - A negative question ("Isn't Freedonia a member of the League?", "Didn't Rufus visit
 *   Marsovia?", "Isn't it true that P?") expects yes and asks the positive statement: its
 *   contracted auxiliary is read without "n't" ("Is Freedonia a member of the League?"), and
 *   "isn't it true / the case that P?", "is it not true that P?" ask P itself.
 * - A tag question ("P, doesn't it?", "P, isn't it?", "P, did it?") asks P as it stands, with its
 *   own polarity: the tag denies nothing ("Sylvania did not join the League, did it?" asks that
 *   Sylvania did not join).
 *
 * The "not" after the subject of an uncontracted question ("Did Sylvania not join the League?")
 * is the statement's own (it asks whether Sylvania did not join) and is left to the parser.
 * A tag after a clause that is itself a question ("Who joined the League, didn't they?") asks
 * nothing one verdict answers: the claim is left unread rather than read with the tag's "not".
 */
import { cachedRegExp } from './regex-memo.js';

/** A contracted negative auxiliary and its positive form. */
const NEGATIVE_AUXILIARY: Record<string, string> = {
  "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were', "hasn't": 'has', "haven't": 'have', "hadn't": 'had',
  "doesn't": 'does', "don't": 'do', "didn't": 'did', "won't": 'will', "wouldn't": 'would', "can't": 'can', cannot: 'can',
  "couldn't": 'could', "shouldn't": 'should', "mustn't": 'must', "mightn't": 'might', "shan't": 'shall', "needn't": 'need',
};

/** Auxiliaries a question tag is made of (positive forms; the negative are the keys above). */
const TAG_AUXILIARY = 'is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|must|might|shall';

/** The pronoun of a question tag. */
const TAG_PRONOUN = 'it|he|she|they|there|we|you|i|one';

/** A word that opens a question rather than a statement: the clause before a tag is no statement. */
const QUESTION_OPENING = cachedRegExp(`^(?:who|whom|whose|what|which|where|when|why|how|${TAG_AUXILIARY}|${Object.keys(NEGATIVE_AUXILIARY).join('|')})\\b`, 'i');

/** A discourse word before the question ("So isn't it true ...", "But didn't ..."), dropped. */
const LEAD = /^(?:so|but|and|well|now|then|ok|okay)\s*,?\s+/i;

/** "isn't it true that", "is it not the case that", "wasn't it so that": the frame of a negative question about P. */
const NEGATED_TRUTH_FRAME = /^(?:(?:isn't|wasn't)\s+it|(?:is|was)\s+it\s+not)\s+(?:really\s+)?(?:true|the\s+case|so|a\s+fact|correct|right)\s+that\s+(.+)$/i;

/** What a negative or tag question asks: a statement (or question) to check instead, or why it is left unread. */
export type AskedByQuestion = { claim: string; why: string } | { unread: string };

/**
 * The statement (or positive question) a negative question or a tag question asks; undefined
 * when the claim is neither.
 *
 * @example
 * ```ts
 * negativeQuestion("Isn't Freedonia a member of the League?");
 * // { claim: 'Is Freedonia a member of the League?', why: ... }
 * negativeQuestion("Sylvania is a member of the League, isn't it?");
 * // { claim: 'Sylvania is a member of the League.', why: ... }
 * ```
 */
export function negativeQuestion(text: string): AskedByQuestion | undefined {
  const t = text.trim().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
  if (!t.endsWith('?')) return undefined;
  const body = t.slice(0, -1).trim().replace(LEAD, '');
  // "P, doesn't it?", "P, is it not?", "P doesn't it?" (a negative tag needs no comma)
  const tag = cachedRegExp(`^(.+?)(?:\\s*,\\s*|\\s+(?=\\S+n't\\b))((?:${TAG_AUXILIARY})n't|${Object.keys(NEGATIVE_AUXILIARY).filter((k) => k.endsWith("n't")).join('|')}|${TAG_AUXILIARY})\\s+(${TAG_PRONOUN})(\\s+not)?$`, 'i').exec(body);
  if (tag && tag[1]!.split(' ').length >= 2) {
    // "P, or didn't it?" asks P as well
    const clause = tag[1]!.replace(/[,;:]\s*$/, '').replace(/,?\s+or$/i, '').trim();
    const said = `${tag[2]} ${tag[3]}${tag[4] ?? ''}`.toLowerCase();
    if (QUESTION_OPENING.test(clause)) return { unread: `"${clause}" is a question before the tag "${said}": no statement is asked` };
    return { claim: `${clause}.`, why: `a tag question: the tag "${said}" asks for confirmation of the statement before it and denies nothing` };
  }
  const frame = NEGATED_TRUTH_FRAME.exec(body);
  if (frame) return { claim: `${frame[1]!.trim()}.`, why: 'a negative question ("isn\'t it true that P?") asks P' };
  const first = /^(\S+)\s+(.+)$/.exec(body);
  const positive = first ? NEGATIVE_AUXILIARY[first[1]!.toLowerCase()] : undefined;
  if (first && positive) {
    // the auxiliary opens the question: capitalised, as the question reader expects
    const aux = positive[0]!.toUpperCase() + positive.slice(1);
    return { claim: `${aux} ${first[2]}?`, why: `a negative question ("${first[1]} ...?") expects yes and asks the positive statement` };
  }
  return undefined;
}
