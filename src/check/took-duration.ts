/**
 * A time between two events said as the time one took ("It took the bank about three weeks to
 * open once its charter came into force", "The bank took three weeks to open after ...", "It took
 * three weeks for the bank to open after ..."): said again as the span the span reader reads ("The
 * bank opened about three weeks after its charter came into force") and checked that way. Only a
 * length of days, weeks, months or years, and only with "once", "after" or "from when" before the
 * earlier event: "It took X three weeks to open" without the event it is counted from says no span.
 */
import { normalizeTypography } from './text.js';
import { pastOf } from './nominal-event.js';
import type { CheckContext } from './context.js';
import { cachedRegExp } from './regex-memo.js';

/** A length: "about three weeks", "roughly half a year", "11 months", "just over a year". */
const LENGTH = String.raw`(?:(?:about|roughly|around|some|approximately|nearly|almost|just|only|barely|over|under|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?(?:half\s+an?|an?|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(?:days?|weeks?|months?|years?)`;

/** "once", "after", "from when", "from the time": what the length is counted from. */
const FROM = String.raw`(?:once|after|from\s+when|from\s+the\s+time)`;

/** "It took X L to V ... once C", "X took L to V ... after C". */
const TOOK = cachedRegExp(String.raw`^(?:it\s+)?(?:took|had\s+taken)\s+(.+?)\s+(${LENGTH})\s+to\s+([a-z]+)\b(.*?)\s+${FROM}\s+(.+?)[.!]?$`, 'i');
/** "It took L for X to V ... once C". */
const TOOK_FOR = cachedRegExp(String.raw`^it\s+(?:took|had\s+taken)\s+(${LENGTH})\s+for\s+(.+?)\s+to\s+([a-z]+)\b(.*?)\s+${FROM}\s+(.+?)[.!]?$`, 'i');
/** "X took L to V ... after C" (the subject first). */
const SUBJECT_TOOK = cachedRegExp(String.raw`^(.+?)\s+(?:took|had\s+taken)\s+(${LENGTH})\s+to\s+([a-z]+)\b(.*?)\s+${FROM}\s+(.+?)[.!]?$`, 'i');

/** The reader's gate: "took" or "taken" with "to". */
export const TOOK_DURATION_NEEDS = /\b(?:took|taken)\b[\s\S]*\bto\b/i;

/**
 * The claim said as a span ("X opened about three weeks after C"); undefined when it is not a
 * time taken between two events.
 *
 * @example
 * ```ts
 * tookDurationRewrite(ctx, 'It took the bank about three weeks to open once its charter came into force.');
 * // 'the bank opened about three weeks after its charter came into force.'
 * ```
 */
export function tookDurationRewrite(ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim();
  if (!TOOK_DURATION_NEEDS.test(said)) return undefined;
  // each shape's groups in the order subject, length, verb, the verb's words, the earlier event
  const parts = (m: RegExpExecArray | null, order: number[]): string[] | undefined => (m ? order.map((i) => m[i] ?? '') : undefined);
  const read = parts(TOOK_FOR.exec(said), [2, 1, 3, 4, 5]) ?? parts(TOOK.exec(said), [1, 2, 3, 4, 5]) ?? parts(SUBJECT_TOOK.exec(said), [1, 2, 3, 4, 5]);
  if (!read || /^it$/i.test(read[0]!)) return undefined;
  const [subject, length, verb, rest, from] = read as [string, string, string, string, string];
  // a length said as a bound of the time taken ("over three weeks") is kept as written: the span reader reads bounds
  return `${subject} ${pastOf(ctx, verb.toLowerCase())}${rest} ${length} after ${from}.`;
}
