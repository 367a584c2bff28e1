/**
 * "its" before a thing the graph says is someone's (round 20b, issue 15): "To assist its canal
 * programme, Freedonia sends engineers to Sylvania". The pronoun may point back to either name of
 * the sentence; the graph settles which when the thing after "its" is owned (`cg:programmeOf`: the
 * state that runs the programme) by exactly one party and that party is named in the claim. The
 * claim is read again with the owner's possessive in place of "its" ("Sylvania's canal
 * programme"), the way the readers of "X 's Y" (an owner and a purpose) read it.
 *
 * Nothing is read when the owner is not named in the claim (the pronoun then points to a name that
 * does not own the thing, which is another claim), when the words after "its" name no owned thing,
 * or when they may name things of different owners.
 */
import type { CheckContext } from './context.js';
import { NS } from './context-vocab.js';
import { rewrittenBy, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { escapeRegExp, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The longest noun phrase read after "its", in words. */
const MAX_WORDS = 6;

/** Properties that name the one who owns (runs) a thing: the thing is their subject. */
const OWNER_PROPERTIES = [`${NS.cg}programmeOf`];

/** The owners the graph gives an entity, by the owner properties. */
function ownersOf(ctx: CheckContext, iri: string): string[] {
  return OWNER_PROPERTIES.flatMap((p) => ctx.store.getQuads(iri, p, null, null).map((q) => q.object.value));
}


/**
 * The claim with "its" said as its owner's possessive, or undefined when the graph does not settle
 * whose the thing is, or the owner is not named elsewhere in the claim.
 *
 * @example
 * ```ts
 * itsOwnerRewrite(ctx, 'To assist its canal programme, Freedonia sends engineers to Sylvania.');
 * // "To assist Sylvania's canal programme, Freedonia sends engineers to Sylvania."
 * ```
 */
export function itsOwnerRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  for (const m of text.matchAll(/\b[Ii]ts\s+/g)) {
    const rest = text.slice(m.index + m[0].length);
    // the words of the noun phrase: up to a comma, a stop or a clause word
    const words = rest.split(/[,.;:!?]/)[0]!.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
    let owners: Set<string> | undefined;
    for (let n = words.length; n >= 1 && !owners; n--) {
      const entities = resolveMention(ctx, tokenize(words.slice(0, n).join(' '), ctx.morph));
      if (!entities.length) continue;
      const found = new Set(entities.flatMap((e) => ownersOf(ctx, e.iri)));
      // a span that names the thing, but one the graph gives no owner, or several: not settled
      if (!found.size || entities.some((e) => !ownersOf(ctx, e.iri).length)) return undefined;
      owners = found;
    }
    if (!owners || owners.size !== 1) continue;
    const owner = [...owners][0]!;
    const name = ctx.entityLabel.get(owner);
    if (!name) continue;
    // the owner named elsewhere in the claim, as a whole name
    const outside = `${text.slice(0, m.index)} ${rest}`;
    if (!cachedRegExp(`(^|[^\\w])${escapeRegExp(name)}(?![\\w])`).test(outside)) continue;
    return `${text.slice(0, m.index)}${name}'s ${rest}`;
  }
  return undefined;
}

/**
 * The its-owner reader: the claim with "its" said as the owner's possessive, rechecked.
 *
 * @example
 * await readItsOwner(input); // "To assist its canal programme, Freedonia ... Sylvania" -> "To assist Sylvania's canal programme, ..."
 */
export async function readItsOwner(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  return rewrittenBy(itsOwnerRewrite, '"its" read as the possessive of the one the graph says owns the thing, named in the claim')(input);
}
