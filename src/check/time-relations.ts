/**
 * The other words English has for the order of two dated things (round 25), said again in the
 * words the span reader reads ("A came [N units] before|after B", src/check/spans.ts), with what
 * they add to the plain order:
 *
 * - verbs of order: "A preceded / antedated / predated B" (A before B), "A followed / postdated B"
 *   (A after B), their passives ("A was preceded by B": A after B), and a span said after the
 *   object ("A preceded B by nine years": "A came nine years before B");
 * - prepositions of order: "prior to", "ahead of", "in advance of", "earlier than", "sooner
 *   than" (before); "subsequent to", "later than", "following" (after);
 * - closeness ("shortly / soon / right / immediately / just after", "on the heels of", "on the eve
 *   of"): the order,
 *   and a gap small enough to be called close ({@link nearDecision});
 * - order with a cause or a preparation ("in the wake of", "in the aftermath of", "in the run-up
 *   to", "in the lead-up to"): the wrong order refutes; the right one is held, the cause or the
 *   preparation being no time relation the graph states;
 * - vague counts ("some weeks", "a few months", "several years", "weeks after"): a range of
 *   counts ({@link VAGUE_RANGES}); "a couple of" is "about two";
 * - the same calendar unit ("in the same month as B", "in the same year <clause>", "on the same
 *   day as B"); "within N units of B" (either order).
 *
 * Left out (their sense is not only time): "succeeded" (an office, success), "trailed" and
 * "lagged" (ranks), "until" (a state's end the graph does not give).
 */
import { NUMBER_TENS, NUMBER_UNITS } from './number-words.js';
import { cachedRegExp } from './regex-memo.js';

/** A vague count of units: supported inside `holds`, refuted outside `refuted`, held between. */
export interface VagueRange {
  said: string;
  /** [lowest, highest) count of units that the words fit. */
  holds: [number, number];
  /** Counts below the first or at or above the second are clearly not the words. */
  refuted: [number, number];
}

/**
 * The ranges of the vague counts, in the claim's unit (a span of 46 days is 6.57 weeks): "a few"
 * fits 1.5 to 5.5 units and is refuted under one or from eight; "some", "several", "a number of"
 * and a bare plural ("weeks after") fit 1.5 to 9.5 and are refuted under one or from twenty.
 */
export const VAGUE_RANGES: Record<'few' | 'several', Omit<VagueRange, 'said'>> = {
  few: { holds: [1.5, 5.5], refuted: [1, 8] },
  several: { holds: [1.5, 9.5], refuted: [1, 20] },
};

/** What a claim said in the span reader's words adds to the plain reading. */
export interface RelationSaid {
  text: string;
  /** "shortly after": close in time ({@link nearDecision}); "in the wake of": the order only. */
  near?: 'close' | 'order';
  vague?: VagueRange;
  /** "in the same month as": the calendar unit both sides fall in. */
  same?: 'day' | 'week' | 'month' | 'year' | 'decade';
  /** "within N units of B": the text in the other order as well ("A at most N units before B"). */
  within?: string;
}

// round 27: hours as well (src/check/span-hours.ts reads them)
const UNIT = '(?:hour|day|week|fortnight|month|year|decade)';
const SPAN_SAID = `(?:(?:about|around|roughly|approximately|some|nearly|almost|just|only|exactly|more than|less than|over|under|at least|at most|a little over|just over|just under)\\s+)?(?:\\d+(?:\\.\\d+)?|a|an|one|[a-z]+(?:-[a-z]+)?)\\s+${UNIT}s?`;
const BEFORE_VERBS = 'preceded|precedes|precede|antedated|antedates|antedate|predated|predates|predate|pre-dated|pre-dates|went before|goes before';
const AFTER_VERBS = 'followed|follows|follow|postdated|postdates|postdate|post-dated|post-dates';
const PASSIVE = cachedRegExp(`\\b(?:was|were|is|are|had been|has been)\\s+(${BEFORE_VERBS}|${AFTER_VERBS})\\s+by\\s+`, 'i');
const ACTIVE = cachedRegExp(`^(.+?)\\s+(${BEFORE_VERBS}|${AFTER_VERBS})\\s+(.+)$`, 'i');
const BY_SPAN = cachedRegExp(`^(.+?)\\s+(before|after)\\s+(.+?)\\s+by\\s+(${SPAN_SAID})$`, 'i');
// compiled once: it was compiled on every call
const BEFORE_VERB = cachedRegExp(`^(?:${BEFORE_VERBS})$`, 'i');
const isBefore = (verb: string): boolean => BEFORE_VERB.test(verb);

const PREPOSITIONS: Array<[RegExp, string]> = [
  [/\b(?:prior to|ahead of|in advance of|earlier than|sooner than)\s+/i, 'before '],
  [/\b(?:subsequent to|later than)\s+/i, 'after '],
  // round 27: "three weeks on from B" is three weeks after it
  [/\b((?:day|week|fortnight|month|year|decade)s?)\s+on\s+from\s+/i, '$1 after '],
  // "following" as a preposition, not "the following year"
  [/(?<!\bthe\s)\bfollowing\s+(?!(?:day|week|month|year|decade)s?\b)/i, 'after '],
];
const CLOSE = /\b(?:shortly|soon|right|immediately|just|not\s+long)\s+(before|after)\s+/i;
const HEELS = /\b(?:(?:hot|close|hard)\s+)?on\s+the\s+heels\s+of\s+/i;
const EVE = /\bon\s+the\s+eve\s+of\s+/i;
const ORDER_AFTER = /\bin\s+the\s+(?:wake|aftermath)\s+of\s+/i;
const ORDER_BEFORE = /\b(?:in\s+the\s+(?:run-?up|lead-?up|build-?up)\s+to|leading\s+up\s+to)\s+/i;
// "the same month of the year as", "the same day of the week as": a unit within a larger cycle
const OF_THE_CYCLE = /^of\s+(?:the|a|each|every)\s+(?:year|month|week|decade|century)\b/i;
// ", six years earlier", "but a year later", "two decades apart": the same unit in another period
const OTHER_YEAR = /(?:,|\bbut)\s+(?:(?:some|about|around|nearly|almost|exactly|just|over|more\s+than)\s+)?(?:\S+\s+)?(?:years?|decades?|centuries|century)\s+(?:earlier|later|before|after|apart|on|previously)\b/i;
const SAME = /^(.+?)\s+(?:(?:in|on|during|within)\s+)?the\s+(?:very\s+)?same\s+(day|week|month|year|decade)\s+(?:as|that|when|in\s+which)?\s*(.+)$/i;
const GAP = cachedRegExp(`^(?:there\\s+(?:was|were|is|are)\\s+(?:a\\s+gap\\s+of\\s+)?|(?:there\\s+(?:was|is)\\s+)?a\\s+gap\\s+of\\s+)(${SPAN_SAID})\\s+between\\s+`, 'i');
const WITHIN = cachedRegExp(`^(.+?)\\s+within\\s+(${SPAN_SAID})\\s+(of|after|before)\\s+(.+)$`, 'i');
/** A plural unit after a vague word, or after none ("weeks after"), before a word of order. */
const VAGUE = /(^|\s)(?:(a\s+couple\s+of|a\s+few|several|some|a\s+number\s+of)\s+)?(days|weeks|months|years|decades)(?=\s+(?:before|after|earlier|later|passed|elapsed|separated|ahead|prior))/i;
/** Words before a plural unit that make it a count ("three weeks"), not a vague one. */
const COUNTED = cachedRegExp(`^(?:\\d+(?:\\.\\d+)?|a|an|half|[a-z]+-[a-z]+|${[...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)].join('|')}|hundred|many|few|more|less|fewer|of|for|within|in|the|those|these|couple|number|dozen|dozens)$`, 'i');

/**
 * The claim in the span reader's words and what the words add; undefined when it says the order
 * in words the span reader reads already.
 *
 * @example
 * ```ts
 * relationSaid('The gala preceded the summit by nine days'); // { text: 'The gala came nine days before the summit' }
 * relationSaid('The gala came shortly after the summit'); // { text: 'The gala came after the summit', near: 'close' }
 * ```
 */
export function relationSaid(claim: string): RelationSaid | undefined {
  let text = claim;
  const out: Omit<RelationSaid, 'text'> = {};
  const same = SAME.exec(text);
  if (same) {
    // round 37 (users30 F7): "the same month of the year as B" is the month's name, in any year, and
    // "the same month as B, six years earlier" says another year: neither is the same calendar
    // month, and both are left unread (a calendar comparison refuted the true claims)
    if (OF_THE_CYCLE.test(same[3]!) || OTHER_YEAR.test(same[3]!)) return undefined;
    // "in the same month as B": read as "one month before B" with the calendar unit compared
    return { text: `${same[1]} one ${same[2]!.toLowerCase()} before ${same[3]}`, same: same[2]!.toLowerCase() as RelationSaid['same'] };
  }
  const within = WITHIN.exec(text);
  if (within) {
    const [, a, span, rel, b] = within as unknown as [string, string, string, string, string];
    const bound = `at most ${span.replace(/^(?:about|around|roughly|approximately|some|nearly|almost|just|only|exactly)\s+/i, '')}`;
    if (/^of$/i.test(rel)) return { text: `${a} ${bound} after ${b}`, within: `${a} ${bound} before ${b}` };
    return { text: `${a} ${bound} ${rel.toLowerCase()} ${b}` };
  }
  // "there were N units between A and B", "a gap of N units between A and B": "N units passed between"
  text = text.replace(GAP, '$1 passed between ');
  const passive = PASSIVE.exec(text);
  if (passive) text = text.replace(passive[0], `came ${isBefore(passive[1]!) ? 'after' : 'before'} `);
  else {
    const active = ACTIVE.exec(text);
    if (active) text = `${active[1]} came ${isBefore(active[2]!) ? 'before' : 'after'} ${active[3]}`;
  }
  for (const [re, to] of PREPOSITIONS) text = text.replace(re, to);
  const close = CLOSE.exec(text);
  if (close) {
    text = text.replace(close[0], `${close[1]!.toLowerCase()} `);
    out.near = 'close';
  } else if (HEELS.test(text)) {
    text = text.replace(HEELS, 'after ');
    out.near = 'close';
  } else if (EVE.test(text)) {
    // "on the eve of B": the day or the days right before B, so close before it (not only the day before)
    text = text.replace(EVE, 'before ');
    out.near = 'close';
  } else if (ORDER_AFTER.test(text)) {
    text = text.replace(ORDER_AFTER, 'after ');
    out.near = 'order';
  } else if (ORDER_BEFORE.test(text)) {
    text = text.replace(ORDER_BEFORE, 'before ');
    out.near = 'order';
  }
  // "A came before B by N units": "A came N units before B"
  const by = BY_SPAN.exec(text);
  if (by) text = `${by[1]} ${by[4]} ${by[2]!.toLowerCase()} ${by[3]}`;
  text = text.replace(/\b(\S+\s+(?:day|week|fortnight|month|year|decade)s?)\s+earlier\s+than\s+/i, '$1 before ');
  const vague = VAGUE.exec(text);
  if (vague) {
    const before = text.slice(0, vague.index + vague[1]!.length).trim().split(/\s+/).pop() ?? '';
    const words = vague[2]?.replace(/\s+/g, ' ').toLowerCase();
    if (words === 'a couple of') {
      text = text.replace(vague[0], `${vague[1]}about two ${vague[3]}`);
    } else if (words || !COUNTED.test(before)) {
      const kind = words === 'a few' ? 'few' : 'several';
      out.vague = { said: `${words ?? ''} ${vague[3]!.toLowerCase()}`.trim(), ...VAGUE_RANGES[kind] };
      text = text.replace(vague[0], `${vague[1]}2 ${vague[3]}`);
    }
  }
  return text === claim && !out.near ? undefined : { text, ...out };
}

/**
 * A closeness said with the order ("shortly after", `close`), or an order with a cause or a
 * preparation ("in the wake of", `order`), decided on the gap in days (the least and the most
 * when a side is known to the month only): `close` holds up to 31 days and is refuted from 367
 * days (a year and more is not "shortly"); `order` is refuted by the wrong order only. A gap of
 * the wrong sign refutes either; anything else is held.
 *
 * @example
 * ```ts
 * nearDecision('close', [22, 22]); // 'holds'
 * nearDecision('close', [135, 165]); // 'held'
 * nearDecision('order', [-30, -30]); // 'refuted'
 * ```
 */
export function nearDecision(near: 'close' | 'order', gaps: [number, number]): 'holds' | 'refuted' | 'held' {
  if (gaps[1] < 0) return 'refuted';
  if (gaps[0] <= 0) return 'held';
  if (near === 'order') return 'held';
  if (gaps[1] <= 31) return 'holds';
  return gaps[0] >= 367 ? 'refuted' : 'held';
}

/**
 * What a near word says, for the explanation: "shortly after (close: held to 31 days, refuted from
 * 367)", "after, with a cause or a preparation (only the order is read)".
 *
 * @example
 * ```ts
 * nearSaid('order', 'after'); // 'after, with a cause or a preparation the graph does not state (only the order is read)'
 * ```
 */
export function nearSaid(near: 'close' | 'order', rel: string): string {
  return near === 'close' ? `shortly ${rel} (close in time: held up to 31 days, refuted from 367 days)`
    : `${rel}, with a cause or a preparation the graph does not state (only the order is read)`;
}
