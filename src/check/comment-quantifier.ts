/**
 * Round 30 (fix23): a claim about every reader comment of an article, not any one of them. "Both
 * comments on X were posted on D", "All the comments ...", "The comments on X were all posted on
 * D", "The two comments ...": the comments form a closed list, so the claim holds only when each
 * of them does, and one shown not to refutes it. "A comment", "one of the comments", "some
 * comments" keep the reading of any one comment (users23 found "Both comments ... on 18 January"
 * SUPPORTED by one of two comments: the reader took any comment for all).
 */
import type { Verdict } from './types.js';

/** A quantifier over the whole list: both, all, every, each, the two/three... */
const EVERY = /\b(?:both|all|every|each)\b/i;
/** A definite plural comment noun ("the comments", "its two replies", "the readers' comments"). */
const DEFINITE_PLURAL = /\b(?:the|its|their|these|those)\s+(?:(?:two|three|four|five|\d+|reader|readers'|readers|posted|published)\s+)*(?:comments|replies|responses)\b/i;
/** A part of the list: "one of the comments", "some comments", "a few replies", "two of the comments". */
const PART = /\b(?:one|some|several|any|many|most|few|none|neither|either|two|three|\d+)\s+of\b|\b(?:some|several|a\s+few|many|most|a|an|one|no)\s+(?:reader\s+)?(?:comments?|replies|reply|responses?)\b/i;
/** "Not all / not every / not both comments ...": the denial of the whole list's claim. */
const NOT_EVERY = /\bnot\s+(?:all|every|both|each)\b/i;

/**
 * Whether the claim speaks of every comment of the list (a definite plural or a universal
 * quantifier over the comments: 'every'), denies that of the whole list ("not all the comments":
 * 'not-every'), or speaks of some of them (undefined).
 *
 * @example
 * ```ts
 * aboutEveryComment('Both comments on the League story were posted on 5 May 2011'); // 'every'
 * aboutEveryComment('One of the comments on the League story was posted on 5 May 2011'); // undefined
 * ```
 */
export function aboutEveryComment(text: string): 'every' | 'not-every' | undefined {
  const noun = /\b(?:comments?|replies|reply|responses?)\b/i.test(text);
  if (NOT_EVERY.test(text)) return noun ? 'not-every' : undefined;
  if (PART.test(text)) return undefined;
  return DEFINITE_PLURAL.test(text) || (EVERY.test(text) && noun) ? 'every' : undefined;
}

/**
 * The verdict of the undenied claim about every comment, from the verdicts of each (the caller
 * turns it round for a denial): all supported, supported; all refuted, refuted; a mix refutes
 * "every comment" (one is not as it says, so "not every" holds once turned round), and leaves open
 * a claim denied inside ("both were not posted on D" when one was: "neither" or "not both").
 */
export function everyComment(each: readonly Verdict[], scope: 'every' | 'not-every', polarity: 'positive' | 'negative'): Verdict {
  if (each.length && each.every((v) => v === 'SUPPORTED')) return 'SUPPORTED';
  if (each.length && each.every((v) => v === 'REFUTED')) return 'REFUTED';
  return (polarity === 'positive' || scope === 'not-every') && each.includes('REFUTED') ? 'REFUTED' : 'NOT_ENOUGH_INFO';
}
