/**
 * A universal quantifier on what the verb takes ("Freedonia holds all of the League's voting power",
 * "Sylvania exports all its gas to Marsovia", "Freedonia holds every vote in the League") holds a
 * verdict whose reading dropped it (round 40, fix32c; users32's F6).
 *
 * The patterns read "holds voting power in", "exports gas to", "gives aid to" as a share or a part,
 * and skip "all" / "every" / "the whole of" / "the entire" before the pattern's own noun: a source's
 * "Freedonia holds 26 percent of the voting power" supported "Freedonia holds all of it". All of a
 * thing is more than some of it, so a SUPPORTED reading of the bare words says nothing of all, and a
 * denied one ("does not hold all of it") nothing of its denial: both are held as NOT_ENOUGH_INFO, the
 * reading shown. A REFUTED positive reading stands (holding none of a thing is not holding all of it).
 * A quantifier on the slot's own words ("visited all five Ruritanian states": a group the readers
 * count) or after a possessive or "than" ("the League's entire capital", "than every other state")
 * is not this.
 */
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';

/** The quantifier, then the determiners and possessives up to its noun ("all of the League's voting power"). */
const UNIVERSAL = /(\S+)\s+(all(?:\s+of)?|every|each\s+of|the\s+whole\s+of|the\s+entire|the\s+whole|entire)\s+((?:(?:the|its|their|his|her|of)\s+|[\p{Lu}][\p{L}.-]*['\u2019]s\s+|(?:[\p{Lu}][\p{L}.-]*\s+)+[\p{L}.-]+['\u2019]s\s+)*)([\p{L}-]+)/gu;

/**
 * Words a quantifier floated off the subject follows ("did not all join", "they all hold"); not
 * "have": "has all the votes" is its object's, and "have all joined" names no pattern word.
 */
const FLOATED = /^(?:not|n't|never|do|does|did|don't|didn't|doesn't|are|were|is|was|be|been|will|would|can|could|should|may|might|must|they|we|you|both)$/i;

/** Nouns of time a quantifier makes a frequency of ("every year", "all day"), not a whole. */
const TIME_NOUN = /^(?:years?|months?|weeks?|days?|times?|summer|winter|along|over|about|but|the|that|this|these|those|in|at|on|over|round|around)$/i;

/** A word's plain stem for matching it to a pattern's word ("votes" and "vote"). */
const stem = (w: string): string => w.toLowerCase().replace(/s$/, '').replace(/e$/, '');

/**
 * The word a universal quantifier of the claim is said of, when it is a literal word of the reading's
 * pattern or a qualifier's mention (a part, not a slot the readers count), else undefined.
 *
 * @example
 * ```ts
 * droppedUniversal('Freedonia holds all of the League\'s voting power.', r); // 'all of' (r read by "{s} hold voting power in {o}")
 * ```
 */
export function droppedUniversal(text: string, r: CheckResult): string | undefined {
  const i = r.interpretation;
  const pattern = (i.pattern ?? '').toLowerCase();
  const words = new Set(pattern.replace(/\{[^}]*\}/g, ' ').split(/[^a-z-]+/).filter(Boolean).map(stem));
  for (const q of Object.values(i.qualifiers ?? {})) {
    const mention = 'mention' in q ? q.mention : undefined;
    for (const w of (mention ?? '').split(/[^\p{L}-]+/u)) if (w) words.add(stem(w));
  }
  for (const m of normalizeTypography(text).matchAll(UNIVERSAL)) {
    const before = m[1]!;
    // "the League's entire capital", "than every other state", "and all": not on the verb's object;
    // "did not all join", "are all members", "Sylvania and Marsovia all joined": a quantifier
    // floated off the subject (after an auxiliary, a pronoun or a name; the object's follows a verb)
    if (/['\u2019]s$|^(?:than|the|a|an|and|or|of|at)$/i.test(before) || FLOATED.test(before) || /^\p{Lu}/u.test(before)) continue;
    const noun = m[4]!;
    if (TIME_NOUN.test(noun)) continue;
    if (words.has(stem(noun))) return m[2]!.toLowerCase().replace(/\s+/g, ' ');
  }
  return undefined;
}

/**
 * The result held as NOT_ENOUGH_INFO when the claim says "all" of a noun its reading dropped
 * (SUPPORTED, or decided of a denial); any other result as it is.
 *
 * @example
 * ```ts
 * capObjectUniversal('Freedonia holds all of the League\'s voting power.', supported).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capObjectUniversal(text: string, r: CheckResult): CheckResult {
  if (r.verdict === 'NOT_ENOUGH_INFO' || (r.verdict === 'REFUTED' && r.interpretation.polarity !== 'negative')) return r;
  const word = droppedUniversal(text, r);
  if (!word) return r;
  return undecidedResult(r, `The claim says "${word}" of what the verb takes, which its reading did not read (all of a thing is more than a part of it; without the word it would be ${r.verdict}): ${r.explanation}`, 'partial-match');
}
