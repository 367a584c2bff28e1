/**
 * A package owned by its recipient (round 19, issue 15): "Sylvania's aid from Freedonia amounts to
 * V" is "Freedonia's aid to Sylvania amounts to V". A possessive before a noun of what is given
 * names the one who gets it when the giver follows with "from"; the claim is read again with the
 * giver as the possessor and the recipient after "to", the way the readers of packages read it.
 *
 * Which nouns name what is given is data: the lexicon's `cg:recipientNoun` ("aid", "grant",
 * "assistance", ...). Only a possessor and a giver written as names (capitalised words, or "the"
 * and capitalised words) are moved, and the giver ends before the verb or preposition that follows
 * it: a noun phrase with a clause of its own is left to other readers.
 */
import type { CheckContext } from './context.js';
import { NS } from './context-vocab.js';
import { rewrittenBy, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { normalizeTypography } from './text.js';

const nounCache = new WeakMap<object, Set<string>>();

/** The lexicon's nouns of a package (`cg:recipientNoun`), lower case. */
export function packageNouns(ctx: CheckContext): Set<string> {
  let set = nounCache.get(ctx.lexicon);
  if (!set) {
    set = new Set(ctx.lexicon.getQuads(null, `${NS.cg}recipientNoun`, null, null).map((q) => q.object.value.toLowerCase()));
    nounCache.set(ctx.lexicon, set);
  }
  return set;
}

/** A name: "the" and capitalised words, or capitalised words ("Acme Bank", "the League"). */
const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*`;

/**
 * The claim with "R's N from G" said as "G's N to R", or undefined when it has no such phrase.
 *
 * @example
 * ```ts
 * recipientPossessiveRewrite(ctx, "Sylvania's aid from Freedonia amounts to US$ 5 million.");
 * // "Freedonia's aid to Sylvania amounts to US$ 5 million."
 * ```
 */
export function recipientPossessiveRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  const nouns = packageNouns(ctx);
  const re = new RegExp(String.raw`(^|[^\w'])(${NAME})'s?\s+((?:[a-z-]+\s+){0,3})from\s+(${NAME})(?=\s+[a-z]|[,.;]|$)`, 'g');
  for (const m of text.matchAll(re)) {
    const [whole, lead, owner, between, giver] = m as unknown as [string, string, string, string, string];
    const words = between.trim().split(/\s+/);
    // the noun of the package ends the words before "from", in one word or two ("financial
    // assistance"); the words before it ("total", "promised") stay with it
    const noun = [words.slice(-2).join(' '), words.at(-1)!].find((n) => nouns.has(n.toLowerCase()));
    if (!noun) continue;
    // "Sylvania's aid from Freedonia to Marsovia" names another recipient: not this shape
    const after = text.slice(m.index + whole.length);
    if (/^\s+to\b/i.test(after)) continue;
    return `${text.slice(0, m.index)}${lead}${giver}'s ${between.trim()} to ${owner}${after}`;
  }
  return undefined;
}

/**
 * The recipient-possessive reader: the claim with the giver as the possessor, rechecked.
 *
 * @example
 * await readRecipientPossessive(input); // "Sylvania's aid from Freedonia ..." -> "Freedonia's aid to Sylvania ..."
 */
export async function readRecipientPossessive(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  return rewrittenBy(recipientPossessiveRewrite, 'a package owned by its recipient, its giver after "from" (lexicon cg:recipientNoun)')(input);
}
