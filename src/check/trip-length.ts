/**
 * The length of a trip said as a description rather than with "lasted" (round 11): "X's tour was a
 * week-long trip", "X's visit to Y was a ten-day affair", "X's tour was a fortnight long", "X's
 * trip was seven days long", "X spent a week travelling around Y[, from D1 to D2]". Each is said
 * again as the lexicon's duration patterns read it ("X's tour lasted 7 days", "X spent a week in
 * Y"), and the graph's start and end days decide (src/check/qualifiers.ts counts both days).
 * Round 28: "It took X a week to visit Y" and "X breezed through Y in three days" say how long X
 * spent in Y ("X spent a week in Y").
 * Only the trip nouns and travel verbs below are read: a length said of anything else ("the
 * ceremony was a three-hour affair") is left alone.
 */
import { wordsValue } from './notation.js';
import { normalizeTypography } from './text.js';
import { CARDINALS } from './values.js';
import { MONTH_NAMES, monthNumber } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

const TRIP = '(?:visit|tour|trip|journey|stay|swing|voyage)';
/** Round 25: other nouns a trip is described as after its length ("a 3-day whirlwind", "a week-long jaunt"). */
const TRIP_NAMES = '(?:whirlwind|jaunt|excursion|sojourn|odyssey|trek|roadshow|expedition)';
const UNIT = '(day|week|fortnight|month)';
const DENIAL = /\b(?:not|never|no)\b|n't\b/i;
/** Travel verbs in -ing that say where the time was spent ("spent a week touring Y" = in Y). */
const TRAVELLING = '(?:touring|visiting|travell?ing(?:\\s+(?:around|across|through|in|round))?|journeying(?:\\s+(?:around|across|through))?|criss-?crossing|crossing)';

/** A length of time: "a week", "7 days", "just over a week", "under three weeks" (the duration patterns read its quantifier). */
const SPAN = `((?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|less|more|than|barely|little|a|an|the|full|whole|mere|approximately)\\s+){0,3}?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\\d+)\\s+${UNIT}s?)`;
/** Round 28: the infinitives of a trip after "it took X N days to" ("to get round Y"). */
const TO_TRAVEL = '(?:visit|tour|get\\s+(?:round|around|through)|go\\s+(?:round|around|through)|travel\\s+(?:round|around|across|through)|cross|criss-?cross|cover)';
/** Round 28: a traveller's verbs of passing through a place, said with how long it took ("breezed through Y in N days"). */
const PASSED = '(?:(?:breezed|raced|whizzed|zipped|sped|swept|rushed|hurried|dashed|blitzed|zoomed|travell?ed|journeyed|passed|went|got|made\\s+(?:his|her|their)\\s+way)\\s+(?:through|around|round|across)|toured|visited|criss-?crossed|covered)';

/** "seven", "7", "a", "" (for "week-long") as a number. */
function count(word: string | undefined): number | undefined {
  if (!word || /^(?:a|an|one)$/i.test(word)) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return CARDINALS[word.toLowerCase()] ?? wordsValue(word);
}

const said = (n: number, unit: string): string => (n === 1 ? `a ${unit}` : `${n} ${unit}s`);

/**
 * The claim said with the lexicon's duration words, or undefined when it is no trip length of
 * these shapes.
 *
 * @example
 * ```ts
 * tripLengthRewrite("Rufus's tour of Ruritania was a ten-day trip."); // "Rufus's tour of Ruritania lasted 10 days."
 * tripLengthRewrite('Rufus spent a week touring Ruritania.'); // 'Rufus spent a week in Ruritania.'
 * ```
 */
export function tripLengthRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const aside = rangeAside(t);
  const out = lengthSaid(aside) ?? (aside !== t ? `${aside}.` : undefined);
  // the claim said again as it was would be read again by this reader, without end
  return out && out.replace(/[.!]+$/, '') !== t ? out : undefined;
}

/**
 * Round 28: a closing aside that gives the trip's days, "(22-28 October)" or "(October 22-28,
 * 2015)", said as the ", from D1 to D2 Month" the duration patterns read after a length ("X's swing
 * ran for a full week (22-28 October)"); only after a trip noun, and only a range of days of one month.
 */
function rangeAside(t: string): string {
  if (!cachedRegExp(`\\b${TRIP}s?\\b`, 'i').test(t)) return t;
  // round 34: also set off by a comma after a length ("spanned 7 days, 22-28 Oct."), the month abbreviated
  const dayFirst = /\s*\((\d{1,2})\s*-\s*(\d{1,2})\s+([A-Z][a-z]+)\.?(?:,?\s+(\d{4}))?\)$/.exec(t)
    ?? cachedRegExp(`(?<=\\b(?:day|week|fortnight|month)s?),\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s+([A-Z][a-z]+)\\.?(?:,?\\s+(\\d{4}))?$`).exec(t);
  const monthFirst = /\s*\(([A-Z][a-z]+)\.?\s+(\d{1,2})\s*-\s*(\d{1,2})(?:,?\s+(\d{4}))?\)$/.exec(t)
    ?? cachedRegExp(`(?<=\\b(?:day|week|fortnight|month)s?),\\s*([A-Z][a-z]+)\\.?\\s+(\\d{1,2})\\s*-\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?$`).exec(t);
  const month = (w: string): string | undefined => (monthNumber(w) ? MONTH_NAMES[monthNumber(w) - 1] : undefined);
  if (dayFirst && month(dayFirst[3]!)) return `${t.slice(0, dayFirst.index)}, from ${dayFirst[1]} to ${dayFirst[2]} ${month(dayFirst[3]!)}${dayFirst[4] ? ` ${dayFirst[4]}` : ''}`;
  if (monthFirst && month(monthFirst[1]!)) return `${t.slice(0, monthFirst.index)}, from ${monthFirst[2]} to ${monthFirst[3]} ${month(monthFirst[1]!)}${monthFirst[4] ? ` ${monthFirst[4]}` : ''}`;
  return t;
}

/**
 * Round 35: a length said as a noun of a stretch of time after "spent" ("spent a seven-day stretch
 * touring Y", "spent a week-long spell in Y", "spent a 10-day stint"): the length alone ("spent 7
 * days touring Y"), which the rules below and the duration patterns read. Only after "spent": "a
 * seven-day stretch" elsewhere says nothing of a trip.
 */
const STRETCH = new RegExp(`(\\bspent\\s+)(?:a|an)\\s+(?:([a-z]+|\\d+)[\\s-])?${UNIT}s?(?:[\\s-]long)?\\s+(?:stretch|spell|period|stint|span)\\b`, 'i');

function lengthSaid(said0: string): string | undefined {
  if (DENIAL.test(said0) || /\?$/.test(said0)) return undefined;
  const stretch = STRETCH.exec(said0);
  const n = stretch ? count(stretch[2]) : undefined;
  // a count the words do not give ("a many-day stretch") is no length
  if (stretch && !n) return undefined;
  const t = stretch && n ? said0.replace(stretch[0], `${stretch[1]}${said(n, stretch[3]!.toLowerCase())}`) : said0;
  // "S was a seven-day trip", "S was a week-long tour", "S was a 10-day affair"
  const described = cachedRegExp(`^(.*\\b${TRIP}s?\\b.*?)\\s+(?:was|is|will be|had been)\\s+(?:a|an)\\s+(?:whirlwind\\s+)?(?:([a-z]+|\\d+)[\\s-])?${UNIT}s?(?:[\\s-]long)?\\s+(?:whirlwind\\s+)?(?:${TRIP}|affair|one|outing|${TRIP_NAMES})$`, 'i').exec(t);
  if (described) {
    const n = count(described[2]);
    return n ? `${described[1]} lasted ${said(n, described[3]!.toLowerCase())}.` : undefined;
  }
  // "S was a fortnight long", "S was seven days long"
  const long = cachedRegExp(`^(.*\\b${TRIP}s?\\b.*?)\\s+(?:was|is|will be|had been)\\s+(?:(a|an|[a-z]+|\\d+)\\s+)${UNIT}s?\\s+long$`, 'i').exec(t);
  if (long) {
    const n = count(long[2]);
    return n ? `${long[1]} lasted ${said(n, long[3]!.toLowerCase())}.` : undefined;
  }
  // "S ran / went on / stretched over / took [more than] N units": "S lasted [more than] N units"
  const ran = cachedRegExp(`^(.*\\b${TRIP}s?\\b.*?)\\s+(?:ran|went\\s+on|continued|stretched(?:\\s+(?:over|across|on))?|extended(?:\\s+over)?|spanned|took)\\s+(?:for\\s+)?((?:[a-z]+\\s+){0,3}?(?:a|an|[a-z]+|\\d+)\\s+${UNIT}s?)(,\\s+from\\s+\\d{1,2}\\s+to\\s+\\d{1,2}\\s+[A-Z][a-z]+(?:\\s+\\d{4})?)?$`, 'i').exec(t);
  if (ran) return `${ran[1]} lasted ${ran[2]}${ran[4] ?? ''}.`;
  // "X was on the road / away [touring] in Y for N units[ rest]": "X spent N units in Y[ rest]"
  const away = cachedRegExp(`^(.+?)\\s+(?:was|were)\\s+(?:on\\s+the\\s+road|away|on\\s+tour)\\s+(?:(?:in|around|across|through|round)\\s+|${TRAVELLING}\\s+)(.+?)\\s+for\\s+((?:[a-z]+\\s+){0,3}?(?:a|an|[a-z]+|\\d+)\\s+${UNIT}s?)(\\s+.+)?$`, 'i').exec(t);
  if (away) return `${away[1]} spent ${away[3]} in ${away[2]}${away[5] ?? ''}.`;
  // round 28: "It took X N units to visit / tour / get round Y": "X spent N units in Y"
  const took = cachedRegExp(`^it\\s+(?:took|had\\s+taken|has\\s+taken)\\s+(.+?)\\s+${SPAN}\\s+to\\s+${TO_TRAVEL}\\s+(.+)$`, 'i').exec(t);
  if (took) return `${took[1]} spent ${took[2]} in ${took[4]}.`;
  // round 28: "X breezed through Y in N units", "X toured Y in N units": "X spent N units in Y"
  const through = cachedRegExp(`^(.+?)\\s+${PASSED}\\s+(.+?)\\s+in\\s+${SPAN}$`, 'i').exec(t);
  if (through && !/\\b(?:in|on|from)\\s*$/i.test(through[2]!)) return `${through[1]} spent ${through[3]} in ${through[2]}.`;
  // "S spent a week touring Y[, from D1 to D2]": "S spent a week in Y[, ...]"
  const spent = cachedRegExp(`^(.+?\\s+spent\\s+.+?\\s+${UNIT}s?)\\s+${TRAVELLING}\\s+(.+)$`, 'i').exec(t);
  if (spent) return `${spent[1]} in ${spent[3]}.`;
  return t !== said0 ? `${t}.` : undefined;
}
