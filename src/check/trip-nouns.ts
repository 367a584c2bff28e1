/**
 * Other nouns for a trip (round 28, branch phrasing28; lexicon `cg:tripNoun`): "Rufus's swing
 * through Sylvania wrapped up on 3 May", "Rufus's Marsovian jaunt ran for a week", "his trek
 * across the region began on D". The visit patterns and the trip readers name a trip "visit",
 * "tour" or "trip"; a claim that says it with another noun of the lexicon's list, after its
 * traveller's possessive, is read again with "trip" in its place, and the patterns (each property's
 * domain and range) and the graph decide. Its undecided reading is held, so a later reader may
 * still decide the claim.
 *
 * The noun must follow a possessive within three words ("X's", "his", "her", "their") and be
 * followed by a preposition of a trip ("through", "to", "of", "across", "around", "round", "in")
 * or a verb (anything but "of"-less noun compounds): "the swing voters" or "a swing in the vote"
 * have no possessive traveller and are left alone.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { lexiconGate } from './reader-gates.js';
import { rewrittenBy, rewrittenHeld, type UnreadReader } from './reader-kit.js';
import { tripLengthRewrite } from './trip-length.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The lexicon's trip nouns (`cg:tripNoun`), lower case. */
const tripNouns = (ctx: CheckContext): string[] => literals(ctx.lexicon, null, cg('tripNoun')).map((w) => w.trim().toLowerCase());

/** The word gate of the reader: one of the lexicon's trip nouns. */
export const TRIP_NOUN_NEEDS = lexiconGate(tripNouns);

const built = new WeakMap<object, RegExp | null>();

/** "POSSESSIVE [up to three words] NOUN" followed by a trip's preposition or a verb-like word. */
function nounPattern(ctx: CheckContext): RegExp | null {
  let re = built.get(ctx.lexicon);
  if (re !== undefined) return re;
  const nouns = [...new Set(tripNouns(ctx))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  re = nouns.length
    ? cachedRegExp(`((?:\\b[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*'s?|\\b(?:his|her|their|its))\\s+(?:[\\w-]+\\s+){0,3}?)(${nouns.join('|')})(?=\\s+(?:through|to|of|across|around|round|in|ran|lasted|began|started|ended|wrapped|concluded|took|covered|included|got|kicked|was|had|came)\\b)`, 'i')
    : null;
  built.set(ctx.lexicon, re);
  return re;
}

/**
 * The claim with its trip noun said as "trip", or undefined when it has none after a possessive.
 *
 * @example
 * ```ts
 * tripNounRewrite(ctx, "Rufus's swing through Sylvania wrapped up on 3 May"); // "Rufus's trip through Sylvania wrapped up on 3 May"
 * tripNounRewrite(ctx, 'The swing voters stayed home'); // undefined
 * ```
 */
export function tripNounRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text);
  const re = nounPattern(ctx);
  const m = re?.exec(t);
  if (!m) return undefined;
  const out = `${t.slice(0, m.index)}${m[1]}trip${t.slice(m.index + m[0].length)}`;
  return out !== t ? out : undefined;
}

/** The entries of the reader table (src/check/readers.ts) for trips named and measured otherwise, in order. */
export const TRIP_READERS: readonly UnreadReader[] = [
  {
    name: 'trip-noun', needs: TRIP_NOUN_NEEDS,
    module: 'trip-nouns.ts',
    reads: '"X\'s swing through Y wrapped up on D", "X\'s jaunt to Y lasted a week": another noun for a trip (lexicon cg:tripNoun) after its traveller\'s possessive, as "trip" (round 28); an undecided reading is held',
    read: rewrittenHeld(tripNounRewrite, 'another noun for a trip, lexicon cg:tripNoun'),
  },
  {
    name: 'trip-length',
    module: 'trip-length.ts',
    reads: '"X\'s tour was a week-long trip", "X\'s visit was a fortnight long", "X spent a week touring Y", "It took X a week to visit Y", "X breezed through Y in three days": the length said with the lexicon\'s duration words ("lasted", "spent ... in") (round 11, round 28)',
    read: rewrittenBy((_ctx, text) => tripLengthRewrite(text), 'a trip\'s length said as its description'),
  },
];
