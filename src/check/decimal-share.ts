/**
 * A share said as a decimal fraction ("holds 0.26 of the votes", "a 0.26 voting share", "its
 * share is 0.26") said again as the percent the share patterns read ("26 percent").
 * round 39 (fix31c, users31's F3): the patterns take "{share} [percent]", the word "percent" left
 * optional, so the bare 0.26 was read as 0.26 percent (refuted by a source's 26 percent), and "a
 * 0.26 share" as the rank 0.26. A figure said with "percent" or "%" stays as it is.
 */
import { normalizeTypography } from './text.js';

/** A decimal fraction below one, not part of a longer number. */
const FRACTION = String.raw`(?<![\d,.])(0?\.\d{1,4})(?![\d,]|\.\d)`;
/** Before a share's "of" or its noun: "0.26 of the votes", "a 0.26 (voting) share". */
const BEFORE_SHARE = new RegExp(`${FRACTION}(?=\\s+(?:of\\b|(?:voting\\s+)?(?:share|stake)\\b))`, 'gi');
/** After a share's noun and its verb: "share is 0.26", "stake of 0.26". */
const AFTER_SHARE = new RegExp(String.raw`\b((?:share|stake)\s+(?:is|was|of|stands\s+at|amounts\s+to)\s+)${FRACTION}(?!\s*(?:%|percent\b|per\s+cent\b))`, 'gi');

/**
 * (round 40, fix32d: fix31c's left) "a 26% share of the votes", "a 26 percent voting stake in X": the
 * percent before a share's noun, said as the share the patterns read ("26 percent of the votes",
 * "26 percent of the voting power in X"; a plain "stake in X" is left: capital, not votes). The
 * tokenizer drops "%", and the rank patterns ("the largest share of X's votes") read the bare 26
 * as a rank, refuted by the holder's rank 1.
 */
const PERCENT_SHARE = /\ba\s+(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s*(?:(voting\s+)?(?:share|stake)\s+of\s+|voting\s+(?:share|stake)\s+in\s+)/gi;

/** A decimal fraction as its percent ("0.26" -> "26", "0.265" -> "26.5"). */
const asPercent = (n: string): string => String(Math.round(Number(n) * 1e6) / 1e4);

/**
 * The claim with each decimal fraction of a share said as a percent, or undefined when it has none.
 *
 * @example
 * ```ts
 * decimalShare('Freedonia holds 0.26 of the League votes.'); // 'Freedonia holds 26 percent of the League votes.'
 * decimalShare("Freedonia's League voting share is 0.26."); // "Freedonia's League voting share is 26 percent."
 * decimalShare('Freedonia holds 0.26 percent of the League votes.'); // undefined
 * ```
 */
export function decimalShare(text: string): string | undefined {
  const t = normalizeTypography(text);
  if (!/\.\d|%|\bper\s*cent\b/i.test(t)) return undefined;
  const out = t.replace(BEFORE_SHARE, (_all, n: string) => `${asPercent(n)} percent`)
    .replace(AFTER_SHARE, (_all, head: string, n: string) => `${head}${asPercent(n)} percent`)
    .replace(PERCENT_SHARE, (all: string, n: string, votingOf: string | undefined) => (
      / of\s+$/i.test(all) ? `${n} percent of ${votingOf ? 'the voting power of ' : ''}` : `${n} percent of the voting power in `));
  return out === t ? undefined : out;
}
