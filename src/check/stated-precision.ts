/**
 * Round 41 (modal41, users33's F10): a figure said with a decimal of zeros ("26.0 percent", "7.00
 * million") states a precision; a source that gives the figure as approximate ("about 26 percent",
 * "some 7 million") does not support it: the exact value may be 25.6 or 26.4. A SUPPORTED result whose
 * supporting sentences say the figure only with an approximation word is held (NOT_ENOUGH_INFO). A plain
 * "26 percent" against "about 26 percent" is the round-2 reading (supported) and is left alone.
 */
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';

/** A figure with a decimal part of zeros only: its whole part. */
const ZERO_DECIMAL = /(?<![\d.,])(\d[\d,]*)\.0+(?![\d.])/g;
/** Words that make a source's figure approximate, before it (maybe a currency sign between). */
const APPROX = String.raw`(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|circa|an\s+estimated|estimated\s+at|up\s+to)\s+(?:(?:US|A|C)?\$\s?|[\u00a5\u20ac\u00a3\u20a3]\s?)?`;

/**
 * Holds a SUPPORTED claim whose zero decimal meets a source's approximate figure (see the module comment).
 *
 * @example
 * ```ts
 * // source: "Freedonia holds about 26 percent of the votes."
 * capStatedPrecision('Freedonia holds 26.0 percent of the votes.', r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capStatedPrecision(text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED') return r;
  const figures = [...normalizeTypography(text).matchAll(ZERO_DECIMAL)].map((m) => m[1]!);
  if (!figures.length) return r;
  const sentences = [...r.evidence, ...(r.parts ?? []).flatMap((p) => p.evidence)].filter((e) => e.stance === 'supports').map((e) => normalizeTypography(e.text ?? ''));
  const approx = figures.find((f) => sentences.some((s) => new RegExp(String.raw`\b${APPROX}${f.replace(/[.,]/g, '\\$&')}(?![\d.,]\d)`, 'i').test(s)));
  if (!approx) return r;
  return undecidedResult(r, `The claim states ${approx} with a decimal of zeros, a precision the source does not give (it says the figure only approximately). Without it: ${r.verdict}: ${r.explanation}`, 'partial-match');
}
