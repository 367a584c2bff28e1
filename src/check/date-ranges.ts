/**
 * "between October 20 and October 25, 2015": a span of days whose year is written once, at the
 * end. The lexicon's "between {startDate} and {endDate}" reads each day on its own, so a first
 * day without its year is no date; read as "from October 20 to October 25, 2015" instead, where
 * the year belongs to both days (src/check/values.ts `parseDate`).
 */
import type { CheckContext } from './context.js';
import { tokenize } from './text.js';
import { parseDate } from './values.js';

/**
 * The claim with its "between D1 and D2" said as "from D1 to D2", when D1 is no date on its own
 * and the two read as one span; undefined otherwise.
 *
 * @example
 * ```ts
 * betweenAsFromTo(ctx, 'X visited Y between October 20 and October 25, 2015.');
 * // 'X visited Y from October 20 to October 25, 2015.'
 * ```
 */
export function betweenAsFromTo(ctx: CheckContext, text: string): string | undefined {
  const toks = tokenize(text, ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.raw.toLowerCase() !== 'between') continue;
    for (let j = i + 2; j < toks.length; j++) {
      if (toks[j]!.raw.toLowerCase() !== 'and') continue;
      const first = toks.slice(i + 1, j);
      if (parseDate(first)) break;
      // the longest second day that makes one span with the first
      for (let k = toks.length; k > j + 1; k--) {
        const to = { ...toks[j]!, raw: 'to', norm: 'to' };
        const range = parseDate([...first, to, ...toks.slice(j + 1, k)]);
        if (range?.kind !== 'daterange') continue;
        return `${text.slice(0, toks[i]!.start)}from ${text.slice(first[0]!.start, toks[j]!.start).trimEnd()} to ${text.slice(toks[j + 1]!.start)}`;
      }
      break;
    }
  }
  return undefined;
}

const YEAR_BOUND = /\b(before|after|prior to|earlier than|(?<!no |not )later than|no later than|not later than|no earlier than|by)\s+(\d{4})\b/gi;

/**
 * "X became operational before 2010": a bounded year where the lexicon's pattern takes the year
 * after "in" ("{s} become operational in {o}"): the claim with "in" before the bound, for the
 * parser to read the year with its bound (src/check/values.ts `parseYear`). Only for a claim with
 * one such bound; undefined otherwise.
 *
 * @example
 * ```ts
 * boundYearAfterIn('The pipeline became operational before 2010.'); // 'The pipeline became operational in before 2010.'
 * boundYearAfterIn('The canal will be completed by 2019.'); // 'The canal will be completed in by 2019.'
 * ```
 */
export function boundYearAfterIn(text: string): string | undefined {
  const found = [...text.matchAll(YEAR_BOUND)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  if (/\bin\s*$/i.test(text.slice(0, m.index))) return undefined;
  return `${text.slice(0, m.index)}in ${text.slice(m.index)}`;
}
