/**
 * A "not" that denies one member of a contrast, not the clause (round 31, branch precision31):
 * "Freedonia, and not Sylvania, is a member of the League", "Rufus visited Freedonia and not
 * Sylvania", "Freedonia is a member of the League and not the Union". The parser strips every
 * negation marker and gives its parity to the whole reading, so the two names were read as one
 * list under one denial ("neither Freedonia nor Sylvania is a member"): a false REFUTED when the
 * first member holds, a false SUPPORTED when it does not. Such a denial gives the whole claim no
 * polarity (as two denials in two clauses do, parser.ts `applyMarkers`); the compound reader then
 * reads the parts ("X, not Y, V": src/check/clause-links.ts `notInsteadCut`; "A V B and not C": its
 * ellipsis completion), or the claim stays unread.
 */
import type { Token } from './text.js';

// a coordinator or a comma right before the "not" opens a second member ("and not", "but not", ", not")
const BEFORE = /(?:,|\b(?:and|but))\s*$/i;
// "and not only / yet / just / even ...": the "not" goes with a verb phrase or an adverb, not a member
const NOT_MEMBER = /^(?:only|yet|just|even|merely|simply|necessarily|quite|entirely|always|ever|because|since|until|before|after|to)$/i;

/**
 * True when the denial marker `words` ("not" alone) stands right after "and" / "but" / a comma and
 * before a word that may open a noun phrase: the denial of a contrast's second member.
 *
 * @example
 * ```ts
 * const text = 'Freedonia, and not Sylvania, is a member';
 * contrastDenial(text, tokenize(text, morph).filter((t) => t.raw === 'not'), next); // true
 * ```
 */
export function contrastDenial(text: string, words: readonly Token[], next: Token | undefined): boolean {
  if (words.length !== 1 || words[0]!.raw.toLowerCase() !== 'not' || !next) return false;
  if (!BEFORE.test(text.slice(0, words[0]!.start))) return false;
  return !NOT_MEMBER.test(next.raw);
}
