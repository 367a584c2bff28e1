/**
 * An election said with its electorate as the subject (round 39, misses30c; users29's "The
 * League's membership voted Rufus in as its first president"): "<Owner>'s members / membership /
 * shareholders / governors voted X in as <its | the noun's> <role>" is "X was voted in as <Owner>'s
 * <role>", the passive the lexicon's idiom reads ("voted in" as "elected"). The electors are the
 * organisation's own body, which a source's agentless "X was elected" leaves implied; the role's
 * possessor must be the owner ("its", "their", or "the <class noun>'s" of a class the owner is in),
 * so "... as Sylvania's president" (another owner) is not read.
 */
import type { CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { classNouns } from './kinds.js';
import { resolveMention } from './resolver.js';
import { cachedRegExp } from './regex-memo.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

/** The gate: an electorate noun, then "voted" or "elected". */
export const ELECTORATE_VOTE_NEEDS = /\b(?:members|membership|shareholders|governors|board)\s+(?:voted|elected)\s/i;

const NAME = String.raw`[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}`;
// "[The] <Owner>'s [founding] members voted X in as ..." / "... voted in X as ..." / "... elected X as ..."
const SHAPE = cachedRegExp(String.raw`^(?<det>the\s+)?(?<owner>${NAME})'s\s+(?:[a-z-]+\s+)?(?:members|membership|shareholders|governors|board)\s+(?:voted\s+(?:(?<x1>${NAME})\s+in|in\s+(?<x2>${NAME}))|elected\s+(?<x3>${NAME}))\s+as\s+(?<poss>its|their|the\s+(?<noun>[a-z]+)'s)\s+(?<role>[a-z][\w\s-]*?)\s*[.!]?$`, 'i');

/**
 * The claim as the elected one's passive, or undefined when it is not of that shape or the role's
 * possessor is not the owner.
 *
 * @example
 * ```ts
 * electorateVoteRewrite(ctx, "The League's members voted Rufus Firefly in as its first chair."); // "Rufus Firefly was voted in as the League's first chair"
 * ```
 */
export function electorateVoteRewrite(ctx: CheckContext, text: string): string | undefined {
  const m = SHAPE.exec(normalizeTypography(text).trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const { det, owner, x1, x2, x3, noun, role } = m.groups as Record<string, string | undefined>;
  const owners = resolveMention(ctx, dropIgnorable(tokenize(owner!, ctx.morph), ctx.morph));
  if (owners.length !== 1) return undefined;
  // "the bank's": a class noun of a class the owner is in (else another owner)
  if (noun) {
    const cls = classNouns(ctx).get(dropIgnorable(tokenize(noun, ctx.morph), ctx.morph).map((t) => t.norm).join(' '));
    if (!cls || !isA(ctx, owners[0]!.iri, cls)) return undefined;
  }
  return `${x1 ?? x2 ?? x3} was voted in as ${det ? 'the ' : ''}${owner}'s ${role}`;
}
