/**
 * A subject with a reduced relative clause and an amount (round 15): "The grants Freedonia may
 * give Sylvania amount to V", "the aid Freedonia extended to Sylvania totals V", "the loans the
 * League made to Sylvania came to V". The subject is a thing given (its noun) and the clause that
 * says who gives it to whom, without "that"; what is said of it is its amount. Said in the order the
 * lexicon reads: "Freedonia may give grants worth V to Sylvania" (the clause's own modal and
 * preposition kept; "give Sylvania grants" takes "to").
 *
 * Read only when the giver and the receiver are each a whole name of the graph, the noun names
 * none, and the predicate is an amount verb ("amount to", "total", "come to", "be worth"); the
 * reading's verdict is the claim's, its explanation showing the words read.
 *
 * Round 24: a subject owned through such a clause, "the gas reserves Freedonia holds rank fourth",
 * "the shares Sylvania owned made it ...", is the owner's possessive ("Freedonia's gas reserves
 * rank fourth"); only with a verb of owning (never "has", which may be an auxiliary: "the aid X has
 * given ...") and a whole name as the owner.
 */
import type { CheckContext } from './context.js';
import { resolveMention, wholeName } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

const AUX = '(?:may|might|will|would|could|can|should|has|have|had|is|are|was|were|plans to|planned to|intends to|is set to|was set to)';
const AMOUNT_VERB = '(?:amounts?\\s+to|amounted\\s+to|totals?|totall?ed|comes?\\s+to|came\\s+to|(?:is|are|was|were|will\\s+be|would\\s+be)\\s+worth)';
// the noun (of `n` + 1 words), the giver, the clause's modal, its verb, a preposition, the receiver, the amount
const shape = (n: number): RegExp => cachedRegExp(`^(?:the\\s+)((?:[a-z][\\w-]*\\s+){${n}}[a-z][\\w-]*)\\s+(.+?)\\s+(${AUX}\\s+)?([a-z]+)\\s+(?:(to|with|for)\\s+)?(.+?)\\s+${AMOUNT_VERB}\\s+(.+)$`, 'i');
const SHAPES = [0, 1, 2].map(shape);

/** True when the noun's head (its last word) names no entity: a thing given, not a name ("energy deals": a sector may modify it). */
function headNamesNothing(ctx: CheckContext, noun: string): boolean {
  const toks = dropIgnorable(tokenize(noun, ctx.morph), ctx.morph);
  return toks.length > 0 && resolveMention(ctx, toks.slice(-1)).length === 0;
}

/**
 * The claim said in the order the lexicon reads, or undefined when it has no such subject.
 *
 * @example
 * ```ts
 * reducedRelativeRewrite(ctx, 'The grants Freedonia may give Sylvania amount to US$ 5 million.');
 * // 'Freedonia may give grants worth US$ 5 million to Sylvania'
 * ```
 */
export function reducedRelativeRewrite(ctx: CheckContext, text: string): string | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const owned = ownedSubjectRewrite(ctx, plain);
  if (owned) return owned;
  for (const re of SHAPES) {
    const m = re.exec(plain);
    if (!m) continue;
    const [, noun, giver, aux, verb, prep, receiver, amount] = m as unknown as [string, string, string, string | undefined, string, string | undefined, string, string];
    if (!wholeName(ctx, giver) || !wholeName(ctx, receiver) || !headNamesNothing(ctx, noun)) continue;
    // the verb is a verb, not a word of a name or a determiner ("the grants Freedonia and ..." is no clause)
    if (/^(?:the|a|an|its|their|his|her|of|and|or|in|on|at)$/i.test(verb)) continue;
    return `${giver} ${aux ?? ''}${verb} ${noun} worth ${amount} ${(prep ?? 'to').toLowerCase()} ${receiver}`;
  }
  return undefined;
}

// the noun (of `n` + 1 words), the owner, a verb of owning, what is said of the noun
const OWNED = (n: number): RegExp => cachedRegExp(`^the\\s+((?:[a-z][\\w-]*\\s+){${n}}[a-z][\\w-]*)\\s+(.+?)\\s+(?:holds|held|owns|owned|possesses|possessed|controls|controlled)\\s+(.+)$`, 'i');
const OWNED_SHAPES = [0, 1, 2].map(OWNED);

/**
 * "The gas reserves Freedonia holds rank fourth worldwide" as "Freedonia's gas reserves rank
 * fourth worldwide"; undefined when the subject is no noun owned through a reduced relative clause.
 *
 * @example
 * ```ts
 * ownedSubjectRewrite(ctx, 'The gas reserves Freedonia holds rank fourth worldwide');
 * // "Freedonia's gas reserves rank fourth worldwide"
 * ```
 */
export function ownedSubjectRewrite(ctx: CheckContext, plain: string): string | undefined {
  for (const re of OWNED_SHAPES) {
    const m = re.exec(plain);
    if (!m) continue;
    const [, noun, owner, rest] = m as unknown as [string, string, string, string];
    // what follows says something of the noun: a verb, not an object of the owning verb ("holds the rank")
    if (/^(?:the|a|an|its|their|his|her|some|all|no|of|and|or|in|on|at|to)\b/i.test(rest)) continue;
    if (!wholeName(ctx, owner) || !headNamesNothing(ctx, noun)) continue;
    return `${owner}'s ${noun} ${rest}`;
  }
  return undefined;
}
