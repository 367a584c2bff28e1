/**
 * The time between two things said as a noun (round 30): "The gap between the Ufa summit and the
 * trip was about a year", "the interval between E and F is three weeks". The span readers
 * (src/check/spans.ts) read "F was N units after E"; the noun names no order, so both orders are
 * read and combined:
 *
 * - either order SUPPORTED: SUPPORTED (the span holds with the two in the order the graph gives);
 * - both REFUTED: REFUTED (in either order the span does not hold);
 * - anything else: NOT_ENOUGH_INFO, the readings held.
 *
 * Only a span of time (a number or "a" and a unit from days to decades, with an optional bound)
 * is read; an amount ("the gap between A's aid and B's") is the difference reader's
 * (src/check/differences.ts). A denied gap is not read. Nothing here knows an entity.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { normalizeTypography } from './text.js';
import { undecidedResult } from './result.js';

/** The words a gap claim needs (the table's cheap gate). */
export const EVENT_GAP_NEEDS = /\bbetween\b/i;

/** "The gap / time / interval / span between A and B was|is SPAN". */
const GAP = /^(?:the\s+)?(?:gap|time|interval|span|time\s+span|time\s+gap|period)\s+between\s+(.+?)\s+and\s+(.+?)\s+(?:was|is|came\s+to|amounted\s+to)\s+(.+)$/i;
/** A span of time: an optional bound, a count, a unit. */
const SPAN = /^(?:(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under|over|under|more\s+than|less\s+than|at\s+least|at\s+most|barely|only|just)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|\d+(?:\.\d+)?)\s+(?:days?|weeks?|months?|years?|decades?)$/i;

/**
 * The two orders of a gap claim, each said as "B was SPAN after A"; undefined when the claim is no
 * gap between two things with a span of time.
 *
 * @example
 * ```ts
 * gapOrders('The gap between the gala and the summit was about a year');
 * // ['the summit was about a year after the gala', 'the gala was about a year after the summit']
 * ```
 */
export function gapOrders(text: string): [string, string] | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (/\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  const m = GAP.exec(t);
  if (!m) return undefined;
  const [, a, b, span] = m as unknown as [string, string, string, string];
  if (!SPAN.test(span.trim())) return undefined;
  return [`${b} was ${span} after ${a}`, `${a} was ${span} after ${b}`];
}

/**
 * The reader of a gap between two things (table entry `event-gap`): both orders rechecked and
 * combined as the module comment says.
 */
export async function readEventGap({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const orders = gapOrders(text);
  if (!orders) return undefined;
  const read = [];
  for (const o of orders) {
    const r = await recheck(o);
    if (!r) return undefined;
    read.push({ o, r });
  }
  const shown = read.map(({ o, r }) => `"${o}": ${r.verdict}`).join('; ');
  const held = read.find(({ r }) => r.verdict === 'SUPPORTED') ?? read[0]!;
  const result = { ...held.r, claim: text.trim(), explanation: `Read in both orders (a gap names no order): ${shown}. ${held.r.explanation}` };
  if (held.r.verdict === 'SUPPORTED') return { decided: result };
  if (read.every(({ r }) => r.verdict === 'REFUTED')) return { decided: { ...result, evidence: read.flatMap(({ r }) => r.evidence) } };
  return { held: undecidedResult(result) };
}
