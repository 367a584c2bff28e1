/**
 * A copula with its sides turned round (round 11): "The Bank's first president was Rufus Firefly",
 * "The first president of the Bank is Rufus Firefly" say "Rufus Firefly was the Bank's first
 * president", which the lexicon reads ("{s} first {o}", a person holding an office); so does the
 * question "Was the Bank's first president Rufus Firefly?" once said as its statement
 * (src/check/questions.ts). A name written before its role without the possessive ("Acme Bank
 * first president is Rufus Firefly", as non-native English has it) is said with "of" ("the first
 * president of Acme Bank").
 *
 * Read only when the side after the copula names exactly one person of the graph (or, round 28,
 * one country or organisation after a ranked description: "the League's largest member is
 * Freedonia") and the side before it names none (a person on each side is an identity the lexicon reads itself); the
 * claim's verdict is the turned claim's, its explanation saying so.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { firstDecided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';

const COPULA = /\s+(is|was|are|were|has been|had been)\s+/gi;

/** The entities a whole span names (its ignorable words dropped). */
function named(ctx: CheckContext, span: string): string[] {
  const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
  return toks.length && toks.length <= 8 ? resolveMention(ctx, toks).map((e) => e.iri) : [];
}

/** A definite description of a rank: "the League's largest member", "the biggest shareholder in the League". */
function rankedDescription(side: string): boolean {
  return /^the\s/i.test(side) && /(?:'s|\bof|\bin)\s/i.test(side)
    && /\b(?:\w+est|first|second|third|fourth|fifth|top|leading|main|principal|chief)\s+\w+/i.test(side)
    && !/\b(?:not|no|never)\b/i.test(side);
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
  if (/\b(?:not|never|no|who|whom|whose|what|which|that|where|when|whether|if)\b|n't\b|[,;:?]/i.test(t)) return [];
  // (round 23) one copula only: with two ("the bank whose president is X is led by Y", as a
  // garbled rewrite may leave it) neither side is a clean noun phrase, and the turned claim
  // ("Y is the bank ...") was refuted through a disjointness of classes
  const copulas = [...t.matchAll(COPULA)];
  if (copulas.length !== 1) return [];
  const out: string[] = [];
  for (const m of copulas) {
    const left = t.slice(0, m.index).trim();
    const right = t.slice(m.index! + m[0].length).trim();
    const person = named(ctx, right);
    if (person.length !== 1) continue;
    // (round 28) a country or organisation after a ranked description: "the League's largest
    // member is Freedonia", "the biggest shareholder in the League is Sylvania" say the name first
    // ("Freedonia is the League's largest member"), which reads the rank; any other description
    // before a thing stays unread (a type or a place, "the capital is Zenda", is no rank)
    if (!isA(ctx, person[0]!, `${NS.cg}Person`) && !rankedDescription(left)) continue;
    if (named(ctx, left).some((e) => isA(ctx, e, `${NS.cg}Person`))) continue;
    const side = left.replace(/^The\s/, 'the ');
    out.push(`${right} ${m[1]!.toLowerCase()} ${side}`);
    const possessed = withPossessive(ctx, side);
    if (possessed) out.push(`${right} ${m[1]!.toLowerCase()} ${possessed}`);
  }
  return out;
}

/**
 * The table's reader (src/check/readers.ts): the claim said with its copula's sides turned round,
 * rechecked. A turned claim read as a type ("X is the bank": rdf:type) decides nothing (round 23):
 * the side before the copula was a role of someone, never a class the person is said to be, so a
 * refutation through disjoint classes would refute words the claim did not say; it is held.
 *
 * @example
 * ```ts
 * await readCopulaInversion({ ctx, text: "The Acme Bank's first president was Rufus Firefly.", recheck });
 * // decided by "Rufus Firefly was the Acme Bank's first president"
 * ```
 */
export async function readCopulaInversion({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  return firstDecided(copulaInversions(ctx, text), async (said) => {
    const r = await recheck(said);
    if (!r) return undefined;
    const told = restate(r, text, { explanation: `Read as "${said}" (the copula's sides turned round). ${r.explanation}` });
    return r.interpretation?.predicate === 'type' && r.verdict !== 'NOT_ENOUGH_INFO'
      ? undecidedResult(told, `Read as "${said}" (the copula's sides turned round), a type of the person: a turned copula names a role, not a class, so the type is not decided. ${r.explanation}`)
      : told;
  });
}
