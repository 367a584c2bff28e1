/**
 * An identity with a "with" phrase (round 34, branch shapes34): "Freedonia is the country with the
 * world's fourth largest reserves of natural gas", the statement an apposition makes in
 * "Freedonia, the country with the world's fourth largest gas reserves, did not join the League"
 * (the compound readers split it off and check it alone). The noun only says what kind of thing
 * the subject is; the claim is what the "with" phrase says of it: "Freedonia has the world's
 * fourth largest reserves of natural gas", whose verdict is the claim's.
 *
 * "The <noun> with Y" says that no other thing of the kind has Y, so it is read only when Y is
 * ranked (a superlative or an ordinal: one thing holds a rank); "a <noun> with Y" always.
 * Read only when the noun is a class noun (ontology class label or lexicon `cg:classNoun`) and the
 * subject is of that class: "Freedonia is the bank with ..." names another thing and is not read
 * here. Nothing here knows an entity.
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { rewrittenHeld } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

const SHAPE = /^(.+?)\s+(is|was)\s+(the|a|an)\s+([a-z][a-z -]*?)\s+with\s+(.+?)[.!]?$/i;
/** A rank or superlative in the phrase: what makes "the N with Y" single out one thing by Y. */
const RANKED = /\b(?:[a-z]+est|most|least|first|second|third|fourth|fifth|only|sole)\b/i;

/** The gate: "is / was the <noun> with". */
export const KIND_WITH_NEEDS = /\b(?:is|was)\s+(?:the|a|an)\s+[a-z -]+?\s+with\s+/i;

/**
 * The claim as what its "with" phrase says of the subject; undefined when the noun is no class
 * noun or the subject is not of that class.
 *
 * @example
 * ```ts
 * kindWithRewrite(ctx, "Freedonia is the country with the world's largest canal.");
 * // "Freedonia has the world's largest canal."
 * ```
 */
export function kindWithRewrite(ctx: CheckContext, text: string): string | undefined {
  const m = SHAPE.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const [, subject, verb, article, noun, phrase] = m;
  // "the country with a pipeline" says no other country has one: read only a ranked "the" phrase
  if (/^the$/i.test(article!) && !RANKED.test(phrase!)) return undefined;
  const key = dropIgnorable(tokenize(noun!, ctx.morph), ctx.morph).map((t) => t.norm).join(' ');
  const cls = classNouns(ctx).get(key);
  if (!cls) return undefined;
  const who = resolveMention(ctx, tokenize(subject!, ctx.morph));
  if (who.length !== 1 || !isA(ctx, who[0]!.iri, cls)) return undefined;
  return `${subject} ${verb === 'was' ? 'had' : 'has'} ${phrase}.`;
}

/** The reader (table entry `kind-with`): the "with" phrase's claim decides. */
export const readKindWith = rewrittenHeld(kindWithRewrite, 'an identity with a "with" phrase, its noun the subject\'s kind, as what the phrase says of it');
