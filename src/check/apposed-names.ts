/**
 * A counted group with its members named beside it, and a fronted "of" group (round 34, branch
 * shapes34):
 *
 * - "Just one Ruritanian state, Sylvania, did not join the League" (or "- Sylvania -"), "Two of the three states,
 *   Freedonia and Marsovia, are members of the League": the count and the named members are two
 *   statements ("Just one Ruritanian state did not join the League, and Sylvania did not join the
 *   League"), each read by its own readers (the count by src/check/count-frames.ts and the
 *   patterns, the names by the patterns); the compound's verdict is the claim's, so the claim is
 *   refuted when either is and supported only when both are. Without the split, the names and
 *   the count word ran into the relation words ("Only one join") and the claim went unread.
 * - "Of the League's founding members, four are Ruritanian states": a fronted "of" phrase, which
 *   the parser took for a name ("Of"), said in the order the count readers read: "Four Ruritanian
 *   states are among the League's founding members"; "Of the three states, two joined the League"
 *   as "Two of the three states joined the League".
 *
 * Only a group that starts with a count (a number, "all", "both", or a particle before one) and
 * names of capitalised words are split; nothing here knows an entity (the rechecked statements
 * resolve the names).
 */
import { rewrittenHeld } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { CARDINALS } from './values.js';
import { cachedRegExp } from './regex-memo.js';

// a comma inside a figure only before three digits ("1,800"): "2015, X" is a year and a comma
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(CARDINALS).join('|')})`;
/** A count at the head of a group: "just one", "four of the five", "all", "both", "exactly 57". */
const COUNT = `(?:(?:only|just|merely|exactly|precisely|some|all|both)\\s+)?(?:${NUMBER}|all|both)(?:\\s+of\\s+(?:the|its|their)\\s+(?:${NUMBER}\\s+)?)?`;
/** One name: capitalised words, with an "of" or "the" inside ("Bank of Zenda"). */
const NAME = String.raw`(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*)*`;
/** Names in a list: "A", "A and B", "A, B, C and D". */
const NAMES = `${NAME}(?:\\s*,\\s*${NAME})*(?:\\s*,?\\s+and\\s+${NAME})?`;

// Case-sensitive on purpose (round 34, at the merge): with the "i" flag NAME's [A-Z] matched any
// word, and the nested repetitions of NAMES backtracked exponentially on a long claim (a 60-word
// compound took minutes). The count words are lower case; only a claim's first letter is lowered.
// The counted noun must follow the count: "13, 2015, President X, ..." (a date's day) is no count.
const APPOSED = cachedRegExp(`^(${COUNT}\\s*[A-Za-z][^,]*?),\\s+(${NAMES}),\\s+(.+?)[.!]?$`);

/** The gate: a comma after a count, or a claim that starts with "of". */
export const APPOSED_NAMES_NEEDS = /^\s*of\s+|,|\s[-\u2013\u2014]\s/i;

/**
 * The claim as two statements (a count and its named members) or in the count readers' order;
 * undefined when it has neither shape.
 *
 * @example
 * ```ts
 * apposedNamesRewrite('Just one Ruritanian state, Sylvania, did not join the League.');
 * // 'Just one Ruritanian state did not join the League, and Sylvania did not join the League.'
 * apposedNamesRewrite("Of the League's founding members, four are Ruritanian states.");
 * // "Four Ruritanian states are among the League's founding members."
 * ```
 */
export function apposedNamesRewrite(text: string): string | undefined {
  // "Only one of the five states - Sylvania - stayed out": spaced dashes around the names as commas
  const t = normalizeTypography(text).trim().replace(/\s+[-\u2013\u2014]\s+([A-Z][^-\u2013\u2014]*?)\s+[-\u2013\u2014]\s+/, ', $1, ');
  const a = APPOSED.exec(`${t.charAt(0).toLowerCase()}${t.slice(1)}`);
  if (a) {
    const names = a[2]!;
    // the names must be names: every item capitalised (a lower-case word ends the list)
    if (names.split(/\s*,\s*|\s+and\s+/).every((n) => /^(?:the\s+)?[A-Z]/.test(n.trim()))) {
      return `${t.charAt(0)}${a[1]!.slice(1)} ${a[3]}, and ${names} ${a[3]}.`;
    }
  }
  const f = /^of\s+(.+?),\s+((?:only|just|exactly)\s+)?(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both|most)\s+(.+?)[.!]?$/i.exec(t);
  if (f) {
    const [, group, particle = '', count, rest] = f;
    // "four are Ruritanian states": the kind counted among the group
    const cop = /^(are|were)\s+(?:all\s+)?(.+)$/i.exec(rest!);
    const out = cop && !/^(?:among|in|on|at|not|also|members?\b)/i.test(cop[2]!) ? `${particle}${count} ${cop[2]} ${cop[1]} among ${group}.` : `${particle}${count} of ${group} ${rest}.`;
    return `${out[0]!.toUpperCase()}${out.slice(1)}`;
  }
  return undefined;
}

/** The reader (table entry `apposed-names`): the rewritten claim's verdict is the claim's. */
export const readApposedNames = rewrittenHeld((_ctx, text) => apposedNamesRewrite(text), 'a count with its members named beside it, or a fronted "of" group, said as the count readers read it');
