/**
 * Purposes in sentence shapes the purpose readers do not take (round 23), said again in the words
 * they do (src/check/purpose.ts, purpose-frames.ts, focus.ts) and rechecked:
 *
 * - the purpose as subject: "Expanding the canals was one of the two uses of Freedonia's aid to
 *   Sylvania" -> "Freedonia's aid to Sylvania was meant to expand the canals"; "Expanding trade was
 *   the main aim of Rufus's visit" -> "The main aim of Rufus's visit was to expand trade" ("one of
 *   the" aims claims a purpose, never the main one);
 * - an inverted aim: "Behind Rufus's visit lay the aim of expanding trade" -> "The aim of Rufus's
 *   visit was to expand trade"; "Behind Freedonia's canal focus in Sylvania lies the aim of P" ->
 *   "Freedonia focused on canals in Sylvania to P";
 * - "so that it could V", "so that they can V", "so it could V" after a deed -> "to V";
 * - "X's aid package for Y covers P" -> "X's aid package for Y is meant for P".
 *
 * The verb's base form comes from `baseOf` (the lexicon's lemmas or WordNet's). A shape with a
 * denial is not read (the frames of the purpose readers take their own negation). Readings the
 * graph decides must agree (src/check/package-names.ts `agreeingRewrites`).
 */
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { agreeingRewrites, type SaidAgain } from './package-names.js';
import { baseOf } from './purpose-gerund.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The nouns of a purpose ("aim", "uses"), in the singular or the plural. */
const PURPOSE_NOUN = String.raw`(?:aims?|goals?|purposes?|objectives?|uses?)`;
/** "V-ing O was one of the two uses of D", "V-ing O is the main aim of D". */
const SUBJECT = cachedRegExp(String.raw`^(?<verb>[A-Za-z]+ing)\s+(?<obj>.+?)\s+(?<be>was|is|were|are)\s+(?<one>one\s+of\s+)?the\s+(?:(?:two|three|four|several|many)\s+)?(?<main>main|chief|key|principal|primary)?\s*(?<noun>${PURPOSE_NOUN})\s+of\s+(?<deed>.+)$`, 'i');
/** "Behind D lies the aim of V-ing O". */
const BEHIND = cachedRegExp(String.raw`^behind\s+(?<deed>.+?)\s+(?<lie>lies|lay|is|was)\s+the\s+(?:main\s+)?(?:aim|goal|purpose|objective|desire)\s+of\s+(?<verb>[a-z]+ing)\s+(?<obj>.+)$`, 'i');
/** "X's F focus in R": the focus said with its owner. */
const FOCUS = /^(?<who>.+?)(?:'s|\u2019s)\s+(?<field>[^']+?)\s+focus\b(?<rest>.*)$/i;
/** "so that it could V", "so they can V": the purpose clause of a deed. */
const SO_THAT = /\s+so\s+(?:that\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:could|can|would|might|will)\s+(?=[a-z])/i;
/** "D covers P": what a package is spent on. */
const COVERS = /^(?<pkg>.*?\b(?:aid|package|grants?|loans?|assistance|money|funds|funding)\b.*?)\s+(?<verb>covers|covered|will cover|would cover)\s+(?<what>.+)$/i;

const clean = (text: string): string => normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');

/**
 * The claim said again in the purpose readers' words; empty when it has none of these shapes.
 *
 * @example
 * ```ts
 * purposeShapeRewrites(ctx, "Expanding the canals was one of the two uses of Freedonia's aid to Sylvania.");
 * // ["Freedonia's aid to Sylvania was meant to expand the canals"]
 * ```
 */
export function purposeShapeRewrites(ctx: CheckContext, text: string): string[] {
  const t = clean(text);
  // cheap tests first: one of the shapes' words, and no denial
  if (!/\b(?:aims?|goals?|purposes?|objectives?|uses?|so|covers?|covered)\b/i.test(t)) return [];
  if (/\b(?:not|never|no|nor|neither|without)\b|n't\b/i.test(t)) return [];
  const out: string[] = [];
  const s = SUBJECT.exec(t)?.groups;
  const sBase = s && baseOf(ctx, s.verb!);
  if (s && sBase) {
    const deed = s.deed!.replace(/^the\s+/i, 'the ');
    const main = !s.one && s.main && /^(?:aim|goal|purpose|objective)$/i.test(s.noun!);
    out.push(main ? `The ${s.main!.toLowerCase()} ${s.noun!.toLowerCase()} of ${deed} ${s.be} to ${sBase} ${s.obj}` : `${deed.replace(/^the /, 'The ')} ${s.be} meant to ${sBase} ${s.obj}`);
  }
  const b = BEHIND.exec(t)?.groups;
  const bBase = b && baseOf(ctx, b.verb!);
  if (b && bBase) {
    const past = /^(?:lay|was)$/i.test(b.lie!);
    const f = FOCUS.exec(b.deed!)?.groups;
    if (f) out.push(`${f.who} ${past ? 'focused' : 'focuses'} on ${f.field}${f.rest} to ${bBase} ${b.obj}`);
    else out.push(`The aim of ${b.deed} ${past ? 'was' : 'is'} to ${bBase} ${b.obj}`);
  }
  const so = SO_THAT.exec(t);
  if (so && so.index > 0 && t.slice(0, so.index).split(' ').length >= 3) out.push(`${t.slice(0, so.index)} to ${t.slice(so.index + so[0].length)}`);
  const c = COVERS.exec(t)?.groups;
  if (c) out.push(`${c.pkg} ${/will|would/i.test(c.verb!) ? `${c.verb!.split(' ')[0]} be` : /covered/i.test(c.verb!) ? 'was' : 'is'} meant for ${c.what}`);
  return out;
}

/**
 * The table's reader (src/check/readers.ts): each rewrite of `purposeShapeRewrites` rechecked,
 * readings the graph decides agreeing.
 *
 * @example
 * ```ts
 * await readPurposeShape({ ctx, text: 'Behind Rufus\'s visit lay the aim of expanding trade.', recheck });
 * ```
 */
export async function readPurposeShape({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said: SaidAgain[] = purposeShapeRewrites(ctx, text).map((claim) => ({ claim, note: 'a purpose in a shape the purpose readers do not take, in their words' }));
  return said.length ? agreeingRewrites(text, said, recheck) : undefined;
}
