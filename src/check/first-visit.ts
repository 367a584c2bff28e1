/**
 * A first visit said from the host's side or with a negation (round 18, branch compare18): the
 * source's "Firefly became the first Freedonian prime minister to visit Sylvania" (lexicon
 * `{firstInOffice}`) is what people also write as
 * - "Sylvania had never been visited by a Freedonian prime minister before Firefly['s tour]",
 *   "... had never hosted / received / welcomed a Freedonian prime minister until Firefly",
 *   "Before Firefly, Sylvania had never hosted a ...";
 * - "No Freedonian prime minister had [ever] visited Sylvania before Firefly['s trip]";
 * - "Sylvania hosted a Freedonian prime minister for the first time during Firefly's visit",
 *   "Sylvania received its first visit from a Freedonian prime minister on Firefly's tour".
 * Each says, of the traveller after "before" / "until" / "during", that no holder of the office
 * visited the place before him and that he did: "Firefly was the first Freedonian prime minister
 * to visit Sylvania", which the first-in-office readings decide (an earlier holder refutes). The
 * traveller must be named (a year or a date after "before" is no traveller: left to other readers).
 */
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The words a host's side uses for receiving a visitor, said as a visit ("been visited by"). */
const HOSTED = String.raw`(?:been\s+visited\s+by|hosted|received|welcomed|had\s+a\s+visit\s+from|received\s+a\s+visit\s+from|been\s+to\s+by)`;
/** "never", "not", "never before", "not ever". */
const NEVER = String.raw`(?:never|not)(?:\s+(?:before|ever|once))?`;
/** The visitor's office, with its article: "a Freedonian prime minister", "any Freedonian head of state". */
const OFFICE = String.raw`(?:a|an|any)\s+(.+?)`;
/** The traveller's occasion words after a possessive: "Firefly's [2015] [state] tour". */
const OCCASION = String.raw`(?:trip|tour|visit|journey|arrival|state\s+visit|stop|stopover)`;

/**
 * The traveller a "before Y" / "during Y's visit" phrase names; undefined when the phrase names no
 * one (a year, a date, a bare event noun).
 */
export function travellerIn(phrase: string): string | undefined {
  let p = phrase.trim();
  p = p.replace(/\s+(?:came|arrived|visited|went\s+there|did|took\s+office)$/i, '');
  p = p.replace(cachedRegExp(String.raw`['\u2019]s?(?:\s+\d{4})?(?:\s+[\w-]+){0,2}?\s+${OCCASION}$`, 'i'), '');
  p = p.replace(/^(?:the\s+)?(?:visit|trip|tour|arrival)\s+(?:of|by)\s+/i, '');
  p = p.trim();
  // a name starts with a capital letter and has no digits (not "2015", "October 2015")
  if (!/^[A-Z]/.test(p) || /\d/.test(p) || /^(?:the|a|an|his|her|their|its)\b/i.test(p)) return undefined;
  return p;
}

/**
 * The claim said as the source's "first ... to visit" statement; undefined when it is not one of
 * the shapes above.
 *
 * @example
 * ```ts
 * firstVisitRewrite('Sylvania had never hosted a Freedonian prime minister before Firefly\'s tour.');
 * // 'Firefly was the first Freedonian prime minister to visit Sylvania'
 * ```
 */
export function firstVisitRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const said = (who: string | undefined, office: string, place: string): string | undefined => {
    if (!who || !office || !place || /\b(?:and|or)\s*$/i.test(office)) return undefined;
    return `${who} was the first ${office.trim()} to visit ${place.trim()}`;
  };
  // "Before Firefly, Sylvania had never hosted a N" / "Until Firefly's tour, no N had visited Sylvania"
  const front = /^(?:before|until|prior\s+to)\s+(.+?),\s*(.+)$/i.exec(t);
  const [rest, y] = front ? [front[2]!, front[1]!] : [t, undefined];
  const tail = String.raw`(?:\s+(?:before|until|prior\s+to)\s+(.+))`;
  const hostSide = cachedRegExp(String.raw`^(.+?)\s+(?:(?:had|has)\s+${NEVER}\s+${HOSTED}|(?:was|were)\s+${NEVER}\s+visited\s+by)\s+${OFFICE}${y ? '' : tail}$`, 'i').exec(rest);
  if (hostSide) return said(travellerIn(y ?? hostSide[3]!), hostSide[2]!, hostSide[1]!);
  const noOne = cachedRegExp(String.raw`^no\s+(.+?)\s+had\s+(?:ever\s+)?(?:visited|been\s+to|travelled\s+to|gone\s+to)\s+(.+?)${y ? '' : tail}$`, 'i').exec(rest);
  if (noOne) return said(travellerIn(y ?? noOne[3]!), noOne[1]!, noOne[2]!);
  if (front) return undefined;
  // "Sylvania hosted a N for the first time during Firefly's visit"
  const firstTime = cachedRegExp(String.raw`^(.+?)\s+(?:hosted|received|welcomed|was\s+visited\s+by)\s+(?:a|an)\s+(.+?)\s+for\s+the\s+first\s+time\s+(?:during|on|with|in|at)\s+(.+)$`, 'i').exec(t);
  if (firstTime) return said(travellerOf(firstTime[3]!), firstTime[2]!, firstTime[1]!);
  // "Sylvania received its first visit from a N during Firefly's trip"
  const firstVisit = cachedRegExp(String.raw`^(.+?)\s+(?:received|got|had|welcomed)\s+(?:its|their)\s+(?:very\s+)?first(?:-ever|\s+ever)?\s+visit\s+(?:from|by)\s+(?:a|an)\s+(.+?)\s+(?:during|on|with|in|at)\s+(.+)$`, 'i').exec(t);
  if (firstVisit) return said(travellerOf(firstVisit[3]!), firstVisit[2]!, firstVisit[1]!);
  return undefined;
}

/** "Firefly's visit", "Firefly's 2015 tour": the traveller of a possessive occasion only. */
function travellerOf(phrase: string): string | undefined {
  return cachedRegExp(String.raw`['\u2019]s?(?:\s+\d{4})?(?:\s+[\w-]+){0,2}?\s+${OCCASION}$`, 'i').test(phrase.trim()) ? travellerIn(phrase) : undefined;
}
