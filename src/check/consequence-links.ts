/**
 * Round 38 (fix31b, users31's F12): a claim whose clauses are linked by a connective of
 * consequence ("A, so B", "A. Consequently, B", "A; accordingly, B", "A, thereby B") is held from
 * SUPPORTED.
 *
 * Such a claim says more than "A and B": that B follows from A (or was done by means of A). The
 * graph holds facts, not the links between them, so two supported clauses do not support the
 * link: the claim is NOT_ENOUGH_INFO, its parts' sentences cited as related. A refuted clause
 * still refutes it (what did not happen was no consequence either), so only SUPPORTED is capped.
 * "so" before an auxiliary ("A, and so did B", "so is B") repeats a predicate (src/check/clause-links.ts),
 * and "so that", "so as to", "so far", "and so on" are no link of consequence: none is capped.
 */

import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';

/**
 * A connective of consequence after a clause boundary (a comma, semicolon, colon, full stop or
 * dash), optionally after "and"; the words a clause of the claim must precede.
 */
const CONSEQUENCE = new RegExp(
  "\\S\\s*(?:[,;:.!?]|\\s[-\\u2013\\u2014])\\s*(?:and\\s+|but\\s+)?("
  + 'so|consequently|accordingly|thereby|therefore|hence|thus|as\\s+a\\s+(?:result|consequence)|in\\s+consequence|'
  + "for\\s+(?:this|that)\\s+reason|because\\s+of\\s+(?:this|that)|(?:that|this)(?:'s|\\u2019s|\\s+is)\\s+why|which\\s+is\\s+why|resultantly"
  + ')\\b(?!\\s+(?:that|as|far|much|many|long|called|too|on|forth|to\\s+speak)\\b)'
  + '(?!\\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|may|might|shall|should|must)\\b)'
  + '(?!-)\\s*,?\\s*\\S',
  'i',
);

/**
 * The connective of consequence that links two clauses of `text`, or undefined.
 *
 * @example
 * ```ts
 * consequenceLink('Freedonia leads the League, so Sylvania stayed out.'); // 'so'
 * consequenceLink('Freedonia joined the League, and so did Sylvania.');  // undefined
 * ```
 */
export function consequenceLink(text: string): string | undefined {
  return CONSEQUENCE.exec(text)?.[1]?.replace(/\s+/g, ' ');
}

/**
 * A SUPPORTED result of a claim that links its clauses by a connective of consequence, held as
 * NOT_ENOUGH_INFO (the sentences it was decided on cited as related); any other result as it was.
 *
 * @example
 * ```ts
 * // "Freedonia leads the League, so Sylvania stayed out.", both clauses supported
 * capConsequence(text, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capConsequence(text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED') return r;
  const link = consequenceLink(text);
  if (!link) return r;
  return undecidedResult(r, `Read with '${link}', a link of consequence between its clauses that no source states: the clauses themselves are supported, not that one follows from the other. ${r.explanation}`, 'partial-match');
}

/**
 * A connective of sequence between two clauses whose order the readers take the wrong way or drop
 * (users31's F20): "A, after which B" was read as "A after B", "A, before which B" and "A, and
 * before that B" the same, and "A. Afterwards, B" / "A, and subsequently B" as "A and B".
 */
const SEQUENCE = /\S\s*(?:[,;:.!?]|\s[-\u2013\u2014])\s*(?:(?:after|before|prior\s+to|following)\s+which|(?:and\s+)?(?:afterwards?|subsequently|thereafter|(?:before|after)\s+that|(?:soon|shortly)\s+afterwards?)\b)\s*,?\s*\S/i;

/**
 * Round 40 (fix33b, users33's F11): links of time the same way dropped ("A, and simultaneously B",
 * "A and immediately afterwards B", "A, and straight after B" read as "A straight after B", "A, and
 * eventually B", "A. Meanwhile, B", "A, all while B"), after a clause boundary or a bare "and"; "at
 * the same time as" and a bare "and then" / "and later" are read by src/check/spans.ts, and a
 * bare "while" is most often a contrast ("A joined, while B stayed out"): neither is here. A bare
 * "after" opens a dated phrase (", after Rufus's visit"), which spans.ts reads: only "after that / this",
 * "afterwards" or an adverb before it is a link.
 */
const TIME_LINK = /\S(?:\s*(?:[,;:.!?]|\s[-\u2013\u2014])\s*(?:and\s+|but\s+)?|\s+and\s+)((?:immediately|straight|right|directly|shortly|soon|promptly|instantly|quickly)\s+after(?:wards?)?(?:\s+(?:that|this))?|after(?:wards?|\s+(?:that|this))\b|simultaneously|concurrently|at\s+the\s+same\s+time(?!\s+as\b)|meanwhile|in\s+the\s+meantime|all\s+(?:the\s+)?while|eventually|promptly|instantly|before\s+long|not\s+long\s+after(?:wards?)?)\b\s*,?\s*\S/i;

/** A fronted link of time ("Now that A, B", "Meanwhile, B"): the clause it opens is said against another. */
const FRONT_LINK = /^\W*(now\s+that|meanwhile|in\s+the\s+meantime|all\s+the\s+while)\b/i;

/** The words of a connective of sequence inside a part. */
const SEQUENCE_WORDS = /\b(?:after|before|prior\s+to|following)\s+(?:which|that)\b|\bafterwards?\b|\bsubsequently\b|\bthereafter\b|\b(?:immediately|straight|right|directly|shortly|soon|promptly|instantly|quickly)\s+after\b|\bsimultaneously\b|\bconcurrently\b|\bmeanwhile\b|\bnow\s+that\b|\ball\s+(?:the\s+)?while\b|\beventually\b|\bbefore\s+long\b/i;

/**
 * A result of a claim whose clauses are linked by a connective of sequence, held as
 * NOT_ENOUGH_INFO unless a part of it is refuted on its own (the order is not read: "A, after
 * which B" decided as "A after B" was a false REFUTED, "A. Afterwards, B" as "A and B" a false
 * SUPPORTED).
 *
 * @example
 * ```ts
 * // "Freedonia joined the League, after which Sylvania left it.", the order decided the other way
 * capSequence(text, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capSequence(text: string, r: CheckResult): CheckResult {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const link = SEQUENCE.exec(text)?.[0].replace(/^\S\s*/, '').replace(/\s*\S$/, '') ?? (TIME_LINK.exec(text) ?? FRONT_LINK.exec(text))?.[1];
  if (!link) return r;
  // a part refuted on its own refutes the claim; a part that holds the connective ("the League before that
  // Freedonia ...", completed from the first part) is the misreading itself
  if (r.verdict === 'REFUTED' && r.parts?.some((p) => p.verdict === 'REFUTED' && !SEQUENCE_WORDS.test(p.text))) return r;
  return undecidedResult(r, `Read with a connective of sequence between its clauses ("${link.replace(/\s+/g, ' ').trim()}"), whose order is not read: the claim as a whole is not decided. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
}
