/**
 * Round 41 (modal41, users33's F9): two amounts given as alternatives ("granted ₣31 million or ₣13
 * million"). The qualifier reader takes both figures as one amount and compares the first, so one wrong
 * alternative refuted the claim and one right one could support it. The claim is checked with each
 * alternative alone: when both give the same verdict, that verdict stands (two currencies of one sum
 * both supported, two wrong sums both refuted); otherwise it is held (NOT_ENOUGH_INFO): which one the
 * writer meant is not read.
 */
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';

/** One amount: a currency sign or code, a figure, maybe a scale word ("US$ 7.47 million", "¥13 billion"). */
const AMOUNT = String.raw`(?:(?:US|A|C)?\$|[\u00a5\u20ac\u00a3\u20a3]|USD|JPY|EUR)\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|mn))?`;
const ALTERNATIVES = new RegExp(String.raw`(${AMOUNT})\s+or\s+(${AMOUNT})`, 'i');

/**
 * Checks each alternative alone and keeps the verdict only when both agree (see the module comment).
 *
 * @example
 * ```ts
 * // "The League granted ₣31 million or ₣13 million to Sylvania." (the source: ₣13 million)
 * (await capAlternativeAmounts(text, r, recheck)).verdict; // 'NOT_ENOUGH_INFO' (one refuted, one supported)
 * ```
 */
export async function capAlternativeAmounts(text: string, r: CheckResult, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult> {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const t = normalizeTypography(text);
  const m = ALTERNATIVES.exec(t);
  if (!m) return r;
  const [whole, a, b] = m as unknown as [string, string, string];
  const alone = (x: string): string => `${t.slice(0, m.index)}${x}${t.slice(m.index + whole.length)}`;
  const [ra, rb] = [await recheck(alone(a)), await recheck(alone(b))];
  if (ra?.verdict === r.verdict && rb?.verdict === r.verdict) return r;
  return undecidedResult(r, `The claim gives two amounts as alternatives ("${whole}"): with ${a} it is ${ra?.verdict ?? 'not read'}, with ${b} ${rb?.verdict ?? 'not read'}, and which the writer meant is not read. Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
}
