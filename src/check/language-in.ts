/**
 * Round 41 (modal41, users33's F7): "in Freedonian", "in Ruritanian": a country's demonym after "in" with no
 * noun after it is a language ("addressed the gala in Freedonian"), not a place. The graph gives
 * demonyms as a country's other names (skos:altLabel), so a reader that resolves the word reads it as
 * the country and decides the place ("opened in Freedonian" read as "in Freedonia"). No source states
 * the language of a deed: a decided result of such a claim is held (NOT_ENOUGH_INFO). The place said
 * by the country's own name ("in Freedonia") is read as before.
 */
import { NS, type CheckContext } from './context.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { nameKey } from './text.js';

/** "in W" with W one capitalised word, then the end, a punctuation mark or a function word (no noun). */
const IN_WORD = /\bin\s+([A-Z][a-z]+)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|at|on|in|to|during|while|whilst|with|for|before|after|by|as|when|from)\b)/g;

/** The endings of a demonym ("-ese", "-ian", "-an", "-i", "-ish", "-ic"). */
const DEMONYM_ENDING = /(?:ese|ian|an|i|ish|ic)$/i;

/**
 * The word after "in" the graph names as another name (not the label) of a country and that reads as a
 * demonym (its ending, or the name without "-stan"): a language.
 *
 * @example
 * ```ts
 * languageAfterIn(ctx, 'Ada Quill addressed the gala in Freedonian.'); // 'Freedonian' (an altLabel of Freedonia)
 * languageAfterIn(ctx, 'Ada Quill addressed the gala in Freedonia.');  // undefined (its label)
 * ```
 */
export function languageAfterIn(ctx: CheckContext, text: string): string | undefined {
  for (const m of text.matchAll(IN_WORD)) {
    const word = m[1]!;
    const iris = ctx.labelIndex.get(nameKey(word, ctx.morph));
    if (!iris) continue;
    for (const iri of iris) {
      if (!ctx.entityTypes.get(iri)?.has(`${NS.cg}Country`)) continue;
      const label = ctx.entityLabel.get(iri) ?? '';
      if (nameKey(label, ctx.morph) === nameKey(word, ctx.morph)) continue;
      // a demonym, not another name of the country ("Freedonistan", "Freedonia" are places): an adjective's
      // ending, or the country's name without its "-stan"
      if ((DEMONYM_ENDING.test(word) && !/stan$/i.test(word)) || label.toLowerCase() === `${word.toLowerCase()}stan` || label.toLowerCase() === `${word.toLowerCase()}istan`) return word;
    }
  }
  return undefined;
}

/**
 * Holds a decided result of a claim that says a deed "in <demonym>" (see the module comment).
 *
 * @example
 * ```ts
 * capLanguage(ctx, 'The League opened in Freedonian.', r).verdict; // 'NOT_ENOUGH_INFO' (r: SUPPORTED "in Freedonia")
 * ```
 */
export function capLanguage(ctx: CheckContext, text: string, r: CheckResult): CheckResult {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const word = languageAfterIn(ctx, text);
  if (!word) return r;
  return undecidedResult(r, `Read "in ${word}" as a language (a demonym after "in" with no noun), which no source states of the deed; it is not the place. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
}
