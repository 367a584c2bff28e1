/**
 * Offices said with their time (round 19): the ways people write that someone held an office
 * before, or did something while holding it, said in the words the office readers read.
 *
 * - A former office: "Rufus Firefly used to be Freedonia's prime minister", "... had previously
 *   been ...", "... once served as ...", "... was once ...": the same claim as "Rufus Firefly was
 *   formerly Freedonia's prime minister", which the patterns read (the office with `former`).
 * - A deed done while holding an office: "Rufus Firefly visited Sylvania when he was prime
 *   minister", "... while she was ...", "Rufus Firefly, as prime minister, visited Sylvania": the
 *   same claim as "Rufus Firefly visited Sylvania as prime minister" (src/check/as-office.ts reads
 *   the deed, then the office at the deed's time).
 *
 * Only these word orders are rewritten; a denial, a question word or a condition around them is
 * left to the readers that read those (the rewrite is then not tried).
 */

import { rewrittenBy, type UnreadReader } from './reader-kit.js';
import { isoPeriod } from './claim-time.js';
import type { CheckContext } from './context.js';
import type { CheckResult } from './types.js';
import { MONTH_NAMES } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

/** Words before which a rewrite is not tried: a denial, a condition, a question. */
const NOT_PLAIN = /\b(?:not|never|no|nor|neither|if|whether|unless)\b|n't\b|\?/i;

/** "used to be", "had previously been", "once served as", ...: the verb group of a former office. */
const FORMER = /^(?<who>[A-Z][^,;:]*?)\s+(?:used\s+to\s+(?:be|serve\s+as)|had\s+(?:previously|once|formerly|earlier)\s+(?:been|served\s+as)|(?:was|is)\s+(?:previously|once|formerly|earlier|at\s+one\s+time)|(?:previously|once|formerly|earlier)\s+(?:was|served\s+as|held\s+the\s+(?:post|office|position)\s+of)|(?:was|is)\s+a\s+one-time)\s+(?<office>[^,;:]+?)\s*[.!]?$/;

/**
 * "X used to be O" (and the other wordings of a former office) said as "X was formerly O";
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * formerOfficeRewrite("Rufus Firefly used to be Freedonia's prime minister.");
 * // "Rufus Firefly was formerly Freedonia's prime minister"
 * formerOfficeRewrite('Rufus Firefly once served as a finance minister in Freedonia.');
 * // "Rufus Firefly was formerly a finance minister in Freedonia"
 * ```
 */
export function formerOfficeRewrite(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (NOT_PLAIN.test(t)) return undefined;
  const m = FORMER.exec(t);
  if (!m) return undefined;
  const { who, office } = m.groups as { who: string; office: string };
  // "used to be regarded as", "was once expected to": a verb follows, no office
  if (/^(?:regarded|seen|called|known|considered|expected|thought|described|viewed|treated|part|able|in|at|on|the\s+(?:case|first|last|only))\b/i.test(office)) return undefined;
  return `${who} was formerly ${office}`;
}

/** "<deed> when he was O", "<deed> while she was serving as O", "<deed> during his time as O". */
const WHEN_HELD = /^(?<deed>[A-Z].+?),?\s+(?:when|while|whilst)\s+(?:he|she|they)\s+(?:was|were)\s+(?:serving\s+as\s+|still\s+)?(?<office>[^,;:]+?)\s*[.!]?$/;
const TIME_AS = /^(?<deed>[A-Z].+?),?\s+(?:during|in)\s+(?:his|her|their)\s+(?:time|tenure|term|years?|days)\s+as\s+(?<office>[^,;:]+?)\s*[.!]?$/;
/** "X, as O, V ...": the office in commas after the doer. */
const MID_AS = /^(?<who>[A-Z][^,]*?),\s+as\s+(?<office>[^,]+?),\s+(?<rest>[a-z].+?)\s*[.!]?$/;

/**
 * A deed done while holding an office, said as "<deed> as <office>"; undefined for any other claim.
 *
 * @example
 * ```ts
 * whileInOfficeRewrite('Rufus Firefly visited Sylvania when he was prime minister.');
 * // 'Rufus Firefly visited Sylvania as prime minister'
 * whileInOfficeRewrite('Rufus Firefly, as prime minister, visited Sylvania.');
 * // 'Rufus Firefly visited Sylvania as prime minister'
 * ```
 */
export function whileInOfficeRewrite(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (NOT_PLAIN.test(t)) return undefined;
  const m = WHEN_HELD.exec(t) ?? TIME_AS.exec(t);
  if (m) {
    const { deed, office } = m.groups as { deed: string; office: string };
    // "when he was in Sylvania", "while he was there": a place or a state, no office
    if (/^(?:in|at|on|there|here|away|abroad|visiting|travelling|traveling|still\s+in)\b/i.test(office) || deed.split(' ').length < 3) return undefined;
    return `${deed} as ${office}`;
  }
  const mid = MID_AS.exec(t);
  if (mid) {
    const { who, office, rest } = mid.groups as { who: string; office: string; rest: string };
    // "as of May", "as expected", "as well": no office (src/check/as-office.ts reads the same words)
    if (/^(?:of|to|for|if|though|well|soon|much|many|such|part|usual|expected|planned|agreed|a|an|one|member)\b/i.test(office)) return undefined;
    return `${who} ${rest} as ${office}`;
  }
  return undefined;
}


const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A day, a month or a year: "December 13, 2015", "13 December 2015", "December 2015", "2015". */
const PERIOD = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4})`;
const HELD_IN = cachedRegExp(`^(?<who>[A-Z][^,;:]*?)\\s+(?:was|were)\\s+(?<office>[^,;:]+?)\\s+in\\s+(?<period>${PERIOD})\\s*[.!]?$`);
const IN_HELD = cachedRegExp(`^in\\s+(?<period>${PERIOD}),\\s+(?<who>[A-Z][^,;:]*?)\\s+(?:was|were)\\s+(?<office>[^,;:]+?)\\s*[.!]?$`, 'i');

/**
 * "X was O in December 2015", "In 2015, X was O": the state at that time, said as "As of December
 * 2015, X was O" (the claim read against the sources of that time; src/check/claim-time.ts).
 *
 * @example
 * ```ts
 * officeInPeriodRewrite("Rufus Firefly was Sylvania's prime minister in December 2015.");
 * // "As of December 2015, Rufus Firefly was Sylvania's prime minister"
 * ```
 */
export function officeInPeriodRewrite(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (NOT_PLAIN.test(t)) return undefined;
  const m = HELD_IN.exec(t) ?? IN_HELD.exec(t);
  if (!m) return undefined;
  const { who, office, period } = m.groups as { who: string; office: string; period: string };
  if (/^(?:in|at|on|among|one|part|born|elected|appointed|named|chosen|there)\b/i.test(office)) return undefined;
  return `As of ${period}, ${who} was ${office}`;
}

/**
 * A reading of an office at a time is the claim's only when it is about an office and every source
 * it cites is of that period: an office held later or earlier is not said by them.
 */
function officeOfPeriod(ctx: CheckContext, text: string, r: CheckResult): boolean {
  const m = HELD_IN.exec(text.trim().replace(/\s+/g, ' ')) ?? IN_HELD.exec(text.trim().replace(/\s+/g, ' '));
  // the period's ISO prefix (`2015-12`, `2015`)
  const iso = m?.groups?.period ? isoPeriod(ctx, m.groups.period) : undefined;
  if (!iso || r.interpretation.predicateName !== 'holdsOffice') return false;
  const cited = r.evidence.filter((e) => e.stance !== 'related');
  return cited.length > 0 && cited.every((e) => {
    const days = String(e.articleDate ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    return days.length > 0 && days.every((d) => d.startsWith(iso));
  });
}

/**
 * The readers of this module, in the order src/check/readers.ts tries them (before
 * src/check/as-office.ts, which reads what the second one says).
 */
export const OFFICE_TIME_READERS: readonly UnreadReader[] = [
  {
    name: 'former-office',
    module: 'office-time.ts',
    reads: '"Rufus Firefly used to be / had previously been / once served as Freedonia\'s finance minister": a former office, said as "was formerly" (round 19)',
    read: rewrittenBy((_ctx, text) => formerOfficeRewrite(text), 'a former office, said with "formerly"'),
  },
  {
    name: 'while-in-office',
    module: 'office-time.ts',
    reads: '"Rufus Firefly visited Sylvania when he was prime minister", "Rufus Firefly, as prime minister, visited Sylvania": a deed done while holding an office, said as "<deed> as <office>" (round 19)',
    read: rewrittenBy((_ctx, text) => whileInOfficeRewrite(text), 'a deed done while holding an office, said with "as"'),
  },
  {
    name: 'office-in-period',
    module: 'office-time.ts',
    whenUndecided: true,
    reads: '"Rufus Firefly was Sylvania\'s prime minister in December 2015", "In 2015, X was O": the office at that time, said as "As of <time>, X was O"; decided only by sources of that period (round 19)',
    read: async (input) => rewrittenBy((_ctx, text) => officeInPeriodRewrite(text), 'an office at a time, said with "as of"', (r) => officeOfPeriod(input.ctx, input.text, r))(input),
  },
];
