/**
 * Nouns that move a time away from the thing they are said of (round 23). "The 20th anniversary
 * of X" is X's day twenty years on, not X's day: a held-out claim ("fell a day after the 20th
 * anniversary of X") was falsely REFUTED when the span reader linked the side to X and measured
 * from X's own day. An anniversary with its count is read as that shift; the other nouns of this
 * kind ("the eve of", "the run-up to", "the aftermath of", an anniversary with no count) place a
 * time the graph cannot give, so a side that says them is no reading.
 */
import { ORDINALS } from './values.js';
import { cachedRegExp } from './regex-memo.js';

export type TimeShift =
  /** The side names `rest`'s day moved on by `years` whole years. */
  | { years: number; rest: string; said: string }
  /** The side moves the time in a way no day of the graph gives: not read. */
  | 'unread';

const ORD = String.raw`(\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const LEADING = cachedRegExp(String.raw`^\s*(?:the\s+)?${ORD}\s+anniversary\s+of\s+(.+?)\s*$`, 'i');
const TRAILING = cachedRegExp(String.raw`^\s*(.+?)['\u2019]s\s+${ORD}\s+anniversary\s*$`, 'i');
const MOVERS = /\b(?:anniversar(?:y|ies)|eve\s+of|run-?up\s+to|aftermath\s+of|in\s+the\s+wake\s+of|centenary|jubilee)\b/i;

/**
 * How a side of a time comparison moves the time of the thing it names, or undefined when it
 * names the thing itself.
 *
 * @example
 * ```ts
 * timeShift('the 10th anniversary of the Freedonian treaty'); // { years: 10, rest: 'the Freedonian treaty', said: '10th anniversary' }
 * timeShift('the eve of the gala'); // 'unread'
 * timeShift('the gala'); // undefined
 * ```
 */
export function timeShift(side: string): TimeShift | undefined {
  if (!MOVERS.test(side)) return undefined;
  const lead = LEADING.exec(side);
  if (lead) return shift(lead[1]!, lead[2]!);
  const trail = TRAILING.exec(side);
  if (trail) return shift(trail[2]!, trail[1]!);
  return 'unread';
}

function shift(count: string, rest: string): TimeShift {
  const years = /^\d/.test(count) ? parseInt(count, 10) : ORDINALS[count.toLowerCase()]!;
  // a shifted side that itself moves the time again ("the 5th anniversary of the eve of X") is not read
  if (!years || MOVERS.test(rest)) return 'unread';
  return { years, rest, said: `${count} anniversary` };
}
