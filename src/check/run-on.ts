/**
 * Round 30 (fix23): a clause that runs on into a second one joined by "and" / "but" ("when it
 * opened, and Freedonia was one", "after its charter entered into force and Sylvania joined"). A
 * time clause or the side of a span ends before the coordinator: what follows is a part of a
 * compound claim of its own, checked by itself, not words of the clause. Read as one, the clause
 * was dated by its first words and the second part went unchecked (users23 found "X had 57
 * members when it opened, and <a state that stayed out> was one" SUPPORTED).
 */

import type { CheckContext } from './context.js';
import { alternation, lexiconWords, perLexicon } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';

// the lexicon's finite verbs (`cg:finiteVerbWord`) and any word in -ed mark words as a clause of
// their own; its coordinators (`cg:clauseCoordinator`) join two clauses
const clauseWords = perLexicon((ctx) => ({
  finite: cachedRegExp(`\\b(?:${alternation(lexiconWords(ctx, 'finiteVerbWord'))}|[a-z]{2,}ed)\\b`, 'i'),
  any: cachedRegExp(`\\b(?:${alternation(lexiconWords(ctx, 'clauseCoordinator'))})\\b`, 'i'),
  cut: new RegExp(`(\\s*,\\s*|\\s+)(${alternation(lexiconWords(ctx, 'clauseCoordinator'))})\\s+`, 'gi'),
}));

/**
 * The cuts of `text` at a coordinator between two clauses: the words after it have a finite verb,
 * and the words before it have one too or end at a comma ("the ceremony, and Freedonia joined").
 * "Freedonia and Sylvania signed" (one clause with two subjects) has no cut. Each cut gives the
 * first clause and the second one with its coordinator ("and Freedonia was one"); the caller
 * decides whether the first is a clause it reads (a dated one, for a time clause).
 *
 * @example
 * ```ts
 * runOnCuts(ctx, 'the bank opened, and Freedonia was one'); // [{ head: 'the bank opened', tail: 'and Freedonia was one' }]
 * runOnCuts(ctx, 'Freedonia and Sylvania signed the pact'); // []
 * ```
 */
export function runOnCuts(ctx: CheckContext, text: string): Array<{ head: string; tail: string }> {
  const out: Array<{ head: string; tail: string }> = [];
  const words = clauseWords(ctx);
  if (!words.any.test(text)) return out;
  for (const m of text.matchAll(words.cut)) {
    const rest = text.slice(m.index! + m[0].length).replace(/[.!?]+$/, '');
    const head = text.slice(0, m.index!);
    if (!words.finite.test(rest) || !(words.finite.test(head) || m[1]!.includes(','))) continue;
    out.push({ head, tail: `${m[2]!.toLowerCase()} ${rest}` });
  }
  return out;
}
