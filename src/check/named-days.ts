/**
 * Named days of a fixed date ("on Christmas Day 2015", "New Year's Eve, 2015"): chrono-node reads
 * no holiday, so a claim naming one is said again with the day written out ("on December 25,
 * 2015") and checked that way. Which names are days, and which day each is, is data: lexicon
 * `cg:namedDay "name|MM-DD"` (ontology/lexicon.ttl); no name is known here. Only a named day
 * with its year is read (without one the claim names no day), and only days of a fixed date
 * (a movable feast such as Easter has no entry).
 */
import { NS, type CheckContext } from './context.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { MONTH_NAMES as MONTHS } from './calendar-names.js';


type NamedDay = { name: string; month: number; day: number; re: RegExp };
const tables = new WeakMap<object, NamedDay[]>();

/**
 * The lexicon's named days, longest name first ("Christmas Day" before "Christmas"), each with its
 * pattern compiled once per lexicon (compiled on every call, it cost every claim read by no
 * pattern a RegExp per named day: round 23).
 */
function namedDays(ctx: CheckContext): NamedDay[] {
  let t = tables.get(ctx.lexicon);
  if (t) return t;
  t = [];
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}namedDay`, null, null)) {
    const m = /^(.+)\|(\d{2})-(\d{2})$/.exec(q.object.value);
    if (!m) continue;
    const name = normalizeTypography(m[1]!).toLowerCase();
    // "Christmas Day 2015", "Christmas Day, 2015", "Christmas Day of 2015" (the name's words as written, any case)
    const re = new RegExp(`\\b${escapeRegExp(name).replace(/\\s+|'/g, (w) => (w === "'" ? "['\u2019]?" : '\\s+'))}(?:,\\s*|\\s+of\\s+|\\s+)(\\d{4})\\b`, 'gi');
    t.push({ name, month: Number(m[2]), day: Number(m[3]), re });
  }
  t.sort((a, b) => b.name.length - a.name.length);
  tables.set(ctx.lexicon, t);
  return t;
}

/** A text without four digits in a row names no year, so no named day with its year (the reader's gate). */
export const NAMED_DAY_NEEDS = /\d{4}/;


/**
 * The claim with each named day and its year written as a date; undefined when it names none.
 *
 * @example
 * ```ts
 * namedDayRewrite(ctx, 'The treaty entered into force on Christmas Day 2015.');
 * // 'The treaty entered into force on December 25, 2015.'
 * ```
 */
export function namedDayRewrite(ctx: CheckContext, text: string): string | undefined {
  let out = normalizeTypography(text);
  let changed = false;
  if (!NAMED_DAY_NEEDS.test(out)) return undefined;
  for (const { month, day, re } of namedDays(ctx)) {
    // a global RegExp's replace starts at 0 whatever its lastIndex, so the shared one is safe
    out = out.replace(re, (_all, year: string) => {
      changed = true;
      return `${MONTHS[month - 1]} ${day}, ${year}`;
    });
  }
  return changed ? out : undefined;
}
