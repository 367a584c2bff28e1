/**
 * "X has Y as its Z" (a role or rank given by its holder's owner: "the League has Firefly as its
 * president", "the Bank had Freedonia as its largest shareholder"): read as "X's Z is Y", the
 * possessive the office and rank patterns read (round 30). Only the positive frame: a negation
 * ("does not have Y as its Z", "never had") is left to the readers that weigh it, and a frame whose
 * owner is not a single noun phrase before "has" is not rewritten.
 */
import type { CheckContext } from './context.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { restate } from './result.js';

// owner, verb, holder, role; the claim's own end punctuation dropped
const HAS_AS = /^(.+?)\s+(has|have|had)\s+(.+?)\s+as\s+(?:its|their)\s+(.+?)\s*[.!]?$/i;
// a negation, a modal or a clause boundary inside the owner or the holder: not this frame
const NOT_PLAIN = /\b(?:not|never|no|n't|does|did|do|will|would|may|might|could|should|and|or|but|which|who|that)\b|n't\b|[,;:]/i;

/**
 * The claim said as the owner's role and its holder, or undefined when it is not "X has Y as its Z".
 *
 * @example
 * ```ts
 * hasAsRewrite(ctx, 'The League has Firefly as its president.'); // "The League's president is Firefly"
 * hasAsRewrite(ctx, 'The League had Freedonia as its largest shareholder'); // "The League's largest shareholder was Freedonia"
 * ```
 */
export function hasAsRewrite(_ctx: CheckContext, text: string): string | undefined {
  const m = HAS_AS.exec(text.trim());
  if (!m) return undefined;
  const [, owner, verb, holder, role] = m as unknown as [string, string, string, string, string];
  if (NOT_PLAIN.test(owner) || NOT_PLAIN.test(holder) || /\bas\b/i.test(role)) return undefined;
  const possessive = /s$/i.test(owner) && !/ss$/i.test(owner) ? `${owner}'` : `${owner}'s`;
  return `${possessive} ${role} ${verb.toLowerCase() === 'had' ? 'was' : 'is'} ${holder}`;
}

/**
 * Reader: "X has Y as its Z" checked as "X's Z is Y". The same claim in other words has the tense
 * its own words have ("has" is the present of "is", "had" its past), so the recheck judges the
 * tense again (as negation-frames does) unless the claim is checked as of a time.
 *
 * @example
 * ```ts
 * await readHasAs({ ctx, text: 'The League has Firefly as its president.', recheck });
 * ```
 */
export async function readHasAs({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = hasAsRewrite(ctx, text);
  if (!claim) return undefined;
  const r = await recheck(claim, ctx.asOf ? undefined : { ...ctx, present: undefined, perfect: undefined });
  return decided(r && restate(r, text, { explanation: `Read as "${claim}" (its role said as the owner's). ${r.explanation}` }));
}
