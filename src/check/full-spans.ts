/**
 * A span said as full (round 17): "a full month after", "a whole year", "two full weeks", "an
 * entire decade" say the span lasted at least that long ("the canal opened a full month after the
 * treaty": not 22 days). Said again with "at least", which the span readers take with the
 * arithmetic shown (src/check/spans.ts and its kin); nothing else about the claim changes.
 */
import { normalizeTypography } from './text.js';

const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
// "a full month", "a whole year", "an entire decade"
const ONE = new RegExp(`\\b(?:a|an)\\s+(?:full|whole|entire)\\s+(${UNIT})\\b`, 'gi');
// "two full weeks", "3 whole years", "a full two weeks"
const SOME = new RegExp(`\\b(?:(?:a|an)\\s+)?(?:full|whole|entire)\\s+((?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+${UNIT})\\b|\\b((?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\\s+(?:full|whole|entire)\\s+(${UNIT})\\b`, 'gi');

/**
 * The claim with its full spans said with "at least", or undefined when it has none (or already
 * bounds them).
 *
 * @example
 * ```ts
 * fullSpanRewrite('The canal opened a full month after the treaty took effect.');
 * // 'The canal opened at least a month after the treaty took effect.'
 * ```
 */
export function fullSpanRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  if (/\b(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|not|never)\b|n't\b/i.test(t)) return undefined;
  const out = t.replace(ONE, (_m, unit: string) => `at least a ${unit}`)
    .replace(SOME, (_m, span: string | undefined, n: string | undefined, unit: string | undefined) => `at least ${span ?? `${n} ${unit}`}`);
  return out !== t ? out : undefined;
}
