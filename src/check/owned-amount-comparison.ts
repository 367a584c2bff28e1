/**
 * Two amounts owned by their recipients, compared (round 35): "Sylvania's $5m edged out Grand
 * Fenwick's $3m", "Sylvania's US$5 million topped Grand Fenwick's US$3 million". Each possessor
 * owns its package as the recipient of the graph's one giver to it (src/check/package-names.ts
 * `recipientOwner`: it gives nothing itself and gets from one giver); the claim is three
 * statements, combined by the compound rule (any refuted: REFUTED; all supported: SUPPORTED):
 *
 * - "<giver>'s aid to A is worth <A's amount>" and the same of B (each amount is the package's);
 * - "<giver>'s aid to A <verb> <giver>'s aid to B": the comparison in the claim's own verb, read by
 *   the comparison readers (which verbs compare, and which way, is theirs to say).
 *
 * Read only when both possessors own a package so and the comparison reads; anything else is left
 * to the other readers. Nothing here knows an entity.
 */
import { AMOUNT, recipientOwner } from './package-names.js';
import { combineParts } from './rank-words.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';

const NAME = String.raw`[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*`;
const KIND = String.raw`(?:\s+(?:in\s+)?(?:aid|grants?|assistance))?`;
const OWNED = new RegExp(String.raw`^(?<a>${NAME})'s\s+(?<x>${AMOUNT})${KIND}\s+(?<verb>[a-z][a-z\s]*?)\s+(?<b>${NAME})'s\s+(?<y>${AMOUNT})${KIND}\s*[.!]?$`);

/**
 * The three statements of "A's X <verb> B's Y", or undefined when the claim is not that shape or a
 * possessor owns no package as its recipient.
 *
 * @example
 * ```ts
 * ownedAmountComparison(ctx, "Sylvania's $5m edged out Grand Fenwick's $3m.");
 * // ["Freedonia's aid to Sylvania is worth $5m", "Freedonia's aid to Grand Fenwick is worth $3m",
 * //  "Freedonia's aid to Sylvania edged out Freedonia's aid to Grand Fenwick"]
 * ```
 */
export function ownedAmountComparison(ctx: ReaderInput['ctx'], text: string): string[] | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const m = OWNED.exec(t);
  if (!m) return undefined;
  const g = m.groups!;
  const a = recipientOwner(ctx, g.a!, t);
  const b = recipientOwner(ctx, g.b!, t);
  if (!a || !b || a.recipient === b.recipient) return undefined;
  const pa = `${a.giver}'s aid to ${a.recipient}`;
  const pb = `${b.giver}'s aid to ${b.recipient}`;
  return [`${pa} is worth ${g.x!.trim()}`, `${pb} is worth ${g.y!.trim()}`, `${pa} ${g.verb} ${pb}`];
}

/** The reader (table entry `owned-amount-comparison`): the three statements, each rechecked, combined. */
export async function readOwnedAmountComparison({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = ownedAmountComparison(ctx, text);
  if (!parts) return undefined;
  const read: Array<{ part: string; r: CheckResult }> = [];
  for (const part of parts) {
    const r = await recheck(part);
    if (!r) return undefined;
    read.push({ part, r });
  }
  const combined = combineParts(text, read, 'two amounts owned by their recipients, each the package\'s, and their comparison in the claim\'s verb');
  // the compared amounts are the comparison's (a degree word measures them: src/check/degree-comparisons.ts)
  const compared = read[2]!.r.amounts;
  const r = combined.verdict === 'SUPPORTED' && compared ? { ...combined, amounts: compared } : combined;
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
}
