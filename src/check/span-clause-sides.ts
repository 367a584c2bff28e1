/**
 * One side of a span said as a clause whose event the graph dates under other words (round 16):
 * "... twenty years before the canal broke ground", "... after ground was broken on the canal",
 * "... when the canal's construction started", "... before Firefly set off on his tour",
 * "... before Firefly set out for Sylvania". Each is said again in the words the span reader
 * dates (src/check/spans.ts): a work begun as "construction of X began" (dated by the graph's
 * construction start, src/check/agentless.ts), a departure as "X's tour began" / "X's trip to P
 * began" (the first day of the one trip the graph gives). A side in other words is left as it is.
 *
 * Only the agentless forms are rewritten: "Freedonia broke ground on the canal" names who did
 * it and is read by the lexicon as it stands (its agent must hold too).
 */
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

// a project "breaking ground" is its construction beginning (the project is the subject, no agent)
const BROKE_GROUND = /^(.+?)\s+(?:broke|breaks|had broken|has broken)\s+ground$/i;
// "ground was broken on X": the agentless passive of the same
const GROUND_BROKEN = /^ground\s+(?:was|had been|has been)\s+broken\s+(?:on|for)\s+(.+)$/i;
// round 31: the ground named as the project's ("the canal ground was broken", "the canal's ground
// was broken", "the ground for the canal was broken"): the same agentless passive
const OWN_GROUND = /^(?:the\s+)?(?!the\s)(.+?)(?:['\u2019]s)?\s+ground\s+(?:was|had been|has been)\s+broken$/i;
const GROUND_FOR = /^the\s+ground\s+(?:for|on)\s+(.+?)\s+(?:was|had been|has been)\s+broken$/i;
// "X's construction started", "X construction was launched", "construction on X began", "work on
// X was launched": begun, said actively or as an agentless passive
const BEGUN = '(?:began|begun|started|commenced|got under way|got underway|(?:was|had been|has been)\\s+(?:launched|begun|started|inaugurated|kicked off))';
const OWN_CONSTRUCTION = cachedRegExp(`^(.+?)(?:['\u2019]s?)?\\s+(?:construction|building|work)\\s+${BEGUN}$`, 'i');
// round 25: the start said as a noun ("X's construction launch", "the start of construction on X")
const START_NOUN = '(?:launch|start|kick-?off|beginning|commencement)';
// (a side may end in its light verb: "X's construction launch came six weeks after ...")
const CAME = '(?:\\s+(?:came|happened|occurred|took\\s+place))?';
const OWN_START = cachedRegExp(`^(.+?)(?:['\u2019]s?)?\\s+(?:construction|building)\\s+${START_NOUN}${CAME}$`, 'i');
const START_OF = cachedRegExp(`^the\\s+${START_NOUN}\\s+of\\s+(?:the\\s+)?(?:construction|building|work)\\s+(?:on|of)\\s+(.+?)${CAME}$`, 'i');
const WORK_ON = cachedRegExp(`^(?:the\\s+)?(?:construction|building|work)\\s+(?:on|of)\\s+(.+?)\\s+${BEGUN}$`, 'i');
// verbs of setting out on a journey: the journey's first day
const DEPART = '(?:set off|set out|sets off|sets out|left|leaves|departed|departs|headed off|embarked|embarks)';
const ON_TRIP = cachedRegExp(`^(.+?)\\s+${DEPART}\\s+(?:on|upon)\\s+(?:his|her|their|its)\\s+((?:[\\w-]+\\s+){0,3}?(?:visit|tour|trip|journey)s?)$`, 'i');
const FOR_PLACE = cachedRegExp(`^(.+?)\\s+${DEPART}\\s+(?:for|to)\\s+(.+)$`, 'i');
// round 25: leaving a place is the journey's last day ("X had left the region", "X departed from
// P"), arriving its first ("X arrived in P"); "the region" is the trip as a whole
const LEFT_PLACE = /^(.+?)\s+(?:had\s+|has\s+)?(?:left|departed(?:\s+from)?|quit|exited)\s+(?!for\b|on\b|to\b|upon\b)(.+)$/i;
const ARRIVED = /^(.+?)\s+(?:had\s+|has\s+)?(?:arrived\s+in|landed\s+in|reached|got\s+to)\s+(.+)$/i;

const possessive = (np: string): string => (/s$/i.test(np) ? `${np}'` : `${np}'s`);

/**
 * The side said in the span reader's words; undefined when it is none of the forms above.
 *
 * @example
 * ```ts
 * spanSideRewrite('the canal broke ground'); // 'construction of the canal began'
 * spanSideRewrite('Firefly set out for Sylvania'); // "Firefly's trip to Sylvania began"
 * ```
 */
export function spanSideRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.,;]+$/, '');
  // a denial dates nothing ("before the canal had not broken ground")
  if (/\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  let m = BROKE_GROUND.exec(t) ?? GROUND_BROKEN.exec(t) ?? OWN_GROUND.exec(t) ?? GROUND_FOR.exec(t) ?? OWN_CONSTRUCTION.exec(t) ?? WORK_ON.exec(t) ?? OWN_START.exec(t) ?? START_OF.exec(t);
  // said already in those words ("construction of X began"): nothing to say again
  if (m) return /^construction of .+ began$/i.test(t) ? undefined : `construction of ${m[1]!.trim()} began`;
  m = ON_TRIP.exec(t);
  if (m) return `${possessive(m[1]!.trim())} ${m[2]!.trim()} began`;
  m = FOR_PLACE.exec(t);
  // the place must be a name (a bare "for home" or "for the airport at noon" is no trip said)
  if (m && /^(?:the\s+)?[A-Z]/.test(m[2]!.trim())) return `${possessive(m[1]!.trim())} trip to ${m[2]!.trim()} began`;
  const left = LEFT_PLACE.exec(t);
  const arrived = left ? undefined : ARRIVED.exec(t);
  const [who, place] = [(left ?? arrived)?.[1]?.trim(), (left ?? arrived)?.[2]?.trim()];
  if (!who || !place || !/^[A-Z]/.test(who)) return undefined;
  const verb = left ? 'ended' : 'began';
  if (/^the\s+(?:region|area|country|countries)$/i.test(place)) return `${possessive(who)} trip ${verb}`;
  return /^(?:the\s+)?[A-Z]/.test(place) ? `${possessive(who)} trip to ${place} ${verb}` : undefined;
}
