/**
 * A copula with its sides turned round (round 11): "The Bank's first president was Rufus Firefly",
 * "The first president of the Bank is Rufus Firefly" say "Rufus Firefly was the Bank's first
 * president", which the lexicon reads ("{s} first {o}", a person holding an office); so does the
 * question "Was the Bank's first president Rufus Firefly?" once said as its statement
 * (src/check/questions.ts). A name written before its role without the possessive ("Acme Bank
 * first president is Rufus Firefly", as non-native English has it) is said with "of" ("the first
 * president of Acme Bank").
 *
 * Read only when the side after the copula names exactly one person of the graph and the side
 * before it names none (a person on each side is an identity the lexicon reads itself); the
 * claim's verdict is the turned claim's, its explanation saying so.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

const COPULA = /\s+(is|was|are|were|has been|had been)\s+/gi;

/** The entities a whole span names (its ignorable words dropped). */
function named(ctx: CheckContext, span: string): string[] {
  const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
  return toks.length && toks.length <= 8 ? resolveMention(ctx, toks).map((e) => e.iri) : [];
}

/** "Acme Bank first president" -> "the first president of Acme Bank": a name before its role, said with "of". */
function withPossessive(ctx: CheckContext, side: string): string | undefined {
  if (/'s\b|\u2019s\b|\bof\b/i.test(side)) return undefined;
  const words = side.replace(/^the\s+/i, '').split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    const hit = named(ctx, name);
    if (hit.length === 1 && /^[a-z]/.test(rest) && (isA(ctx, hit[0]!, `${NS.cg}Organisation`) || isA(ctx, hit[0]!, `${NS.cg}Country`))) return `the ${rest} of ${name}`;
  }
  return undefined;
}

/**
 * The claim with its copula's sides turned round, when the side after it is one person and the
 * side before it names none; empty otherwise.
 *
 * @example
 * ```ts
 * copulaInversions(ctx, "The Acme Bank's first president was Rufus Firefly.");
 * // ["Rufus Firefly was the Acme Bank's first president"]
 * ```
 */
export function copulaInversions(ctx: CheckContext, text: string): string[] {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (/\b(?:not|never|no|who|whom|what|which|where|when|whether|if)\b|n't\b|[,;:?]/i.test(t)) return [];
  const out: string[] = [];
  for (const m of t.matchAll(COPULA)) {
    const left = t.slice(0, m.index).trim();
    const right = t.slice(m.index! + m[0].length).trim();
    const person = named(ctx, right);
    if (person.length !== 1 || !isA(ctx, person[0]!, `${NS.cg}Person`)) continue;
    if (named(ctx, left).some((e) => isA(ctx, e, `${NS.cg}Person`))) continue;
    const side = left.replace(/^The\s/, 'the ');
    out.push(`${right} ${m[1]!.toLowerCase()} ${side}`);
    const possessed = withPossessive(ctx, side);
    if (possessed) out.push(`${right} ${m[1]!.toLowerCase()} ${possessed}`);
  }
  return out;
}
