/**
 * The caps on a decided verdict, in the order checkClaim applies them (round 41, tidy41).
 *
 * A cap reads the claim as written beside the verdict its readers reached and holds a verdict that
 * rests on a reading which dropped something (an adverb, a vague count, "all of", a link of
 * consequence) as NOT_ENOUGH_INFO, or says it again read another way. Each cap lives in its own
 * module (one concern each); this list is the one place their order is written, so a newcomer reads
 * it here and a new cap is a new line. Each cap gets the verdict the ones above it left: order
 * matters where two could both apply (the first to hold a verdict writes its explanation, and a cap
 * that only lowers SUPPORTED passes a held one through).
 */
import type { CheckContext } from './context.js';
import type { CheckResult } from './types.js';
import { capAttitude, capUnstatedAdverbs } from './unstated-adverbs.js';
import { capConsequence, capSequence } from './consequence-links.js';
import { capUpTo } from './up-to-ceiling.js';
import { capVagueCount } from './vague-quantity.js';
import { capObjectUniversal } from './object-universal.js';
import { capAmbiguousRole } from './ambiguous-role.js';
import { capProspect, prospectExempt } from './expectation-tense.js';
import { capBareFraction } from './decimal-share.js';
import { capWhileLink } from './while-link.js';
import { capLanguage } from './language-in.js';
import { capAlternativeAmounts } from './amount-alternatives.js';
import { capStatedPrecision } from './stated-precision.js';
import { capObligation } from './obligation-frames.js';

/** What a cap may read besides the verdict: the claim's context, its text, and a way to read another text once. */
export interface CapInput {
  ctx: CheckContext;
  text: string;
  /** Another text read once in the claim's options (no discourse words peeled again), unread as undefined. */
  readOnce: (claim: string) => Promise<CheckResult | undefined>;
}

/** One cap: its name (for the order's test and the reader) and what it does to a verdict. */
export interface VerdictCap {
  name: string;
  cap: (r: CheckResult, input: CapInput) => CheckResult | Promise<CheckResult>;
}

/** The caps, first applied first. */
export const VERDICT_CAPS: ReadonlyArray<VerdictCap> = [
  // round 35: an adverb read past that adds a fact no source states (src/check/unstated-adverbs.ts)
  { name: 'unstated adverb', cap: (r) => capUnstatedAdverbs(r) },
  // round 35: "S fears that P" (lexicon cg:attitudeWord) supported by S's words: they show what S said, not the feeling (src/check/unstated-adverbs.ts)
  { name: 'attitude', cap: (r, { ctx, text }) => capAttitude(ctx.attitudeWords, text, r) },
  // round 38: "A, so B" says B follows from A, which no source states (src/check/consequence-links.ts)
  { name: 'consequence', cap: (r, { text }) => capConsequence(text, r) },
  // round 38: "up to X" far above the source's figure (src/check/up-to-ceiling.ts)
  { name: 'up to', cap: (r, { ctx, text }) => capUpTo(ctx, text, r) },
  // round 38 (users31's F20): "A, after which B" / "A. Afterwards, B": the order is not read, so only a part refuted alone decides (src/check/consequence-links.ts)
  { name: 'sequence', cap: (r, { text }) => capSequence(text, r) },
  // round 41: "A in 2006 while B in 2015" read as a contrast: deeds dated apart did not overlap (src/check/while-link.ts)
  { name: 'while link', cap: (r, { ctx, text }) => capWhileLink(ctx, text, r) },
  // round 41: "in Freedonian" after a verb is a language, not a place (src/check/language-in.ts)
  { name: 'language', cap: (r, { ctx, text }) => capLanguage(ctx, text, r) },
  // round 39: "many N did X" supported by one N (src/check/vague-quantity.ts)
  { name: 'vague count', cap: (r, { text }) => capVagueCount(text, r) },
  // round 40: "X holds all of Y's voting power" read as holding some (src/check/object-universal.ts)
  { name: 'object universal', cap: (r, { text }) => capObjectUniversal(text, r) },
  // round 40: "a Freedonian leader" read as one of its leaders, refuted by that one's absence (src/check/ambiguous-role.ts)
  { name: 'ambiguous role', cap: (r, { ctx }) => capAmbiguousRole(ctx, r) },
  // round 40: "is set to join" supported by the fact that it joined (src/check/expectation-tense.ts)
  { name: 'prospect', cap: (r, { ctx, text }) => capProspect(text, r, (q) => prospectExempt(ctx, text, q)) },
  // round 41: "26.0 percent" against a source's "about 26" (src/check/stated-precision.ts)
  { name: 'stated precision', cap: (r, { text }) => capStatedPrecision(text, r) },
  // round 40: a bare decimal fraction read as a percent, the claim read again with the percent (src/check/decimal-share.ts)
  { name: 'bare fraction', cap: (r, { text, readOnce }) => capBareFraction(text, r, readOnce) },
  // round 41: "31 or 13 million" read as its first amount: each alternative read, decided only when they agree (src/check/amount-alternatives.ts)
  { name: 'alternative amounts', cap: (r, { text, readOnce }) => capAlternativeAmounts(text, r, readOnce) },
  // round 41: "still has to V" / "has to V" read as the bare deed: a deed not yet done, or a duty (src/check/obligation-frames.ts)
  { name: 'obligation', cap: (r, { text }) => capObligation(text, r) },
];

/**
 * The verdict after every cap of {@link VERDICT_CAPS}, in order.
 *
 * @example
 * ```ts
 * const held = await applyVerdictCaps(supported, { ctx, text: 'Many Freedonian envoys visited Sylvania.', readOnce });
 * held.verdict; // 'NOT_ENOUGH_INFO' when one envoy's visit was all that supported it
 * ```
 */
export async function applyVerdictCaps(r: CheckResult, input: CapInput): Promise<CheckResult> {
  let out = r;
  for (const { cap } of VERDICT_CAPS) out = await cap(out, input);
  return out;
}
