/**
 * Spans of time said in parts: "twenty years and one day", "three weeks, two days", "a month and
 * a half", "five days and two more days". A reader that takes one part of such a span (the last
 * count before "after", or one side of the "and") decides the claim by a number the claim does not
 * say, so a span in parts is read whole or not at all (round 14: "three weeks and one day after"
 * was refuted as "one day after", "a month and a half after" supported as "after", "five days and
 * two more days" refuted as "five days").
 */
import { cachedRegExp } from './regex-memo.js';

const UNIT = '(?:day|week|fortnight|month|year|decade|hour|night|minute)s?';
const COUNT = '(?:\\d+(?:\\.\\d+)?|a|an|one|[a-z]+(?:-[a-z]+)?)';

/** A unit, then "and" / "plus" / a comma, then another count of a unit or a half. */
const IN_PARTS = cachedRegExp(`\\b${UNIT}\\s*(?:,\\s*(?:and\\s+|plus\\s+)?|\\s(?:and|plus)\\s+)(?:${COUNT}\\s+(?:more\\s+|further\\s+|additional\\s+|extra\\s+|other\\s+)?${UNIT}\\b|(?:a|one)\\s+half\\b|a\\s+quarter\\b|half\\s+(?:a|an)\\b)`, 'i');

/** The end of a side that is part of a span said in parts: "... years and", "... weeks,", "... and a half". */
const PART_TAIL = /(?:\b(?:day|week|fortnight|month|year|decade)s?\s*(?:,|\band|\bplus)?|\b(?:and|plus)(?:\s+(?:a|one))?(?:\s+half)?|\bhalf|\bquarter)$/i;

/**
 * The end of a side that is the low end of a range of spans: "... 20 to", "... three or", "... 5-",
 * or the whole range when a dash joins it ("... 20-25", then a bare "days after" was read as "some days"
 * (round 41, precision41: "opened 20 to 25 days after B" was read as "25 days after B" and refuted by
 * B's 22 days; a range is read whole or not at all, as a span in parts is).
 */
const RANGE_TAIL = /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|several)\s*(?:to|or|through|till|until|-|\u2013|\u2014)$|\d\s*[-\u2013\u2014]\s*\d+(?:[.,]\d+)?$/i;

/**
 * Whether a claim says a span of time in parts ("twenty years and one day", "a week and a half").
 *
 * @example
 * ```ts
 * spanInParts('Rufus left three weeks and one day after the summit.'); // true
 * spanInParts('Rufus left three weeks after the summit and Gloria stayed.'); // false
 * ```
 */
export function spanInParts(text: string): boolean {
  return IN_PARTS.test(text);
}

/**
 * Whether a text ends in a part of a span said in parts (the side before the last count of
 * "A twenty years and one day after B"), or in the low end of a range ("A 20 to 25 days after B").
 *
 * @example
 * ```ts
 * endsInSpanPart('Rufus left twenty years and'); // true
 * endsInSpanPart('Rufus left 20 to'); // true (a range: "20 to 25 days after")
 * endsInSpanPart('Rufus left'); // false
 * ```
 */
export function endsInSpanPart(text: string): boolean {
  const t = text.trim();
  return PART_TAIL.test(t) || RANGE_TAIL.test(t);
}
