/**
 * A share said as a decimal fraction ("holds 0.26 of the votes", "a 0.26 voting share", "its
 * share is 0.26") said again as the percent the share patterns read ("26 percent").
 * round 39 (fix31c, users31's F3): the patterns take "{share} [percent]", the word "percent" left
 * optional, so the bare 0.26 was read as 0.26 percent (refuted by a source's 26 percent), and "a
 * 0.26 share" as the rank 0.26. A figure said with "percent" or "%" stays as it is.
 */
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult, CheckValue } from './types.js';

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

/** A decimal fraction said with no percent after it. */
const BARE_FRACTION = new RegExp(`${FRACTION}(?!\\s*(?:%|percent\\b|per\\s+cent\\b))`, 'gi');

/**
 * The result held as NOT_ENOUGH_INFO when a percent the claim was read to say is a bare decimal
 * fraction of the claim (no "percent" after it) that {@link decimalShare} did not say as a percent,
 * and the claim with the fraction said as its percent is not decided the same way; any other
 * result as it is.
 * round 40 (precision40's traps): "Freedonia's share of the League's votes is 0.26" (the share's owner
 * between its noun and its verb, a shape the rewrite does not take) was read by a pattern whose
 * "percent" is optional as 0.26 percent and refuted by the source's 26 percent. A bare fraction of
 * a share may be its percent divided by a hundred: the claim is decided only where both readings agree.
 *
 * @example
 * ```ts
 * // "Freedonia's share of the League's votes is 0.26.", read as votingSharePercent 0.26 and refuted,
 * // supported as 26 percent
 * (await capBareFraction(text, r, recheck)).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export async function capBareFraction(text: string, r: CheckResult, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult> {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const t = normalizeTypography(text);
  const bare = [...t.matchAll(BARE_FRACTION)];
  if (!bare.length) return r;
  const percents = [r.interpretation, ...(r.parts ?? []).map((p) => p.interpretation)]
    .flatMap((i) => Object.entries(i?.qualifiers ?? {}))
    .filter((e): e is [string, Extract<CheckValue, { kind: 'number' }>] => /Percent$/.test(e[0]) && e[1].kind === 'number');
  const found = bare.find((m) => percents.some(([, v]) => Number(v.value) === Number(m[1])));
  if (!found) return r;
  const n = found[1]!;
  const said = `${t.slice(0, found.index)}${asPercent(n)} percent${t.slice(found.index! + found[0].length)}`;
  const other = await recheck(said);
  if (other?.verdict === r.verdict) return r;
  return undecidedResult(r, `The claim says ${n} with no "percent": as ${asPercent(n)} percent (a share's fraction) it is ${other?.verdict ?? 'not read'}, as ${n} percent ${r.verdict}, and which the writer meant is not read: ${r.explanation}`, 'partial-match');
}
