/**
 * Round 27: a time adjunct put before the clause it dates ("Three weeks after the charter entered
 * into force, the bank opened", "Before the summit, the gala had taken place", "Less than 48 hours
 * after the opening, Zed Q. posted his comment"): the clause said first and the adjunct after it,
 * the order the span reader reads ("A three weeks after B", src/check/spans.ts). The adjunct is cut
 * at a comma; every comma after an adjunct's opening is a candidate cut (a date inside the
 * adjunct has commas of its own: "After December 25, 2015, the bank opened"), the caller keeps
 * the first that reads.
 */
import { SPAN_UNIT_WORDS } from './span-hours.js';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The opening of a fronted adjunct of time: an optional bound and count of units, then a word of order. */
const ADJUNCT = new RegExp(
  '^(?:(?:just|only|some|about|around|roughly|nearly|almost|barely|exactly|precisely|more than|less than|over|under|at least|at most|not long|shortly|soon|right|immediately|well|long|a little over|just over|just under|a few|several|a couple of|a number of)\\s+)?'
  + `(?:(?:\\d+(?:\\.\\d+)?|a|an|one|[a-z]+(?:-[a-z]+)?)\\s+(?:${SPAN_UNIT_WORDS})s?\\s+|(?:${SPAN_UNIT_WORDS})s\\s+)?`
  + '(?:before|after|prior to|ahead of|following|subsequent to|on the heels of|on the eve of|in the (?:wake|aftermath) of|in the (?:run-?up|lead-?up) to|within\\s+.+?\\s+(?:of|after|before))\\s+\\S',
  'i',
);

/**
 * The claim with its fronted time adjunct moved after the clause, one text per comma that may end
 * the adjunct (first comma first); empty when the claim opens with no such adjunct.
 *
 * @example
 * ```ts
 * frontedSpans('Two days after the gala, Zed Q. posted his comment');
 * // ['Zed Q. posted his comment two days after the gala']
 * ```
 */
export function frontedSpans(claim: string): string[] {
  const text = claim.trim().replace(/[.!?]+$/, '');
  if (!ADJUNCT.test(text)) return [];
  const out: string[] = [];
  for (let k = text.indexOf(','); k > 0; k = text.indexOf(',', k + 1)) {
    const adjunct = text.slice(0, k).trim();
    const clause = text.slice(k + 1).trim();
    // the clause must be one: a second clause after it ("..., and B") is a compound's
    if (!clause || /^(?:and|but|or|while|whereas|although|which|who)\b/i.test(clause) || /\d$/.test(adjunct) && /^\d/.test(clause)) continue;
    out.push(`${clause} ${lowerFirst(adjunct)}`);
  }
  return out;
}
