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
  return {
    ...r,
    verdict: 'NOT_ENOUGH_INFO',
    reason: 'partial-match',
    conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    explanation: `Read with '${link}', a link of consequence between its clauses that no source states: the clauses themselves are supported, not that one follows from the other. ${r.explanation}`,
  };
}
