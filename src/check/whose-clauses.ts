/**
 * Two "whose" clauses the compound rule's cuts did not read (round 32, branch desc32):
 *
 * - the possessed noun as the clause's object, fronted before its subject: "Freedonia, whose
 *   neutrality the League recognised in 1995, ..." says "the League recognised Freedonia's
 *   neutrality in 1995" (the cut "Freedonia's neutrality the League recognised ..." read nothing);
 * - a restrictive clause after a kind: "The Bank is a Zenda-based lender whose president is Rufus
 *   Firefly" says "The Bank is a Zenda-based lender" and "The Bank's president is Rufus Firefly".
 *
 * Each statement is then checked as a claim of its own by the compound rule.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';

// a name's words: capitalised, maybe after "the" (at most this many)
const MAX_NAME_WORDS = 5;
// the verbs a clause's verb group opens with that take another verb after them
const AUXILIARY = /^(?:will|would|may|might|can|could|shall|should|must|has|have|had|did|does|do)$/;
// a copula: "whose N is Y" is no fronted object
const COPULA = /^(?:is|are|was|were|be|been|remains|remained)$/;

/**
 * "N S V [rest]" after "whose": "S V <possessor>'s N [rest]", or undefined when no name opens a
 * subject after the noun, or the verb is a copula.
 *
 * @example
 * ```ts
 * frontedWhose(ctx, 'Freedonia', 'neutrality the League recognised in 1995');
 * // "the League recognised Freedonia's neutrality in 1995"
 * frontedWhose(ctx, 'Freedonia', 'president hosted the gala'); // undefined
 * ```
 */
export function frontedWhose(ctx: CheckContext, possessor: string, clause: string): string | undefined {
  const words = clause.trim().split(/\s+/);
  for (let k = 1; k < words.length - 1; k++) {
    if (!/^[a-z][\w-]*$/.test(words[k - 1]!)) return undefined;
    const start = /^the$/i.test(words[k]!) ? k + 1 : k;
    if (!/^[A-Z]/.test(words[start] ?? '')) continue;
    // the longest capitalised span from there that names one entity, then a lower-case verb
    for (let n = Math.min(MAX_NAME_WORDS, words.length - start - 1); n >= 1; n--) {
      const span = words.slice(start, start + n);
      if (!span.every((w) => /^[A-Z]/.test(w))) continue;
      const toks = dropIgnorable(tokenize(span.join(' '), ctx.morph), ctx.morph);
      if (!toks.length || resolveMention(ctx, toks).length !== 1) continue;
      let v = start + n;
      if (!/^[a-z][a-z'-]*$/.test(words[v] ?? '') || COPULA.test(words[v]!)) return undefined;
      if (AUXILIARY.test(words[v]!) && /^[a-z]/.test(words[v + 1] ?? '')) v++;
      if (words[v + 1] === 'to' && /^[a-z]/.test(words[v + 2] ?? '')) v += 2;
      const subjectVerb = words.slice(k, v + 1).join(' ');
      const rest = words.slice(v + 1).join(' ');
      return `${subjectVerb} ${possessor}'s ${words.slice(0, k).join(' ')}${rest ? ` ${rest}` : ''}`;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "X is a K whose N is Y": ["X is a K", "X's N is Y"]; undefined when the claim is not that shape
 * or X is not one name of the graph.
 *
 * @example
 * ```ts
 * kindWhoseCut(ctx, 'The Bank is a Zenda-based lender whose president is Rufus Firefly');
 * // ['The Bank is a Zenda-based lender', "The Bank's president is Rufus Firefly"]
 * ```
 */
export function kindWhoseCut(ctx: CheckContext, claim: string): string[] | undefined {
  const t = claim.trim().replace(/[.!?]+$/, '');
  const m = /^([^,]+?)\s+(is|was)\s+(an?\s+[^,]+?)\s+whose\s+([^,]+)$/i.exec(t);
  if (!m) return undefined;
  const [, x, verb, kind, rest] = m as unknown as [string, string, string, string, string];
  const toks = dropIgnorable(tokenize(x, ctx.morph), ctx.morph);
  if (!toks.length || resolveMention(ctx, toks).length !== 1 || /\b(?:and|or|not)\b/i.test(x)) return undefined;
  const fronted = frontedWhose(ctx, x, rest);
  return [`${x} ${verb} ${kind}`, fronted ?? `${x}'s ${rest}`];
}
