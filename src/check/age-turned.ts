/**
 * An age said with "turned" (round 35, branch time35): "The League's charter turned 20 the day
 * before the gala", "The canal turned ten two days before the summit", "The treaty had turned 20 by
 * the time the bank opened". A thing turns N on the Nth anniversary of its day, so each is said
 * again as the span the span reader reads (src/check/spans.ts), with the arithmetic left to it:
 *
 * - "S turned N [years old] the day / K days / a week before C": the anniversary falls that long
 *   before C, so S came N years and that long before C ("S came 20 years and one day before C"),
 *   compared to the day (src/check/span-whole.ts reads a span said in parts whole);
 * - "S turned N on the (same) day of / as C": exactly N years before C ("exactly" compares the days);
 * - "S turned N when / as / at the time of C": S was N years old when C (an age in whole years,
 *   with the span reader's tolerance for a count of years); "S had turned N by the time C": S was
 *   at least N years old by then;
 * - "C fell on / coincided with the Nth anniversary of S": C came on the same day as it;
 * - a status named with its recogniser ("X's League-recognised neutrality") said as the
 *   recognition ("the League's recognition of X's neutrality"), the thing the graph dates.
 *
 * Only years: "turned 20" of a thing is its age; a side the graph does not date (a person's age, an
 * undated founding) leaves the span unread, as any span with such a side. "S turned N K days after
 * C" (the anniversary after C) is not read: the span reader has no span said as years less days.
 */
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { resolveMention } from './resolver.js';
import type { CheckContext } from './context.js';
import { wordsValue } from './notation.js';
import { CARDINALS } from './values.js';

/** The age: "20", "twenty", "twenty-one". */
const AGE = String.raw`(\d{1,3}|[a-z]+(?:-[a-z]+)?)`;
/** Words after the age that say it is one: "years", "years old". */
const YEARS = String.raw`(?:\s+years?(?:\s+old)?)?`;
/** The offset before C: "the day", "a day", "one day", "two days", "a week", "3 weeks". */
const OFFSET = String.raw`(the|a|an|one|\d{1,2}|[a-z]+)\s+(day|week)s?`;

const BEFORE = new RegExp(String.raw`^(.+?)\s+(?:had\s+)?turned\s+${AGE}${YEARS}\s+${OFFSET}\s+before\s+(.+)$`, 'i');
const SAME_DAY = new RegExp(String.raw`^(.+?)\s+turned\s+${AGE}${YEARS}\s+(?:on\s+)?the\s+(?:very\s+|same\s+|very\s+same\s+)?day\s+(?:of|as)\s+(.+)$`, 'i');
const WHEN = new RegExp(String.raw`^(.+?)\s+(had\s+)?turned\s+${AGE}${YEARS}\s+(when|as|at\s+the\s+time\s+of|by\s+the\s+time(?:\s+of)?)\s+(.+)$`, 'i');

/** "C fell on the 20th anniversary of S", "C coincided with the 20th anniversary of S". */
const ON_ANNIVERSARY = /^(.+?)\s+(?:(?:fell|came|took\s+place|happened|occurred|(?:was|were)\s+held)\s+on|coincided\s+with)\s+(the\s+(?:very\s+)?\S+\s+anniversary\s+of\s+.+)$/i;

/**
 * A status named by its recogniser before a hyphen ("Sylvania's League-recognised neutrality"): the
 * time it dates from is the recognition, so a side or an anniversary of it is "the League's
 * recognition of Sylvania's neutrality", the words the span reader dates (the recogniser kept).
 */
const RECOGNISED = /\b(?:the\s+)?(?:([A-Z][\w-]*['\u2019]s)\s+)?([A-Z][\w.]*)-(?:recogni[sz]ed)\s+([a-z]+)\b/;

/** The reader's gate: "turned" and a word of time or an event after it, or an anniversary. */
export const AGE_TURNED_NEEDS = /\bturned\s+\S+[\s\S]*\b(?:before|day|when|as|time)\b|\banniversary\s+of\b/i;

/** A count said in digits or words, when it is one. */
function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  if (/^(?:a|an|one|the)$/i.test(word)) return 1;
  const w = word.toLowerCase();
  return CARDINALS[w] ?? wordsValue(w);
}

/**
 * The claim said as the span the span reader reads, or undefined when it is no age said with
 * "turned" in these shapes.
 *
 * @example
 * ```ts
 * ageTurnedRewrite(ctx, "The League's charter turned 20 the day before the gala.");
 * // "The League's charter came 20 years and one day before the gala."
 * ageTurnedRewrite(ctx, 'The canal turned ten when the summit opened.');
 * // 'The canal was 10 years old when the summit opened.'
 * ```
 */
export function ageTurnedRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  // a denial or a question asks something else of the age
  if (/\b(?:not|never|no)\b|n't\b|\?$/i.test(t) || !AGE_TURNED_NEEDS.test(t)) return undefined;
  // "C fell on the Nth anniversary of S": the same day as it (src/check/time-shift.ts moves the side
  // N years on; src/check/time-relations.ts compares the calendar days)
  const recognised = RECOGNISED.exec(t);
  // the recogniser must be a name the graph knows: an unknown one dropped from the side would leave
  // the recognition the graph dates, whoever gave it
  if (recognised && resolveMention(ctx, dropIgnorable(tokenize(recognised[2]!, ctx.morph), ctx.morph)).length === 1) {
    const [all, owner, agent, noun] = recognised as unknown as [string, string | undefined, string, string];
    return `${t.slice(0, recognised.index)}the ${agent}'s recognition of ${owner ? `${owner} ` : 'the '}${noun}${t.slice(recognised.index + all.length)}.`;
  }
  const on = ON_ANNIVERSARY.exec(t);
  if (on) return `${on[1]} came on the same day as ${on[2]}.`;
  const before = BEFORE.exec(t);
  if (before) {
    const [, s, age, off, unit, c] = before as unknown as [string, string, string, string, string, string];
    const n = countOf(age);
    const k = countOf(off);
    // "the day before" is one day; a count of days or weeks as said; no age, no reading
    if (!n || !k || (/^the$/i.test(off) && !/^day$/i.test(unit))) return undefined;
    return `${s} came ${n} years and ${k === 1 ? `one ${unit.toLowerCase()}` : `${k} ${unit.toLowerCase()}s`} before ${c}.`;
  }
  const same = SAME_DAY.exec(t);
  if (same) {
    const n = countOf(same[2]!);
    return n ? `${same[1]} came exactly ${n} years before ${same[3]}.` : undefined;
  }
  const when = WHEN.exec(t);
  if (when) {
    const [, s, had, age, at, c] = when as unknown as [string, string, string | undefined, string, string, string];
    const n = countOf(age);
    if (!n) return undefined;
    // "had turned N by the time C": at least N by then; "turned N as C": when C
    const by = /^by/i.test(at);
    return `${s} was ${had || by ? 'at least ' : ''}${n} years old ${/^as$/i.test(at) ? 'when' : at.toLowerCase()} ${c}.`;
  }
  return undefined;
}
