/**
 * A claim said in other words that the reader reads: each rewrite gives the claim to check
 * instead and how to tell its result as the claim as written (src/check/index.ts tries them, in
 * this order, on a claim no pattern reads).
 *
 * - a time stated by a clause: "At the time the bank opened, it had not yet ..." -> "As of
 *   <day>, the bank had not ..." (src/check/time-clause.ts);
 * - a purpose after a verb of going: "X went to P to do Y" -> "X did Y at P", never refuted
 *   (src/check/motion-purpose.ts);
 * - a word that only strengthens a claim (lexicon `cg:strengtheningWord`: "X has long been
 *   active"): the claim without it says less, so its refutation refutes the claim, while its
 *   support does not support the stronger claim (NOT_ENOUGH_INFO, the reading shown).
 */
import type { CheckContext } from './context.js';
import { readMotionPurpose, withMotionPurpose } from './motion-purpose.js';
import { normalizeTypography } from './text.js';
import { readTimeClause, withClauseTime } from './time-clause.js';
import type { CheckResult } from './types.js';

/** A claim to check instead, and how to tell its result as the claim as written. */
export interface Rewrite {
  claim: string;
  finish(r: CheckResult): CheckResult;
}

/** The claim without the words that only strengthen it; undefined when it has none. */
export function withoutStrengtheners(ctx: CheckContext, text: string): { claim: string; words: string[] } | undefined {
  // under a denial the word weakens instead ("not always active" is not "not active")
  if (/\b(?:not|never|no|nor|neither|without|hardly|barely|scarcely|little|few)\b|n't\b/i.test(text)) return undefined;
  const words: string[] = [];
  const claim = normalizeTypography(text).replace(/\s*\b([A-Za-z]+)\b/g, (all, w: string) => {
    if (!ctx.strengtheningWords.has(w.toLowerCase())) return all;
    words.push(w);
    return '';
  }).trim();
  return words.length ? { claim, words } : undefined;
}

/**
 * The rewrites of a claim, in the order they are tried.
 *
 * @example
 * ```ts
 * rewritesOf(ctx, 'Freedonia has long been a member of the League.').map((r) => r.claim);
 * // ['Freedonia has been a member of the League.']
 * ```
 */
export function rewritesOf(ctx: CheckContext, text: string): Rewrite[] {
  const out: Rewrite[] = [];
  const tc = readTimeClause(ctx, text);
  if (tc) out.push({ claim: tc.rewritten, finish: (r) => withClauseTime(ctx, text, tc, r) });
  const mp = readMotionPurpose(text);
  if (mp) out.push({ claim: mp.claim, finish: (r) => withMotionPurpose(text, mp, r) });
  const weaker = withoutStrengtheners(ctx, text);
  if (weaker) {
    out.push({
      claim: weaker.claim,
      finish: (r) => {
        const said = weaker.words.map((w) => `"${w}"`).join(', ');
        const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read without ${said}, a word that only strengthens the claim`] };
        if (r.verdict === 'REFUTED') return { ...r, claim: text.trim(), interpretation, explanation: `Read without ${said}: the claim says at least "${weaker.claim}", which is refuted. ${r.explanation}` };
        return {
          ...r, claim: text.trim(), interpretation, verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false,
          evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
          explanation: `Read without ${said}: "${weaker.claim}" is ${r.verdict === 'SUPPORTED' ? 'supported' : 'not decided'}, but the graph says nothing of ${said}. ${r.explanation}`,
        };
      },
    });
  }
  return out;
}
